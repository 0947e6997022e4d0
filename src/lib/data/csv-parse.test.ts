import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES, MAX_CSV_COLUMNS, parseCsv, utf8ByteLength, type ParseResult } from './csv-parse';
import { serializeCsv } from './serialize-csv';
import type { DataTable } from './types';

function table(result: ParseResult): DataTable {
  if (!result.ok) throw new Error(`expected ok, got ${result.problem.code}: ${result.problem.message}`);
  return result.table;
}

function problem(result: ParseResult) {
  if (result.ok) throw new Error(`expected a problem, got a table of ${result.table.rowCount} rows`);
  return result.problem;
}

describe('parseCsv: well-formed files', () => {
  it('reads a comma file column-major, keeping text', () => {
    const result = parseCsv('species,bill_length_mm\nAdelie,39.1\nGentoo,46.5\n');
    expect(result).toMatchObject({ ok: true, delimiter: ',', newline: '\n', hadBom: false, warnings: [] });
    expect(table(result)).toEqual({
      columns: ['species', 'bill_length_mm'],
      data: [
        ['Adelie', 'Gentoo'],
        ['39.1', '46.5'],
      ],
      rowCount: 2,
    });
  });

  it.each([
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('guesses the %j delimiter (%s)', (d) => {
    const result = parseCsv(`a${d}b${d}c\n1${d}2${d}3\n4${d}5${d}6`);
    expect(result.ok && result.delimiter).toBe(d);
    expect(table(result).data).toEqual([
      ['1', '4'],
      ['2', '5'],
      ['3', '6'],
    ]);
  });

  it('strips a UTF-8 byte-order mark from the first header name', () => {
    const result = parseCsv('\uFEFFid,value\n1,x\n');
    expect(table(result).columns).toEqual(['id', 'value']);
    expect(result.ok && result.hadBom).toBe(true);
  });

  it('reads CRLF line endings without leaving \\r in the last column', () => {
    const result = parseCsv('a,b\r\n1,2\r\n3,4\r\n');
    expect(result.ok && result.newline).toBe('\r\n');
    expect(table(result).data[1]).toEqual(['2', '4']);
  });

  it('reads old Mac line endings (CR only)', () => {
    const result = parseCsv('a,b\r1,2\r3,4');
    expect(result.ok && result.newline).toBe('\r');
    expect(table(result).data).toEqual([
      ['1', '3'],
      ['2', '4'],
    ]);
  });

  it('keeps a stray closing quote in the value and warns with its line', () => {
    const result = parseCsv('a,b\nok,1\n"x"y",2\n3,4\n');
    expect(table(result).data[0]).toEqual(['ok', 'x"y', '3']);
    expect(result.ok && result.warnings).toEqual([
      'A closing quote is followed by other characters on line 3; the quote was kept as part of the value. ' +
        'Check those rows.',
    ]);
  });

  it('keeps quoted commas, quoted line breaks and doubled quotes inside one cell', () => {
    const text = 'name,note,n\r\n"Smith, J","first line\r\nsecond line",1\r\nDoe,"he said ""hi""",2\r\n';
    const t = table(parseCsv(text));
    expect(t.rowCount).toBe(2);
    expect(t.data[0]).toEqual(['Smith, J', 'Doe']);
    expect(t.data[1]).toEqual(['first line\r\nsecond line', 'he said "hi"']);
    expect(t.data[2]).toEqual(['1', '2']);
  });

  it('reads the documented missing tokens as null, after trimming, and nothing else', () => {
    const t = table(
      parseCsv('v,w\n,x\nNA,x\nN/A,x\nnull,x\nNULL,x\nNaN,x\n?,x\n  NA  ,x\nna,x\nNone,x\n-,x\n0,x\n'),
    );
    expect(t.data[0]).toEqual([null, null, null, null, null, null, null, null, 'na', 'None', '-', '0']);
  });

  it('trims spaces after delimiters in header and cells', () => {
    const t = table(parseCsv('a, b\n1, 2\n'));
    expect(t.columns).toEqual(['a', 'b']);
    expect(t.data[1]).toEqual(['2']);
  });

  it('skips blank lines (also all-empty rows like ",,") and says how many', () => {
    const result = parseCsv('a,b\n\n1,2\n,\n   \n3,4\n');
    expect(table(result).data[0]).toEqual(['1', '3']);
    expect(result.ok && result.warnings).toEqual([
      'Skipped 3 blank lines (empty, or only delimiters and spaces).',
    ]);
  });

  it('names blank header cells "column N" and suffixes repeated names, with warnings', () => {
    const result = parseCsv('a,a,,b,a\n1,2,3,4,5\n');
    expect(table(result).columns).toEqual(['a', 'a (2)', 'column 3', 'b', 'a (3)']);
    expect(result.ok && result.warnings).toEqual([
      'Column 3 has no name; it is called “column 3”.',
      'Repeated column names were made unique: “a” at column 2 → “a (2)”; “a” at column 5 → “a (3)”.',
    ]);
  });

  it('accepts a single-column file with a warning when no other delimiter fits', () => {
    const result = parseCsv('value\n1\n2\n');
    expect(table(result).columns).toEqual(['value']);
    expect(result.ok && result.warnings[0]).toMatch(/single field/);
  });

  it('accepts exactly the column limit', () => {
    const header = Array.from({ length: MAX_CSV_COLUMNS }, (_, i) => `c${i}`).join(',');
    const row = Array.from({ length: MAX_CSV_COLUMNS }, () => 'x').join(',');
    expect(table(parseCsv(`${header}\n${row}\n`)).columns).toHaveLength(MAX_CSV_COLUMNS);
  });
});

describe('parseCsv: bad input, each with its message', () => {
  it.each(['', '   \n\n', '\uFEFF', '\uFEFF\r\n,,\r\n'])('rejects an empty file (%j)', (text) => {
    expect(problem(parseCsv(text))).toEqual({
      code: 'empty',
      message: 'The file is empty: it has no rows, not even a header.',
    });
  });

  it('rejects a header without rows', () => {
    expect(problem(parseCsv('a,b,c\n'))).toEqual({
      code: 'no-rows',
      message: 'The file has a header row (3 columns) but no data rows.',
    });
  });

  it('rejects a file whose first row looks like data', () => {
    const p = problem(parseCsv('5.1,3.5,1.4,setosa\n4.9,3.0,1.4,setosa\n'));
    expect(p.code).toBe('no-header');
    expect(p.message).toBe(
      'The first row looks like data, not column names: 3 of its 4 cells are numbers or dates (5.1, 3.5, 1.4). ' +
        'Add a header row that names the columns.',
    );
    expect(p.lines).toEqual([1]);
  });

  it('treats a row of dates as data too, but not a header with one number in three', () => {
    expect(problem(parseCsv('2024-01-01,2024-01-02\n1,2\n')).code).toBe('no-header');
    expect(table(parseCsv('id,2019,name\n1,2,x\n')).columns).toEqual(['id', '2019', 'name']);
  });

  it("lets the caller override the header check ('present') or declare no header ('absent')", () => {
    expect(table(parseCsv('2019,2020\n1,2\n', { header: 'present' })).columns).toEqual(['2019', '2020']);
    const t = table(parseCsv('5.1,setosa\n4.9,setosa\n', { header: 'absent' }));
    expect(t.columns).toEqual(['column 1', 'column 2']);
    expect(t.data[0]).toEqual(['5.1', '4.9']);
  });

  it('reports ragged rows with 1-based line numbers, counting blank lines and quoted line breaks', () => {
    const text = 'a,b,c\n1,2,3\n1,2\n\n1,2,3,4\n"multi\nline",2,3\n1\n';
    const p = problem(parseCsv(text));
    expect(p).toEqual({
      code: 'ragged-rows',
      message:
        '3 rows have a different number of fields than the header (3): line 3 has 2, line 5 has 4, line 8 has 1. ' +
        'Check for unquoted delimiters inside values or missing fields.',
      lines: [3, 5, 8],
    });
  });

  it('lists at most 10 ragged lines and counts the rest', () => {
    const rows = Array.from({ length: 15 }, (_, i) => (i % 2 === 0 ? '1,2' : '1'));
    const p = problem(parseCsv(`a,b\n${rows.join('\n')}\n`));
    expect(p.lines).toEqual([3, 5, 7, 9, 11, 13, 15]);
    expect(p.message).toMatch(
      /^7 rows have a different number of fields than the header \(2\): line 3 has 1,/,
    );
    const many = Array.from({ length: 14 }, () => '1').join('\n');
    const q = problem(parseCsv(`a,b\n1,2\n${many}\n`));
    expect(q.lines).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(q.message).toContain('line 12 has 1, and 4 more.');
  });

  it('rejects more than 200 columns', () => {
    const header = Array.from({ length: MAX_CSV_COLUMNS + 45 }, (_, i) => `c${i}`).join(',');
    expect(problem(parseCsv(`${header}\n`))).toEqual({
      code: 'too-many-columns',
      message:
        'The first row has 245 fields; at most 200 columns are supported. ' +
        'Keep the columns you need, or check that the delimiter is right.',
      lines: [1],
    });
  });

  it('names the right delimiter when the chosen one gives a single column', () => {
    const p = problem(parseCsv('a;b;c\n1;2;3\n4;5;6\n', { delimiter: ',' }));
    expect(p).toEqual({
      code: 'wrong-delimiter',
      message:
        'With the delimiter "," (comma) every row is a single column, but ";" (semicolon) splits the first 3 rows ' +
        'into 3 columns each. The file seems to use ";" (semicolon) as its delimiter.',
      suggestedDelimiter: ';',
    });
  });

  it('names the right delimiter when papaparse guessed one that later rows contradict', () => {
    // The first 10 rows have one comma and one semicolon each: a tie, which papaparse gives to the comma.
    const tie = Array.from({ length: 10 }, (_, i) => `${i};x,y`).join('\n');
    const p = problem(parseCsv(`a;b,c\n${tie}\n4;5\n6;7\n`));
    expect(p.code).toBe('wrong-delimiter');
    expect(p.suggestedDelimiter).toBe(';');
    expect(p.message).toMatch(
      /^With the delimiter "," \(comma\) the rows have different numbers of fields, but ";"/,
    );
  });

  it('rejects an unclosed quote with the line it starts on', () => {
    expect(problem(parseCsv('a,b\n1,2\n3,"never closed\n4,5\n'))).toEqual({
      code: 'unclosed-quote',
      message:
        'A quoted field that starts on line 3 is never closed, so the rest of the file would be read as one value. ' +
        'Add the missing closing quote (").',
      lines: [3],
    });
  });

  it('rejects text over 50 MB, counting UTF-8 bytes, not characters', () => {
    const p = problem(parseCsv('a'.repeat(MAX_CSV_BYTES + 1)));
    expect(p).toEqual({
      code: 'too-large',
      message:
        'The file is 50.1 MB; the limit is 50 MB. Use a sample of the rows or fewer columns ' +
        '(everything stays in your browser, so the limit protects its memory).',
    });
    // 2-byte characters: fewer than MAX_CSV_BYTES characters but more bytes.
    const wide = 'é'.repeat(MAX_CSV_BYTES / 2 + 8);
    expect(wide.length).toBeLessThan(MAX_CSV_BYTES);
    expect(problem(parseCsv(wide)).code).toBe('too-large');
  });
});

describe('utf8ByteLength', () => {
  it('matches Buffer.byteLength on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(utf8ByteLength(s)).toBe(Buffer.byteLength(s, 'utf8'));
      }),
    );
  });
});

// Round trip: any table (trimmed, non-empty cells that are not missing tokens, no all-missing rows) survives
// serializeCsv → parseCsv, whatever characters the cells hold.
const MISSING = new Set(['', 'NA', 'N/A', 'null', 'NULL', 'NaN', '?']);
const cellText = (chars: string) =>
  fc
    .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 8 })
    .map((cs) => cs.join('').trim())
    .filter((s) => !MISSING.has(s));

function tableArbitrary(chars: string) {
  return fc.integer({ min: 2, max: 6 }).chain((width) =>
    fc
      .tuple(
        fc.uniqueArray(cellText('abcxyz_ '), { minLength: width, maxLength: width }),
        fc.array(
          fc.array(fc.option(cellText(chars), { nil: null }), { minLength: width, maxLength: width }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
      )
      .map(([columns, rows]) => {
        const kept = rows.filter((row) => row.some((c) => c !== null));
        const data = columns.map((_, c) => kept.map((row) => row[c]!));
        return { columns, data, rowCount: kept.length } satisfies DataTable;
      })
      .filter((t) => t.rowCount > 0),
  );
}

describe('parseCsv ∘ serializeCsv round trip (property)', () => {
  it('returns the same table for any delimiter and newline when the delimiter is given', () => {
    fc.assert(
      fc.property(
        tableArbitrary('ab1 ,;\t|"\n\r-.é'),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        (t, delimiter, newline) => {
          const result = parseCsv(serializeCsv(t, { delimiter, newline }), { delimiter, header: 'present' });
          expect(table(result)).toEqual(t);
        },
      ),
    );
  });

  it('guesses the delimiter when cells do not contain the other candidates', () => {
    fc.assert(
      fc.property(tableArbitrary('ab1 "\n-.'), fc.constantFrom(',', ';', '\t', '|'), (t, delimiter) => {
        const result = parseCsv(serializeCsv(t, { delimiter }), { header: 'present' });
        expect(result.ok && result.delimiter).toBe(delimiter);
        expect(table(result)).toEqual(t);
      }),
    );
  });
});
