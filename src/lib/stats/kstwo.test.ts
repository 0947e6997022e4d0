import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close';
import { num, reference } from './fixtures/reference';
import { kolmogornSf } from './kstwo';

describe('kolmogornSf against scipy.stats.kstwo.sf', () => {
  // Points chosen to hit every branch of Simard & L'Ecuyer's selection (Ruben–Gambino, Durbin, Pomeranz,
  // Smirnov, Pelz–Good, underflow). Worst observed relative difference 1.9e-11.
  it.each(reference.kstwo.map((c) => [c.n, c.x, c] as const))('n = %d, x = %d', (_, __, c) => {
    expectClose(kolmogornSf(c.n, c.x), num(c.sf), 1e-9, 1e-300);
  });

  it('has the trivial ends: 1 at x ≤ 1/(2n), 0 at x ≥ 1', () => {
    expect(kolmogornSf(10, 0.05)).toBe(1);
    expect(kolmogornSf(10, 0)).toBe(1);
    expect(kolmogornSf(10, 1)).toBe(0);
    expect(kolmogornSf(1, 0.7)).toBeCloseTo(0.6, 15); // n = 1: P(D₁ ≥ x) = 2(1 − x)
  });

  it('returns NaN only for a non-integer n (internal use; ks2samp always passes an integer ≥ 1)', () => {
    expect(kolmogornSf(2.5, 0.3)).toBeNaN();
  });

  it('is non-increasing in x', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          expect(kolmogornSf(n, hi)).toBeLessThanOrEqual(kolmogornSf(n, lo) + 1e-12);
        },
      ),
    );
  });
});
