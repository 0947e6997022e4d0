import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from './errors';
import { PythonRandom } from './python-random';
import { sineLabel, sineStream } from './sine';
import { take } from './stream';

/** River prints features truncated to a fixed number of decimals. */
const trunc = (v: number, decimals: number) => Math.trunc(v * 10 ** decimals) / 10 ** decimals;

describe('Sine generator', () => {
  it('Sine: SINE1 (x1 < sin x2), SINE2 (x1 < 0.5 + 0.3 sin 3πx2) and their reversals', () => {
    expect([sineLabel(0.1, 1, 0), sineLabel(0.9, 1, 0)]).toEqual([1, 0]); // sin 1 ≈ 0.841
    expect([sineLabel(0.1, 1, 1), sineLabel(0.9, 1, 1)]).toEqual([0, 1]);
    expect([sineLabel(0.79, 1 / 6, 2), sineLabel(0.81, 1 / 6, 2)]).toEqual([1, 0]); // 0.5 + 0.3·sin(π/2) = 0.8
    expect([sineLabel(0.79, 1 / 6, 3), sineLabel(0.81, 1 / 6, 3)]).toEqual([0, 1]);
    expect([sineLabel(0.19, 0.5, 2), sineLabel(0.21, 0.5, 2)]).toEqual([1, 0]); // 0.5 + 0.3·sin(3π/2) = 0.2
  });

  it('Sine(classification_function=2, seed=112, has_noise=True) with numpy’s RandomState(112)', () => {
    const stream = sineStream({
      classificationFunction: 2,
      hasNoise: true,
      rng: PythonRandom.fromNumpySeed(112),
    });
    const samples = take(stream, 5);
    expect(samples.map((s) => s.x.map((v) => trunc(v, 4)))).toEqual([
      [0.375, 0.6403, 0.95, 0.0756],
      [0.7769, 0.8327, 0.0548, 0.8176],
      [0.8853, 0.7223, 0.0025, 0.9811],
      [0.3434, 0.0947, 0.3946, 0.0049],
      [0.7367, 0.9558, 0.8206, 0.3449],
    ]);
    expect(samples.map((s) => s.y)).toEqual([1, 1, 0, 1, 0]);
  });

  it('balanceClasses alternates labels 1, 0, 1, …', () => {
    const expected = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 1 : 0));
    expect(take(sineStream({ balanceClasses: true, seed: 3 }), 50).map((s) => s.y)).toEqual(expected);
  });

  it('same seed → same stream, other seed → other stream', () => {
    const make = (seed: number) =>
      sineStream({ classificationFunction: 1, balanceClasses: true, hasNoise: true, seed });
    const a = take(make(5), 300);
    expect(take(make(5), 300)).toEqual(a);
    expect(take(make(6), 300)).not.toEqual(a);
  });

  it.each([
    [() => sineStream({ classificationFunction: -1 as never }), /sineStream\.classificationFunction/],
    [() => sineStream({ hasNoise: 'yes' as never }), /sineStream\.hasNoise: must be true or false/],
  ])('bad options %# → InvalidOptionError', (make, message) => {
    expect(make).toThrow(InvalidOptionError);
    expect(make).toThrow(message);
  });
});
