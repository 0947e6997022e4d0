// The per-column drift tests of driftReport, with Evidently's verdict semantics:
//   p-value tests (ks, chi-square, z-test): drift when p < threshold;
//   distances (wasserstein, jensen-shannon, psi, l-infinity, hellinger): drift when value ≥ threshold.
// Deliberate differences from Evidently 0.4: χ² is the contingency test of homogeneity (scipy's
// chi2_contingency, as the issue asks) rather than a goodness-of-fit test against reference proportions, and
// Jensen–Shannon runs on the exact proportions (scipy handles empty bins) instead of flooring them at 1e-4.
import { chiSquareTest, type CategoryCounts } from './chi-square';
import { hellingerDistance, lInfinityDistance } from './divergences';
import { StatsInputError } from './errors';
import { jensenShannonDistance } from './jensen-shannon';
import { ks2samp } from './ks2samp';
import { twoProportionZTest } from './proportions-z-test';
import { psi, psiFromCounts } from './psi';
import { wassersteinDistance } from './wasserstein';

export type DriftTest =
  'ks' | 'chi-square' | 'z-test' | 'wasserstein' | 'jensen-shannon' | 'psi' | 'l-infinity' | 'hellinger';

export interface DriftTestInfo {
  kind: 'p-value' | 'distance';
  defaultThreshold: number;
  /** True when the test needs numbers (it cannot run on a categorical column). */
  numericOnly: boolean;
  label: string;
}

export const DRIFT_TESTS: Readonly<Record<DriftTest, DriftTestInfo>> = {
  ks: { kind: 'p-value', defaultThreshold: 0.05, numericOnly: true, label: 'Kolmogorov–Smirnov p-value' },
  'chi-square': { kind: 'p-value', defaultThreshold: 0.05, numericOnly: false, label: 'χ² test p-value' },
  'z-test': {
    kind: 'p-value',
    defaultThreshold: 0.05,
    numericOnly: false,
    label: 'Two-proportion z-test p-value',
  },
  wasserstein: {
    kind: 'distance',
    defaultThreshold: 0.1,
    numericOnly: true,
    label: 'Wasserstein distance (normed by reference std)',
  },
  'jensen-shannon': {
    kind: 'distance',
    defaultThreshold: 0.1,
    numericOnly: false,
    label: 'Jensen–Shannon distance',
  },
  psi: { kind: 'distance', defaultThreshold: 0.1, numericOnly: false, label: 'Population stability index' },
  'l-infinity': {
    kind: 'distance',
    defaultThreshold: 0.03,
    numericOnly: false,
    label: 'L-infinity distance (TFDV)',
  },
  hellinger: { kind: 'distance', defaultThreshold: 0.1, numericOnly: false, label: 'Hellinger distance' },
};

/** A column prepared for testing: numbers (numeric columns only) and counts over shared categories/bins. */
export interface PreparedColumn {
  numeric?: { reference: Float64Array; current: Float64Array };
  /** Category (or, for many-valued numeric columns, histogram bin) → count, same keys on both sides. */
  counts: { keys: string[]; reference: CategoryCounts; current: CategoryCounts };
}

export interface TestOutcome {
  value: number;
  pvalue?: number;
  statistic?: number;
}

/** Runs `test` on a prepared column; StatsInputError when the test does not fit the column. */
export function runDriftTest(test: DriftTest, column: PreparedColumn, name: string): TestOutcome {
  const info = DRIFT_TESTS[test];
  if (!info)
    throw new StatsInputError('invalid-option', `Unknown drift test '${String(test)}' for column '${name}'.`);
  const num = column.numeric;
  if (info.numericOnly && !num)
    throw new StatsInputError(
      'invalid-option',
      `Test '${test}' needs a numeric column; '${name}' is categorical.`,
    );
  const { keys, reference, current } = column.counts;
  const refVec = keys.map((k) => reference[k] ?? 0);
  const curVec = keys.map((k) => current[k] ?? 0);
  switch (test) {
    case 'ks': {
      const r = ks2samp(num!.reference, num!.current);
      return { value: r.pvalue, pvalue: r.pvalue, statistic: r.statistic };
    }
    case 'chi-square': {
      const r = chiSquareTest(reference, current);
      return { value: r.pvalue, pvalue: r.pvalue, statistic: r.statistic };
    }
    case 'z-test': {
      if (keys.length > 2)
        throw new StatsInputError(
          'invalid-option',
          `The z-test compares 2 categories; '${name}' has ${keys.length}.`,
        );
      const r = twoProportionZTest(refVec[0]!, sum(refVec), curVec[0]!, sum(curVec));
      return { value: r.pvalue, pvalue: r.pvalue, statistic: r.statistic };
    }
    case 'wasserstein': {
      // Evidently's wasserstein_distance_norm: W₁ / max(population std of the reference, 0.001).
      const value =
        wassersteinDistance(num!.reference, num!.current) / Math.max(populationStd(num!.reference), 0.001);
      return { value };
    }
    case 'jensen-shannon':
      return { value: jensenShannonDistance(refVec, curVec) };
    case 'psi':
      return {
        value: num
          ? psi(num.reference, num.current)
          : psiFromCounts(refVec, sum(refVec), curVec, sum(curVec), keys.length),
      };
    case 'l-infinity':
      return { value: lInfinityDistance(refVec, curVec) };
    case 'hellinger':
      return { value: hellingerDistance(refVec, curVec) };
  }
}

/** Evidently's verdict: p < threshold for p-value tests, value ≥ threshold for distances. */
export function isDrift(test: DriftTest, value: number, threshold: number): boolean {
  return DRIFT_TESTS[test].kind === 'p-value' ? value < threshold : value >= threshold;
}

/** √(Σ(x − x̄)²/n), numpy.std with ddof = 0 (two-pass). */
export function populationStd(x: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < x.length; i++) mean += x[i]!;
  mean /= x.length;
  let ss = 0;
  for (let i = 0; i < x.length; i++) ss += (x[i]! - mean) ** 2;
  return Math.sqrt(ss / x.length);
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, v) => s + v, 0);
}
