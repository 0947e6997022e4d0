import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createCsvAccumulator } from './csv-accumulator';
import { parseCsv } from './csv-parse';
import type { ParseCsvOptions, ParseResult } from './csv-format';

/** Feeds `text` cut at `cuts` (sorted offsets) to a fresh accumulator. */
function parseInChunks(
  text: string,
  cuts: number[],
  options: ParseCsvOptions = {},
  guessSampleChars?: number,
): ParseResult {
  const acc = createCsvAccumulator(options, guessSampleChars === undefined ? {} : { guessSampleChars });
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    acc.push(text.slice(from, cut));
    from = Math.max(from, cut);
  }
  return acc.finish();
}

// Messy CSV-like text: quotes (balanced or not), every delimiter, CR, LF, blanks, missing tokens.
const token = fc.constantFrom(
  'a',
  'b',
  '1',
  '2.5',
  ' ',
  ',',
  ';',
  '\t',
  '|',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  'NA',
  '?',
  'é',
);
const messyText = fc.array(token, { maxLength: 120 }).map((ts) => ts.join(''));
// Mostly well-formed tables: quoted fields holding delimiters, quotes and line breaks, stray quotes inside
// unquoted fields, blank lines, and now and then a short row.
const field = (d: string) =>
  fc.oneof(
    fc
      .array(fc.constantFrom('a', 'b', '1', '.', ' ', 'NA', 'x"y', 'é'), { maxLength: 4 })
      .map((p) => p.join('')),
    fc
      .array(fc.constantFrom('a', d, ',', '""', '\n', '\r\n', ' '), { maxLength: 5 })
      .map((p) => `"${p.join('')}"`),
  );
const tableText = fc
  .tuple(fc.constantFrom(',', ';', '\t', '|'), fc.constantFrom('\n', '\r\n'))
  .chain(([d, nl]) =>
    fc.tuple(
      fc.constant(d),
      fc
        .integer({ min: 1, max: 4 })
        .chain((w) =>
          fc
            .array(
              fc.oneof(
                { weight: 8, arbitrary: fc.array(field(d), { minLength: w, maxLength: w }) },
                { weight: 1, arbitrary: fc.array(field(d), { maxLength: w + 1 }) },
              ),
              { minLength: 1, maxLength: 12 },
            )
            .map((rows) => rows.map((r) => r.join(d)).join(nl) + nl),
        ),
    ),
  );
const cutsFor = (text: string) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 })
    .map((cs) => cs.sort((x, y) => x - y));

describe('createCsvAccumulator', () => {
  it('gives the same result for any chunking of any text (property)', () => {
    fc.assert(
      fc.property(
        messyText.chain((text) =>
          fc.tuple(fc.constant(text), cutsFor(text), fc.integer({ min: 0, max: 40 })),
        ),
        ([text, cuts, sampleChars]) => {
          const whole = parseInChunks(text, [], {}, sampleChars);
          expect(parseInChunks(text, cuts, {}, sampleChars)).toEqual(whole);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same result for any chunking of a mostly well-formed table (property)', () => {
    fc.assert(
      fc.property(
        tableText.chain(([, text]) =>
          fc.tuple(fc.constant(text), cutsFor(text), fc.integer({ min: 0, max: 40 })),
        ),
        ([text, cuts, sampleChars]) => {
          const whole = parseInChunks(text, [], {}, sampleChars);
          expect(parseInChunks(text, cuts, {}, sampleChars)).toEqual(whole);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with Papa.parse (skipEmptyLines greedy) on the cells of every table it accepts (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(tableText, ([delimiter, text]) => {
        const ours = parseCsv(text, { delimiter, header: 'present' });
        if (!ours.ok) return;
        const papa = Papa.parse<string[]>(text, { delimiter, header: false, skipEmptyLines: 'greedy' }).data;
        const read = (s: string) =>
          ['', 'NA', 'N/A', 'null', 'NULL', 'NaN', '?'].includes(s.trim()) ? null : s.trim();
        expect(ours.table.columns).toHaveLength(papa[0]!.length); // names are normalized: see csv-header
        const rows = papa.slice(1);
        expect(ours.table.data).toEqual(ours.table.columns.map((_, c) => rows.map((r) => read(r[c]!))));
        if (rows.length > 1) accepted++;
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(100); // the property is not vacuous
  });

  it('matches parseCsv on a 200 kB file fed in 1 kB and in irregular chunks', () => {
    const lines = ['id,name,note'];
    for (let i = 0; i < 4000; i++) lines.push(`${i},"Name, ${i}","two\r\nlines ""${i}"""`);
    const text = lines.join('\r\n') + '\r\n';
    expect(text.length).toBeGreaterThan(150_000);
    const whole = parseCsv(text);
    expect(whole.ok && whole.table.rowCount).toBe(4000);
    const everyKb = Array.from({ length: Math.floor(text.length / 1024) }, (_, i) => (i + 1) * 1024);
    expect(parseInChunks(text, everyKb)).toEqual(whole);
    const irregular = [1, 2, 3, 70_000, 70_001, 99_999, 150_000];
    expect(parseInChunks(text, irregular)).toEqual(whole);
  });

  it('counts rows as they arrive and stops early on a fatal header problem', () => {
    const acc = createCsvAccumulator({}, { guessSampleChars: 8 });
    acc.push('a,b\n1,2\n3,4\n5');
    expect(acc.rowCount).toBe(2);
    expect(acc.fatal).toBeNull();
    acc.push(',6\n');
    expect(acc.finish()).toMatchObject({ ok: true, table: { rowCount: 3 } });

    const wide = createCsvAccumulator({}, { guessSampleChars: 8 });
    wide.push(Array.from({ length: 300 }, (_, i) => `c${i}`).join(',') + '\n1,2');
    expect(wide.fatal?.code).toBe('too-many-columns');
    wide.push('\n'.repeat(10));
    expect(wide.finish()).toEqual({ ok: false, problem: wide.fatal });
  });

  it('reports an unclosed quote when 5 MB follow it in 50 chunks', () => {
    const acc = createCsvAccumulator({}, { guessSampleChars: 16 });
    acc.push('a,b\n1,"open\n');
    const chunk = 'x,y\n'.repeat(25_000); // 100 kB per push, 5 MB in all
    for (let i = 0; i < 50; i++) acc.push(chunk);
    const result = acc.finish();
    expect(result).toMatchObject({ ok: false, problem: { code: 'unclosed-quote', lines: [2] } });
  });
});

// Known bug, found by the chunking property above with seed 20261126: with mixed line endings, a chunk boundary
// inside "\r\n" shifts the line reported for an unclosed quote by one. `it.fails` keeps the case on record;
// it starts failing (as a reminder to turn it into a normal test) once the accumulator is fixed.
it.fails('reports the same unclosed-quote line whatever the chunking, with mixed line endings', () => {
  const text = '| |"\r\n\n\r\n"|1 \n';
  const whole = parseInChunks(text, [], {}, 6);
  expect(parseInChunks(text, [7, 9], {}, 6)).toEqual(whole);
});
