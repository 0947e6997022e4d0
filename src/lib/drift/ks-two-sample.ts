// Two-sample Kolmogorov–Smirnov test for two samples of the same size — the case KSWIN needs
// (its reference and recent samples both have statSize values). Kept local to src/lib/drift; the general
// ks2samp lives in src/lib/stats.
// Follows scipy.stats.ks_2samp(a, b, alternative='two-sided', method='auto') — scipy/stats/_stats_py.py:
// - statistic D = max_x |F_a(x) − F_b(x)| with right-continuous empirical CDFs evaluated at every data
//   point (np.searchsorted(side='right')), so ties are handled exactly;
// - 'auto' uses the exact p-value when max(n1, n2) ≤ 10000. For n1 = n2 = n, with h = round(D·n),
//   _compute_prob_outside_square(n, h) gives P(D_{n,n} ≥ h/n) =
//     2·Σ_{k≥1} (−1)^{k+1} C(2n, n − kh) / C(2n, n)     (Gnedenko–Korolyuk 1951)
//   evaluated with scipy's Horner-like scheme to avoid cancellation; D is returned as h/n.
// - when rounding pushes that exact value above 1 (only for p ≈ 1), scipy discards it and uses the
//   asymptotic branch kstwo.sf(D, round(n/2)); reproduced here through its Ruben–Gambino closed form
//   (t = m·D ≤ 1: CDF = ∏_{i=1..m} (i/m)(2t − 1), scipy/stats/_ksstats.py); beyond it the result is 1,
//   within 4e-13 of scipy (checked for all n ≤ 10000, D = h/n, h ≤ 7). Such p-values never matter to KSWIN.
// Out of scope (throws InvalidOptionError): unequal sizes, and n > 10000, where scipy uses kstwo throughout.
import { InvalidOptionError } from './errors';

export interface KsResult {
  statistic: number;
  pvalue: number;
}

export const KS_EXACT_MAX_N = 10000;

/** Largest |#{a ≤ x} − #{b ≤ x}| over all data points x (both arrays sorted ascending). */
function maxCountGap(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let gap = 0;
  while (i < a.length || j < b.length) {
    // Next distinct value; advance both cursors past every copy of it (ties).
    const x =
      j >= b.length || (i < a.length && (a[i] as number) <= (b[j] as number))
        ? (a[i] as number)
        : (b[j] as number);
    while (i < a.length && (a[i] as number) <= x) i++;
    while (j < b.length && (b[j] as number) <= x) j++;
    gap = Math.max(gap, Math.abs(i - j));
  }
  return gap;
}

/** scipy's _compute_prob_outside_square(n, h): P(D_{n,n} ≥ h/n), for 1 ≤ h ≤ n. */
export function probOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
  }
  return 2 * p;
}

/** Two-sided two-sample KS test for equal sample sizes, as scipy's ks_2samp(method='auto'). */
export function ksTwoSampleEqualSizes(a: readonly number[], b: readonly number[]): KsResult {
  const n = a.length;
  if (n === 0 || b.length !== n) {
    throw new InvalidOptionError(
      'ksTwoSampleEqualSizes',
      `needs two non-empty samples of equal size, got ${a.length} and ${b.length}`,
    );
  }
  if (n > KS_EXACT_MAX_N) {
    throw new InvalidOptionError(
      'ksTwoSampleEqualSizes',
      `sample size ${n} exceeds ${KS_EXACT_MAX_N} (scipy's exact-method limit)`,
    );
  }
  for (const v of [...a, ...b]) {
    if (!Number.isFinite(v))
      throw new InvalidOptionError('ksTwoSampleEqualSizes', `samples must be finite numbers, got ${v}`);
  }
  const h = maxCountGap(
    [...a].sort((u, v) => u - v),
    [...b].sort((u, v) => u - v),
  );
  if (h === 0) return { statistic: 0, pvalue: 1 };
  const d = h / n;
  const p = probOutsideSquare(n, h);
  return { statistic: d, pvalue: p >= 0 && p <= 1 ? p : kstwoSfNearOne(d, n) };
}

/** numpy's np.round: halves go to the even neighbour. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** scipy's fallback kstwo.sf(d, round(n·n/(n + n))) in the region where it is used (p ≈ 1). */
function kstwoSfNearOne(d: number, n: number): number {
  const m = roundHalfEven((n * n) / (n + n));
  const t = m * d;
  if (t <= 0.5 || t > 1 || m > 140) return 1; // m > 140: the product below is < 1e-60
  let prob = 1;
  for (let i = 1; i <= m; i++) prob *= i * (1 / m) * (2 * t - 1);
  return Math.min(1, Math.max(0, 1 - prob));
}
