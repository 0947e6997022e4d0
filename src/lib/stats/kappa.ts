// Chance-corrected agreement: Cohen's κ for two raters, Fleiss' κ for many.
import { StatsInputError } from './errors';
import { confusionMatrix } from './classification-metrics';
import type { Label } from './labels';

/**
 * Cohen's (1960) κ = 1 − Σ_{i≠j} Oᵢⱼ / Σ_{i≠j} Eᵢⱼ with Eᵢⱼ = (col total i · row total j)/N, as
 * sklearn.metrics.cohen_kappa_score(a, b) (unweighted). κ = 1 is perfect agreement, 0 chance level.
 * Undefined when the chance disagreement is 0 (both raters use one and the same category): StatsInputError.
 */
export function cohenKappa(a: readonly Label[], b: readonly Label[]): number {
  const { matrix } = confusionMatrix(a, b);
  const k = matrix.length;
  const rowTotals = matrix.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = matrix[0]!.map((_, j) => matrix.reduce((s, row) => s + row[j]!, 0));
  const n = colTotals.reduce((s, v) => s + v, 0);
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      if (i === j) continue;
      observed += matrix[i]![j]!;
      expected += (colTotals[i]! * rowTotals[j]!) / n; // sklearn: np.outer(sum0, sum1) / N
    }
  }
  if (expected === 0) {
    throw new StatsInputError(
      'single-category',
      "Cohen's kappa is undefined: both raters use a single, identical category.",
    );
  }
  return 1 - observed / expected;
}

/**
 * Fleiss' (1971) κ for a subjects × categories table of rating counts, every subject rated by the same
 * number n ≥ 2 of raters (as statsmodels.stats.inter_rater.fleiss_kappa, method 'fleiss'):
 *   pⱼ = Σᵢ nᵢⱼ/(N·n),  Pᵢ = (Σⱼ nᵢⱼ² − n)/(n(n − 1)),  κ = (P̄ − Σⱼ pⱼ²)/(1 − Σⱼ pⱼ²).
 */
export function fleissKappa(table: readonly (readonly number[])[]): number {
  if (table.length === 0 || table[0]!.length === 0)
    throw new StatsInputError('empty', 'Fleiss kappa needs at least one subject and one category.');
  const cats = table[0]!.length;
  let raters = -1;
  for (const [i, row] of table.entries()) {
    if (row.length !== cats)
      throw new StatsInputError(
        'length-mismatch',
        `Row ${i} has ${row.length} categories, expected ${cats}.`,
      );
    let total = 0;
    for (const v of row) {
      if (!Number.isFinite(v)) throw new StatsInputError('non-finite', `Row ${i} has a non-finite count.`);
      if (v < 0) throw new StatsInputError('negative', `Row ${i} has a negative count.`);
      total += v;
    }
    if (raters === -1) raters = total;
    else if (total !== raters) {
      throw new StatsInputError(
        'invalid-option',
        `Every subject needs the same number of ratings (row 0: ${raters}, row ${i}: ${total}).`,
      );
    }
  }
  if (raters < 2)
    throw new StatsInputError('invalid-option', 'Fleiss kappa needs at least 2 ratings per subject.');
  const nTotal = raters * table.length;
  let pMean = 0;
  const catTotals = new Array<number>(cats).fill(0);
  for (const row of table) {
    let sq = 0;
    for (let j = 0; j < cats; j++) {
      sq += row[j]! * row[j]!;
      catTotals[j]! += row[j]!;
    }
    pMean += (sq - raters) / (raters * (raters - 1));
  }
  pMean /= table.length;
  let pExp = 0;
  for (const t of catTotals) pExp += (t / nTotal) ** 2;
  if (pExp === 1)
    throw new StatsInputError(
      'single-category',
      'Fleiss kappa is undefined: every rating is in one category.',
    );
  return (pMean - pExp) / (1 - pExp);
}
