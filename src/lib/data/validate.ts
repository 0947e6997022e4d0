// Validating new data ("serving data") against a schema, as TFDV's `validate_statistics`: a list of anomalies,
// each naming its column and the numbers involved, and, given the data the schema came from, skew/drift per
// feature column from the statistics library's driftReport (drift-check.ts).
//
// Checks, per schema column (role 'ignore' columns are skipped entirely):
//   missing-column   a required column is absent (error)
//   missing-rate     missing cells / rows > maxMissingRate (error)
//   type-mismatch    non-missing cells that do not read as the column's type (numeric, boolean, date; error)
//   out-of-range     numbers outside `range`, dates outside `dateRange`, bounds inclusive (error)
//   unseen-category  values outside `domain` for categorical columns, and boolean tokens outside it,
//                    compared lower-cased (error). No domain, or an empty one, means no constraint.
// and per data column not in the schema: new-column (warning: it is not validated).
// Shares are of the table's rows, shown with one decimal ("3.4 %").
import { compareText, parseBooleanCell, parseIsoDateCell, parseNumberCell } from './cell-values';
import { driftCheck, type DriftCheck } from './drift-check';
import type { Cell, ColumnSchema, ColumnType, DataTable, DatasetSchema } from './types';

export type AnomalySeverity = 'error' | 'warning';

interface AnomalyBase {
  column: string;
  severity: AnomalySeverity;
  /** A complete sentence naming the column and the numbers. */
  message: string;
}

export interface TypeMismatchDetails {
  expected: ColumnType;
  count: number;
  share: number;
  /** Up to 3 distinct offending values, in order of appearance. */
  examples: string[];
}

export interface OutOfRangeDetails {
  allowed: { min: number | string; max: number | string };
  below: number;
  above: number;
  share: number;
  /** The smallest value below the minimum / largest above the maximum; null when there is none. */
  smallest: number | string | null;
  largest: number | string | null;
}

export interface UnseenCategoryDetails {
  count: number;
  share: number;
  /** Every unseen value with its count, most frequent first. */
  values: { value: string; count: number }[];
}

export interface MissingRateDetails {
  missing: number;
  rows: number;
  observed: number;
  allowed: number;
}

export type Anomaly = AnomalyBase &
  (
    | { kind: 'missing-column'; details: { required: true } }
    | { kind: 'new-column'; details: { rows: number } }
    | { kind: 'type-mismatch'; details: TypeMismatchDetails }
    | { kind: 'out-of-range'; details: OutOfRangeDetails }
    | { kind: 'unseen-category'; details: UnseenCategoryDetails }
    | { kind: 'missing-rate'; details: MissingRateDetails }
  );
export type AnomalyKind = Anomaly['kind'];

export interface ValidateOptions {
  /** The data the schema describes (e.g. the training set): enables per-column skew/drift. */
  reference?: DataTable;
  /** Bins of the numeric overlay histograms in the drift part (default 20). */
  bins?: number;
}

export interface ValidationResult {
  anomalies: Anomaly[];
  /** Present when `reference` was given. */
  drift?: DriftCheck;
}

const EXAMPLES = 3;
const LISTED_VALUES = 5;

export function validateAgainstSchema(
  schema: DatasetSchema,
  table: DataTable,
  options: ValidateOptions = {},
): ValidationResult {
  const index = new Map(table.columns.map((name, c) => [name, c]));
  const known = new Set(schema.columns.map((c) => c.name));
  const anomalies: Anomaly[] = [];
  for (const column of schema.columns) {
    if (column.role === 'ignore') continue;
    const c = index.get(column.name);
    if (c === undefined) {
      if (column.required)
        anomalies.push({
          column: column.name,
          kind: 'missing-column',
          severity: 'error',
          message: `Column ${quote(column.name)} is required by the schema but missing from the data.`,
          details: { required: true },
        });
      continue;
    }
    anomalies.push(...checkColumn(column, table.data[c]!, table.rowCount));
  }
  for (const name of table.columns) {
    if (known.has(name)) continue;
    anomalies.push({
      column: name,
      kind: 'new-column',
      severity: 'warning',
      message: `Column ${quote(name)} is not in the schema, so it is not validated. Add it to the schema if it matters.`,
      details: { rows: table.rowCount },
    });
  }
  const result: ValidationResult = { anomalies };
  if (options.reference)
    result.drift = driftCheck(schema, options.reference, table, { bins: options.bins ?? 20 });
  return result;
}

/** One pass over a column's cells: missing, type mismatches, range and domain. */
function checkColumn(column: ColumnSchema, cells: readonly Cell[], rows: number): Anomaly[] {
  const name = column.name;
  let missing = 0;
  let mismatches = 0;
  const examples: string[] = [];
  let below = 0;
  let above = 0;
  let smallest = Infinity;
  let largest = -Infinity;
  let smallestText = '';
  let largestText = '';
  const unseen = new Map<string, number>();

  const numericRange = column.type === 'numeric' ? column.range : undefined;
  const dateRange = column.type === 'date' ? column.dateRange : undefined;
  const lo = numericRange ? numericRange.min : dateRange ? parseIsoDateCell(dateRange.min) : NaN;
  const hi = numericRange ? numericRange.max : dateRange ? parseIsoDateCell(dateRange.max) : NaN;
  const hasRange = !Number.isNaN(lo) || !Number.isNaN(hi);
  const domainValues = column.type === 'boolean' ? column.domain?.map((v) => v.toLowerCase()) : column.domain;
  const domain =
    (column.type === 'categorical' || column.type === 'boolean') && domainValues?.length
      ? new Set(domainValues)
      : null;

  for (let r = 0; r < rows; r++) {
    const cell = cells[r];
    if (cell === null || cell === undefined) {
      missing++;
      continue;
    }
    let value = NaN; // the number or timestamp compared with the range
    let category: string | null = null; // the value looked up in the domain
    switch (column.type) {
      case 'numeric':
        value = parseNumberCell(cell);
        break;
      case 'date':
        value = parseIsoDateCell(cell);
        break;
      case 'boolean':
        if (parseBooleanCell(cell) !== undefined) category = cell.toLowerCase();
        break;
      case 'categorical':
        category = cell;
        break;
      case 'text':
        continue;
    }
    const ok = column.type === 'numeric' || column.type === 'date' ? !Number.isNaN(value) : category !== null;
    if (!ok) {
      mismatches++;
      if (examples.length < EXAMPLES && !examples.includes(cell)) examples.push(cell);
      continue;
    }
    if (hasRange) {
      if (value < lo) {
        below++;
        if (value < smallest) [smallest, smallestText] = [value, cell];
      } else if (value > hi) {
        above++;
        if (value > largest) [largest, largestText] = [value, cell];
      }
    }
    if (domain && category !== null && !domain.has(category))
      unseen.set(category, (unseen.get(category) ?? 0) + 1);
  }

  const out: Anomaly[] = [];
  const observed = rows === 0 ? 0 : missing / rows;
  if (observed > column.maxMissingRate + 1e-12)
    out.push({
      column: name,
      kind: 'missing-rate',
      severity: 'error',
      message:
        `Column ${quote(name)}: ${percent(observed)} of values are missing (${missing} of ${rows}); ` +
        `the schema allows at most ${percent(column.maxMissingRate)}.`,
      details: { missing, rows, observed, allowed: column.maxMissingRate },
    });
  if (mismatches > 0)
    out.push({
      column: name,
      kind: 'type-mismatch',
      severity: 'error',
      message:
        `Column ${quote(name)}: ${countAndShare(mismatches, rows)} ${mismatches === 1 ? 'is' : 'are'} not ` +
        `${TYPE_NOUN[column.type]}, e.g. ${examples.map(quote).join(', ')}.`,
      details: { expected: column.type, count: mismatches, share: share(mismatches, rows), examples },
    });
  if (below + above > 0) {
    const isDate = column.type === 'date';
    const allowed = isDate ? { min: dateRange!.min, max: dateRange!.max } : { min: lo, max: hi };
    const parts: string[] = [];
    if (above > 0)
      parts.push(
        `${countAndShare(above, rows)} ${above === 1 ? 'is' : 'are'} above the allowed maximum ` +
          (isDate ? `${dateRange!.max} (latest ${largestText})` : pair(hi, largest, 'largest')),
      );
    if (below > 0)
      parts.push(
        `${countAndShare(below, rows)} ${below === 1 ? 'is' : 'are'} below the allowed minimum ` +
          (isDate ? `${dateRange!.min} (earliest ${smallestText})` : pair(lo, smallest, 'smallest')),
      );
    out.push({
      column: name,
      kind: 'out-of-range',
      severity: 'error',
      message: `Column ${quote(name)}: ${parts.join('; ')}.`,
      details: {
        allowed,
        below,
        above,
        share: share(below + above, rows),
        smallest: below === 0 ? null : isDate ? smallestText : smallest,
        largest: above === 0 ? null : isDate ? largestText : largest,
      },
    });
  }
  if (unseen.size > 0) {
    const values = [...unseen]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || compareText(a.value, b.value));
    const count = values.reduce((s, v) => s + v.count, 0);
    const listed = values.slice(0, LISTED_VALUES).map((v) => `${quote(v.value)} (${v.count})`);
    if (values.length > LISTED_VALUES) listed.push(`and ${values.length - LISTED_VALUES} more`);
    out.push({
      column: name,
      kind: 'unseen-category',
      severity: 'error',
      message:
        `Column ${quote(name)}: ${countAndShare(count, rows)} ${count === 1 ? 'is' : 'are'} not in the ` +
        `schema's domain: ${listed.join(', ')}.`,
      details: { count, share: share(count, rows), values },
    });
  }
  return out;
}

const TYPE_NOUN: Record<ColumnType, string> = {
  numeric: 'numbers',
  boolean: 'booleans (true/false, yes/no, 1/0, t/f, y/n)',
  date: 'ISO dates (YYYY-MM-DD, optionally with a time)',
  categorical: 'categories',
  text: 'text',
};

export const quote = (s: string): string => `“${s}”`;
const share = (count: number, rows: number): number => (rows === 0 ? 0 : count / rows);
/** "3.4 %": one decimal and a space before the sign, as the data studio shows shares. */
export const percent = (x: number): string => `${(x * 100).toFixed(1)} %`;
const countAndShare = (count: number, rows: number): string =>
  `${count} ${count === 1 ? 'value' : 'values'} (${percent(share(count, rows))})`;

/** Decimals in the shortest round-trip form of x, at most 4. */
function decimals(x: number): number {
  const s = String(Math.abs(x));
  if (s.includes('e')) return 4;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : Math.min(4, s.length - dot - 1);
}

/** "59.6 (largest 88.0)": bound and value with the same number of decimals. */
function pair(bound: number, value: number, word: string): string {
  const d = Math.max(decimals(bound), decimals(value));
  return `${bound.toFixed(d)} (${word} ${value.toFixed(d)})`;
}
