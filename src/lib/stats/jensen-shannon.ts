// Jensen–Shannon distance between two histograms, as scipy.spatial.distance.jensenshannon:
//   JS(p, q) = √( (KL(p‖m) + KL(q‖m)) / 2 ),  m = (p + q)/2,  after normalising p and q to sum 1.
// Lin (1991), "Divergence measures based on the Shannon entropy", IEEE Trans. Inf. Theory 37(1).
import { StatsInputError } from './errors';
import { assertHistogramPair, type NumericSample } from './validation';

/** x·ln(x/y) with the conventions of scipy.special.rel_entr (0·ln(0/y) = 0). Only called with y > 0. */
function relEntr(x: number, y: number): number {
  return x > 0 ? x * Math.log(x / y) : 0;
}

/**
 * The JS divergence (natural log) between count/weight vectors a and b with totals aTotal, bTotal.
 * Kernel shared with the live monitor; the caller validates. Rounding can make it −1e-17: clamped to 0.
 */
export function jsDivergenceFromCounts(
  a: ArrayLike<number>,
  aTotal: number,
  b: ArrayLike<number>,
  bTotal: number,
  bins: number,
): number {
  let left = 0;
  let right = 0;
  for (let i = 0; i < bins; i++) {
    const p = a[i]! / aTotal;
    const q = b[i]! / bTotal;
    const m = (p + q) / 2;
    left += relEntr(p, m);
    right += relEntr(q, m);
  }
  return Math.max(0, left + right);
}

/**
 * Jensen–Shannon distance (the square root of the divergence) between histograms p and q (same bins,
 * non-negative, each with a positive total). Natural log unless `base` is given; with base 2 it lies in [0, 1],
 * with natural log in [0, √ln 2].
 */
export function jensenShannonDistance(p: NumericSample, q: NumericSample, base?: number): number {
  const [pt, qt] = assertHistogramPair(p, q);
  if (base !== undefined && !(base > 0 && base !== 1 && Number.isFinite(base))) {
    throw new StatsInputError(
      'invalid-option',
      `Logarithm base must be positive, finite and ≠ 1 (got ${base}).`,
    );
  }
  let js = jsDivergenceFromCounts(p, pt, q, qt, p.length);
  if (base !== undefined) js /= Math.log(base);
  return Math.sqrt(js / 2);
}
