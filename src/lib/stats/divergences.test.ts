import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hellingerDistance, klDivergence, lInfinityDistance } from './divergences';
import { expectClose } from './fixtures/expect-close';
import { num, reference } from './fixtures/reference';

describe('klDivergence against scipy.stats.entropy(p, q)', () => {
  it.each(reference.kl.map((c) => [`${c.name}, base ${c.base ?? 'e'}`, c] as const))('%s', (_, c) => {
    const v = c.base === null ? klDivergence(c.p, c.q) : klDivergence(c.p, c.q, c.base);
    expectClose(v, num(c.value), 1e-10, 1e-15);
  });

  it('is +Infinity (not NaN) when q has a zero where p does not', () => {
    expect(klDivergence([1, 1], [1, 0])).toBe(Infinity);
  });
});

describe('hellingerDistance and lInfinityDistance against numpy', () => {
  it.each(reference.hellingerLinf.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expectClose(hellingerDistance(c.p, c.q), num(c.hellinger), 1e-10, 1e-15);
    expectClose(lInfinityDistance(c.p, c.q), num(c.linf), 1e-12, 1e-15);
  });
});

describe('divergence properties', () => {
  const hist = (n: number) =>
    fc
      .array(fc.integer({ min: 0, max: 500 }), { minLength: n, maxLength: n })
      .filter((h) => h.some((v) => v > 0));
  const pair = fc.integer({ min: 1, max: 10 }).chain((n) => fc.tuple(hist(n), hist(n)));

  it('Hellinger and L∞ are symmetric and in [0, 1]; all three vanish on identical inputs; KL ≥ 0', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        for (const f of [hellingerDistance, lInfinityDistance]) {
          const d = f(p, q);
          expect(d).toBeCloseTo(f(q, p), 14);
          expect(d).toBeGreaterThanOrEqual(0);
          expect(d).toBeLessThanOrEqual(1);
          expect(f(p, p)).toBe(0);
        }
        expect(klDivergence(p, q)).toBeGreaterThanOrEqual(0);
        expect(klDivergence(p, p)).toBe(0);
      }),
    );
  });

  it('validates like the other histogram functions', () => {
    expect(() => hellingerDistance([1], [1, 2])).toThrow(
      expect.objectContaining({ code: 'length-mismatch' }),
    );
    expect(() => lInfinityDistance([0], [0])).toThrow(expect.objectContaining({ code: 'zero-total' }));
    expect(() => klDivergence([1], [1], 0)).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});
