// Pearson's χ² test of homogeneity on the 2×k contingency table [reference counts; current counts],
// as scipy.stats.chi2_contingency(table) with its defaults (correction=True, lambda_=None).
import { StatsInputError } from './errors';
import { chiSquareSf } from './special-functions';

/** Category → count. Counts must be finite and ≥ 0 (need not be integers). */
export type CategoryCounts = Readonly<Record<string, number>>;

export interface ChiSquareResult {
  statistic: number;
  pvalue: number;
  /** (2 − 1)·(k − 1) for k categories with a positive total. */
  dof: number;
  /** The categories, in table order: reference keys first, then keys only the current sample has. */
  categories: string[];
}

/**
 * χ² = Σᵢⱼ (Oᵢⱼ − Eᵢⱼ)²/Eᵢⱼ with Eᵢⱼ = (row total · column total)/N, p = P(χ²_dof ≥ χ²).
 * - Yates' continuity correction: as scipy's default, applied when dof = 1 (exactly two categories): each
 *   |O − E| is reduced by min(0.5, |O − E|) before squaring.
 * - Categories are the union of both maps' keys; a category whose count is 0 in both is dropped (scipy
 *   would raise on the resulting zero expected frequency).
 * - One category left: dof = 0 and, as scipy, statistic 0 and p-value 1 (no evidence of a difference).
 * - Either sample with total 0, a negative or non-finite count: StatsInputError.
 */
export function chiSquareTest(refCounts: CategoryCounts, curCounts: CategoryCounts): ChiSquareResult {
  const categories = unionCategories(refCounts, curCounts);
  const ref = categories.map((c) => countOf(refCounts, c, 'reference'));
  const cur = categories.map((c) => countOf(curCounts, c, 'current'));
  const kept = categories.filter((_, i) => ref[i]! + cur[i]! > 0);
  const r = ref.filter((_, i) => ref[i]! + cur[i]! > 0);
  const c = cur.filter((_, i) => ref[i]! + cur[i]! > 0);
  const refTotal = sum(r);
  const curTotal = sum(c);
  if (!(refTotal > 0)) throw new StatsInputError('zero-total', 'The reference counts sum to 0.');
  if (!(curTotal > 0)) throw new StatsInputError('zero-total', 'The current counts sum to 0.');
  const k = kept.length;
  const dof = k - 1;
  if (dof === 0) return { statistic: 0, pvalue: 1, dof: 0, categories: kept };

  const total = refTotal + curTotal;
  let statistic = 0;
  for (const [row, rowTotal] of [
    [r, refTotal],
    [c, curTotal],
  ] as const) {
    for (let j = 0; j < k; j++) {
      const expected = (rowTotal * (r[j]! + c[j]!)) / total;
      let diff = Math.abs(row[j]! - expected);
      if (dof === 1) diff -= Math.min(0.5, diff); // Yates (1934)
      statistic += (diff * diff) / expected;
    }
  }
  return { statistic, pvalue: chiSquareSf(statistic, dof), dof, categories: kept };
}

function unionCategories(a: CategoryCounts, b: CategoryCounts): string[] {
  const seen = new Set<string>(Object.keys(a));
  for (const key of Object.keys(b)) seen.add(key);
  return [...seen];
}

function countOf(counts: CategoryCounts, key: string, name: string): number {
  const v = Object.hasOwn(counts, key) ? counts[key]! : 0;
  if (!Number.isFinite(v))
    throw new StatsInputError('non-finite', `The ${name} count of '${key}' is ${String(v)}.`);
  if (v < 0) throw new StatsInputError('negative', `The ${name} count of '${key}' is negative (${v}).`);
  return v;
}

function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}
