// 1-D first Wasserstein (earth mover's) distance between two unweighted samples,
// as scipy.stats.wasserstein_distance: W₁ = ∫ |F_u(x) − F_v(x)| dx over the pooled support.
import { ecdfDistancesSorted } from './ecdf-merge';
import { sortedCopyWithSentinel, type NumericSample } from './validation';

/** W₁(u, v) in the units of the data. Inputs: non-empty, finite (StatsInputError otherwise). */
export function wassersteinDistance(u: NumericSample, v: NumericSample): number {
  const su = sortedCopyWithSentinel(u, 'first sample');
  const sv = sortedCopyWithSentinel(v, 'second sample');
  return ecdfDistancesSorted(su, u.length, sv, v.length).wasserstein;
}
