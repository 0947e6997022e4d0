// Skew/drift between the data a schema came from (reference) and new data (current), per feature column, with
// the statistics library's driftReport (Evidently's test choice and verdicts), plus both distributions on
// shared bins for the overlay chart.
//
// Compared: schema columns with role 'feature' and type numeric, categorical or boolean that both tables have.
// Numeric columns are tested as numbers (cells that are not numbers count as missing), categorical ones as
// categories, booleans as the categories "true"/"false" (so "Yes" and "1" are the same value). Date and text
// features are listed as skipped: dates in new data are later by design, and free text has no distribution
// to compare.
import { driftReport, histogram, type DriftReport, type SharedHistogram } from '@/lib/stats';
import { compareText, parseBooleanCell, parseNumberCell } from './cell-values';
import type { Cell, ColumnSchema, DataTable, DatasetSchema } from './types';

export type ColumnDistribution =
  | { column: string; kind: 'numeric'; histogram: SharedHistogram }
  | {
      column: string;
      kind: 'categorical';
      /** The most frequent categories (pooled), then OTHER_CATEGORY when there are more than MAX_CATEGORIES. */
      categories: string[];
      reference: number[];
      current: number[];
    };

export interface DriftCheck {
  /** Null when no column could be compared (see `skipped`) or the stats library refused the input (`error`). */
  report: DriftReport | null;
  distributions: ColumnDistribution[];
  skipped: { column: string; reason: string }[];
  error?: string;
}

export const MAX_CATEGORIES = 20;
export const OTHER_CATEGORY = '(other)';

type Values = (number | string | null)[];

export function driftCheck(
  schema: DatasetSchema,
  reference: DataTable,
  current: DataTable,
  { bins = 20 }: { bins?: number } = {},
): DriftCheck {
  const refIndex = new Map(reference.columns.map((n, c) => [n, c]));
  const curIndex = new Map(current.columns.map((n, c) => [n, c]));
  const skipped: DriftCheck['skipped'] = [];
  const refColumns: Record<string, Values> = {};
  const curColumns: Record<string, Values> = {};
  const compared: ColumnSchema[] = [];
  for (const column of schema.columns) {
    if (column.role !== 'feature') continue;
    const { name, type } = column;
    if (type === 'date' || type === 'text') {
      skipped.push({
        column: name,
        reason:
          type === 'date'
            ? 'dates are not compared: new data is later by design'
            : 'free text is not compared',
      });
      continue;
    }
    const r = refIndex.get(name);
    const c = curIndex.get(name);
    if (r === undefined || c === undefined) {
      skipped.push({
        column: name,
        reason: `missing from the ${r === undefined ? 'reference' : 'new'} data`,
      });
      continue;
    }
    const ref = readValues(column, reference.data[r]!, reference.rowCount);
    const cur = readValues(column, current.data[c]!, current.rowCount);
    if (!ref.some((v) => v !== null) || !cur.some((v) => v !== null)) {
      skipped.push({
        column: name,
        reason: `no values in the ${ref.some((v) => v !== null) ? 'new' : 'reference'} data`,
      });
      continue;
    }
    refColumns[name] = ref;
    curColumns[name] = cur;
    compared.push(column);
  }
  if (compared.length === 0) return { report: null, distributions: [], skipped };
  const distributions = compared.map((column) =>
    distribution(column, refColumns[column.name]!, curColumns[column.name]!, bins),
  );
  try {
    const report = driftReport(refColumns, curColumns, {
      columns: compared.map((c) => c.name),
      overrides: Object.fromEntries(
        compared.map((c) => [
          c.name,
          { type: c.type === 'numeric' ? ('numeric' as const) : ('categorical' as const) },
        ]),
      ),
    });
    return { report, distributions, skipped };
  } catch (error) {
    return {
      report: null,
      distributions,
      skipped,
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

function readValues(column: ColumnSchema, cells: readonly Cell[], rows: number): Values {
  const out: Values = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const cell = cells[r];
    if (cell === null || cell === undefined) out[r] = null;
    else if (column.type === 'numeric') {
      const x = parseNumberCell(cell);
      out[r] = Number.isNaN(x) ? null : x;
    } else if (column.type === 'boolean') {
      const b = parseBooleanCell(cell);
      out[r] = b === undefined ? null : String(b);
    } else out[r] = cell;
  }
  return out;
}

function distribution(column: ColumnSchema, ref: Values, cur: Values, bins: number): ColumnDistribution {
  if (column.type === 'numeric') {
    const numbers = (v: Values) => Float64Array.from(v.filter((x): x is number => typeof x === 'number'));
    return {
      column: column.name,
      kind: 'numeric',
      histogram: histogram(numbers(ref), numbers(cur), { bins }),
    };
  }
  const refCounts = countValues(ref);
  const curCounts = countValues(cur);
  const pooled = [...new Set([...refCounts.keys(), ...curCounts.keys()])].sort(
    (a, b) =>
      (refCounts.get(b) ?? 0) + (curCounts.get(b) ?? 0) - (refCounts.get(a) ?? 0) - (curCounts.get(a) ?? 0) ||
      compareText(a, b),
  );
  const shown = pooled.length > MAX_CATEGORIES ? pooled.slice(0, MAX_CATEGORIES - 1) : pooled;
  const rest = pooled.slice(shown.length);
  const sum = (counts: Map<string, number>, keys: string[]) =>
    keys.reduce((s, k) => s + (counts.get(k) ?? 0), 0);
  const categories = rest.length ? [...shown, OTHER_CATEGORY] : shown;
  const side = (counts: Map<string, number>) => [
    ...shown.map((k) => counts.get(k) ?? 0),
    ...(rest.length ? [sum(counts, rest)] : []),
  ];
  return {
    column: column.name,
    kind: 'categorical',
    categories,
    reference: side(refCounts),
    current: side(curCounts),
  };
}

function countValues(values: Values): Map<string, number> {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return counts;
}
