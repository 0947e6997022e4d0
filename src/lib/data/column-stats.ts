// Per-column descriptive statistics for the statistics view (TFDV's "generate_statistics"), read through the
// schema's column types. Built for 100,000 rows × 20 columns in a worker: each column is one pass over its
// cells into a Float64Array (numbers, dates) or a Map (categories), and numeric columns are sorted once,
// which gives min, max and every quantile.
//
// Conventions:
//   count      non-missing cells that read as the column's type; `invalid` counts the others (possible when
//              the user changed a type), which are left out of every statistic.
//   std        the sample standard deviation (ddof = 1, as pandas.DataFrame.describe), shown in the UI;
//              `populationStd` is numpy.std's default (ddof = 0). Both from the two-pass formula.
//   quantiles  numpy.quantile's default 'linear' method (Hyndman & Fan type 7), via the stats library.
//   histogram  `bins` equal-width bins over [min, max] with numpy's edges, via the stats library.
//   top        the `topK` most frequent values, by count then by code unit; `otherCount` is the rest.
//              Booleans are counted by lower-cased token, as their inferred domain.
//   dates      min/max as written in the file, and counts per day/month/year (date-buckets.ts).
//   text       mean length in UTF-16 code units (what String.length counts).
import { histogram } from '@/lib/stats';
import { quantileSorted } from '@/lib/stats/quantile';
import { compareText, parseBooleanCell, parseIsoDateCell, parseNumberCell } from './cell-values';
import { dateBuckets, type DateBucket, type DateGranularity } from './date-buckets';
import type { Cell, ColumnSchema, ColumnType, DataTable, DatasetSchema } from './types';

export interface ColumnStatisticsOptions {
  /** Histogram bins for numeric columns (default 20). */
  bins?: number;
  /** Most frequent values listed for categorical, boolean and text columns (default 10). */
  topK?: number;
}

interface StatsBase {
  name: string;
  type: ColumnType;
  rowCount: number;
  /** Non-missing cells that read as the column's type. */
  count: number;
  missing: number;
  /** missing / rowCount (0 for an empty table). */
  missingRate: number;
  /** Non-missing cells that do not read as the column's type (numeric, boolean and date columns). */
  invalid: number;
}

export interface Quantiles {
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface NumericSummary {
  mean: number;
  /** Sample standard deviation (ddof = 1); null with fewer than 2 values. */
  std: number | null;
  /** Population standard deviation (ddof = 0). */
  populationStd: number;
  min: number;
  max: number;
  quantiles: Quantiles;
  histogram: { edges: number[]; counts: number[] };
}

export interface ValueCount {
  value: string;
  count: number;
}

export interface NumericColumnStats extends StatsBase {
  kind: 'numeric';
  /** Null when the column has no numbers. */
  summary: NumericSummary | null;
}

export interface CategoryColumnStats extends StatsBase {
  kind: 'categories';
  uniqueCount: number;
  top: ValueCount[];
  /** Values outside `top`, and their share of `count` (0 when count is 0). */
  otherCount: number;
  otherShare: number;
}

export interface DateColumnStats extends StatsBase {
  kind: 'date';
  /** Earliest and latest value as written; null when the column has no dates. */
  range: { min: string; max: string } | null;
  granularity: DateGranularity;
  buckets: DateBucket[];
}

export interface TextColumnStats extends StatsBase {
  kind: 'text';
  uniqueCount: number;
  meanLength: number;
  top: ValueCount[];
  otherCount: number;
  otherShare: number;
}

export type ColumnStatistics = NumericColumnStats | CategoryColumnStats | DateColumnStats | TextColumnStats;

/** Statistics for every schema column present in the table, in the schema's order. */
export function columnStatistics(
  table: DataTable,
  schema: DatasetSchema,
  { bins = 20, topK = 10 }: ColumnStatisticsOptions = {},
): ColumnStatistics[] {
  const index = new Map(table.columns.map((name, c) => [name, c]));
  const out: ColumnStatistics[] = [];
  for (const column of schema.columns) {
    const c = index.get(column.name);
    if (c === undefined) continue;
    out.push(statisticsOf(column, table.data[c]!, table.rowCount, bins, topK));
  }
  return out;
}

function statisticsOf(
  column: ColumnSchema,
  cells: readonly Cell[],
  rowCount: number,
  bins: number,
  topK: number,
): ColumnStatistics {
  const base = { name: column.name, type: column.type, rowCount };
  switch (column.type) {
    case 'numeric':
      return numericStats(base, cells, bins);
    case 'date':
      return dateStats(base, cells);
    case 'boolean':
    case 'categorical':
      return categoryStats(base, cells, topK, column.type === 'boolean');
    case 'text':
      return textStats(base, cells, topK);
  }
}

type Base = Pick<StatsBase, 'name' | 'type' | 'rowCount'>;

function counts(base: Base, count: number, missing: number): StatsBase {
  const { rowCount } = base;
  return {
    ...base,
    count,
    missing,
    missingRate: rowCount === 0 ? 0 : missing / rowCount,
    invalid: rowCount - count - missing,
  };
}

function numericStats(base: Base, cells: readonly Cell[], bins: number): NumericColumnStats {
  const values = new Float64Array(base.rowCount);
  let n = 0;
  let missing = 0;
  let sum = 0;
  for (let r = 0; r < base.rowCount; r++) {
    const cell = cells[r];
    if (cell === null || cell === undefined) {
      missing++;
      continue;
    }
    const x = parseNumberCell(cell);
    if (Number.isNaN(x)) continue;
    values[n++] = x;
    sum += x;
  }
  const stats = counts(base, n, missing);
  if (n === 0) return { ...stats, kind: 'numeric', summary: null };
  const sorted = values.subarray(0, n).sort();
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (sorted[i]! - mean) ** 2;
  // The "current" side is just the minimum: it leaves the pooled range, hence numpy's edges, unchanged.
  const h = histogram(sorted, sorted.subarray(0, 1), { bins });
  const q = (p: number) => quantileSorted(sorted, n, p);
  return {
    ...stats,
    kind: 'numeric',
    summary: {
      mean,
      std: n > 1 ? Math.sqrt(squares / (n - 1)) : null,
      populationStd: Math.sqrt(squares / n),
      min: sorted[0]!,
      max: sorted[n - 1]!,
      quantiles: { p05: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) },
      histogram: { edges: h.edges, counts: h.reference.counts },
    },
  };
}

function dateStats(base: Base, cells: readonly Cell[]): DateColumnStats {
  const times = new Float64Array(base.rowCount);
  let n = 0;
  let missing = 0;
  let min = Infinity;
  let max = -Infinity;
  let minText = '';
  let maxText = '';
  for (let r = 0; r < base.rowCount; r++) {
    const cell = cells[r];
    if (cell === null || cell === undefined) {
      missing++;
      continue;
    }
    const t = parseIsoDateCell(cell);
    if (Number.isNaN(t)) continue;
    times[n++] = t;
    if (t < min) [min, minText] = [t, cell];
    if (t > max) [max, maxText] = [t, cell];
  }
  const stats = counts(base, n, missing);
  if (n === 0) return { ...stats, kind: 'date', range: null, granularity: 'day', buckets: [] };
  return {
    ...stats,
    kind: 'date',
    range: { min: minText, max: maxText },
    ...dateBuckets(times, n, min, max),
  };
}

/** Counts per value; booleans by lower-cased token, non-boolean cells of a boolean column left out. */
function tally(cells: readonly Cell[], rowCount: number, boolean: boolean) {
  const byValue = new Map<string, number>();
  let n = 0;
  let missing = 0;
  let length = 0;
  for (let r = 0; r < rowCount; r++) {
    let cell = cells[r];
    if (cell === null || cell === undefined) {
      missing++;
      continue;
    }
    if (boolean) {
      if (parseBooleanCell(cell) === undefined) continue;
      cell = cell.toLowerCase();
    }
    n++;
    length += cell.length;
    byValue.set(cell, (byValue.get(cell) ?? 0) + 1);
  }
  return { byValue, n, missing, length };
}

/** The topK entries by count (desc) then value (code unit); one pass with a small sorted buffer, no full sort. */
function topValues(byValue: Map<string, number>, n: number, topK: number) {
  const top: ValueCount[] = [];
  const before = (a: ValueCount, count: number, value: string) =>
    a.count > count || (a.count === count && compareText(a.value, value) < 0);
  for (const [value, count] of byValue) {
    if (top.length >= topK && (topK <= 0 || before(top[topK - 1]!, count, value))) continue;
    let i = top.length;
    while (i > 0 && !before(top[i - 1]!, count, value)) i--;
    top.splice(i, 0, { value, count });
    if (top.length > topK) top.pop();
  }
  const otherCount = n - top.reduce((s, t) => s + t.count, 0);
  return { uniqueCount: byValue.size, top, otherCount, otherShare: n === 0 ? 0 : otherCount / n };
}

function categoryStats(
  base: Base,
  cells: readonly Cell[],
  topK: number,
  boolean: boolean,
): CategoryColumnStats {
  const { byValue, n, missing } = tally(cells, base.rowCount, boolean);
  return { ...counts(base, n, missing), kind: 'categories', ...topValues(byValue, n, topK) };
}

function textStats(base: Base, cells: readonly Cell[], topK: number): TextColumnStats {
  const { byValue, n, missing, length } = tally(cells, base.rowCount, false);
  return {
    ...counts(base, n, missing),
    kind: 'text',
    meanLength: n === 0 ? 0 : length / n,
    ...topValues(byValue, n, topK),
  };
}
