import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close';
import { num, reference } from './fixtures/reference';
import { smirnovSf } from './smirnov';

describe('smirnovSf against scipy.special.smirnov', () => {
  // scipy sums in double-double; this sums in log space in double: ~n·ε relative apart.
  it.each(reference.smirnov.map((c) => [c.n, c.x, c] as const))('n = %d, x = %d', (_, __, c) => {
    expectClose(smirnovSf(c.n, c.x), num(c.sf), 1e-9, 1e-300);
  });

  it('has the closed forms at the ends: n = 1, x ≤ 1/n, x ≥ 1 − 1/n', () => {
    expect(smirnovSf(1, 0.3)).toBeCloseTo(0.7, 15);
    expect(smirnovSf(4, 0.2)).toBeCloseTo(1 - 0.2 * 1.2 ** 3, 15);
    expect(smirnovSf(4, 0.9)).toBeCloseTo(0.1 ** 4, 18);
    expect(smirnovSf(4, 0)).toBe(1);
    expect(smirnovSf(4, 1)).toBe(0);
    expect(smirnovSf(4, 1.5)).toBeNaN();
  });
});
