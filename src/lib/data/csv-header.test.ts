import { describe, expect, it } from 'vitest';
import { headerLooksLikeData, normalizeHeader } from './csv-header';

describe('normalizeHeader', () => {
  it('keeps unique names, trimmed', () => {
    expect(normalizeHeader([' a ', 'b'])).toEqual({ columns: ['a', 'b'], warnings: [] });
  });

  it('never produces a name that another column already has', () => {
    // "a (2)" exists, so the second "a" becomes "a (3)"; "column 2" exists, so the blank one is "column 2 (2)".
    const { columns, warnings } = normalizeHeader(['a', '', 'a (2)', 'a', 'column 2', '']);
    expect(columns).toEqual(['a', 'column 2 (2)', 'a (2)', 'a (3)', 'column 2', 'column 6']);
    expect(new Set(columns).size).toBe(columns.length);
    expect(warnings).toEqual([
      '2 columns have no name; they are called “column 2”, “column 6”.',
      'Repeated column names were made unique: “a” at column 4 → “a (3)”.',
    ]);
  });
});

describe('headerLooksLikeData', () => {
  it('flags a row whose strict majority of cells are numbers or ISO dates', () => {
    expect(headerLooksLikeData(['1', '2', 'x'])).toEqual(['1', '2']);
    expect(headerLooksLikeData(['2024-01-01', 'x', '3.5'])).toEqual(['2024-01-01', '3.5']);
    expect(headerLooksLikeData(['5'])).toEqual(['5']);
  });

  it('accepts names, and a tie of numbers and names', () => {
    expect(headerLooksLikeData(['id', 'species'])).toBeNull();
    expect(headerLooksLikeData(['2019', 'name'])).toBeNull();
    expect(headerLooksLikeData(['', '', 'x'])).toBeNull();
  });
});
