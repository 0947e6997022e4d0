// Incremental CSV reading: text goes in chunk by chunk (the worker reads a File 1 MB at a time), complete rows
// are parsed as soon as they arrive, and `finish()` returns the same ParseResult as parsing the whole text at
// once — parseCsv is literally `push(text); finish()`.
//
// How chunks are split into rows: papaparse's low-level Parser with `ignoreLastRow`, exactly as Papa's own
// ChunkStreamer does it. The parser returns every row that is certainly complete plus the cursor after the
// last one; the rest (a partial row, possibly inside a quoted field with newlines) waits for the next chunk.
// Papa's high-level streamers are not used because they need a FileReader (absent in Node tests) and report
// no line numbers. Format detection runs once, on the first GUESS_SAMPLE_CHARS characters (or the whole text
// when shorter), so any chunking sees the same delimiter and line ending.
//
// Line numbers: each raw row (blank ones included) starts on the line after the previous row ends, and spans
// 1 + (line breaks inside its quoted fields) lines, so the reader knows every row's first line without
// keeping the text. Blank rows are skipped as papaparse's skipEmptyLines: 'greedy' does (all fields
// whitespace, so ",,," is blank too).
import Papa from 'papaparse';
import { GUESS_SAMPLE_CHARS, describeDelimiter, guessFormat, suggestDelimiter } from './csv-delimiter';
import {
  MAX_CSV_COLUMNS,
  MISSING_TOKENS,
  type CsvDelimiter,
  type CsvNewline,
  type CsvProblem,
  type ParseCsvOptions,
  type ParseResult,
} from './csv-format';
import { headerLooksLikeData, normalizeHeader } from './csv-header';
import type { Cell } from './types';

/** Offending rows reported by line number. */
const MAX_REPORTED_LINES = 10;

export interface CsvAccumulator {
  /** Adds the next piece of text (any size; a row or a quoted field may straddle chunks). */
  push(chunk: string): void;
  /** Parses what is left and returns the result. Call once; later pushes are ignored. */
  finish(): ParseResult;
  /** Data rows accepted so far (for progress). */
  readonly rowCount: number;
  /**
   * A problem that already decides the outcome (too many columns, no header), so the caller may stop
   * reading; finish() returns it. Null while the file may still be fine.
   */
  readonly fatal: CsvProblem | null;
}

interface PapaChunkResult {
  data: string[][];
  errors: { code: string; row?: number }[];
  meta: { cursor: number };
}

const MISSING = new Set(MISSING_TOKENS);
const MISSING_MAX_LENGTH = Math.max(...MISSING_TOKENS.map((t) => t.length));

/** Trimmed cell text, or null for a missing token (see MISSING_TOKENS). */
function toCell(field: string): Cell {
  const t = field.trim();
  return t.length <= MISSING_MAX_LENGTH && MISSING.has(t) ? null : t;
}

function isBlankRow(row: readonly string[]): boolean {
  for (const field of row) if (field.length !== 0 && field.trim().length !== 0) return false;
  return true;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * `guessSampleChars` (default GUESS_SAMPLE_CHARS) only exists so tests can exercise chunk boundaries on small
 * texts; results are identical for any chunking with the same value.
 */
export function createCsvAccumulator(
  options: ParseCsvOptions = {},
  { guessSampleChars = GUESS_SAMPLE_CHARS }: { guessSampleChars?: number } = {},
): CsvAccumulator {
  const headerMode = options.header ?? 'detect';
  let pending = '';
  let started = false;
  let finished = false;
  let sample = '';
  let sampleTruncated = false;
  let hadBom = false;
  let delimiter: CsvDelimiter = ',';
  let newline: CsvNewline = '\n';
  let parser: Papa.Parser | null = null;
  /** When a parse consumed nothing, wait until `pending` doubles before trying again (keeps it O(n)). */
  let retryAt = 0;

  let nextLine = 1; // 1-based line on which the next raw row starts
  let sawAnyRow = false;
  let columns: string[] | null = null;
  let data: Cell[][] = [];
  let rowCount = 0;
  let blankRows = 0;
  let fatal: CsvProblem | null = null;
  const warnings: string[] = [];
  let ragged = 0;
  const raggedRows: { line: number; found: number }[] = [];
  const badQuoteLines: number[] = [];
  let unclosedQuoteLine = 0;

  function start(final: boolean): void {
    started = true;
    if (pending.charCodeAt(0) === 0xfeff) {
      hadBom = true;
      pending = pending.slice(1);
    }
    sample = pending.slice(0, guessSampleChars);
    sampleTruncated = !final || pending.length > guessSampleChars;
    ({ delimiter, newline } = guessFormat(sample, options.delimiter));
    parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
  }

  /** Parses `pending`; with `final` false the last (possibly incomplete) row is left in `pending`. */
  function consume(final: boolean): void {
    if (fatal || !parser || pending === '') return;
    const result = parser.parse(pending, 0, !final) as PapaChunkResult;
    const errorRows = new Map<number, string>();
    for (const e of result.errors)
      if (e.row !== undefined && !errorRows.has(e.row)) errorRows.set(e.row, e.code);
    const countBreaksIn = newline === '\r' ? '\r' : '\n';
    const quoted = errorRows.size > 0 || pending.indexOf('"') !== -1; // no quote → no line break in a field
    const rows = result.data;
    // A final line break ends the last row; it does not start an empty one (Papa returns [''] for it).
    const last = rows[rows.length - 1];
    if (final && last?.length === 1 && last[0] === '') rows.pop();
    for (let i = 0; i < rows.length && !fatal; i++) {
      const row = rows[i]!;
      const line = nextLine;
      nextLine++;
      if (quoted)
        for (const f of row)
          for (let at = f.indexOf(countBreaksIn); at !== -1; at = f.indexOf(countBreaksIn, at + 1))
            nextLine++;
      const error = errorRows.get(i);
      if (error === 'MissingQuotes') unclosedQuoteLine = line;
      else if (error === 'InvalidQuotes' && badQuoteLines.length < MAX_REPORTED_LINES)
        badQuoteLines.push(line);
      acceptRow(row, line);
    }
    const cursor = result.meta.cursor;
    pending = final ? '' : pending.slice(cursor);
    retryAt = cursor === 0 ? pending.length * 2 : 0;
  }

  function acceptRow(row: string[], line: number): void {
    if (isBlankRow(row)) {
      blankRows++;
      return;
    }
    if (!columns) {
      sawAnyRow = true;
      if (row.length > MAX_CSV_COLUMNS) {
        fatal = tooManyColumns(row.length);
        return;
      }
      if (headerMode === 'absent') {
        columns = row.map((_, i) => `column ${i + 1}`);
      } else {
        const dataLike = headerMode === 'detect' ? headerLooksLikeData(row) : null;
        if (dataLike) {
          fatal = noHeader(row.length, dataLike);
          return;
        }
        const header = normalizeHeader(row);
        columns = header.columns;
        warnings.push(...header.warnings);
        data = columns.map(() => []);
        return;
      }
      data = columns.map(() => []);
    }
    if (row.length !== columns.length) {
      ragged++;
      if (raggedRows.length < MAX_REPORTED_LINES) raggedRows.push({ line, found: row.length });
      return;
    }
    if (ragged > 0) return; // the parse will fail: stop growing the table
    for (let c = 0; c < row.length; c++) data[c]!.push(toCell(row[c]!));
    rowCount++;
  }

  function push(chunk: string): void {
    if (finished || fatal || chunk === '') return;
    pending += chunk;
    if (!started) {
      if (pending.length < guessSampleChars + 1) return; // +1: the BOM, if any, is not part of the sample
      start(false);
    }
    if (pending.length >= retryAt) consume(false);
  }

  function finish(): ParseResult {
    if (!finished) {
      finished = true;
      if (!started) start(true);
      consume(true);
    }
    return result();
  }

  function result(): ParseResult {
    if (fatal) return { ok: false, problem: fatal };
    if (!sawAnyRow)
      return fail({ code: 'empty', message: 'The file is empty: it has no rows, not even a header.' });
    const width = columns!.length;
    if (unclosedQuoteLine > 0) return fail(unclosedQuote(unclosedQuoteLine));
    if (ragged > 0 || width === 1) {
      const suggestion = suggestDelimiter(sample, delimiter, sampleTruncated);
      if (suggestion) return fail(wrongDelimiter(delimiter, suggestion, ragged > 0));
    }
    if (ragged > 0) return fail(raggedProblem(width, ragged, raggedRows));
    if (rowCount === 0)
      return fail({
        code: 'no-rows',
        message: `The file has a header row (${plural(width, 'column')}) but no data rows.`,
      });
    const notes = [...warnings];
    if (width === 1)
      notes.push(
        `Every row has a single field; if the file has several columns, its delimiter is not one of , ; tab |.`,
      );
    if (blankRows > 0)
      notes.push(`Skipped ${plural(blankRows, 'blank line')} (empty, or only delimiters and spaces).`);
    if (badQuoteLines.length > 0)
      notes.push(
        `A closing quote is followed by other characters on line${badQuoteLines.length > 1 ? 's' : ''} ` +
          `${badQuoteLines.join(', ')}; the quote was kept as part of the value. Check those rows.`,
      );
    return {
      ok: true,
      table: { columns: columns!, data, rowCount },
      delimiter,
      warnings: notes,
      newline,
      hadBom,
    };
  }

  return {
    push,
    finish,
    get rowCount() {
      return rowCount;
    },
    get fatal() {
      return fatal;
    },
  };
}

const fail = (problem: CsvProblem): ParseResult => ({ ok: false, problem });

function tooManyColumns(found: number): CsvProblem {
  return {
    code: 'too-many-columns',
    message:
      `The first row has ${found} fields; at most ${MAX_CSV_COLUMNS} columns are supported. ` +
      'Keep the columns you need, or check that the delimiter is right.',
    lines: [1],
  };
}

function noHeader(width: number, dataLike: string[]): CsvProblem {
  const examples = dataLike.slice(0, 3).join(', ');
  return {
    code: 'no-header',
    message:
      `The first row looks like data, not column names: ${dataLike.length} of its ${width} cells are numbers or ` +
      `dates (${examples}${dataLike.length > 3 ? ', …' : ''}). Add a header row that names the columns.`,
    lines: [1],
  };
}

function unclosedQuote(line: number): CsvProblem {
  return {
    code: 'unclosed-quote',
    message:
      `A quoted field that starts on line ${line} is never closed, so the rest of the file would be read as one ` +
      'value. Add the missing closing quote (").',
    lines: [line],
  };
}

function raggedProblem(width: number, count: number, rows: { line: number; found: number }[]): CsvProblem {
  const listed = rows.map((r) => `line ${r.line} has ${r.found}`).join(', ');
  const more = count > rows.length ? `, and ${count - rows.length} more` : '';
  return {
    code: 'ragged-rows',
    message:
      `${plural(count, 'row')} ${count === 1 ? 'has' : 'have'} a different number of fields than the header ` +
      `(${width}): ${listed}${more}. Check for unquoted delimiters inside values or missing fields.`,
    lines: rows.map((r) => r.line),
  };
}

function wrongDelimiter(
  used: CsvDelimiter,
  s: { delimiter: CsvDelimiter; columns: number; rows: number },
  ragged: boolean,
): CsvProblem {
  const symptom = ragged
    ? `With the delimiter ${describeDelimiter(used)} the rows have different numbers of fields`
    : `With the delimiter ${describeDelimiter(used)} every row is a single column`;
  return {
    code: 'wrong-delimiter',
    message:
      `${symptom}, but ${describeDelimiter(s.delimiter)} splits the first ${s.rows} rows into ` +
      `${s.columns} columns each. The file seems to use ${describeDelimiter(s.delimiter)} as its delimiter.`,
    suggestedDelimiter: s.delimiter,
  };
}
