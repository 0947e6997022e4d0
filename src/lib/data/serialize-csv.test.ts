import { describe, expect, it } from 'vitest';
import { serializeCsv } from './serialize-csv';

describe('serializeCsv', () => {
  it('quotes only the fields that need it and doubles inner quotes', () => {
    const text = serializeCsv({
      columns: ['name', 'note'],
      data: [
        ['Smith, J', 'plain'],
        ['say "hi"', null],
      ],
      rowCount: 2,
    });
    expect(text).toBe('name,note\r\n"Smith, J","say ""hi"""\r\nplain,\r\n');
  });

  it('quotes line breaks and edge whitespace, and honours the delimiter and newline', () => {
    const text = serializeCsv(
      {
        columns: ['a', 'b'],
        data: [
          ['x\ny', null],
          [' pad ', 'v'],
        ],
        rowCount: 2,
      },
      { delimiter: ';', newline: '\n', missing: 'NA' },
    );
    expect(text).toBe('a;b\n"x\ny";" pad "\nNA;v\n');
  });
});
