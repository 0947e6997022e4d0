import { describe, expect, it } from 'vitest';
import { Preprocessor, type PreprocessorJSON } from '../ml/preprocess';
import { EncoderError, EventEncoder, referencePreprocessor } from './encoder';
import type { SourceFeature } from './types';

/** The model's view: numeric "a", categorical "color", numeric "b" (in that order). */
const PREP: PreprocessorJSON = {
  format: 'lifecycle-lab/preprocessor',
  version: 1,
  task: 'binary',
  label: 'y',
  features: [
    { name: 'a', kind: 'numeric', mean: 10, std: 2 },
    { name: 'color', kind: 'categorical', categories: ['blue', 'green', 'red'] },
    { name: 'b', kind: 'numeric', mean: -1, std: 0.5 },
  ],
  classes: ['no', 'yes'],
};

/**
 * The stream's view, in another order, with an extra column the model ignores, and category indices that differ
 * from the model's one-hot positions: red (0) → 2, yellow (1) → unseen, green (2) → 1.
 */
const SOURCE: SourceFeature[] = [
  { name: 'color', kind: 'categorical', categories: ['red', 'yellow', 'green'], mean: 0, sd: 1 },
  { name: 'extra', kind: 'numeric', mean: 0, sd: 1 },
  { name: 'b', kind: 'numeric', mean: 0, sd: 1 },
  { name: 'a', kind: 'numeric', mean: 0, sd: 1 },
];

function encodeRows(encoder: EventEncoder, rows: number[][], width: number): number[][] {
  const raw = Float64Array.from(rows.flat());
  const out = new Float32Array(rows.length * encoder.dim).fill(99); // stale values must be overwritten
  encoder.encode(raw, width, rows.length, out);
  return rows.map((_, r) => [...out.subarray(r * encoder.dim, (r + 1) * encoder.dim)]);
}

describe('EventEncoder', () => {
  const encoder = new EventEncoder(PREP, SOURCE);

  it('has one column per numeric feature and one per training category', () => {
    expect(encoder.dim).toBe(1 + 3 + 1);
  });

  it("z-scores numeric inputs with the preprocessor's mean and SD, in the model's order", () => {
    //                       color extra   b     a
    const [row] = encodeRows(encoder, [[2, 123, 0, 14]], 4);
    // a: (14 − 10) / 2 = 2; green → position 1; b: (0 − (−1)) / 0.5 = 2.
    expect(row).toEqual([2, 0, 1, 0, 2]);
  });

  it('maps source category indices to the model one-hot positions', () => {
    const rows = encodeRows(
      encoder,
      [
        [0, 0, -1, 10], // red
        [2, 0, -1, 10], // green
      ],
      4,
    );
    expect(rows[0]).toEqual([0, 0, 0, 1, 0]);
    expect(rows[1]).toEqual([0, 0, 1, 0, 0]);
  });

  it('encodes a category unseen in training, an out-of-range index and a missing one as all zeros', () => {
    const rows = encodeRows(
      encoder,
      [
        [1, 0, -1, 10], // yellow: not a training category
        [7, 0, -1, 10], // an index the stream does not have
        [NaN, 0, -1, 10], // missing
      ],
      4,
    );
    for (const row of rows) expect(row).toEqual([0, 0, 0, 0, 0]);
  });

  it('encodes a missing numeric value as 0 (the training mean)', () => {
    const [row] = encodeRows(encoder, [[0, NaN, NaN, NaN]], 4);
    expect(row).toEqual([0, 0, 0, 1, 0]);
  });

  it('encodes several rows independently and leaves the rest of `out` alone', () => {
    const raw = Float64Array.from([0, 0, -1, 12, 2, 0, 0, 8]);
    const out = new Float32Array(3 * encoder.dim).fill(7);
    encoder.encode(raw, 4, 2, out);
    expect([...out.subarray(0, 10)]).toEqual([1, 0, 0, 1, 0, -1, 0, 1, 0, 2]);
    expect([...out.subarray(10)]).toEqual([7, 7, 7, 7, 7]);
  });

  it('treats a zero SD as 1 (a constant training column)', () => {
    const prep: PreprocessorJSON = { ...PREP, features: [{ name: 'a', kind: 'numeric', mean: 3, std: 0 }] };
    const [row] = encodeRows(new EventEncoder(prep, SOURCE), [[0, 0, 0, 5.5]], 4);
    expect(row).toEqual([2.5]);
  });

  it('reads a boolean model input from a numeric stream column like a number', () => {
    const prep: PreprocessorJSON = {
      ...PREP,
      features: [{ name: 'a', kind: 'boolean', mean: 0.25, std: 0.5 }],
    };
    const [row] = encodeRows(new EventEncoder(prep, SOURCE), [[0, 0, 0, 1]], 4);
    expect(row).toEqual([1.5]);
  });

  it('agrees with Preprocessor.transformRecord on the same values', () => {
    const pre = Preprocessor.fromJSON(PREP);
    const expected = pre.transformRecord({ a: 11, color: 'red', b: -2 });
    const [row] = encodeRows(encoder, [[0, 0, -2, 11]], 4);
    expect(row).toEqual([...expected]);
    const unseen = pre.transformRecord({ a: '', color: 'yellow', b: -1 });
    expect(encodeRows(encoder, [[1, 0, -1, NaN]], 4)[0]).toEqual([...unseen]);
  });

  it('names the input the event stream lacks', () => {
    const without = SOURCE.filter((f) => f.name !== 'b');
    expect(() => new EventEncoder(PREP, without)).toThrow(EncoderError);
    expect(() => new EventEncoder(PREP, without)).toThrow(
      'The model needs the input "b", which the event stream does not have.',
    );
  });

  it('refuses a kind mismatch in either direction, naming the feature', () => {
    const colorAsNumber = SOURCE.map((f) =>
      f.name === 'color' ? { name: 'color', kind: 'numeric' as const, mean: 0, sd: 1 } : f,
    );
    expect(() => new EventEncoder(PREP, colorAsNumber)).toThrow(
      'The model reads "color" as categories; the stream has numbers.',
    );
    const aAsCategories = SOURCE.map((f) =>
      f.name === 'a' ? { name: 'a', kind: 'categorical' as const, categories: ['x'], mean: 0, sd: 1 } : f,
    );
    expect(() => new EventEncoder(PREP, aAsCategories)).toThrow(EncoderError);
    expect(() => new EventEncoder(PREP, aAsCategories)).toThrow(
      'The model reads "a" as a number; the stream has categories.',
    );
  });
});

describe('referencePreprocessor', () => {
  const features: SourceFeature[] = [
    { name: 'x', kind: 'numeric', mean: 5, sd: 2 },
    { name: 'kind', kind: 'categorical', categories: ['p', 'q'], mean: 0, sd: 1 },
  ];

  it("z-scores with the source's mean and SD and keeps its categories", () => {
    const prep = referencePreprocessor(features, ['ok', 'defect'], 'label');
    expect(prep).toEqual({
      format: 'lifecycle-lab/preprocessor',
      version: 1,
      task: 'binary',
      label: 'label',
      features: [
        { name: 'x', kind: 'numeric', mean: 5, std: 2 },
        { name: 'kind', kind: 'categorical', categories: ['p', 'q'] },
      ],
      classes: ['ok', 'defect'],
    });
    // Copies, not views of the source's arrays.
    const cat = prep.features[1]!;
    expect(cat.kind === 'categorical' && cat.categories).not.toBe(features[1]!.categories);
  });

  it('is multiclass for three or more classes, and a valid Preprocessor', () => {
    const prep = referencePreprocessor(features, ['a', 'b', 'c'], 'weather');
    expect(prep.task).toBe('multiclass');
    expect(prep.label).toBe('weather');
    expect(() => Preprocessor.fromJSON(prep)).not.toThrow();
  });

  it('gives an encoder that maps the reference mean to 0 and one SD above it to 1', () => {
    const encoder = new EventEncoder(referencePreprocessor(features, ['a', 'b'], 'y'), features);
    expect(encoder.dim).toBe(3);
    const out = new Float32Array(6);
    encoder.encode(Float64Array.from([5, 1, 7, 0]), 2, 2, out);
    expect([...out]).toEqual([0, 0, 1, 1, 1, 0]);
  });

  it('leaves an empty category list for a categorical feature without categories', () => {
    const prep = referencePreprocessor([{ name: 'k', kind: 'categorical', mean: 0, sd: 1 }], ['a', 'b'], 'y');
    expect(prep.features).toEqual([{ name: 'k', kind: 'categorical', categories: [] }]);
  });
});
