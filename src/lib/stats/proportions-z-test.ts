// Two-proportion z-test (pooled), the test Evidently uses for two-category columns on small references:
//   z = (p₁ − p₂) / √( P(1 − P)(1/n₁ + 1/n₂) ),  P = (x₁ + x₂)/(n₁ + n₂),  two-sided p = P(|Z| ≥ |z|).
// z² equals the uncorrected Pearson χ² of the 2×2 table, so p is also that χ²'s 1-dof tail.
import { StatsInputError } from './errors';
import { normalTwoSidedP } from './special-functions';

export interface ZTestResult {
  /** z, positive when the first (reference) proportion is larger. */
  statistic: number;
  /** Two-sided p-value. */
  pvalue: number;
}

/**
 * `x1` of `n1` reference rows and `x2` of `n2` current rows fall in the category being compared.
 * Policy: when the pooled proportion is 0 or 1 (one category only) there is no variance and no evidence of a
 * difference: z = 0, p = 1.
 */
export function twoProportionZTest(x1: number, n1: number, x2: number, n2: number): ZTestResult {
  for (const [v, name] of [
    [x1, 'x1'],
    [n1, 'n1'],
    [x2, 'x2'],
    [n2, 'n2'],
  ] as const) {
    if (!Number.isFinite(v) || v < 0)
      throw new StatsInputError('non-finite', `${name} must be a finite count ≥ 0 (got ${v}).`);
  }
  if (n1 === 0 || n2 === 0) throw new StatsInputError('empty', 'Both samples need at least one row.');
  if (x1 > n1 || x2 > n2)
    throw new StatsInputError('invalid-option', 'A category count exceeds its sample size.');
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled === 0 || pooled === 1) return { statistic: 0, pvalue: 1 };
  const z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return { statistic: z, pvalue: normalTwoSidedP(z) };
}
