// Two-sample Kolmogorov–Smirnov test, two-sided, with the same statistic and p-value as
// scipy.stats.ks_2samp (scipy 1.10) for method 'auto' | 'exact' | 'asymp', ties included.
import { ecdfDistancesSorted } from './ecdf-merge';
import { StatsInputError } from './errors';
import { probOutsideInside, probOutsideSquare } from './ks-two-sample-exact';
import { kolmogornSf } from './kstwo';
import { roundHalfEven } from './special-functions';
import { sortedCopyWithSentinel, type NumericSample } from './validation';

export type KsMethod = 'auto' | 'exact' | 'asymp';

export interface KsResult {
  /** D = sup_x |F₁(x) − F₂(x)| (in exact mode rounded to the lattice h/lcm(n₁, n₂), as scipy does). */
  statistic: number;
  pvalue: number;
  /** The method actually used: 'auto' resolves to one of these; a failed exact computation falls back to 'asymp'. */
  method: 'exact' | 'asymp';
}

export interface KsOptions {
  method?: KsMethod;
}

/** scipy's MAX_AUTO_N: 'auto' computes the exact p-value when max(n₁, n₂) ≤ 10 000. */
export const KS_MAX_AUTO_N = 10_000;
const INT32_MAX = 2 ** 31 - 1;

/**
 * Two-sample two-sided KS test. Inputs must be non-empty and finite (StatsInputError otherwise).
 * - exact: Hodges' lattice-path count (equal sizes: alternating binomial series; unequal: Viehmann's
 *   complement recursion); used when requested or when 'auto' and max(n₁, n₂) ≤ 10 000.
 * - asymp: scipy's choice, P(D ≥ d) under the one-sample Kolmogorov distribution kstwo with
 *   n = round(n₁n₂/(n₁+n₂)) (round half to even). Deviation: for n₁ = n₂ = 1 that n rounds to 0 and scipy
 *   returns NaN; here n is floored at 1.
 */
export function ks2samp(a: NumericSample, b: NumericSample, { method = 'auto' }: KsOptions = {}): KsResult {
  if (method !== 'auto' && method !== 'exact' && method !== 'asymp') {
    throw new StatsInputError(
      'invalid-option',
      `Unknown KS method '${String(method)}' (use 'auto', 'exact' or 'asymp').`,
    );
  }
  const sa = sortedCopyWithSentinel(a, 'first sample');
  const sb = sortedCopyWithSentinel(b, 'second sample');
  const d = ecdfDistancesSorted(sa, a.length, sb, b.length).ks;
  return ksPvalue(d, a.length, b.length, method);
}

/** The p-value half of ks2samp for a statistic `d` computed on samples of sizes n1, n2. */
export function ksPvalue(d: number, n1: number, n2: number, method: KsMethod = 'auto'): KsResult {
  let mode: 'exact' | 'asymp';
  const g = gcd(n1, n2);
  if (method === 'auto') mode = Math.max(n1, n2) <= KS_MAX_AUTO_N ? 'exact' : 'asymp';
  else if (method === 'exact') mode = n1 / g >= INT32_MAX / (n2 / g) ? 'asymp' : 'exact';
  else mode = 'asymp';

  if (mode === 'exact') {
    const exact = attemptExact(n1, n2, g, d);
    if (exact) return { statistic: exact.d, pvalue: exact.p, method: 'exact' };
  }
  return { statistic: d, pvalue: ksAsymptoticPvalue(d, n1, n2), method: 'asymp' };
}

/** scipy's 'asymp' two-sided p-value: kstwo.sf(d, round(en)), en = mn/(m+n) with m ≥ n (floored at 1). */
export function ksAsymptoticPvalue(d: number, n1: number, n2: number): number {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  return Math.min(1, Math.max(0, kolmogornSf(Math.max(1, roundHalfEven(en)), d)));
}

/** scipy's _attempt_exact_2kssamp (two-sided): null when the computation fails, so the caller falls back. */
function attemptExact(n1: number, n2: number, g: number, d0: number): { d: number; p: number } | null {
  const lcm = (n1 / g) * n2;
  const h = roundHalfEven(d0 * lcm);
  const d = h / lcm;
  if (h === 0) return { d, p: 1 };
  const p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideInside(n1, n2, g, h);
  if (!(p >= 0 && p <= 1)) return null; // also catches NaN / ±Infinity
  return { d, p };
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y) [x, y] = [y, x % y];
  return x;
}
