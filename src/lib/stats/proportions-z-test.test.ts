import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close';
import { num, reference } from './fixtures/reference';
import { twoProportionZTest } from './proportions-z-test';

describe('twoProportionZTest against the pooled z formula with scipy.stats.norm.sf', () => {
  it.each(reference.zTest.map((c) => [`${c.x1}/${c.n1} vs ${c.x2}/${c.n2}`, c] as const))('%s', (_, c) => {
    const r = twoProportionZTest(c.x1, c.n1, c.x2, c.n2);
    expectClose(r.statistic, c.statistic, 1e-12);
    expectClose(r.pvalue, num(c.pvalue), 1e-9, 1e-300);
  });
});

describe('twoProportionZTest policy and properties', () => {
  it('returns z = 0, p = 1 when both samples hold a single category', () => {
    expect(twoProportionZTest(0, 10, 0, 5)).toEqual({ statistic: 0, pvalue: 1 });
    expect(twoProportionZTest(10, 10, 5, 5)).toEqual({ statistic: 0, pvalue: 1 });
  });

  it('has p in [0, 1] and is antisymmetric in z', () => {
    const side = fc
      .integer({ min: 1, max: 500 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(side, side, ([x1, n1], [x2, n2]) => {
        const a = twoProportionZTest(x1, n1, x2, n2);
        const b = twoProportionZTest(x2, n2, x1, n1);
        expect(a.pvalue).toBeGreaterThanOrEqual(0);
        expect(a.pvalue).toBeLessThanOrEqual(1);
        expect(a.statistic).toBeCloseTo(-b.statistic, 12);
      }),
    );
  });

  it('rejects impossible counts', () => {
    expect(() => twoProportionZTest(1, 0, 1, 2)).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => twoProportionZTest(3, 2, 1, 2)).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(() => twoProportionZTest(NaN, 2, 1, 2)).toThrow(expect.objectContaining({ code: 'non-finite' }));
  });
});
