// parseCsv: a CSV file's text → a DataTable, or one clear problem. papaparse does the tokenizing (quotes,
// escaped quotes, quoted delimiters and line breaks, CRLF) and guesses the delimiter among , ; tab | and the
// line ending; this module adds the checks the data studio needs (see CsvProblemCode in csv-format.ts):
//   too large (> 50 MB) · empty · too many columns (> 200) · no header · ragged rows with their line numbers ·
//   a delimiter guess that another delimiter clearly beats · an unclosed quote.
// Conventions: a UTF-8 byte-order mark is removed; header names and cells are trimmed; missing tokens
// ('', NA, N/A, null, NULL, NaN, ?) become null; blank lines (also ",,,") are skipped as papaparse's
// skipEmptyLines: 'greedy'; every cell stays text (dynamicTyping off) until infer-schema.ts picks the types.
import { createCsvAccumulator } from './csv-accumulator';
import { checkCsvSize, MAX_CSV_BYTES, type ParseCsvOptions, type ParseResult } from './csv-format';

export { createCsvAccumulator, type CsvAccumulator } from './csv-accumulator';
export {
  MAX_CSV_BYTES,
  MAX_CSV_COLUMNS,
  MISSING_TOKENS,
  CSV_DELIMITERS,
  checkCsvSize,
  type CsvDelimiter,
  type CsvProblem,
  type CsvProblemCode,
  type ParseCsvOptions,
  type ParseResult,
} from './csv-format';

/** Parses a whole CSV text (see the module comment for what is checked and how cells are read). */
export function parseCsv(text: string, options: ParseCsvOptions = {}): ParseResult {
  // Every UTF-16 code unit is at least one UTF-8 byte and at most three, so the exact count is only needed
  // between those bounds.
  if (
    text.length > MAX_CSV_BYTES ||
    (text.length * 3 > MAX_CSV_BYTES && utf8ByteLength(text) > MAX_CSV_BYTES)
  )
    return { ok: false, problem: checkCsvSize(utf8ByteLength(text))! };
  const accumulator = createCsvAccumulator(options);
  accumulator.push(text);
  return accumulator.finish();
}

/** Bytes of `text` encoded as UTF-8 (a lone surrogate counts as the 3-byte replacement character). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
