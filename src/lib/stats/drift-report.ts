// Dataset drift report in the style of Evidently (DataDriftPreset): one test per column picked from the data,
// a verdict per column, and dataset drift when the share of drifted columns reaches 0.5.
import type { CategoryCounts } from './chi-square';
import { DRIFT_TESTS, isDrift, runDriftTest, type DriftTest, type PreparedColumn } from './drift-tests';
import { StatsInputError } from './errors';
import { histogram } from './histogram';
import { compareLabels } from './labels';

/** One cell. Missing = null, undefined, NaN, and ±Infinity (as Evidently); missing cells are excluded. */
export type ColumnValue = number | string | boolean | null | undefined;
/** Named columns, e.g. { age: [31, 45, null], plan: ['free', 'pro', 'free'] }; lengths may differ between columns. */
export type DataColumns = Readonly<Record<string, readonly ColumnValue[]>>;
export type ColumnType = 'numeric' | 'categorical';

export interface ColumnOverride {
  test?: DriftTest;
  threshold?: number;
  /** Default: numeric when every non-missing value is a number, else categorical. */
  type?: ColumnType;
}

export interface DriftReportOptions {
  /** Columns to test (default: every column of the reference; each must exist in both datasets). */
  columns?: readonly string[];
  overrides?: Readonly<Record<string, ColumnOverride>>;
  /** Dataset drift when drifted columns / columns ≥ this (default 0.5). */
  driftShare?: number;
}

export interface DistanceCheck {
  value: number;
  threshold: number;
  drifted: boolean;
}

export interface ColumnDriftResult {
  column: string;
  type: ColumnType;
  test: DriftTest;
  /** The drift score: the p-value for p-value tests (ks, chi-square, z-test), else the distance. */
  value: number;
  threshold: number;
  /** p < threshold for p-value tests; value ≥ threshold for distances (Evidently). */
  drifted: boolean;
  pvalue?: number;
  /** The test statistic for p-value tests (KS D, χ², z). */
  statistic?: number;
  /** Non-missing values used. */
  referenceCount: number;
  currentCount: number;
  /** Excluded missing cells. */
  missing: { reference: number; current: number };
  /** Categorical columns only: TFDV's L-infinity distance, reported alongside; it does not change `drifted`. */
  lInfinity?: DistanceCheck;
}

export interface DriftReport {
  columns: ColumnDriftResult[];
  driftedCount: number;
  /** driftedCount / columns.length */
  share: number;
  shareThreshold: number;
  datasetDrift: boolean;
}

/** Evidently switches from hypothesis tests to distances above this many reference values. */
export const SMALL_REFERENCE_MAX_ROWS = 1000;
/** Numeric columns with at most this many distinct values (reference ∪ current) are tested as categories. */
export const NUMERIC_AS_CATEGORICAL_MAX_UNIQUE = 5;
export const L_INFINITY_THRESHOLD = DRIFT_TESTS['l-infinity'].defaultThreshold;

/**
 * Default test (Evidently's `_get_default_stattest`), n = non-missing reference values, u = distinct values
 * in reference ∪ current:
 *   n ≤ 1000: numeric with u > 5 → KS; otherwise χ² when u > 2, the two-proportion z-test when u ≤ 2.
 *   n > 1000: numeric with u > 5 → Wasserstein / reference std; otherwise Jensen–Shannon.
 */
export function defaultDriftTest(type: ColumnType, referenceCount: number, uniqueCount: number): DriftTest {
  const manyValuedNumeric = type === 'numeric' && uniqueCount > NUMERIC_AS_CATEGORICAL_MAX_UNIQUE;
  if (referenceCount <= SMALL_REFERENCE_MAX_ROWS)
    return manyValuedNumeric ? 'ks' : uniqueCount > 2 ? 'chi-square' : 'z-test';
  return manyValuedNumeric ? 'wasserstein' : 'jensen-shannon';
}

/** Per-column drift tests and the dataset verdict. Throws StatsInputError on unusable input (see the types). */
export function driftReport(
  reference: DataColumns,
  current: DataColumns,
  options: DriftReportOptions = {},
): DriftReport {
  const { overrides = {}, driftShare = 0.5 } = options;
  if (!(driftShare > 0 && driftShare <= 1))
    throw new StatsInputError('invalid-option', `driftShare must be in (0, 1] (got ${driftShare}).`);
  const names = options.columns ? [...options.columns] : Object.keys(reference);
  if (names.length === 0) throw new StatsInputError('empty', 'No columns to compare.');
  for (const name of [...names, ...Object.keys(overrides)]) {
    if (!Object.hasOwn(reference, name) || !Object.hasOwn(current, name)) {
      throw new StatsInputError(
        'unknown-column',
        `Column '${name}' must exist in both the reference and the current data.`,
      );
    }
  }
  const columns = names.map((name) =>
    columnDrift(name, reference[name]!, current[name]!, overrides[name] ?? {}),
  );
  const driftedCount = columns.filter((c) => c.drifted).length;
  const share = driftedCount / columns.length;
  return { columns, driftedCount, share, shareThreshold: driftShare, datasetDrift: share >= driftShare };
}

function columnDrift(
  name: string,
  refRaw: readonly ColumnValue[],
  curRaw: readonly ColumnValue[],
  override: ColumnOverride,
): ColumnDriftResult {
  const ref = present(refRaw);
  const cur = present(curRaw);
  if (ref.length === 0 || cur.length === 0) {
    throw new StatsInputError(
      'empty',
      `Column '${name}' has no non-missing values in the ${ref.length === 0 ? 'reference' : 'current'} data.`,
    );
  }
  const type = override.type ?? (ref.every(isNumber) && cur.every(isNumber) ? 'numeric' : 'categorical');
  const uniqueCount = new Set([...ref, ...cur].map(categoryKey)).size;
  const prepared = prepare(type, ref, cur, uniqueCount, name);
  const test = override.test ?? defaultDriftTest(type, ref.length, uniqueCount);
  if (!DRIFT_TESTS[test])
    throw new StatsInputError('invalid-option', `Unknown drift test '${String(test)}' for column '${name}'.`);
  const threshold = checkedThreshold(test, override.threshold ?? DRIFT_TESTS[test].defaultThreshold, name);
  const outcome = runDriftTest(test, prepared, name);
  const result: ColumnDriftResult = {
    column: name,
    type,
    test,
    value: outcome.value,
    threshold,
    drifted: isDrift(test, outcome.value, threshold),
    referenceCount: ref.length,
    currentCount: cur.length,
    missing: { reference: refRaw.length - ref.length, current: curRaw.length - cur.length },
  };
  if (outcome.pvalue !== undefined) result.pvalue = outcome.pvalue;
  if (outcome.statistic !== undefined) result.statistic = outcome.statistic;
  if (type === 'categorical') {
    const value = runDriftTest('l-infinity', prepared, name).value;
    result.lInfinity = { value, threshold: L_INFINITY_THRESHOLD, drifted: value >= L_INFINITY_THRESHOLD };
  }
  return result;
}

function checkedThreshold(test: DriftTest, t: number, name: string): number {
  const max = DRIFT_TESTS[test].kind === 'p-value' ? 1 : Infinity;
  if (!(t > 0 && t <= max)) {
    throw new StatsInputError(
      'invalid-option',
      `Threshold ${t} for '${test}' on column '${name}' must be in (0, ${max}].`,
    );
  }
  return t;
}

type Present = number | string | boolean;

function present(values: readonly ColumnValue[]): Present[] {
  return values.filter(
    (v): v is Present => v !== null && v !== undefined && !(typeof v === 'number' && !Number.isFinite(v)),
  );
}

const isNumber = (v: Present): v is number => typeof v === 'number';
const categoryKey = (v: Present): string => String(v);

/**
 * Numeric columns keep their numbers. Counts: per distinct value for categorical columns and numeric ones with
 * ≤ 5 distinct values; per shared Sturges histogram bin (numpy 'sturges' on the pooled sample, as Evidently
 * bins numeric columns) for other numeric columns.
 */
function prepare(
  type: ColumnType,
  ref: Present[],
  cur: Present[],
  uniqueCount: number,
  name: string,
): PreparedColumn {
  if (type === 'numeric') {
    if (!ref.every(isNumber) || !cur.every(isNumber))
      throw new StatsInputError(
        'invalid-option',
        `Column '${name}' is declared numeric but has non-number values.`,
      );
    const reference = Float64Array.from(ref);
    const current = Float64Array.from(cur);
    if (uniqueCount > NUMERIC_AS_CATEGORICAL_MAX_UNIQUE) {
      const h = histogram(reference, current, { bins: 'sturges' });
      const keys = h.reference.counts.map((_, i) => String(i));
      return {
        numeric: { reference, current },
        counts: {
          keys,
          reference: toRecord(keys, h.reference.counts),
          current: toRecord(keys, h.current.counts),
        },
      };
    }
    return { numeric: { reference, current }, counts: countCategories(ref, cur) };
  }
  return { counts: countCategories(ref, cur) };
}

function countCategories(ref: Present[], cur: Present[]): PreparedColumn['counts'] {
  // Null-prototype maps: a category may be called "__proto__" or "constructor".
  const reference = Object.create(null) as Record<string, number>;
  const current = Object.create(null) as Record<string, number>;
  for (const v of ref) reference[categoryKey(v)] = (reference[categoryKey(v)] ?? 0) + 1;
  for (const v of cur) current[categoryKey(v)] = (current[categoryKey(v)] ?? 0) + 1;
  const keys = [...new Set([...Object.keys(reference), ...Object.keys(current)])].sort(compareLabels);
  for (const k of keys) {
    reference[k] ??= 0;
    current[k] ??= 0;
  }
  return { keys, reference, current };
}

function toRecord(keys: readonly string[], counts: readonly number[]): CategoryCounts {
  return Object.fromEntries(keys.map((k, i) => [k, counts[i]!]));
}
