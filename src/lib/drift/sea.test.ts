import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from './errors';
import { PythonRandom } from './python-random';
import { SEA_THRESHOLDS, seaLabel, seaStream } from './sea';
import { take } from './stream';
import type { SampleStream } from './stream';

/** River prints features truncated to a fixed number of decimals. */
const trunc = (v: number, decimals: number) => Math.trunc(v * 10 ** decimals) / 10 ** decimals;
const xs = (stream: SampleStream, n: number, decimals: number) =>
  take(stream, n).map((s) => s.x.map((v) => trunc(v, decimals)));

describe('SEA generator', () => {
  it('SEA: y = 1 iff x1 + x2 ≤ θ, θ = 8, 9, 7, 9.5', () => {
    expect(SEA_THRESHOLDS).toEqual([8, 9, 7, 9.5]);
    expect(seaLabel(4, 4, 8)).toBe(1);
    expect(seaLabel(4, 4.001, 8)).toBe(0);
    expect(seaLabel(5, 4, 9)).toBe(1);
    expect(seaLabel(3.5, 3.6, 7)).toBe(0);
    expect(seaLabel(9.5, 0, 9.5)).toBe(1);
  });

  it('SEA(variant=0, seed=42): River’s features; labels are the complement of River’s (paper convention)', () => {
    expect(xs(seaStream({ rng: new PythonRandom(42) }), 5, 5)).toEqual([
      [6.39426, 0.2501, 2.75029],
      [2.2321, 7.36471, 6.76699],
      [8.92179, 0.86938, 4.21921],
      [0.29797, 2.18637, 5.05355],
      [0.26535, 1.98837, 6.49884],
    ]);
    // River: False, True, True, False, False (x1 + x2 > 8).
    expect(take(seaStream({ rng: new PythonRandom(42) }), 5).map((s) => s.y)).toEqual([1, 0, 0, 1, 1]);
  });

  it('SEA features lie in [0, 10); noise 0.1 flips ≈ 10 % of labels', () => {
    const samples = take(seaStream({ variant: 3, noise: 0.1, seed: 1 }), 20_000);
    expect(samples.every((s) => s.x.every((v) => v >= 0 && v < 10))).toBe(true);
    const flipped =
      samples.filter((s) => s.y !== seaLabel(s.x[0] as number, s.x[1] as number, 9.5)).length /
      samples.length;
    expect(flipped).toBeGreaterThan(0.09);
    expect(flipped).toBeLessThan(0.11);
  });

  it('same seed → same stream, other seed → other stream', () => {
    const make = (seed: number) => seaStream({ variant: 2, noise: 0.1, seed });
    const a = take(make(5), 300);
    expect(take(make(5), 300)).toEqual(a);
    expect(take(make(6), 300)).not.toEqual(a);
  });

  it.each([
    [() => seaStream({ variant: 4 as never }), /seaStream\.variant: must be an integer ≥ 0 and ≤ 3, got 4/],
    [() => seaStream({ noise: 1.5 }), /seaStream\.noise/],
    [() => seaStream({ seed: 0.5 }), /seaStream\.seed: seed must be a safe integer, got 0\.5/],
    [() => seaStream({ thresh: 3 } as never), /seaStream\.thresh: unknown option/],
    [() => seaStream({ rng: {} as never }), /seaStream\.rng: must implement the Rng interface/],
    [() => take(seaStream(), -1), /take: n must be a non-negative integer/],
  ])('bad options %# → InvalidOptionError', (make, message) => {
    expect(make).toThrow(InvalidOptionError);
    expect(make).toThrow(message);
  });
});
