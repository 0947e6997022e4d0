// Public API of the statistics library (pure TypeScript: no DOM, no React).
export { StatsInputError, type StatsInputErrorCode } from './errors';
export type { NumericSample } from './validation';

// Two-sample tests and distances on numeric samples
export {
  ks2samp,
  ksPvalue,
  ksAsymptoticPvalue,
  KS_MAX_AUTO_N,
  type KsMethod,
  type KsOptions,
  type KsResult,
} from './ks2samp';
export { wassersteinDistance } from './wasserstein';
export {
  psi,
  psiBinEdges,
  psiBinCounts,
  psiFromCounts,
  PSI_CONVENTION,
  PSI_PROPORTION_FLOOR,
  type PsiOptions,
} from './psi';
export { histogram, type HistogramOptions, type HistogramSide, type SharedHistogram } from './histogram';

// Distances and tests on histograms / category counts
export { jensenShannonDistance } from './jensen-shannon';
export { klDivergence, hellingerDistance, lInfinityDistance } from './divergences';
export { chiSquareTest, type CategoryCounts, type ChiSquareResult } from './chi-square';
export { twoProportionZTest, type ZTestResult } from './proportions-z-test';

// Agreement and classification metrics (scikit-learn semantics)
export { cohenKappa, fleissKappa } from './kappa';
export {
  confusionMatrix,
  precisionRecallF1,
  sortLabels,
  type Average,
  type ConfusionMatrixResult,
  type PrfOptions,
  type PrfResult,
} from './classification-metrics';
export { rocAuc, rocCurve, type RocCurve } from './roc-auc';
export type { Label } from './labels';

// Drift report (Evidently-style) and the live monitor
export {
  driftReport,
  defaultDriftTest,
  SMALL_REFERENCE_MAX_ROWS,
  NUMERIC_AS_CATEGORICAL_MAX_UNIQUE,
  L_INFINITY_THRESHOLD,
  type ColumnValue,
  type DataColumns,
  type ColumnType,
  type ColumnOverride,
  type DriftReportOptions,
  type DistanceCheck,
  type ColumnDriftResult,
  type DriftReport,
} from './drift-report';
export { DRIFT_TESTS, type DriftTest, type DriftTestInfo } from './drift-tests';
export { SortedWindow } from './sorted-window';
export {
  FeatureDriftMonitor,
  emptySnapshot,
  type FeatureDriftMonitorOptions,
  type FeatureDriftSnapshot,
} from './feature-drift-monitor';

// Distribution functions (useful for teaching pages)
export { chiSquareSf, normalTwoSidedP } from './special-functions';
export { kolmogornSf } from './kstwo';
