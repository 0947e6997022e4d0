// Population Stability Index (Karakoulas 2004; Siddiqi 2006, "Credit Risk Scorecards", ch. 8):
//   PSI = Σᵢ (curᵢ − refᵢ) · ln(curᵢ / refᵢ)   over shared bins, with proportions curᵢ, refᵢ.
// PSI has no single standard binning; this library fixes one convention (PSI_CONVENTION) and the UI shows it.
import { quantileSorted } from './quantile';
import { assertFiniteSample, assertInteger, sortedCopy, type NumericSample } from './validation';

/** Proportions below this are raised to it, so empty bins give a finite PSI. */
export const PSI_PROPORTION_FLOOR = 1e-4;

/** The binning convention, in words, for display next to every PSI value. */
export const PSI_CONVENTION =
  'PSI = Σ (cur% − ref%) · ln(cur% / ref%). Bins: the reference sample’s quantiles (deciles by default; ' +
  'numpy’s linear interpolation), duplicate edges dropped, bins closed on the right — (−∞, e₁], (e₁, e₂], …, ' +
  '(eₖ, +∞) — so the outer bins are open-ended and catch values outside the reference range. Each bin’s ' +
  'proportion is floored at 0.0001 before the sum so that empty bins stay finite.';

export interface PsiOptions {
  /** Number of reference-quantile bins before duplicate edges are dropped (default 10: deciles). */
  bins?: number;
}

/**
 * Inner bin edges at the reference's i/bins quantiles, i = 1…bins−1, strictly increasing (duplicates
 * dropped). `sortedReference` must be sorted ascending.
 */
export function psiBinEdges(sortedReference: ArrayLike<number>, n: number, bins: number): Float64Array {
  const edges: number[] = [];
  for (let i = 1; i < bins; i++) {
    const e = quantileSorted(sortedReference, n, i / bins);
    if (edges.length === 0 || e > edges[edges.length - 1]!) edges.push(e);
  }
  return Float64Array.from(edges);
}

/** Index of the right-closed bin holding x: the number of edges strictly below x (binary search). */
export function psiBinIndex(edges: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** PSI from per-bin counts (kernel shared with the live monitor), with the proportion floor applied. */
export function psiFromCounts(
  refCounts: ArrayLike<number>,
  refTotal: number,
  curCounts: ArrayLike<number>,
  curTotal: number,
  bins: number,
): number {
  let s = 0;
  for (let i = 0; i < bins; i++) {
    const r = Math.max(refCounts[i]! / refTotal, PSI_PROPORTION_FLOOR);
    const c = Math.max(curCounts[i]! / curTotal, PSI_PROPORTION_FLOOR);
    s += (c - r) * Math.log(c / r);
  }
  return s;
}

/** Counts of `values` in the bins defined by `edges` (see psiBinIndex). */
export function psiBinCounts(values: ArrayLike<number>, edges: ArrayLike<number>): Float64Array {
  const counts = new Float64Array(edges.length + 1);
  for (let i = 0; i < values.length; i++) counts[psiBinIndex(edges, values[i]!)]! += 1;
  return counts;
}

/**
 * Population stability index of `current` against `reference` under PSI_CONVENTION. Both samples non-empty
 * and finite (StatsInputError otherwise). PSI ≥ 0; common reading: < 0.1 stable, 0.1–0.25 moderate shift,
 * > 0.25 major shift.
 */
export function psi(
  reference: NumericSample,
  current: NumericSample,
  { bins = 10 }: PsiOptions = {},
): number {
  assertInteger(bins, 1, 'PSI bins');
  const ref = sortedCopy(reference, 'reference');
  assertFiniteSample(current, 'current');
  const edges = psiBinEdges(ref, ref.length, bins);
  const k = edges.length + 1;
  return psiFromCounts(psiBinCounts(ref, edges), ref.length, psiBinCounts(current, edges), current.length, k);
}
