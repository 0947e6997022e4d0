import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareTest } from './chi-square';
import { expectClose } from './fixtures/expect-close';
import { num, reference } from './fixtures/reference';

describe('chiSquareTest against scipy.stats.chi2_contingency', () => {
  // Worst observed: ~1e-13 relative (incomplete-gamma continued fraction vs cephes igamc).
  it.each(reference.chiSquare.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = chiSquareTest(c.ref, c.cur);
    expect(r.dof).toBe(c.dof);
    expectClose(r.statistic, num(c.statistic), 1e-10, 1e-14, 'statistic');
    expectClose(r.pvalue, num(c.pvalue), 1e-9, 1e-300, 'pvalue');
  });

  it('applies Yates only at dof = 1 (a 2×2 table), capped at |O − E|', () => {
    // O = [[10,10],[10,11]]: E differs from O by < 0.5 everywhere, so the corrected statistic is 0.
    expect(chiSquareTest({ a: 10, b: 10 }, { a: 10, b: 11 }).statistic).toBe(0);
  });

  it('reports the categories it used, dropping ones with a zero total', () => {
    expect(chiSquareTest({ a: 1, b: 0, c: 2 }, { c: 1, d: 3 }).categories).toEqual(['a', 'c', 'd']);
  });
});

describe('chiSquareTest properties and errors', () => {
  const counts = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 0, max: 200 }), {
    minKeys: 1,
  });

  it('has a p-value in [0, 1], a non-negative statistic, and is symmetric in its arguments', () => {
    fc.assert(
      fc.property(counts, counts, (r, c) => {
        fc.pre(Object.values(r).some((v) => v > 0) && Object.values(c).some((v) => v > 0));
        const ab = chiSquareTest(r, c);
        const ba = chiSquareTest(c, r);
        expect(ab.pvalue).toBeGreaterThanOrEqual(0);
        expect(ab.pvalue).toBeLessThanOrEqual(1);
        expect(ab.statistic).toBeGreaterThanOrEqual(0);
        expect(ab.statistic).toBeCloseTo(ba.statistic, 9);
      }),
    );
  });

  it('rejects empty samples and bad counts', () => {
    expect(() => chiSquareTest({}, { a: 1 })).toThrow(expect.objectContaining({ code: 'zero-total' }));
    expect(() => chiSquareTest({ a: 0 }, { a: 1 })).toThrow(expect.objectContaining({ code: 'zero-total' }));
    expect(() => chiSquareTest({ a: -1, b: 2 }, { a: 1 })).toThrow(
      expect.objectContaining({ code: 'negative' }),
    );
    expect(() => chiSquareTest({ a: NaN }, { a: 1 })).toThrow(
      expect.objectContaining({ code: 'non-finite' }),
    );
    expect(() => chiSquareTest({ a: Infinity }, { a: 1 })).toThrow(
      expect.objectContaining({ code: 'non-finite' }),
    );
  });
});
