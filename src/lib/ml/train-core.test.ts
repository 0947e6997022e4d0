import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Prng } from '@/lib/drift/prng';
import { TrainingDivergedError } from './errors';
import { blobs, linear, tableOf, useCpu } from './fixtures/datasets';
import { deserializeModel, serializeModel } from './model-artifacts';
import type { ModelSpec } from './model-spec';
import { Preprocessor } from './preprocess';
import {
  boundaryGrid,
  gridPoints,
  overfitSmallBatch,
  predictProba,
  shuffledIndices,
  trainModel,
  type EpochMetrics,
} from './train-core';

beforeAll(useCpu);

const spec: ModelSpec = {
  task: 'binary',
  inputDim: 2,
  hiddenLayers: [8],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.05,
  l2: 0,
  epochs: 12,
  batchSize: 64,
  seed: 5,
};
const train = blobs(200, 1);
const validation = blobs(100, 2);

describe('trainModel', () => {
  it('learns two blobs to ≥ 95 % validation accuracy and reports one metrics row per epoch', async () => {
    const seen: EpochMetrics[] = [];
    const result = await trainModel({
      spec,
      classCount: 2,
      train,
      validation,
      onEpoch: (m) => void seen.push(m),
    });
    expect(result.status).toBe('completed');
    expect(result.history).toHaveLength(12);
    expect(seen).toEqual(result.history);
    expect(result.history.map((h) => h.epoch)).toEqual([...Array(12).keys()]);
    const last = result.history.at(-1)!;
    expect(last.valAcc).toBeGreaterThanOrEqual(0.95);
    expect(last.acc).toBeGreaterThanOrEqual(0.95);
    expect(last.loss).toBeLessThan(result.history[0]!.loss);
    expect(result.rowsPerSec).toBeGreaterThan(0);

    const proba = await predictProba(result.model!, validation.x, 2);
    expect(proba).toHaveLength(200);
    let correct = 0;
    for (let i = 0; i < 100; i++) correct += (proba[2 * i + 1]! >= 0.5 ? 1 : 0) === validation.y[i] ? 1 : 0;
    expect(correct / 100).toBeCloseTo(last.valAcc!, 10);
    result.model!.dispose();
  });

  it('is deterministic on the cpu backend: same seed, data and spec → identical metrics and weights', async () => {
    const run = async (seed: number) => {
      const r = await trainModel({
        spec: { ...spec, epochs: 4, l2: 0.001, seed },
        classCount: 2,
        train,
        validation,
      });
      const weights = r.model!.getWeights().map((w) => Array.from(w.dataSync()));
      r.model!.dispose();
      return { metrics: r.history.map(({ ms: _ms, ...m }) => m), weights };
    };
    const a = await run(9);
    const b = await run(9);
    expect(b).toEqual(a);
    const c = await run(10);
    expect(c.metrics).not.toEqual(a.metrics);
  });

  it('fits a regression (MSE, no accuracy)', async () => {
    const r = await trainModel({
      spec: { ...spec, task: 'regression', hiddenLayers: [], epochs: 60, learningRate: 0.2, batchSize: 100 },
      classCount: 0,
      train: linear(200, 3),
      validation: linear(50, 4),
      keepModel: false,
    });
    const last = r.history.at(-1)!;
    expect(last.acc).toBeNull();
    expect(last.valAcc).toBeNull();
    expect(last.valLoss).toBeLessThan(0.1); // noise variance 0.01; the start is ≈ 38
    expect(r.model).toBeNull();
  });

  it('stops on a NaN/exploding loss with a message that suggests a fix', async () => {
    const attempt = trainModel({
      spec: { ...spec, task: 'regression', optimizer: 'sgd', learningRate: 10, epochs: 30, batchSize: 16 },
      classCount: 0,
      train: linear(64, 5, 1000),
      keepModel: false,
    });
    await expect(attempt).rejects.toThrow(TrainingDivergedError);
    await expect(
      trainModel({
        spec: { ...spec, task: 'regression', optimizer: 'sgd', learningRate: 10, epochs: 30, batchSize: 16 },
        classCount: 0,
        train: linear(64, 5, 1000),
      }),
    ).rejects.toThrow(
      /loss (became NaN|became Infinity|exploded).*lower learning rate.*instead of 10.*normalized/,
    );
  });

  it('does not leak tensors: 20 train-and-dispose cycles leave tf.memory() where it started', async () => {
    const small = blobs(40, 8);
    const start = tf.memory().numTensors;
    for (let i = 0; i < 20; i++) {
      const r = await trainModel({
        spec: { ...spec, epochs: 2, batchSize: 16, l2: 0.01, seed: i },
        classCount: 2,
        train: small,
        validation: small,
      });
      r.model!.dispose();
    }
    expect(tf.memory().numTensors).toBe(start);
    // …also when a run diverges (the error path).
    await expect(
      trainModel({
        spec: { ...spec, task: 'regression', optimizer: 'sgd', learningRate: 10, epochs: 30, batchSize: 16 },
        classCount: 0,
        train: linear(64, 5, 1000),
      }),
    ).rejects.toThrow(TrainingDivergedError);
    expect(tf.memory().numTensors).toBe(start);
  });

  it('stops cooperatively between batches, and waits while paused', async () => {
    let stop = false;
    let pausedChecks = 0;
    let paused = true;
    let resume: () => void = () => {};
    const history: number[] = [];
    const done = trainModel({
      spec: { ...spec, epochs: 50, batchSize: 8 },
      classCount: 2,
      train,
      keepModel: false,
      yieldEveryMs: 0,
      control: {
        shouldStop: () => stop,
        waitIfPaused: () => {
          pausedChecks++;
          return paused ? new Promise((r) => (resume = r)) : Promise.resolve();
        },
      },
      onEpoch: (m) => {
        history.push(m.epoch);
        if (m.epoch === 1) stop = true;
      },
    });
    await new Promise((r) => setTimeout(r, 30));
    expect(pausedChecks).toBe(1); // paused before the first batch: nothing ran
    expect(history).toEqual([]);
    paused = false;
    resume();
    const result = await done;
    expect(result.status).toBe('stopped');
    expect(history).toEqual([0, 1]);
    expect(result.history).toHaveLength(2);
  });

  it('checks the data against the spec', async () => {
    await expect(
      trainModel({ spec, classCount: 2, train: { x: new Float32Array(3), y: new Float32Array(2) } }),
    ).rejects.toThrow(/3 values for 2 rows of 2 inputs/);
    await expect(
      trainModel({ spec, classCount: 2, train: { x: new Float32Array(4), y: Float32Array.from([0, 2]) } }),
    ).rejects.toThrow(/class index from 0 to 1/);
  });
});

describe('shuffledIndices', () => {
  it('is a seeded permutation', () => {
    const a = shuffledIndices(50, new Prng(1));
    expect([...a].sort((x, y) => x - y)).toEqual([...Array(50).keys()]);
    expect(Array.from(shuffledIndices(50, new Prng(1)))).toEqual(Array.from(a));
    expect(Array.from(shuffledIndices(50, new Prng(2)))).not.toEqual(Array.from(a));
  });
});

describe('boundaryGrid', () => {
  it('lays out cell centres row by row (x2 ascending), x1 fastest', () => {
    const { x1, x2 } = gridPoints({ x1Range: [0, 4], x2Range: [10, 12], resolution: 2 });
    expect(Array.from(x1)).toEqual([1, 3, 1, 3]);
    expect(Array.from(x2)).toEqual([10.5, 10.5, 11.5, 11.5]);
    expect(() => gridPoints({ x1Range: [1, 1], x2Range: [0, 1], resolution: 10 })).toThrow(/min < max/);
  });

  it('gives P(class) per cell through the preprocessor: low on the negative side, high on the positive', async () => {
    // The same blobs, as a table in raw units shifted by +100 (the preprocessor's z-score removes the shift).
    const rows = Array.from({ length: 200 }, (_, i) => ({
      a: String(train.x[2 * i]! + 100),
      b: String(train.x[2 * i + 1]!),
      y: train.y[i] ? 'pos' : 'neg',
    }));
    const table = tableOf(rows);
    const pre = Preprocessor.fit(
      table,
      {
        features: [
          { name: 'a', kind: 'numeric' },
          { name: 'b', kind: 'numeric' },
        ],
        label: 'y',
        task: 'binary',
      },
      [...Array(200).keys()],
    );
    const r = await trainModel({
      spec,
      classCount: 2,
      train: { x: pre.transform(table), y: pre.encodeLabels(table) },
    });
    const grid = await boundaryGrid(r.model!, pre, { x1Range: [96, 104], x2Range: [-4, 4], resolution: 4 });
    expect(grid).toHaveLength(4 * 4 * 2);
    const pPos = (j: number, i: number): number => grid[(j * 4 + i) * 2 + 1]!;
    expect(pPos(0, 0)).toBeLessThan(0.1); // (97, −3): deep in the negative blob
    expect(pPos(3, 3)).toBeGreaterThan(0.9); // (103, 3): deep in the positive blob
    expect(grid[0]! + grid[1]!).toBeCloseTo(1, 5);
    await expect(
      boundaryGrid(
        r.model!,
        Preprocessor.fit(
          table,
          { features: [{ name: 'a', kind: 'numeric' }], label: 'y', task: 'binary' },
          [0, 1, 2, 3],
        ),
        {
          x1Range: [0, 1],
          x2Range: [0, 1],
          resolution: 4,
        },
      ),
    ).rejects.toThrow(/exactly two numeric features/);
    r.model!.dispose();
  });
});

describe('overfitSmallBatch', () => {
  it('drives the loss on 20 examples below 0.05 and returns the curve', async () => {
    const result = await overfitSmallBatch(
      { ...spec, hiddenLayers: [16], learningRate: 0.05, l2: 0.5 },
      2,
      blobs(100, 4),
      {
        maxEpochs: 300,
      },
    );
    expect(result.examples).toBe(20);
    expect(result.reached).toBe(true);
    expect(result.losses.at(-1)).toBeLessThan(0.05);
    expect(result.losses[0]).toBeGreaterThan(0.05);
    expect(result.losses.length).toBeLessThan(300);
  });

  it('reports failure when the target is not reached in time', async () => {
    const result = await overfitSmallBatch({ ...spec, learningRate: 1e-5 }, 2, blobs(100, 4), {
      maxEpochs: 5,
    });
    expect(result.reached).toBe(false);
    expect(result.losses).toHaveLength(5);
  });
});

describe('model artifacts', () => {
  it('serializes weights and topology and loads them back with identical predictions', async () => {
    const r = await trainModel({ spec: { ...spec, epochs: 2 }, classCount: 2, train });
    const serialized = await serializeModel(r.model!);
    expect(serialized.weightData.byteLength).toBe((2 * 8 + 8 + 8 * 2 + 2) * 4);
    const copy = await deserializeModel(structuredClone(serialized));
    const a = await predictProba(r.model!, validation.x, 2);
    const b = await predictProba(copy, validation.x, 2);
    expect(Array.from(b)).toEqual(Array.from(a));
    r.model!.dispose();
    copy.dispose();
  });
});
