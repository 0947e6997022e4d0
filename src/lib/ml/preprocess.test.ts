import { describe, expect, it } from 'vitest';
import { planSplit } from '@/lib/data/splits';
import type { ColumnSchema } from '@/lib/data/types';
import { PreprocessError } from './errors';
import { tableOf } from './fixtures/datasets';
import {
  configFromSchema,
  prepareDataset,
  Preprocessor,
  sortClassNames,
  splitAssignment,
  type PreprocessConfig,
} from './preprocess';

// Rows 0–3 and 6 are training rows (row 6 has no label), rows 4–5 validation, row 7 test.
const table = tableOf([
  { age: '20', color: 'red', flag: 'yes', label: 'b' },
  { age: '30', color: 'blue', flag: 'no', label: 'a' },
  { age: null, color: 'red', flag: 'yes', label: 'a' },
  { age: '40', color: 'green', flag: null, label: 'b' },
  { age: '1000', color: 'purple', flag: 'no', label: 'b' },
  { age: '25', color: null, flag: 'yes', label: 'c' },
  { age: '-500', color: 'teal', flag: 'no', label: null },
  { age: '7', color: 'red', flag: 'no', label: 'a' },
]);
const assignment = Uint8Array.from([0, 0, 0, 0, 1, 1, 0, 2]);
const config: PreprocessConfig = {
  features: [
    { name: 'age', kind: 'numeric' },
    { name: 'color', kind: 'categorical' },
    { name: 'flag', kind: 'boolean' },
  ],
  label: 'label',
  task: 'binary',
};
const trainRows = [0, 1, 2, 3, 6];

// By hand: age over the labelled training rows 0, 1, 3 (row 2 missing) = 20, 30, 40 → μ = 30,
// σ = √((100 + 0 + 100) / 3) = √(200/3). flag over rows 0, 1, 2 (row 3 missing) = 1, 0, 1 → μ = 2/3, σ = √2/3.
const AGE_SD = Math.sqrt(200 / 3);
const FLAG_MEAN = 2 / 3;
const FLAG_SD = Math.sqrt(2) / 3;

describe('Preprocessor.fit', () => {
  const p = Preprocessor.fit(table, config, trainRows);

  it('learns z-score parameters, categories and classes from the labelled training rows', () => {
    expect(p.features).toEqual([
      { name: 'age', kind: 'numeric', mean: 30, std: expect.closeTo(AGE_SD, 12) },
      { name: 'color', kind: 'categorical', categories: ['blue', 'green', 'red'] },
      {
        name: 'flag',
        kind: 'boolean',
        mean: expect.closeTo(FLAG_MEAN, 12),
        std: expect.closeTo(FLAG_SD, 12),
      },
    ]);
    expect(p.classes).toEqual(['a', 'b']);
    expect(p.featureNames).toEqual(['age', 'color=blue', 'color=green', 'color=red', 'flag']);
    expect(p.outputDim).toBe(5);
  });

  it('transforms rows to z-scores and one-hot columns (missing → mean → 0, unseen category → zeros)', () => {
    const x = p.transform(table, [0, 2, 4, 5]);
    const expected = [
      [-10 / AGE_SD, 0, 0, 1, (1 - FLAG_MEAN) / FLAG_SD], // row 0
      [0, 0, 0, 1, (1 - FLAG_MEAN) / FLAG_SD], // row 2: age missing → z = 0
      [970 / AGE_SD, 0, 0, 0, (0 - FLAG_MEAN) / FLAG_SD], // row 4: "purple" never seen → all zeros
      [-5 / AGE_SD, 0, 0, 0, (1 - FLAG_MEAN) / FLAG_SD], // row 5: color missing → all zeros
    ].flat();
    expect(x).toHaveLength(20);
    expected.forEach((v, i) => expect(x[i]).toBeCloseTo(v, 5));
  });

  it('uses the training rows only: changing every other row leaves the fit unchanged', () => {
    const other = tableOf(
      table.data[0]!.map((_, r) => ({
        age: trainRows.includes(r) ? table.data[0]![r]! : '99999',
        color: trainRows.includes(r) ? table.data[1]![r]! : 'zebra',
        flag: trainRows.includes(r) ? table.data[2]![r]! : 'yes',
        label: trainRows.includes(r) ? table.data[3]![r]! : 'z',
      })),
    );
    expect(Preprocessor.fit(other, config, trainRows).toJSON()).toEqual(p.toJSON());
    // …while fitting on all rows would have moved the mean (the leak this guards against).
    const all = Preprocessor.fit(table, config, [0, 1, 2, 3, 4, 5, 6, 7]);
    expect((all.features[0] as { mean: number }).mean).not.toBeCloseTo(30, 3);
  });

  it('maps a constant column to 0 (σ = 0 → 1) and a column without numbers to μ = 0, σ = 1', () => {
    const t = tableOf([
      { c: '5', none: 'x', y: 'a' },
      { c: '5', none: null, y: 'b' },
    ]);
    const q = Preprocessor.fit(
      t,
      {
        features: [
          { name: 'c', kind: 'numeric' },
          { name: 'none', kind: 'numeric' },
        ],
        label: 'y',
        task: 'binary',
      },
      [0, 1],
    );
    expect(q.features).toEqual([
      { name: 'c', kind: 'numeric', mean: 5, std: 1 },
      { name: 'none', kind: 'numeric', mean: 0, std: 1 },
    ]);
    expect(Array.from(q.transform(t))).toEqual([0, 0, 0, 0]);
  });

  it('encodes live events given as column → value records', () => {
    const v = p.transformRecord({ age: 30, color: 'green', flag: true });
    expect(Array.from(v).map((z) => Number(z.toFixed(4)))).toEqual([
      0,
      0,
      1,
      0,
      Number(((1 - FLAG_MEAN) / FLAG_SD).toFixed(4)),
    ]);
    const m = p.transformRecords([{ age: '40' }, { color: 'blue', flag: 'no' }]);
    expect(m).toHaveLength(10);
    expect(m[0]).toBeCloseTo(10 / AGE_SD, 5);
    expect(m[6]).toBe(1); // second row, color=blue
  });

  it('encodes labels as class indices (−1 for missing or unseen)', () => {
    expect(Array.from(p.encodeLabels(table))).toEqual([1, 0, 0, 1, 1, -1, -1, 0]);
  });

  it('round-trips through JSON', () => {
    const restored = Preprocessor.fromJSON(JSON.parse(JSON.stringify(p)));
    expect(restored.toJSON()).toEqual(p.toJSON());
    expect(Array.from(restored.transform(table))).toEqual(Array.from(p.transform(table)));
  });

  it('rejects malformed JSON with a PreprocessError', () => {
    expect(() => Preprocessor.fromJSON({ format: 'other' })).toThrow(PreprocessError);
    const broken = { ...p.toJSON(), features: [{ name: 'age', kind: 'numeric', mean: 1, std: 0 }] };
    expect(() => Preprocessor.fromJSON(broken)).toThrow(/positive std/);
  });

  it('explains bad configurations', () => {
    expect(() => Preprocessor.fit(table, { ...config, features: [] }, trainRows)).toThrow(
      /at least one feature/,
    );
    expect(() =>
      Preprocessor.fit(table, { ...config, features: [{ name: 'nope', kind: 'numeric' }] }, trainRows),
    ).toThrow(/"nope" is not in the table/);
    expect(() => Preprocessor.fit(table, config, [1, 2])).toThrow(/1 class/);
    expect(() => Preprocessor.fit(table, config, [99])).toThrow(PreprocessError);
  });
});

describe('labels', () => {
  it('sorts numeric class names numerically, others by code point', () => {
    expect(sortClassNames(['10', '2', '1', '2'])).toEqual(['1', '2', '10']);
    expect(sortClassNames(['b', 'B', 'a'])).toEqual(['B', 'a', 'b']);
  });

  it('keeps raw numbers for regression and drops rows without one', () => {
    const t = tableOf([
      { x: '1', y: '3.5' },
      { x: '2', y: 'n/a' },
      { x: '3', y: '-1' },
      { x: '4', y: '10' },
    ]);
    const ds = prepareDataset(
      t,
      { features: [{ name: 'x', kind: 'numeric' }], label: 'y', task: 'regression' },
      [0, 0, 0, 1],
    );
    expect(Array.from(ds.train.y)).toEqual([3.5, -1]);
    expect(Array.from(ds.train.rows)).toEqual([0, 2]);
    expect(Array.from(ds.validation.y)).toEqual([10]);
    expect(ds.dropped).toEqual({ missingLabel: 1, unseenClass: 0 });
    expect(ds.preprocessor.classes).toEqual([]);
    // x fitted on rows 0 and 2 only (row 1 has no label): μ = 2, σ = 1.
    expect(ds.preprocessor.features[0]).toEqual({ name: 'x', kind: 'numeric', mean: 2, std: 1 });
  });
});

describe('prepareDataset', () => {
  it('fits on assignment 0, encodes 0 and 1, leaves the test rows alone and reports dropped rows', () => {
    const ds = prepareDataset(table, config, assignment);
    expect(Array.from(ds.train.rows)).toEqual([0, 1, 2, 3]); // row 6: no label
    expect(Array.from(ds.validation.rows)).toEqual([4]); // row 5: class "c" unseen in training
    expect(Array.from(ds.train.y)).toEqual([1, 0, 0, 1]);
    expect(ds.train.x).toHaveLength(4 * 5);
    expect(ds.dropped).toEqual({ missingLabel: 1, unseenClass: 1 });
    expect(ds.preprocessor.toJSON()).toEqual(Preprocessor.fit(table, config, trainRows).toJSON());
  });

  it('checks the assignment length', () => {
    expect(() => prepareDataset(table, config, [0, 1])).toThrow(/2 entries but the table has 8 rows/);
  });
});

describe('splitAssignment', () => {
  const labels = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? 'pos' : 'neg'));
  const t = tableOf(labels.map((l, i) => ({ x: String(i), y: l })));

  it('is the split planner’s plan with shares {train: 1 − v, dev: v, test: 0}', () => {
    const a = splitAssignment(t, 'y', { validationFraction: 0.25, seed: 7 });
    const plan = planSplit(labels, {
      shares: { train: 0.75, dev: 0.25, test: 0 },
      method: 'random',
      seed: 7,
    });
    expect(Array.from(a)).toEqual(Array.from(plan.assignment));
    expect(a.filter((v) => v === 1)).toHaveLength(10);
    expect(Array.from(splitAssignment(t, 'y', { validationFraction: 0.25, seed: 7 }))).toEqual(Array.from(a));
  });

  it('stratifies on request', () => {
    const a = splitAssignment(t, 'y', { validationFraction: 0.2, seed: 3, stratify: true });
    const valPos = labels.filter((l, i) => a[i] === 1 && l === 'pos').length;
    expect(valPos).toBe(2); // 20 % of the 10 positives
  });

  it('rejects fractions outside (0, 1)', () => {
    expect(() => splitAssignment(t, 'y', { validationFraction: 1, seed: 1 })).toThrow(PreprocessError);
  });
});

describe('configFromSchema', () => {
  const col = (name: string, type: ColumnSchema['type'], role: ColumnSchema['role']): ColumnSchema => ({
    name,
    type,
    role,
    required: true,
    maxMissingRate: 0,
  });

  it('takes encodable feature columns and the label column', () => {
    const cfg = configFromSchema(
      [
        col('id', 'numeric', 'id'),
        col('age', 'numeric', 'feature'),
        col('city', 'categorical', 'feature'),
        col('when', 'date', 'feature'),
        col('ok', 'boolean', 'feature'),
        col('y', 'categorical', 'label'),
      ],
      'binary',
    );
    expect(cfg).toEqual({
      features: [
        { name: 'age', kind: 'numeric' },
        { name: 'city', kind: 'categorical' },
        { name: 'ok', kind: 'boolean' },
      ],
      label: 'y',
      task: 'binary',
    });
  });
});
