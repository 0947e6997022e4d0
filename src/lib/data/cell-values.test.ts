import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText, parseBooleanCell, parseIsoDateCell, parseNumberCell } from './cell-values';

describe('parseNumberCell', () => {
  it.each([
    ['0', 0],
    ['-12', -12],
    ['+3.5', 3.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['-2.5E-2', -0.025],
    ['007', 7],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberCell(text)).toBe(value);
  });

  it.each([
    '',
    '.',
    '-',
    '+.',
    '1,234',
    '1 234',
    '3,14',
    '0x1A',
    'Infinity',
    '1e',
    '1e+',
    '1.2.3',
    '12abc',
    'NaN',
    '1e999',
    '−1',
  ])('rejects %j', (text) => {
    expect(parseNumberCell(text)).toBeNaN();
  });

  it('reads what JavaScript prints for any finite double (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(parseNumberCell(String(x))).toBe(x === 0 ? 0 : x); // -0 prints as "0"
      }),
    );
  });
});

describe('parseBooleanCell', () => {
  it('reads the ten tokens case-insensitively and nothing else', () => {
    expect(['true', 'YES', 'Y', 't', '1'].map(parseBooleanCell)).toEqual([true, true, true, true, true]);
    expect(['False', 'no', 'N', 'f', '0'].map(parseBooleanCell)).toEqual([false, false, false, false, false]);
    expect(['2', 'on', 'off', 'truee', '', 'yes!'].map(parseBooleanCell)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('parseIsoDateCell', () => {
  it('reads dates and date-times as UTC milliseconds', () => {
    expect(parseIsoDateCell('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoDateCell('2024-03-01T13:45')).toBe(Date.UTC(2024, 2, 1, 13, 45));
    expect(parseIsoDateCell('2024-03-01 13:45:30')).toBe(Date.UTC(2024, 2, 1, 13, 45, 30));
    expect(parseIsoDateCell('2024-03-01T13:45:30.25Z')).toBe(Date.UTC(2024, 2, 1, 13, 45, 30, 250));
    expect(parseIsoDateCell('2024-03-01T13:45:30+02:00')).toBe(Date.UTC(2024, 2, 1, 11, 45, 30));
    expect(parseIsoDateCell('0050-01-01')).toBe(new Date('0050-01-01T00:00:00Z').getTime());
  });

  it.each([
    '2023-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-1-5',
    '24-01-05',
    '2024/01/05',
    '05.01.2024',
    '2024-01-05T25:00',
    '2024-01-05T12',
    '2024-01-05T12:00:61',
    '2024-01-05T12:00:00.',
    '2024-01-05T12:00+0200',
    '2024-01-05Z',
    '2024-01-05x',
  ])('rejects %j', (text) => {
    expect(parseIsoDateCell(text)).toBeNaN();
  });

  it('agrees with Date.parse on toISOString output (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (d) => {
          expect(parseIsoDateCell(d.toISOString())).toBe(d.getTime());
          expect(parseIsoDateCell(d.toISOString().slice(0, 10))).toBe(
            Date.parse(d.toISOString().slice(0, 10)),
          );
        },
      ),
    );
  });
});

describe('compareText', () => {
  it('orders by code unit, independent of locale', () => {
    expect(['b', 'B', 'a', 'é', 'A'].sort(compareText)).toEqual(['A', 'B', 'a', 'b', 'é']);
  });
});
