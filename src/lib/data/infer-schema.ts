// Schema inference in the spirit of TFDV's `infer_schema`: one pass per column decides its type, role,
// presence and allowed values from the data, for the user to review and edit.
//
// Type rules, checked in this order on the non-missing cells (missing = null, see MISSING_TOKENS):
//   boolean      every value is a boolean token (true/false, yes/no, 1/0, t/f, y/n; any case) and there are
//                ≤ 2 distinct tokens (case-insensitive). So a 0/1 column is boolean, not numeric.
//   numeric      every value is a plain decimal number (cell-values.ts: no thousands separators).
//   date         every value is an ISO-8601 date or date-time (YYYY-MM-DD[THH:MM[:SS]], see cell-values.ts).
//   categorical  distinct values ≤ max(20, 5 % of rows).
//   text         anything else; also a column with no values at all (nothing to infer from).
// Role rules: 'id' for a column named like an identifier (see ID_NAME) whose values are all present and
// distinct; 'label' for the first column named label/target/class/y/species/outcome/weather (any case);
// 'feature' otherwise. 'ignore' is never inferred; the user chooses it.
// Presence: required = the column has at least one value; maxMissingRate = the observed missing rate rounded
// up to a multiple of 0.05 (0 stays 0, as TFDV's min_fraction = 1 for always-present columns: any missing
// value in new data is then an anomaly, which the user can relax).
// Allowed values: numeric range = observed [min, max]; date range = earliest/latest observed text;
// categorical domain = distinct values, sorted by code unit; boolean domain = distinct tokens, lower-cased.
import { compareText, parseBooleanCell, parseIsoDateCell, parseNumberCell } from './cell-values';
import type { Cell, ColumnRole, ColumnSchema, ColumnType, DataTable, DatasetSchema } from './types';

/** What inference saw in one column; the UI shows it next to the editable schema. */
export interface ColumnProfile {
  name: string;
  type: ColumnType;
  missingCount: number;
  /** missingCount / rowCount (0 for an empty table). */
  missingRate: number;
  /** Distinct non-missing values: by numeric value for numeric columns, by lower-cased token for booleans. */
  uniqueCount: number;
  /** Numeric columns. */
  min?: number;
  max?: number;
  /** Date columns: the earliest and latest values as written. */
  dateRange?: { min: string; max: string };
  /** Categorical and boolean columns: the sorted distinct values. */
  domain?: string[];
}

export interface InferredSchema {
  schema: DatasetSchema;
  profiles: ColumnProfile[];
}

/** Largest distinct count of a categorical column: max(20, 5 % of rows). */
export const categoricalLimit = (rowCount: number): number => Math.max(20, Math.floor(0.05 * rowCount));

/**
 * Identifier names: id, uuid, guid, index, idx, key, row, rowid, row_id, "#", or a name ending in
 * _id / -id / " id" / _uuid, or camelCase …Id (PassengerId, customerId).
 */
const ID_NAME = /^(id|uuid|guid|index|idx|key|row|row[_ ]?id|#)$|[_\- ](id|uuid)$/i;
const CAMEL_ID = /[a-z0-9]Id$/;
const LABEL_NAMES = new Set(['label', 'target', 'class', 'y', 'species', 'outcome', 'weather']);

export const looksLikeIdName = (name: string): boolean =>
  ID_NAME.test(name.trim()) || CAMEL_ID.test(name.trim());
export const looksLikeLabelName = (name: string): boolean => LABEL_NAMES.has(name.trim().toLowerCase());

/** Observed missing rate rounded up to the next multiple of 0.05 (exact multiples stay), at most 1. */
export function allowedMissingRate(rate: number): number {
  return Math.min(1, Math.max(0, Math.ceil(rate * 20 - 1e-9) / 20)); // max: ceil(-1e-9) is -0
}

export function inferSchema(table: DataTable): InferredSchema {
  const profiles = table.columns.map((name, c) => profileColumn(name, table.data[c]!, table.rowCount));
  let labelTaken = false;
  const columns = profiles.map((p): ColumnSchema => {
    let role: ColumnRole = 'feature';
    if (
      looksLikeIdName(p.name) &&
      p.missingCount === 0 &&
      p.uniqueCount === table.rowCount &&
      table.rowCount > 0
    )
      role = 'id';
    else if (!labelTaken && looksLikeLabelName(p.name)) {
      role = 'label';
      labelTaken = true;
    }
    const column: ColumnSchema = {
      name: p.name,
      type: p.type,
      role,
      required: p.missingRate < 1,
      maxMissingRate: allowedMissingRate(p.missingRate),
    };
    if (p.min !== undefined && p.max !== undefined) column.range = { min: p.min, max: p.max };
    if (p.dateRange) column.dateRange = { ...p.dateRange };
    if (p.domain) column.domain = [...p.domain];
    return column;
  });
  return { schema: { columns }, profiles };
}

/**
 * One pass over the cells: missing count, and which types every value still fits. Numbers and dates go into
 * typed arrays (distinct values counted after one sort), so a numeric column never builds a Set of 100,000
 * strings; the Set of distinct texts is started only once a value is neither, backfilled from earlier rows.
 */
export function profileColumn(name: string, cells: readonly Cell[], rowCount: number): ColumnProfile {
  let missingCount = 0;
  let maybeBoolean = true;
  let maybeNumeric = true;
  let maybeDate = true;
  const numbers = new Float64Array(rowCount);
  const times = new Float64Array(rowCount);
  let nNumbers = 0;
  let nTimes = 0;
  let earliestText = '';
  let latestText = '';
  let earliest = Infinity;
  let latest = -Infinity;
  let distinct: Set<string> | null = null;
  for (let r = 0; r < rowCount; r++) {
    const cell = cells[r];
    if (cell === null || cell === undefined) {
      missingCount++;
      continue;
    }
    if (maybeBoolean && parseBooleanCell(cell) === undefined) maybeBoolean = false;
    if (maybeNumeric) {
      const x = parseNumberCell(cell);
      if (Number.isNaN(x)) maybeNumeric = false;
      else numbers[nNumbers++] = x;
    }
    if (maybeDate) {
      const t = parseIsoDateCell(cell);
      if (Number.isNaN(t)) maybeDate = false;
      else {
        times[nTimes++] = t;
        if (t < earliest) [earliest, earliestText] = [t, cell];
        if (t > latest) [latest, latestText] = [t, cell];
      }
    }
    if (!maybeNumeric && !maybeDate) {
      if (distinct === null) distinct = distinctTexts(cells, r);
      distinct.add(cell);
    }
  }
  const present = rowCount - missingCount;
  const base = { name, missingCount, missingRate: rowCount === 0 ? 0 : missingCount / rowCount };
  if (present === 0) return { ...base, type: 'text', uniqueCount: 0 };
  if (maybeBoolean) {
    const tokens = [...distinctTexts(cells, rowCount, (v) => v.toLowerCase())].sort(compareText);
    if (tokens.length <= 2) return { ...base, type: 'boolean', uniqueCount: tokens.length, domain: tokens };
  }
  if (maybeNumeric) {
    const sorted = numbers.subarray(0, nNumbers).sort();
    return {
      ...base,
      type: 'numeric',
      uniqueCount: countDistinctSorted(sorted),
      min: sorted[0]!,
      max: sorted[nNumbers - 1]!,
    };
  }
  if (maybeDate) {
    return {
      ...base,
      type: 'date',
      uniqueCount: countDistinctSorted(times.subarray(0, nTimes).sort()),
      dateRange: { min: earliestText, max: latestText },
    };
  }
  const texts = distinct!;
  if (texts.size <= categoricalLimit(rowCount))
    return { ...base, type: 'categorical', uniqueCount: texts.size, domain: [...texts].sort(compareText) };
  return { ...base, type: 'text', uniqueCount: texts.size };
}

/** Distinct non-missing cells of rows [0, end), optionally mapped. */
function distinctTexts(cells: readonly Cell[], end: number, map?: (v: string) => string): Set<string> {
  const out = new Set<string>();
  for (let r = 0; r < end; r++) {
    const cell = cells[r];
    if (cell !== null && cell !== undefined) out.add(map ? map(cell) : cell);
  }
  return out;
}

function countDistinctSorted(sorted: Float64Array): number {
  let count = sorted.length > 0 ? 1 : 0;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[i - 1]) count++;
  return count;
}
