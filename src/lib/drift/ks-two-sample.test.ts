import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from './errors';
import { ksTwoSampleEqualSizes, probOutsideSquare } from './ks-two-sample';
import fixture from './fixtures/ks-two-sample.json';

/** Exact P(D_{n,n} ≥ h/n) = 2·Σ_{k≥1} (−1)^{k+1} C(2n, n − kh) / C(2n, n), in rational BigInt arithmetic. */
function exactTail(n: number, h: number): number {
  const binom = (m: number, k: number): bigint => {
    let r = 1n;
    for (let i = 1; i <= k; i++) r = (r * BigInt(m - k + i)) / BigInt(i);
    return r;
  };
  let num = 0n;
  for (let k = 1; n - k * h >= 0; k++) num += (k % 2 === 1 ? 1n : -1n) * binom(2 * n, n - k * h);
  const den = binom(2 * n, n);
  const scale = 10n ** 30n;
  return Number((2n * num * scale) / den) / 1e30;
}

describe('ksTwoSampleEqualSizes matches scipy.stats.ks_2samp (method="auto")', () => {
  for (const c of fixture.cases) {
    it(c.name, () => {
      const r = ksTwoSampleEqualSizes(c.a, c.b);
      expect(r.statistic).toBeCloseTo(c.statistic, 12);
      if (c.pvalue < 1e-300) expect(r.pvalue).toBeLessThan(1e-300);
      else
        expect(Math.abs(r.pvalue - c.pvalue)).toBeLessThanOrEqual(1e-12 * Math.max(c.pvalue, 1e-300) + 1e-15);
    });
  }

  it(`every statistic h/n for n ≤ 60 (${fixture.sweep.length} cases)`, () => {
    for (const [n, h, p] of fixture.sweep as [number, number, number][]) {
      const a = Array.from({ length: n }, (_, i) => i);
      const r = ksTwoSampleEqualSizes(
        a,
        a.map((v) => v + h - 0.5),
      );
      expect(r.statistic).toBe(h / n);
      expect(Math.abs(r.pvalue - p)).toBeLessThanOrEqual(1e-12 * p + 1e-300);
    }
  });
});

describe('ksTwoSampleEqualSizes for large n (scipy fixture)', () => {
  it(`n up to 10000, small and moderate statistics (${fixture.sweep_large.length} cases)`, () => {
    for (const [n, h, p] of fixture.sweep_large as [number, number, number][]) {
      const a = Array.from({ length: n }, (_, i) => i);
      const r = ksTwoSampleEqualSizes(
        a,
        a.map((v) => v + h - 0.5),
      );
      // 4e-13 absolute where scipy switched to its asymptotic branch (p ≈ 1), 1e-12 relative elsewhere.
      expect(Math.abs(r.pvalue - p)).toBeLessThanOrEqual(p > 1 - 1e-9 ? 4e-13 : 1e-12 * p + 1e-300);
    }
  });
});

describe('probOutsideSquare (scipy _compute_prob_outside_square)', () => {
  it('equals the alternating binomial sum computed exactly with BigInt', () => {
    for (const [n, h] of [
      [3, 3],
      [10, 4],
      [30, 12],
      [30, 15],
      [60, 20],
      [100, 30],
      [200, 25],
    ] as const) {
      const exact = exactTail(n, h);
      expect(Math.abs(probOutsideSquare(n, h) - exact)).toBeLessThanOrEqual(1e-12 * exact);
    }
  });

  it('P(D_{3,3} = 1) = 2 / C(6, 3) = 0.1', () => {
    expect(probOutsideSquare(3, 3)).toBeCloseTo(0.1, 15);
  });
});

describe('ksTwoSampleEqualSizes properties', () => {
  const sample = (n: number) => fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n, maxLength: n });
  const pair = fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(sample(n), sample(n)));

  it('statistic ∈ [0, 1], a multiple of 1/n; p-value ∈ [0, 1]; symmetric in (a, b)', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const r = ksTwoSampleEqualSizes(a, b);
        const s = ksTwoSampleEqualSizes(b, a);
        const n = a.length;
        return (
          r.statistic >= 0 &&
          r.statistic <= 1 &&
          Number.isInteger(Math.round(r.statistic * n)) &&
          Math.abs(r.statistic * n - Math.round(r.statistic * n)) < 1e-9 &&
          r.pvalue >= 0 &&
          r.pvalue <= 1 &&
          r.statistic === s.statistic &&
          r.pvalue === s.pvalue
        );
      }),
    );
  });

  it('identical samples (in any order) give D = 0 and p = 1', () => {
    fc.assert(
      fc.property(sample(25), (a) => {
        const r = ksTwoSampleEqualSizes(a, [...a].reverse());
        return r.statistic === 0 && r.pvalue === 1;
      }),
    );
  });

  it('the p-value decreases as the statistic grows (fixed n)', () => {
    for (let h = 1; h < 30; h++)
      expect(probOutsideSquare(30, h + 1)).toBeLessThan(probOutsideSquare(30, h) + 1e-15);
  });
});

describe('ksTwoSampleEqualSizes bad input', () => {
  it('throws InvalidOptionError on empty, unequal, too large or non-finite samples', () => {
    expect(() => ksTwoSampleEqualSizes([], [])).toThrow(InvalidOptionError);
    expect(() => ksTwoSampleEqualSizes([1, 2], [1])).toThrow(/equal size, got 2 and 1/);
    const big = Array(10_001).fill(0);
    expect(() => ksTwoSampleEqualSizes(big, big)).toThrow(/exceeds 10000/);
    expect(() => ksTwoSampleEqualSizes([1, Number.NaN], [1, 2])).toThrow(/finite numbers, got NaN/);
  });
});
