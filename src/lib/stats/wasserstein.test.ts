import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close';
import { num, reference, values } from './fixtures/reference';
import { wassersteinDistance } from './wasserstein';

describe('wassersteinDistance against scipy.stats.wasserstein_distance', () => {
  // numpy sums pairwise, this sums left to right: ~1e-15 relative apart; 1e-10 is the library's bar.
  it.each(reference.wasserstein.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expectClose(wassersteinDistance(values(c.a), values(c.b)), num(c.value), 1e-10, 1e-12);
  });
});

describe('wassersteinDistance properties', () => {
  const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 40 });

  it('is symmetric and non-negative', () => {
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const d = wassersteinDistance(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeCloseTo(wassersteinDistance(b, a), 9);
      }),
    );
  });

  it('is zero between a sample and a permutation of itself', () => {
    fc.assert(
      fc.property(sample, (a) => {
        expect(wassersteinDistance(a, [...a].reverse())).toBe(0);
      }),
    );
  });

  it('equals |c| between a sample and its translate by c', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 100 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -50, max: 50 }),
        (a, c) => {
          expect(
            wassersteinDistance(
              a,
              a.map((x) => x + c),
            ),
          ).toBeCloseTo(Math.abs(c), 9);
        },
      ),
    );
  });

  it('rejects empty and non-finite samples', () => {
    expect(() => wassersteinDistance([], [1])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => wassersteinDistance([1, NaN], [1])).toThrow(expect.objectContaining({ code: 'non-finite' }));
    expect(() => wassersteinDistance([1], [-Infinity])).toThrow(
      expect.objectContaining({ code: 'non-finite' }),
    );
  });
});
