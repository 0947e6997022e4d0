// What the CSV reader accepts and what it returns: limits, missing-value tokens, and the result shapes.
// Kept apart from the parser so that the worker protocol and the UI can import the types and limits
// without pulling in papaparse.
import type { DataTable } from './types';

/** Largest file accepted: 50 MB, where 1 MB = 1024² bytes (a File's `size`, or the UTF-8 length of text). */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

/** Most columns accepted. Wider files are usually a transposed export or a wrong delimiter. */
export const MAX_CSV_COLUMNS = 200;

/** Delimiters papaparse may guess, in tie-break order (Papa keeps the first of equally consistent ones). */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Cell texts read as missing (null), compared after trimming and case-sensitively: the empty cell, R's and
 * pandas' `NA`, `N/A`, `null`/`NULL` (SQL and JSON exports), `NaN` (numpy) and `?` (the UCI repository's
 * convention, e.g. the Adult and Heart Disease files). Not included: `-`, `none`, `0`, which are real values
 * too often.
 */
export const MISSING_TOKENS: readonly string[] = ['', 'NA', 'N/A', 'null', 'NULL', 'NaN', '?'];

export type CsvNewline = '\n' | '\r\n' | '\r';

export interface ParseCsvOptions {
  /** Force a delimiter instead of letting papaparse guess one of CSV_DELIMITERS. */
  delimiter?: CsvDelimiter;
  /**
   * 'detect' (default): the first row is the header, unless it looks like data (then the parse fails with
   * 'no-header'). 'present': the first row is the header, no check. 'absent': every row is data and the
   * columns are named "column 1", "column 2", …
   */
  header?: 'detect' | 'present' | 'absent';
}

export type CsvProblemCode =
  | 'empty' // nothing but whitespace (after removing a byte-order mark)
  | 'too-large' // more than MAX_CSV_BYTES
  | 'too-many-columns' // more than MAX_CSV_COLUMNS header fields
  | 'no-header' // the first row looks like data
  | 'no-rows' // a header and nothing else
  | 'ragged-rows' // rows whose field count differs from the header's
  | 'wrong-delimiter' // another delimiter gives a consistent multi-column table
  | 'unclosed-quote'; // a quoted field that never ends (the rest of the file would be one cell)

export interface CsvProblem {
  code: CsvProblemCode;
  /** A complete sentence for the user, naming the numbers involved. */
  message: string;
  /** 1-based line numbers in the file (the line a row starts on), at most 10. */
  lines?: number[];
  /** 'wrong-delimiter': the delimiter that seems right, so the UI can offer to parse again with it. */
  suggestedDelimiter?: CsvDelimiter;
}

export type ParseResult =
  | {
      ok: true;
      table: DataTable;
      delimiter: CsvDelimiter;
      /** Non-fatal notes for the user (renamed headers, skipped blank lines, malformed quotes). */
      warnings: string[];
      /** Line ending found in the file (added for the UI and tests). */
      newline: CsvNewline;
      /** The file started with a UTF-8 byte-order mark, which was removed (added for the UI and tests). */
      hadBom: boolean;
    }
  | { ok: false; problem: CsvProblem };

/** MB (1024² bytes) rounded up to one decimal, so a file just over the limit never reads as "50.0 MB". */
export const formatMegabytes = (bytes: number): string => `${Math.ceil(bytes / 1024 / 102.4) / 10} MB`;

/** The 'too-large' problem for a file of `bytes` bytes, or null when it is within the limit. */
export function checkCsvSize(bytes: number): CsvProblem | null {
  if (bytes <= MAX_CSV_BYTES) return null;
  return {
    code: 'too-large',
    message:
      `The file is ${formatMegabytes(bytes)}; the limit is ${MAX_CSV_BYTES / 1024 / 1024} MB. ` +
      'Use a sample of the rows or fewer columns (everything stays in your browser, so the limit protects its memory).',
  };
}
