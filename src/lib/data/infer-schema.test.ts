import { describe, expect, it } from 'vitest';
import {
  allowedMissingRate,
  categoricalLimit,
  inferSchema,
  looksLikeIdName,
  profileColumn,
} from './infer-schema';
import type { Cell, DataTable } from './types';

/** A table from named columns (all the same length). */
function tableOf(columns: Record<string, Cell[]>): DataTable {
  const names = Object.keys(columns);
  return { columns: names, data: names.map((n) => columns[n]!), rowCount: columns[names[0]!]!.length };
}

const penguins = tableOf({
  id: ['1', '2', '3', '4', '5', '6'],
  species: ['Adelie', 'Adelie', 'Gentoo', 'Chinstrap', 'Gentoo', 'Adelie'],
  island: ['Torgersen', 'Biscoe', 'Biscoe', 'Dream', 'Biscoe', 'Dream'],
  bill_length_mm: ['39.1', null, '46.5', '49.0', '50.2', '36.7'],
  sex: ['male', 'female', null, 'female', 'male', null],
  observed: ['2007-11-11', '2007-11-16', '2008-11-04', '2009-11-21', '2008-11-13', '2007-11-09'],
  class: ['a', 'b', 'a', 'b', 'a', 'b'],
});

describe('inferSchema', () => {
  it('infers types, roles, ranges, domains and presence on a penguin-like table', () => {
    const { schema, profiles } = inferSchema(penguins);
    expect(schema.columns).toEqual([
      {
        name: 'id',
        type: 'numeric',
        role: 'id',
        required: true,
        maxMissingRate: 0,
        range: { min: 1, max: 6 },
      },
      {
        name: 'species',
        type: 'categorical',
        role: 'label',
        required: true,
        maxMissingRate: 0,
        domain: ['Adelie', 'Chinstrap', 'Gentoo'],
      },
      {
        name: 'island',
        type: 'categorical',
        role: 'feature',
        required: true,
        maxMissingRate: 0,
        domain: ['Biscoe', 'Dream', 'Torgersen'],
      },
      {
        name: 'bill_length_mm',
        type: 'numeric',
        role: 'feature',
        required: true,
        maxMissingRate: 0.2, // 1/6 = 0.167 rounded up
        range: { min: 36.7, max: 50.2 },
      },
      {
        name: 'sex',
        type: 'categorical',
        role: 'feature',
        required: true,
        maxMissingRate: 0.35, // 2/6 = 0.333
        domain: ['female', 'male'],
      },
      {
        name: 'observed',
        type: 'date',
        role: 'feature',
        required: true,
        maxMissingRate: 0,
        dateRange: { min: '2007-11-09', max: '2009-11-21' },
      },
      // Only the first label-like column is the label.
      {
        name: 'class',
        type: 'categorical',
        role: 'feature',
        required: true,
        maxMissingRate: 0,
        domain: ['a', 'b'],
      },
    ]);
    expect(profiles[3]).toEqual({
      name: 'bill_length_mm',
      type: 'numeric',
      missingCount: 1,
      missingRate: 1 / 6,
      uniqueCount: 5,
      min: 36.7,
      max: 50.2,
    });
    expect(profiles[4]).toMatchObject({ missingCount: 2, uniqueCount: 2 });
  });

  it('calls a column that is never present "text", not required, with every value allowed to be missing', () => {
    const { schema, profiles } = inferSchema(tableOf({ a: ['1', '2'], empty: [null, null] }));
    expect(schema.columns[1]).toEqual({
      name: 'empty',
      type: 'text',
      role: 'feature',
      required: false,
      maxMissingRate: 1,
    });
    expect(profiles[1]).toMatchObject({ missingCount: 2, missingRate: 1, uniqueCount: 0 });
  });

  it('does not make an identifier-named column an id when values repeat or are missing', () => {
    const { schema } = inferSchema(
      tableOf({
        id: ['1', '1', '2'],
        PassengerId: ['7', '8', '9'],
        user_id: ['a', null, 'c'],
        Y: ['0', '1', '1'],
      }),
    );
    expect(schema.columns.map((c) => c.role)).toEqual(['feature', 'id', 'feature', 'label']);
  });
});

describe('profileColumn type rules', () => {
  const typeOf = (cells: Cell[]) => profileColumn('x', cells, cells.length).type;

  it('boolean: tokens in any case with at most two distinct, including 0/1', () => {
    expect(profileColumn('x', ['Yes', 'no', 'yes', null], 4)).toMatchObject({
      type: 'boolean',
      uniqueCount: 2,
      domain: ['no', 'yes'],
    });
    expect(typeOf(['0', '1', '1'])).toBe('boolean');
    expect(typeOf(['TRUE', 'false'])).toBe('boolean');
    expect(typeOf(['yes', 'no', '1'])).toBe('categorical'); // three distinct tokens
    expect(typeOf(['0', '1', '2'])).toBe('numeric');
  });

  it('numeric: plain decimals only, so thousands separators make a column non-numeric', () => {
    expect(profileColumn('x', ['1', '2.5', '-3e2', '2.50'], 4)).toMatchObject({
      type: 'numeric',
      min: -300,
      max: 2.5,
      uniqueCount: 3, // 2.5 and 2.50 are one value
    });
    expect(typeOf(['1,234', '5'])).toBe('categorical');
  });

  it('date: ISO dates and date-times only', () => {
    expect(profileColumn('x', ['2024-01-05T10:00', '2023-12-31', '2024-01-05 09:59:59'], 3)).toMatchObject({
      type: 'date',
      dateRange: { min: '2023-12-31', max: '2024-01-05T10:00' },
    });
    expect(typeOf(['2024-01-05', '05/01/2024'])).toBe('categorical');
  });

  it('categorical up to max(20, 5 % of rows) distinct values, text beyond', () => {
    expect(categoricalLimit(100)).toBe(20);
    expect(categoricalLimit(1000)).toBe(50);
    const labels = (n: number, rows: number) => Array.from({ length: rows }, (_, i) => `v${i % n}`);
    expect(typeOf(labels(20, 100))).toBe('categorical');
    expect(typeOf(labels(21, 100))).toBe('text');
    expect(typeOf(labels(50, 1000))).toBe('categorical');
    expect(typeOf(labels(51, 1000))).toBe('text');
  });
});

describe('helpers', () => {
  it('rounds the missing rate up to the next 0.05, keeping exact multiples', () => {
    expect([0, 0.001, 0.05, 0.0500001, 0.15, 0.3 / 2, 0.999, 1].map(allowedMissingRate)).toEqual([
      0, 0.05, 0.05, 0.1, 0.15, 0.15, 1, 1,
    ]);
  });

  it('recognizes identifier names', () => {
    const yes = [
      'id',
      'ID',
      'uuid',
      'index',
      'row_id',
      'customer_id',
      'order-id',
      'PassengerId',
      'Row ID',
      '#',
    ];
    const no = ['idea', 'video', 'paid', 'width', 'identity', 'kid'];
    expect(yes.filter(looksLikeIdName)).toEqual(yes);
    expect(no.filter(looksLikeIdName)).toEqual([]);
  });
});
