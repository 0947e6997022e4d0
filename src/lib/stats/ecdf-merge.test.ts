import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecdfDistancesSorted } from './ecdf-merge';

/** O(n²) definitions: sup and integral of |F_a − F_b| over the pooled sorted values. */
function naive(a: number[], b: number[]): { ks: number; wasserstein: number } {
  const all = [...a, ...b].sort((x, y) => x - y);
  const F = (s: number[], x: number): number => s.filter((v) => v <= x).length / s.length;
  let ks = 0;
  let w = 0;
  for (let k = 0; k < all.length; k++) {
    const d = Math.abs(F(a, all[k]!) - F(b, all[k]!));
    ks = Math.max(ks, d);
    if (k + 1 < all.length) w += d * (all[k + 1]! - all[k]!);
  }
  return { ks, wasserstein: w };
}

describe('ecdfDistancesSorted', () => {
  it('matches the O(n²) definitions, ties included', () => {
    const sample = fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(sample, sample, (a, b) => {
        const sa = Float64Array.from([...a].sort((x, y) => x - y).concat(Infinity));
        const sb = Float64Array.from([...b].sort((x, y) => x - y).concat(Infinity));
        const r = ecdfDistancesSorted(sa, a.length, sb, b.length);
        const e = naive(a, b);
        expect(r.ks).toBeCloseTo(e.ks, 14);
        expect(r.wasserstein).toBeCloseTo(e.wasserstein, 10);
      }),
    );
  });

  it('reads the first na / nb entries, writes into `out`, and demands the +Infinity sentinels', () => {
    const out = { ks: -1, wasserstein: -1 };
    const res = ecdfDistancesSorted(
      new Float64Array([0, 1, Infinity]),
      2,
      new Float64Array([1, 2, Infinity]),
      2,
      out,
    );
    expect(res).toBe(out);
    expect(out).toEqual({ ks: 0.5, wasserstein: 1 });
    expect(() => ecdfDistancesSorted([0, 1], 2, [1, 2, Infinity], 2)).toThrow(/sentinel/);
  });
});
