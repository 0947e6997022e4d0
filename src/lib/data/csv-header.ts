// The header row: unique, non-blank column names, and the check that it is a header at all.
import { parseIsoDateCell, parseNumberCell } from './cell-values';

export interface NormalizedHeader {
  columns: string[];
  /** One sentence per renamed column (blank or repeated names). */
  warnings: string[];
}

/**
 * Trims the names, names a blank one "column N" (1-based position) and gives a repeated one a " (2)", " (3)" …
 * suffix (types.ts: DataTable.columns are unique), skipping suffixes already taken by another column.
 */
export function normalizeHeader(cells: readonly string[]): NormalizedHeader {
  const trimmed = cells.map((c) => c.trim());
  const taken = new Set(trimmed.filter((c) => c !== ''));
  const seen = new Map<string, number>();
  const columns: string[] = [];
  const blank: number[] = [];
  const renamed: string[] = [];
  trimmed.forEach((name, i) => {
    if (name === '') {
      let candidate = `column ${i + 1}`;
      for (let k = 2; taken.has(candidate); k++) candidate = `column ${i + 1} (${k})`;
      taken.add(candidate);
      blank.push(i + 1);
      columns.push(candidate);
      return;
    }
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    if (count === 1) {
      columns.push(name);
      return;
    }
    let k = count;
    while (taken.has(`${name} (${k})`)) k++;
    const candidate = `${name} (${k})`;
    taken.add(candidate);
    renamed.push(`“${name}” at column ${i + 1} → “${candidate}”`);
    columns.push(candidate);
  });
  const warnings: string[] = [];
  if (blank.length > 0) {
    const list = blank.map((p) => `“column ${p}”`).join(', ');
    warnings.push(
      blank.length === 1
        ? `Column ${blank[0]} has no name; it is called ${list}.`
        : `${blank.length} columns have no name; they are called ${list}.`,
    );
  }
  if (renamed.length > 0) warnings.push(`Repeated column names were made unique: ${renamed.join('; ')}.`);
  return { columns, warnings };
}

/**
 * The "no header" heuristic: the first row looks like data when most of its non-blank cells (a strict
 * majority of all cells) are numbers or ISO dates, which column names rarely are. A header of years
 * ("2019,2020,2021") trips it; ParseCsvOptions.header = 'present' skips the check.
 * Returns the data-like cells (for the message), or null when the row looks like a header.
 */
export function headerLooksLikeData(cells: readonly string[]): string[] | null {
  const dataLike = cells
    .map((c) => c.trim())
    .filter((c) => c !== '' && (!Number.isNaN(parseNumberCell(c)) || !Number.isNaN(parseIsoDateCell(c))));
  return dataLike.length * 2 > cells.length ? dataLike : null;
}
