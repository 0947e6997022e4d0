// DataTable → CSV text (RFC 4180): the inverse of parseCsv for the data studio's exports (splits, cleaned
// files) and for round-trip tests. A field is quoted when it contains the delimiter, a quote, a line break,
// or starts/ends with whitespace (which parseCsv would trim otherwise); quotes inside are doubled.
import type { CsvDelimiter, CsvNewline } from './csv-format';
import type { DataTable } from './types';

export interface SerializeCsvOptions {
  delimiter?: CsvDelimiter;
  newline?: CsvNewline;
  /** Text written for a missing cell (default ''; parseCsv reads '' back as null). */
  missing?: string;
}

export function serializeCsv(table: DataTable, options: SerializeCsvOptions = {}): string {
  const { delimiter = ',', newline = '\r\n', missing = '' } = options;
  const quote = (field: string): string =>
    field.includes(delimiter) ||
    field.includes('"') ||
    field.includes('\n') ||
    field.includes('\r') ||
    field !== field.trim()
      ? `"${field.replaceAll('"', '""')}"`
      : field;
  const lines = [table.columns.map(quote).join(delimiter)];
  for (let r = 0; r < table.rowCount; r++) {
    lines.push(table.data.map((column) => quote(column[r] ?? missing)).join(delimiter));
  }
  return lines.join(newline) + newline;
}
