import { describe, expect, it } from 'vitest';
import { modelingSectionSchema } from '@/features/workbook';
import { classificationReport, regressionReport } from '@/lib/ml/metrics';
import type { EpochMetrics } from '@/lib/ml/train-core';
import type { TrainOutcome } from '@/lib/ml/worker-protocol';
import {
  downsampleHistory,
  epochsCompleted,
  fnv1a32,
  MAX_HISTORY,
  schemaHash,
  toRunRecord,
  type RunContext,
} from './run-record';

// The workbook's public entry exports the section schema; the run schema is its `runs` element.
const runRecordSchema = modelingSectionSchema.shape.runs.element;

const epochs = (n: number): EpochMetrics[] =>
  Array.from({ length: n }, (_, epoch) => ({
    epoch,
    loss: 1 / (epoch + 1),
    acc: 0.5 + epoch / (2 * n),
    valLoss: 1.1 / (epoch + 1),
    valAcc: 0.5 + epoch / (2.2 * n),
    ms: 3,
  }));

function outcome(overrides: Partial<TrainOutcome> = {}): TrainOutcome {
  const history = overrides.history ?? epochs(30);
  return {
    modelId: 1,
    spec: {
      task: 'binary',
      inputDim: 2,
      hiddenLayers: [16, 8],
      activation: 'relu',
      optimizer: 'adam',
      learningRate: 0.01,
      l2: 0.001,
      epochs: 30,
      batchSize: 32,
      seed: 7,
    },
    backend: 'cpu',
    durationMs: 1234.5,
    rowsPerSec: 5000,
    history,
    final: history[history.length - 1] ?? null,
    model: { modelTopology: {}, weightSpecs: [], weightData: new ArrayBuffer(0) },
    preprocessor: null,
    classes: ['no', 'yes'],
    validation: null,
    evaluation: classificationReport({
      yTrue: [0, 0, 1, 1, 1],
      proba: [0.9, 0.1, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.6, 0.4],
      classes: ['no', 'yes'],
      trainLabels: [0, 0, 0, 1],
    }),
    dropped: null,
    ...overrides,
  };
}

const ctx: RunContext = {
  id: 'run-1',
  name: 'Two moons, 16-8 relu',
  createdAt: '2025-03-01T10:00:00.000Z',
  status: 'completed',
  dataset: { id: 'ds1', name: 'Two moons', schemaHash: 'abcd1234', rows: 500 },
  labelColumn: 'label',
  features: ['x', 'y'],
  split: { kind: 'random', validationShare: 0.2, seed: 3 },
};

describe('downsampleHistory', () => {
  it('keeps a history of at most 200 epochs whole, without the timing', () => {
    const h = epochs(200);
    const out = downsampleHistory(h);
    expect(out).toHaveLength(200);
    expect(out[5]).toEqual({
      epoch: 5,
      loss: h[5]!.loss,
      acc: h[5]!.acc,
      valLoss: h[5]!.valLoss,
      valAcc: h[5]!.valAcc,
    });
  });

  it('thins a long history to 200 evenly spaced epochs, first and last kept, in order', () => {
    const out = downsampleHistory(epochs(1000));
    expect(out).toHaveLength(MAX_HISTORY);
    expect(out[0]!.epoch).toBe(0);
    expect(out[out.length - 1]!.epoch).toBe(999);
    const steps = out.slice(1).map((e, i) => e.epoch - out[i]!.epoch);
    expect(Math.min(...steps)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...steps)).toBeLessThanOrEqual(6);
  });

  it('keeps first and last for any length just above the limit and any small maximum', () => {
    for (const n of [201, 202, 399, 401]) {
      const out = downsampleHistory(epochs(n));
      expect(out).toHaveLength(200);
      expect(new Set(out.map((e) => e.epoch)).size).toBe(200);
      expect([out[0]!.epoch, out[199]!.epoch]).toEqual([0, n - 1]);
    }
    expect(downsampleHistory(epochs(10), 2).map((e) => e.epoch)).toEqual([0, 9]);
    expect(() => downsampleHistory(epochs(10), 1)).toThrow(RangeError);
  });

  it('drops epochs with a non-finite loss and nulls other non-finite metrics', () => {
    const h = epochs(3);
    h[1] = { ...h[1]!, loss: Number.NaN };
    h[2] = { ...h[2]!, valLoss: Number.POSITIVE_INFINITY, valAcc: Number.NaN };
    const out = downsampleHistory(h);
    expect(out.map((e) => e.epoch)).toEqual([0, 2]);
    expect(out[1]).toMatchObject({ valLoss: null, valAcc: null });
  });
});

describe('toRunRecord', () => {
  it('records a classification run that passes the workbook schema', () => {
    const o = outcome();
    const r = toRunRecord(o, ctx);
    expect(runRecordSchema.parse(r)).toEqual(r);
    expect(r).toMatchObject({
      id: 'run-1',
      name: 'Two moons, 16-8 relu',
      status: 'completed',
      dataset: ctx.dataset,
      labelColumn: 'label',
      features: ['x', 'y'],
      task: 'binary',
      classes: ['no', 'yes'],
      spec: {
        hiddenLayers: [16, 8],
        activation: 'relu',
        optimizer: 'adam',
        learningRate: 0.01,
        l2: 0.001,
        epochs: 30,
        batchSize: 32,
        seed: 7,
      },
      split: ctx.split,
      backend: 'cpu',
      durationMs: 1234.5,
      rowsPerSec: 5000,
      savedModelId: null,
    });
    expect(r.spec).not.toHaveProperty('inputDim');
    expect(r.history).toHaveLength(30);
    const last = o.history[29]!;
    expect(r.final).toEqual({ loss: last.loss, acc: last.acc, valLoss: last.valLoss, valAcc: last.valAcc });
    // 3 of 5 right (rows 1 and 4 are wrong); the baseline always says "no": 2 of 5.
    const ev = o.evaluation as ReturnType<typeof classificationReport>;
    expect(r.evaluation).toEqual({
      accuracy: 0.6,
      macroF1: ev.macro.f1,
      rocAuc: ev.rocAuc,
      baselineAccuracy: 0.4,
      rmse: null,
    });
    expect(r.evaluation!.rocAuc).not.toBeNull();
  });

  it('does not share arrays with the outcome or the context', () => {
    const o = outcome();
    const r = toRunRecord(o, ctx);
    expect(r.features).not.toBe(ctx.features);
    expect(r.spec.hiddenLayers).not.toBe(o.spec.hiddenLayers);
    expect(r.classes).not.toBe(o.classes);
  });

  it('records a regression run with RMSE and null accuracies', () => {
    const history = epochs(5).map((e) => ({ ...e, acc: null, valAcc: null }));
    const o = outcome({
      spec: { ...outcome().spec, task: 'regression', hiddenLayers: [] },
      classes: [],
      history,
      final: history[4]!,
      evaluation: regressionReport([1, 2, 3], [1, 2, 5], [2, 2]),
    });
    const r = toRunRecord(o, { ...ctx, status: 'stopped' });
    expect(runRecordSchema.parse(r)).toEqual(r);
    expect(r.task).toBe('regression');
    expect(r.evaluation).toEqual({
      accuracy: null,
      macroF1: null,
      rocAuc: null,
      baselineAccuracy: null,
      rmse: Math.sqrt(4 / 3),
    });
    expect(r.final.acc).toBeNull();
  });

  it('handles a run without validation, epochs or evaluation', () => {
    const o = outcome({
      history: [],
      final: null,
      evaluation: null,
      durationMs: Number.NaN,
      rowsPerSec: Infinity,
    });
    const r = toRunRecord(o, { ...ctx, status: 'stopped', savedModelId: 'm1' });
    expect(runRecordSchema.parse(r)).toEqual(r);
    expect(r.final).toEqual({ loss: null, acc: null, valLoss: null, valAcc: null });
    expect(r.evaluation).toBeNull();
    expect([r.durationMs, r.rowsPerSec]).toEqual([0, 0]);
    expect(r.savedModelId).toBe('m1');
    expect(epochsCompleted(r)).toBe(0);
  });

  it('stores a long run within the schema limit, name cut to 200 characters', () => {
    const o = outcome({ history: epochs(1500) });
    const r = toRunRecord(o, { ...ctx, name: 'n'.repeat(250) });
    expect(runRecordSchema.parse(r)).toEqual(r);
    expect(r.history).toHaveLength(200);
    expect(r.name).toHaveLength(200);
    expect(epochsCompleted(r)).toBe(1500);
    expect(r.history[199]).toMatchObject({ epoch: 1499, loss: r.final.loss });
  });
});

describe('schemaHash', () => {
  const cols = [
    { name: 'x', type: 'numeric', role: 'feature' },
    { name: 'city', type: 'categorical', role: 'feature' },
    { name: 'label', type: 'categorical', role: 'label' },
  ] as const;

  it('is FNV-1a 32-bit (reference vectors)', () => {
    expect(fnv1a32('')).toBe('811c9dc5');
    expect(fnv1a32('a')).toBe('e40c292c');
    expect(fnv1a32('foobar')).toBe('bf9cf968');
    expect(schemaHash([])).toBe('811c9dc5');
  });

  it('gives 8 hex digits that do not depend on column order', () => {
    const h = schemaHash(cols);
    expect(h).toMatch(/^[0-9a-f]{8}$/);
    expect(schemaHash([...cols].reverse())).toBe(h);
    expect(schemaHash(cols.map((c) => ({ ...c, required: true, maxMissingRate: 0.1 })))).toBe(h);
  });

  it('changes with a column name, type or role', () => {
    const h = schemaHash(cols);
    const variants = [
      cols.map((c, i) => (i === 0 ? { ...c, name: 'x2' } : c)),
      cols.map((c, i) => (i === 0 ? { ...c, type: 'text' as const } : c)),
      cols.map((c, i) => (i === 1 ? { ...c, role: 'ignore' as const } : c)),
      cols.slice(1),
    ];
    const hashes = variants.map(schemaHash);
    expect(new Set([h, ...hashes]).size).toBe(5);
  });

  it('does not confuse a name with a name + type boundary', () => {
    expect(schemaHash([{ name: 'ab', type: 'text', role: 'id' }])).not.toBe(
      schemaHash([
        { name: 'a', type: 'text', role: 'id' },
        { name: 'b', type: 'text', role: 'id' },
      ]),
    );
  });
});
