/**
 * Performance auditing by slices (course W2, "Performance auditing"): the validation metrics per value of a
 * categorical column (e.g. gender, device, region), so a model that is fine on average but poor on one group
 * shows it. Worst slices first: lowest accuracy, ties by size (bigger slices matter more), then by name.
 *
 * Slices read the table rows of the validation examples (TrainOutcome.validation.rows); a missing cell (null
 * or blank text) forms its own slice, "(missing)". Macro F1 comes from metrics.ts (the statistics library's
 * precisionRecallF1, sklearn's average='macro' over the labels present in the slice's truths and predictions).
 */
import type { DataTable } from '@/lib/data/types';
import { classificationMetrics } from './metrics';

export const MISSING_SLICE = '(missing)';

export interface SliceMetrics {
  /** The column's value (as text), or MISSING_SLICE. */
  value: string;
  /** Validation examples in the slice. */
  examples: number;
  accuracy: number;
  macroF1: number;
  /** 1 − accuracy. */
  errorRate: number;
}

export interface SliceInput {
  table: DataTable;
  /** Name of the column to slice by. */
  column: string;
  /** Table row of each validation example. */
  rows: ArrayLike<number>;
  yTrue: ArrayLike<number>;
  yPred: ArrayLike<number>;
  classes: readonly string[];
}

/** Worst first: lowest accuracy, then the bigger slice, then by value. */
export function compareSlices(a: SliceMetrics, b: SliceMetrics): number {
  return a.accuracy - b.accuracy || b.examples - a.examples || a.value.localeCompare(b.value);
}

/** Metrics per value of `column` over the validation examples, worst slice first. */
export function sliceMetrics(input: SliceInput): SliceMetrics[] {
  const { table, column, rows, yTrue, yPred, classes } = input;
  const c = table.columns.indexOf(column);
  if (c < 0) throw new RangeError(`The table has no column "${column}".`);
  const n = yTrue.length;
  if (rows.length !== n || yPred.length !== n) {
    throw new RangeError(`Expected ${n} rows and predictions, got ${rows.length} and ${yPred.length}.`);
  }
  const cells = table.data[c]!;
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const row = rows[i]!;
    if (row < 0 || row >= table.rowCount) throw new RangeError(`Row ${row} is outside the table.`);
    const cell = cells[row];
    const value = cell === null || cell === undefined || cell.trim() === '' ? MISSING_SLICE : cell;
    const g = groups.get(value);
    if (g) g.push(i);
    else groups.set(value, [i]);
  }
  const out: SliceMetrics[] = [];
  for (const [value, idx] of groups) {
    const t = idx.map((i) => yTrue[i]!);
    const p = idx.map((i) => yPred[i]!);
    const m = classificationMetrics(t, p, classes);
    out.push({
      value,
      examples: idx.length,
      accuracy: m.accuracy,
      macroF1: m.macro.f1,
      errorRate: 1 - m.accuracy,
    });
  }
  return out.sort(compareSlices);
}
