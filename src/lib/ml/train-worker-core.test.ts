import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { blobs, linear, tableOf, useCpu } from './fixtures/datasets';
import type { ClassificationReport } from './metrics';
import { deserializeModel } from './model-artifacts';
import { createTrainWorkerHandler } from './train-worker-core';
import type { SpecRequest, TrainData, TrainWorkerRequest, TrainWorkerResponse } from './worker-protocol';

beforeAll(useCpu);
afterEach(useCpu);

const spec: SpecRequest = {
  task: 'binary',
  hiddenLayers: [8],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.05,
  l2: 0,
  epochs: 6,
  batchSize: 50,
  seed: 3,
};
const train = blobs(200, 1);
const val = blobs(60, 2);
const arrays: TrainData = {
  kind: 'arrays',
  classes: ['neg', 'pos'],
  xTrain: train.x,
  yTrain: train.y as Float32Array,
  xVal: val.x,
  yVal: val.y as Float32Array,
};

/** A handler plus everything it posted, and a way to wait for a response. */
function harness() {
  const handle = createTrainWorkerHandler({ candidates: ['cpu'] });
  const posted: TrainWorkerResponse[] = [];
  const listeners: ((m: TrainWorkerResponse) => void)[] = [];
  const post = (m: TrainWorkerResponse) => {
    posted.push(m);
    for (const l of [...listeners]) l(m);
  };
  const send = (m: TrainWorkerRequest) => handle(m, post);
  const next = <K extends TrainWorkerResponse['kind']>(kind: K, id?: number) =>
    new Promise<Extract<TrainWorkerResponse, { kind: K }>>((resolve) => {
      const l = (m: TrainWorkerResponse) => {
        if (m.kind === kind && (id === undefined || m.id === id)) {
          listeners.splice(listeners.indexOf(l), 1);
          resolve(m as Extract<TrainWorkerResponse, { kind: K }>);
        }
      };
      listeners.push(l);
    });
  const kinds = (id: number) => posted.filter((m) => m.id === id).map((m) => m.kind);
  return {
    send,
    post,
    posted,
    next,
    kinds,
    onPost: (l: (m: TrainWorkerResponse) => void) => listeners.push(l),
  };
}

describe('train worker protocol', () => {
  it('start → backendChosen → one epoch per epoch → done, then predict, boundary and dispose', async () => {
    const w = harness();
    const start = tf.memory().numTensors;
    await w.send({ kind: 'train', id: 1, spec, data: arrays, backend: 'cpu' });
    expect(w.kinds(1)).toEqual(['backendChosen', ...Array(6).fill('epoch'), 'done']);
    const chosen = w.posted[0] as Extract<TrainWorkerResponse, { kind: 'backendChosen' }>;
    expect(chosen).toMatchObject({ chosen: 'cpu', overridden: true });

    const done = w.posted.at(-1) as Extract<TrainWorkerResponse, { kind: 'done' }>;
    const r = done.result;
    expect(r.modelId).toBe(1);
    expect(r.spec.inputDim).toBe(2);
    expect(r.backend).toBe('cpu');
    expect(r.history).toHaveLength(6);
    expect(r.final).toEqual(r.history[5]);
    expect(r.final!.valAcc).toBeGreaterThanOrEqual(0.95);
    expect(r.validation!.output).toHaveLength(60 * 2);
    expect(r.validation!.k).toBe(2);
    const report = r.evaluation as ClassificationReport;
    expect(report.accuracy).toBeCloseTo(r.final!.valAcc!, 10);
    expect(report.baseline!.accuracy).toBeCloseTo(0.5, 10);
    expect(report.rocAuc).toBeGreaterThan(0.95);
    // The weights arrive as one ArrayBuffer plus topology JSON: enough to rebuild the model on the main thread.
    const copy = await deserializeModel(r.model);
    expect(copy.outputs[0]!.shape).toEqual([null, 2]);
    copy.dispose();

    await w.send({ kind: 'predict', id: 2, modelId: 1, x: Float32Array.from([-2, -2, 2, 2]) });
    const pred = w.posted.at(-1) as Extract<TrainWorkerResponse, { kind: 'predictions' }>;
    expect(pred.kind).toBe('predictions');
    expect(pred.values[1]).toBeLessThan(0.5);
    expect(pred.values[3]).toBeGreaterThan(0.5);

    await w.send({
      kind: 'boundary',
      id: 3,
      modelId: 1,
      options: { x1Range: [-3, 3], x2Range: [-3, 3], resolution: 5 },
    });
    expect(w.posted.at(-1)).toMatchObject({ kind: 'boundary', id: 3, epoch: null, resolution: 5, k: 2 });

    await w.send({ kind: 'dispose', id: 4 });
    expect(w.posted.at(-1)).toEqual({ kind: 'disposed', id: 4, modelIds: [1] });
    await w.send({ kind: 'memory', id: 5 });
    expect(w.posted.at(-1)).toMatchObject({ kind: 'memory', numTensors: start, backend: 'cpu' });
    await w.send({ kind: 'predict', id: 6, modelId: 1, x: new Float32Array(2) });
    expect(w.posted.at(-1)).toMatchObject({
      kind: 'error',
      id: 6,
      message: expect.stringMatching(/No model 1/),
    });
  });

  it('measures the backends for "auto" and caches the choice per model shape', async () => {
    const w = harness();
    await w.send({ kind: 'train', id: 1, spec: { ...spec, epochs: 1 }, data: arrays, keepModel: false });
    const first = w.posted.find((m) => m.kind === 'backendChosen') as Extract<
      TrainWorkerResponse,
      { kind: 'backendChosen' }
    >;
    expect(first).toMatchObject({ chosen: 'cpu', overridden: false });
    expect(first.timings.cpu).toBeGreaterThan(0);
    expect(w.kinds(1).at(-1)).toBe('done');
    expect((w.posted.at(-1) as Extract<TrainWorkerResponse, { kind: 'done' }>).result.modelId).toBeNull();
    await w.send({ kind: 'train', id: 2, spec: { ...spec, epochs: 1 }, data: arrays, keepModel: false });
    const second = w.posted.find((m) => m.kind === 'backendChosen' && m.id === 2);
    expect(second).toEqual({ ...first, id: 2 });
  });

  it('stop mid-run → stopped with the epochs completed so far', async () => {
    const w = harness();
    w.onPost((m) => {
      if (m.kind === 'epoch' && m.id === 1 && m.epoch === 1) void w.send({ kind: 'stop', id: 2, runId: 1 });
    });
    await w.send({ kind: 'train', id: 1, spec: { ...spec, epochs: 200 }, data: arrays, backend: 'cpu' });
    expect(w.kinds(1)).toEqual(['backendChosen', 'epoch', 'epoch', 'stopped']);
    const stopped = w.posted.at(-1) as Extract<TrainWorkerResponse, { kind: 'stopped' }>;
    expect(stopped.epochsCompleted).toBe(2);
    expect(stopped.result.history).toHaveLength(2);
    // The run is over: a new one may start, and stopping the old one again is an error.
    await w.send({ kind: 'stop', id: 3, runId: 1 });
    expect(w.posted.at(-1)).toMatchObject({
      kind: 'error',
      id: 3,
      message: 'No training run 1 is in progress.',
    });
  });

  it('pause holds the run between batches; resume continues it to done', async () => {
    const w = harness();
    w.onPost((m) => {
      if (m.kind === 'epoch' && m.id === 1 && m.epoch === 0) void w.send({ kind: 'pause', id: 2, runId: 1 });
    });
    const running = w.send({
      kind: 'train',
      id: 1,
      spec: { ...spec, epochs: 4 },
      data: arrays,
      backend: 'cpu',
    });
    await w.next('paused', 2);
    await new Promise((r) => setTimeout(r, 50));
    expect(w.kinds(1)).toEqual(['backendChosen', 'epoch']); // nothing happened while paused
    // A second run is refused while this one is active (even paused).
    await w.send({ kind: 'train', id: 9, spec, data: arrays, backend: 'cpu' });
    expect(w.posted.at(-1)).toMatchObject({
      kind: 'error',
      id: 9,
      message: expect.stringMatching(/still in progress/),
    });
    await w.send({ kind: 'resume', id: 3, runId: 1 });
    expect(w.posted.at(-1)).toEqual({ kind: 'resumed', id: 3, runId: 1 });
    await running;
    expect(w.kinds(1)).toEqual(['backendChosen', 'epoch', 'epoch', 'epoch', 'epoch', 'done']);
  });

  it('stop while paused ends the run', async () => {
    const w = harness();
    w.onPost((m) => {
      if (m.kind === 'epoch' && m.id === 1 && m.epoch === 0) {
        void w.send({ kind: 'pause', id: 2, runId: 1 });
        setTimeout(() => void w.send({ kind: 'stop', id: 3, runId: 1 }), 20);
      }
    });
    await w.send({ kind: 'train', id: 1, spec: { ...spec, epochs: 50 }, data: arrays, backend: 'cpu' });
    expect(w.kinds(1)).toEqual(['backendChosen', 'epoch', 'stopped']);
  });

  it('preprocesses a table in the worker and returns the validation rows', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => ({
      a: String(train.x[2 * i]!),
      b: String(train.x[2 * i + 1]!),
      label: train.y[i] ? 'yes' : 'no',
    }));
    rows[5]!.label = ''; // dropped: missing label
    const w = harness();
    await w.send({
      kind: 'train',
      id: 1,
      spec: { ...spec, epochs: 3 },
      data: {
        kind: 'table',
        table: tableOf(rows),
        config: {
          features: [
            { name: 'a', kind: 'numeric' },
            { name: 'b', kind: 'numeric' },
          ],
          label: 'label',
          task: 'binary',
        },
        split: { validationFraction: 0.25, seed: 4 },
      },
      backend: 'cpu',
      boundary: { x1Range: [-3, 3], x2Range: [-3, 3], resolution: 4, everyEpochs: 2 },
    });
    // Boundaries after epochs 2 and 3 (every 2nd, and the last).
    expect(w.kinds(1)).toEqual(['backendChosen', 'epoch', 'epoch', 'boundary', 'epoch', 'boundary', 'done']);
    const r = (w.posted.at(-1) as Extract<TrainWorkerResponse, { kind: 'done' }>).result;
    expect(r.classes).toEqual(['no', 'yes']);
    expect(r.preprocessor!.features.map((f) => f.name)).toEqual(['a', 'b']);
    expect(r.validation!.rows!.length + r.dropped!.missingLabel).toBeGreaterThanOrEqual(30);
    expect(r.validation!.rows!.length).toBe(r.validation!.yTrue.length);
    expect(Array.from(r.validation!.rows!)).not.toContain(5);
  });

  it('reports a diverging loss as a TrainingDivergedError (no fallback on cpu)', async () => {
    const data = linear(64, 5, 1000);
    const w = harness();
    await w.send({
      kind: 'train',
      id: 1,
      spec: { ...spec, task: 'regression', optimizer: 'sgd', learningRate: 10, epochs: 30, batchSize: 16 },
      data: { kind: 'arrays', classes: [], xTrain: data.x, yTrain: data.y as Float32Array },
      backend: 'cpu',
    });
    const error = w.posted.at(-1) as Extract<TrainWorkerResponse, { kind: 'error' }>;
    expect(error).toMatchObject({ kind: 'error', id: 1, name: 'TrainingDivergedError' });
    expect(error.message).toMatch(/lower learning rate/);
    expect(error.fallback).toBeUndefined();
  });

  it('falls back to cpu when a backend fails, and records why', async () => {
    // A backend that initializes but has no kernels: every op fails on it.
    const Cpu = tf.findBackend('cpu')!.constructor as new () => tf.KernelBackend;
    tf.registerBackend('webgpu', () => new Cpu());
    tf.registerBackend('webgl', () => {
      throw new Error('no GPU here');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {}); // tf logs the failed initialization
    try {
      const w = harness();
      await w.send({ kind: 'train', id: 1, spec: { ...spec, epochs: 2 }, data: arrays, backend: 'webgl' });
      expect(w.posted[0]).toMatchObject({
        kind: 'backendChosen',
        chosen: 'cpu',
        errors: { webgl: expect.any(String) },
      });
      expect(w.kinds(1).at(-1)).toBe('done');

      await w.send({ kind: 'train', id: 2, spec: { ...spec, epochs: 2 }, data: arrays, backend: 'webgpu' });
      expect(w.kinds(2)).toEqual(['backendChosen', 'error', 'epoch', 'epoch', 'done']);
      const error = w.posted.find((m) => m.id === 2 && m.kind === 'error') as Extract<
        TrainWorkerResponse,
        { kind: 'error' }
      >;
      expect(error.fallback).toBe('cpu');
      expect(error.message).toMatch(/failed on the webgpu backend.*retrying on cpu/);
      expect((w.posted.at(-1) as Extract<TrainWorkerResponse, { kind: 'done' }>).result.backend).toBe('cpu');
      await w.send({ kind: 'dispose', id: 3 });
    } finally {
      warn.mockRestore();
      await useCpu();
      tf.removeBackend('webgpu');
      tf.removeBackend('webgl');
    }
  });

  it('answers overfitSmallBatch with the loss curve', async () => {
    const w = harness();
    await w.send({
      kind: 'overfitSmallBatch',
      id: 1,
      spec: { ...spec, hiddenLayers: [16] },
      data: arrays,
      backend: 'cpu',
      maxEpochs: 300,
    });
    const res = w.posted.at(-1) as Extract<TrainWorkerResponse, { kind: 'overfit' }>;
    expect(res).toMatchObject({ kind: 'overfit', id: 1, reached: true, examples: 20, backend: 'cpu' });
    expect(res.losses.at(-1)).toBeLessThan(0.05);
  });

  it('leaves no tensors behind after 20 train-and-dispose cycles', async () => {
    const w = harness();
    await w.send({ kind: 'memory', id: 0 });
    const start = (w.posted[0] as Extract<TrainWorkerResponse, { kind: 'memory' }>).numTensors;
    for (let i = 1; i <= 20; i++) {
      await w.send({
        kind: 'train',
        id: i,
        spec: { ...spec, epochs: 1, seed: i },
        data: arrays,
        backend: 'cpu',
      });
      await w.send({ kind: 'dispose', id: 100 + i, modelId: i });
    }
    await w.send({ kind: 'memory', id: 200 });
    expect(w.posted.at(-1)).toMatchObject({ kind: 'memory', numTensors: start });
  });

  it('answers bad requests with an error naming the problem', async () => {
    const w = harness();
    await w.send({
      kind: 'train',
      id: 1,
      spec: { ...spec, hiddenLayers: [0] },
      data: arrays,
      backend: 'cpu',
    });
    expect(w.posted.at(-1)).toMatchObject({
      kind: 'error',
      id: 1,
      name: 'ModelSpecError',
      message: expect.stringMatching(/hiddenLayers\[0\]/),
    });
    await w.send({ kind: 'train', id: 2, spec: { ...spec, inputDim: 3 }, data: arrays, backend: 'cpu' });
    expect(w.posted.at(-1)).toMatchObject({
      kind: 'error',
      id: 2,
      message: expect.stringMatching(/inputDim: is 3 but the data has 2/),
    });
    await w.send({ kind: 'launch', id: 3 } as unknown as TrainWorkerRequest);
    expect(w.posted.at(-1)).toMatchObject({ kind: 'error', id: 3, message: 'Unknown request kind launch.' });
  });
});
