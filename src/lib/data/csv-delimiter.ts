// Delimiter and line-ending detection, delegated to papaparse, and the "did it guess wrong?" check.
import Papa from 'papaparse';
import { CSV_DELIMITERS, type CsvDelimiter, type CsvNewline } from './csv-format';

/** Characters of the file's start given to papaparse's guessers (it previews 10 rows of it). */
export const GUESS_SAMPLE_CHARS = 64 * 1024;

/** Rows of the sample checked when looking for a better delimiter. */
const SUGGEST_MAX_ROWS = 50;

const NAMES: Record<CsvDelimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

/** `"," (comma)`, `tab` — how messages name a delimiter. */
export function describeDelimiter(d: CsvDelimiter): string {
  return d === '\t' ? 'tab' : `"${d}" (${NAMES[d]})`;
}

export const isCsvDelimiter = (d: unknown): d is CsvDelimiter =>
  typeof d === 'string' && (CSV_DELIMITERS as readonly string[]).includes(d);

export interface GuessedFormat {
  delimiter: CsvDelimiter;
  newline: CsvNewline;
}

/**
 * Papa's own guess on the sample: the line ending (first 1 MB, outside quotes) and, unless forced, the
 * delimiter among CSV_DELIMITERS whose first 10 non-blank rows have the most consistent field counts (ties
 * go to more fields, then to the earlier delimiter). When no candidate gives ≥ 2 fields on average, Papa
 * falls back to a comma: a single-column file.
 */
export function guessFormat(sample: string, forced?: CsvDelimiter): GuessedFormat {
  const { meta } = Papa.parse<string[]>(sample, {
    header: false,
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
    preview: 10,
    delimiter: forced ?? '',
    delimitersToGuess: [...CSV_DELIMITERS],
  });
  const newline = meta.linebreak === '\r\n' || meta.linebreak === '\r' ? meta.linebreak : '\n';
  return { delimiter: isCsvDelimiter(meta.delimiter) ? meta.delimiter : ',', newline };
}

export interface DelimiterSuggestion {
  delimiter: CsvDelimiter;
  /** Fields per row with that delimiter (the same on every checked row). */
  columns: number;
  /** Rows checked (all of the sample's complete, non-blank rows, at most 50). */
  rows: number;
}

/**
 * Another delimiter that splits the sample's first rows (≥ 2 of them) into the same number ≥ 2 of fields,
 * preferring the most fields; null when none does. `truncated`: the sample is cut off mid-file, so its last
 * row may be incomplete and is not checked.
 */
export function suggestDelimiter(
  sample: string,
  current: CsvDelimiter,
  truncated: boolean,
): DelimiterSuggestion | null {
  let best: DelimiterSuggestion | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    if (delimiter === current) continue;
    const rows = Papa.parse<string[]>(sample, {
      header: false,
      delimiter,
      skipEmptyLines: 'greedy',
      preview: SUGGEST_MAX_ROWS + 1,
    }).data;
    if (truncated || rows.length > SUGGEST_MAX_ROWS) rows.pop();
    if (rows.length < 2) continue;
    const columns = rows[0]!.length;
    if (columns < 2 || !rows.every((r) => r.length === columns)) continue;
    if (!best || columns > best.columns) best = { delimiter, columns, rows: rows.length };
  }
  return best;
}
