import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from './errors';
import { hyperplaneLabel, hyperplaneStream } from './hyperplane';
import { PythonRandom } from './python-random';
import { take } from './stream';

/** River prints features truncated to a fixed number of decimals. */
const trunc = (v: number, decimals: number) => Math.trunc(v * 10 ** decimals) / 10 ** decimals;

describe('Hyperplane generator', () => {
  it('Hyperplane: y = 1 iff Σ w·x ≥ ½ Σ w', () => {
    expect(hyperplaneLabel([1, 1], [0.5, 0.5])).toBe(1);
    expect(hyperplaneLabel([1, 1], [0.4, 0.5])).toBe(0);
    expect(hyperplaneLabel([3, 1], [0.2, 1])).toBe(0); // 1.6 < 2
    expect(hyperplaneLabel([3, 1], [0.4, 1])).toBe(1); // 2.2 ≥ 2
  });

  it('Hyperplane(seed=42, n_features=2) with numpy’s RandomState(42)', () => {
    const samples = take(hyperplaneStream({ nFeatures: 2, rng: PythonRandom.fromNumpySeed(42) }), 5);
    expect(samples.map((s) => s.x.map((v) => trunc(v, 4)))).toEqual([
      [0.7319, 0.5986],
      [0.8661, 0.6011],
      [0.8324, 0.2123],
      [0.5247, 0.4319],
      [0.2921, 0.3663],
    ]);
    expect(samples.map((s) => s.y)).toEqual([1, 1, 0, 0, 0]);
  });

  it('Hyperplane: weights only move for the drifting features, by ±magChange per sample', () => {
    const h = hyperplaneStream({
      nFeatures: 4,
      nDriftFeatures: 2,
      magChange: 0.01,
      noisePercentage: 0,
      seed: 9,
    });
    const w0 = h.weights;
    const s = h.next();
    const w1 = h.weights;
    expect(s.y).toBe(hyperplaneLabel(w0, s.x));
    expect(Math.abs((w1[0] as number) - (w0[0] as number))).toBeCloseTo(0.01, 12);
    expect(Math.abs((w1[1] as number) - (w0[1] as number))).toBeCloseTo(0.01, 12);
    expect(w1.slice(2)).toEqual(w0.slice(2));
    const still = hyperplaneStream({ nFeatures: 3, seed: 9 });
    const before = still.weights;
    take(still, 100);
    expect(still.weights).toEqual(before);
  });

  it('same seed → same stream, other seed → other stream', () => {
    const make = (seed: number) => hyperplaneStream({ nFeatures: 5, magChange: 0.01, seed });
    const a = take(make(5), 300);
    expect(take(make(5), 300)).toEqual(a);
    expect(take(make(6), 300)).not.toEqual(a);
  });

  it.each([
    [() => hyperplaneStream({ nFeatures: 1 }), /hyperplaneStream\.nFeatures/],
    [
      () => hyperplaneStream({ nFeatures: 3, nDriftFeatures: 4 }),
      /hyperplaneStream\.nDriftFeatures: must be ≤ nFeatures \(3\), got 4/,
    ],
    [() => hyperplaneStream({ sigma: Number.NaN }), /hyperplaneStream\.sigma/],
    [() => hyperplaneStream({ magChange: 2 }), /hyperplaneStream\.magChange/],
  ])('bad options %# → InvalidOptionError', (make, message) => {
    expect(make).toThrow(InvalidOptionError);
    expect(make).toThrow(message);
  });
});
