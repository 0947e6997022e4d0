import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StatsInputError } from './errors';
import { expectClose } from './fixtures/expect-close';
import { num, reference, values } from './fixtures/reference';
import { ks2samp } from './ks2samp';

// Statistics are bit-identical to scipy (same i/n₁ − j/n₂ expression); 1e-12 leaves room for nothing else.
// p-values: worst observed relative difference 2e-11 (the one-sided Smirnov sum runs in double, not scipy's
// double-double); 1e-9 relative plus 1e-300 absolute for underflowing tails.
const STAT_RTOL = 1e-12;
const P_RTOL = 1e-9;

describe('ks2samp against scipy.stats.ks_2samp', () => {
  it.each(reference.ks.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = ks2samp(values(c.a), values(c.b), { method: c.method });
    expect(r.method).toBe(c.regime);
    expectClose(r.statistic, num(c.statistic), STAT_RTOL, 0, 'statistic');
    expectClose(r.pvalue, num(c.pvalue), P_RTOL, 1e-300, 'pvalue');
  });

  it('covers both p-value regimes, large samples and n > 10000 in auto mode', () => {
    const regimes = new Set(reference.ks.map((c) => `${c.method}->${c.regime}`));
    expect(regimes).toEqual(
      new Set(['auto->exact', 'auto->asymp', 'exact->exact', 'exact->asymp', 'asymp->asymp']),
    );
    expect(
      reference.ks.some((c) => c.method === 'auto' && c.regime === 'asymp' && values(c.a).length > 10_000),
    ).toBe(true);
  });
});

describe('ks2samp known values', () => {
  it('gives D = 1 and the exact p = 2/C(10,4) for fully separated samples of 4 and 6', () => {
    const r = ks2samp([1, 2, 3, 4], [10, 11, 12, 13, 14, 15]);
    expect(r.statistic).toBe(1);
    expectClose(r.pvalue, 2 / 210, 1e-14);
  });

  it('gives D = 0 and p = 1 for identical samples', () => {
    expect(ks2samp([3, 1, 2], [1, 2, 3])).toEqual({ statistic: 0, pvalue: 1, method: 'exact' });
  });

  it('accepts typed arrays and does not reorder its input', () => {
    const a = new Float64Array([3, 1, 2]);
    ks2samp(a, [0, 5]);
    expect(Array.from(a)).toEqual([3, 1, 2]);
  });
});

describe('ks2samp properties', () => {
  const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 });
  const method = fc.constantFrom('auto' as const, 'exact' as const, 'asymp' as const);

  it('is symmetric, bounded, and its p-value lies in [0, 1]', () => {
    fc.assert(
      fc.property(sample, sample, method, (a, b, m) => {
        const ab = ks2samp(a, b, { method: m });
        const ba = ks2samp(b, a, { method: m });
        expect(ab.statistic).toBe(ba.statistic);
        expect(ab.pvalue).toBeCloseTo(ba.pvalue, 12);
        expect(ab.statistic).toBeGreaterThanOrEqual(0);
        expect(ab.statistic).toBeLessThanOrEqual(1);
        expect(ab.pvalue).toBeGreaterThanOrEqual(0);
        expect(ab.pvalue).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is zero with p-value 1 on a sample against a permutation of itself', () => {
    fc.assert(
      fc.property(sample, method, (a, m) => {
        const r = ks2samp(a, [...a].reverse(), { method: m });
        expect(r.statistic).toBe(0);
        expect(r.pvalue).toBe(1);
      }),
    );
  });
});

describe('ks2samp input errors', () => {
  it.each([
    ['empty first sample', [], [1], 'empty'],
    ['empty second sample', [1], [], 'empty'],
    ['NaN', [1, NaN], [1], 'non-finite'],
    ['Infinity', [1], [Infinity], 'non-finite'],
    ['-Infinity', [-Infinity], [1], 'non-finite'],
  ] as const)('%s → StatsInputError', (_, a, b, code) => {
    expect(() => ks2samp(a, b)).toThrow(StatsInputError);
    expect(() => ks2samp(a, b)).toThrow(expect.objectContaining({ code }));
  });

  it('rejects an unknown method', () => {
    expect(() => ks2samp([1], [2], { method: 'fast' as 'auto' })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });
});
