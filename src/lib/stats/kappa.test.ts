import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close';
import { num, reference } from './fixtures/reference';
import { cohenKappa, fleissKappa } from './kappa';

describe('cohenKappa against sklearn.metrics.cohen_kappa_score', () => {
  it.each(reference.cohenKappa.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expectClose(cohenKappa(c.a, c.b), num(c.value), 1e-12, 1e-15);
  });

  it('is symmetric, at most 1, and 1 for identical ratings', () => {
    const ratings = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(ratings, ratings, (a0, b0) => {
        const n = Math.min(a0.length, b0.length);
        const a = [...a0.slice(0, n - 1), 'a'];
        const b = [...b0.slice(0, n - 1), 'b']; // two categories in play, so κ is defined
        expect(cohenKappa(a, b)).toBeCloseTo(cohenKappa(b, a), 12);
        expect(cohenKappa(a, b)).toBeLessThanOrEqual(1);
        const both = [...a, 'b'];
        expect(cohenKappa(both, both)).toBe(1);
      }),
    );
  });

  it('rejects a single shared category, mismatched lengths and mixed label types', () => {
    expect(() => cohenKappa(['x', 'x'], ['x', 'x'])).toThrow(
      expect.objectContaining({ code: 'single-category' }),
    );
    expect(() => cohenKappa([1, 2], [1])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => cohenKappa([], [])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => cohenKappa([1, 'a'], [1, 2])).toThrow(expect.objectContaining({ code: 'mixed-labels' }));
  });
});

describe('fleissKappa against statsmodels fleiss_kappa (formula inlined in the generator)', () => {
  it.each(reference.fleissKappa.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expectClose(fleissKappa(c.table), num(c.value), 1e-12, 1e-15);
  });

  it('reproduces the 0.210 of Fleiss (1971)', () => {
    expect(fleissKappa(reference.fleissKappa[0]!.table)).toBeCloseTo(0.21, 3);
  });

  it('rejects ragged tables, unequal rater counts, one rater and one category', () => {
    expect(() => fleissKappa([])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => fleissKappa([[1, 1], [2]])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() =>
      fleissKappa([
        [1, 1],
        [2, 1],
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(() =>
      fleissKappa([
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(() =>
      fleissKappa([
        [3, 0],
        [3, 0],
      ]),
    ).toThrow(expect.objectContaining({ code: 'single-category' }));
    expect(() =>
      fleissKappa([
        [3, -1],
        [2, 0],
      ]),
    ).toThrow(expect.objectContaining({ code: 'negative' }));
  });
});
