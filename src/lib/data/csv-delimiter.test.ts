import { describe, expect, it } from 'vitest';
import { describeDelimiter, guessFormat, isCsvDelimiter, suggestDelimiter } from './csv-delimiter';

describe('guessFormat', () => {
  it('lets papaparse pick the delimiter and line ending', () => {
    expect(guessFormat('a;b\r\n1;2\r\n')).toEqual({ delimiter: ';', newline: '\r\n' });
    expect(guessFormat('a|b\n1|2\n')).toEqual({ delimiter: '|', newline: '\n' });
    expect(guessFormat('a\tb\r1\t2\r')).toEqual({ delimiter: '\t', newline: '\r' });
  });

  it('falls back to a comma for a single column, and honours a forced delimiter', () => {
    expect(guessFormat('value\n1\n2\n').delimiter).toBe(',');
    expect(guessFormat('a;b\n1;2\n', ',').delimiter).toBe(',');
  });
});

describe('suggestDelimiter', () => {
  it('finds the delimiter that splits every row into the same number of columns, preferring more', () => {
    expect(suggestDelimiter('a;b|c\n1;2|3\n4;5|6\n', ',', false)).toEqual({
      delimiter: ';',
      columns: 2,
      rows: 3,
    });
    expect(suggestDelimiter('a;b;c|d\n1;2;3|4\n', ',', false)).toEqual({
      delimiter: ';',
      columns: 3,
      rows: 2,
    });
  });

  it('needs two consistent rows, ignores the current delimiter and a cut-off last row', () => {
    expect(suggestDelimiter('a;b\n', ',', false)).toBeNull();
    expect(suggestDelimiter('a;b\n1;2\n3', ',', false)).toBeNull(); // "3" has one field
    expect(suggestDelimiter('a;b\n1;2\n3', ',', true)).toEqual({ delimiter: ';', columns: 2, rows: 2 });
    expect(suggestDelimiter('a;b\n1;2\n', ';', false)).toBeNull();
  });
});

describe('naming', () => {
  it('describes delimiters for messages', () => {
    expect([',', ';', '\t', '|'].map((d) => (isCsvDelimiter(d) ? describeDelimiter(d) : ''))).toEqual([
      '"," (comma)',
      '";" (semicolon)',
      'tab',
      '"|" (pipe)',
    ]);
    expect(isCsvDelimiter(':')).toBe(false);
  });
});
