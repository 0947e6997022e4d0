import { describe, expect, it } from 'vitest';
import { kolmogornCdfDurbin, kolmogornCdfPomeranz } from './kstwo-exact';

describe('exact one-sample KS CDF: Durbin/MTW matrix vs Pomeranz recursion', () => {
  it('two independent exact algorithms agree', () => {
    for (const n of [2, 5, 10, 37, 100, 140]) {
      for (const x of [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.45]) {
        if (n * x <= 0.5) continue;
        expect(kolmogornCdfDurbin(n, x)).toBeCloseTo(kolmogornCdfPomeranz(n, x), 12);
      }
    }
  });

  it('matches the closed form n!/nⁿ(2nx − 1)ⁿ on 1/2n ≤ x ≤ 1/n (Ruben & Gambino 1982)', () => {
    const n = 6;
    const x = 0.15;
    let f = 1;
    for (let i = 1; i <= n; i++) f *= (i / n) * (2 * n * x - 1);
    expect(kolmogornCdfDurbin(n, x)).toBeCloseTo(f, 14);
    expect(kolmogornCdfPomeranz(n, x)).toBeCloseTo(f, 14);
  });

  it('MTW returns 0 below 1/2n and 1 at d ≥ 1', () => {
    expect(kolmogornCdfDurbin(10, 0.04)).toBe(0);
    expect(kolmogornCdfDurbin(10, 1)).toBe(1);
  });
});
