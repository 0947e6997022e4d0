import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnStatistics, type ColumnStatistics } from './column-stats';
import { inferSchema } from './infer-schema';
import type { Cell, ColumnSchema, DataTable, DatasetSchema } from './types';

function tableOf(columns: Record<string, Cell[]>): DataTable {
  const names = Object.keys(columns);
  return { columns: names, data: names.map((n) => columns[n]!), rowCount: columns[names[0]!]!.length };
}

const col = (name: string, type: ColumnSchema['type']): ColumnSchema => ({
  name,
  type,
  role: 'feature',
  required: true,
  maxMissingRate: 0,
});

function only<K extends ColumnStatistics['kind']>(stats: ColumnStatistics[], kind: K) {
  const s = stats[0]!;
  if (s.kind !== kind) throw new Error(`expected ${kind}, got ${s.kind}`);
  return s as Extract<ColumnStatistics, { kind: K }>;
}

describe('columnStatistics: numeric', () => {
  // Reference values from numpy 2.4: mean, std(ddof=0), std(ddof=1), quantile (linear), histogram(bins=4).
  const bill = tableOf({ bill: ['39.1', '46.5', null, '49.0', '50.2', 'oops', '36.7', '42.0', '38.8'] });
  const schema: DatasetSchema = { columns: [col('bill', 'numeric')] };

  it('matches numpy on mean, both standard deviations, quantiles and histogram', () => {
    const s = only(columnStatistics(bill, schema, { bins: 4 }), 'numeric');
    expect(s).toMatchObject({ rowCount: 9, count: 7, missing: 1, invalid: 1, missingRate: 1 / 9 });
    const m = s.summary!;
    expect(m.mean).toBeCloseTo(43.18571428571429, 12);
    expect(m.populationStd).toBeCloseTo(4.976926352515913, 12);
    expect(m.std).toBeCloseTo(5.375694860954743, 12);
    expect([m.min, m.max]).toEqual([36.7, 50.2]);
    expect(m.quantiles.p05).toBeCloseTo(37.33, 12);
    expect(m.quantiles.p25).toBeCloseTo(38.95, 12);
    expect(m.quantiles.p50).toBe(42);
    expect(m.quantiles.p75).toBeCloseTo(47.75, 12);
    expect(m.quantiles.p95).toBeCloseTo(49.84, 12);
    expect(m.histogram.counts).toEqual([3, 1, 1, 2]);
    expect(m.histogram.edges).toEqual([36.7, 40.075, 43.45, 46.825, 50.2]);
  });

  it('uses 20 bins by default; a single value has no sample std; no values gives no summary', () => {
    const s = only(columnStatistics(bill, schema), 'numeric');
    expect(s.summary!.histogram.counts).toHaveLength(20);
    const one = only(columnStatistics(tableOf({ bill: ['5', null] }), schema), 'numeric');
    expect(one.summary).toMatchObject({ mean: 5, std: null, populationStd: 0, min: 5, max: 5 });
    expect(one.summary!.histogram.edges[0]).toBe(4.5); // numpy widens a constant sample by ±0.5
    const none = only(columnStatistics(tableOf({ bill: [null, 'x'] }), schema), 'numeric');
    expect(none).toMatchObject({ count: 0, missing: 1, invalid: 1, summary: null });
  });

  it('bins every value exactly once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        (xs) => {
          const s = only(columnStatistics(tableOf({ bill: xs.map(String) }), schema), 'numeric');
          expect(s.summary!.histogram.counts.reduce((a, b) => a + b, 0)).toBe(xs.length);
          expect(s.summary!.min).toBe(Math.min(...xs) === 0 ? 0 : Math.min(...xs));
          expect(s.summary!.quantiles.p50).toBeGreaterThanOrEqual(s.summary!.quantiles.p25);
        },
      ),
    );
  });
});

describe('columnStatistics: categories, booleans, text, dates', () => {
  it('lists the top categories by count, then by value, and the share of the rest', () => {
    const t = tableOf({
      island: ['Biscoe', 'Dream', 'Biscoe', 'Torgersen', 'Dream', 'Biscoe', 'Alpha', null],
    });
    const s = only(
      columnStatistics(t, { columns: [col('island', 'categorical')] }, { topK: 2 }),
      'categories',
    );
    expect(s).toEqual({
      name: 'island',
      type: 'categorical',
      kind: 'categories',
      rowCount: 8,
      count: 7,
      missing: 1,
      missingRate: 0.125,
      invalid: 0,
      uniqueCount: 4,
      top: [
        { value: 'Biscoe', count: 3 },
        { value: 'Dream', count: 2 },
      ],
      otherCount: 2,
      otherShare: 2 / 7,
    });
    const ties = only(
      columnStatistics(t, { columns: [col('island', 'categorical')] }, { topK: 3 }),
      'categories',
    );
    expect(ties.top.map((v) => v.value)).toEqual(['Biscoe', 'Dream', 'Alpha']); // Alpha < Torgersen
  });

  it('counts booleans by lower-cased token and reports non-boolean cells as invalid', () => {
    const t = tableOf({ smoker: ['Yes', 'no', 'yes', 'YES', 'maybe', null] });
    const s = only(columnStatistics(t, { columns: [col('smoker', 'boolean')] }), 'categories');
    expect(s.top).toEqual([
      { value: 'yes', count: 3 },
      { value: 'no', count: 1 },
    ]);
    expect(s).toMatchObject({ count: 4, missing: 1, invalid: 1, otherCount: 0, otherShare: 0 });
  });

  it('gives text columns a mean length and top values', () => {
    const t = tableOf({ note: ['ab', 'abcd', 'ab', null] });
    const s = only(columnStatistics(t, { columns: [col('note', 'text')] }), 'text');
    expect(s).toMatchObject({ count: 3, uniqueCount: 2, meanLength: 8 / 3, otherCount: 0 });
    expect(s.top).toEqual([
      { value: 'ab', count: 2 },
      { value: 'abcd', count: 1 },
    ]);
  });

  it('gives dates their range as written and counts per month', () => {
    const t = tableOf({ day: ['2024-04-05', '2024-01-10T08:00', 'not a date', '2024-01-31', null] });
    const s = only(columnStatistics(t, { columns: [col('day', 'date')] }), 'date');
    expect(s).toMatchObject({
      count: 3,
      invalid: 1,
      missing: 1,
      range: { min: '2024-01-10T08:00', max: '2024-04-05' },
      granularity: 'month',
      buckets: [
        { period: '2024-01', count: 2 },
        { period: '2024-02', count: 0 },
        { period: '2024-03', count: 0 },
        { period: '2024-04', count: 1 },
      ],
    });
  });

  it('follows the schema order and skips schema columns the table lacks', () => {
    const t = tableOf({ a: ['1'], b: ['x'] });
    const stats = columnStatistics(t, {
      columns: [col('b', 'text'), col('missing', 'numeric'), col('a', 'numeric')],
    });
    expect(stats.map((s) => s.name)).toEqual(['b', 'a']);
  });
});

describe('columnStatistics at scale', () => {
  // Speed is measured by bench/data-parse.mjs; this checks correctness at full size.
  it('profiles 100,000 rows × 20 columns of mixed types', () => {
    const rows = 100_000;
    const columns: Record<string, Cell[]> = {};
    for (let c = 0; c < 20; c++) {
      columns[`c${c}`] = Array.from({ length: rows }, (_, r) => {
        if ((r * 7 + c) % 50 === 0) return null;
        if (c % 4 === 0) return String(((r * 2654435761) % 1000) / 10);
        if (c % 4 === 1) return ['red', 'green', 'blue'][(r + c) % 3]!;
        if (c % 4 === 2) return r % 2 ? 'yes' : 'no';
        return `2024-0${1 + (r % 9)}-1${r % 10}`;
      });
    }
    const t = tableOf(columns);
    const { schema } = inferSchema(t);
    const stats = columnStatistics(t, schema);
    expect(schema.columns.slice(0, 4).map((c) => c.type)).toEqual([
      'numeric',
      'categorical',
      'boolean',
      'date',
    ]);
    expect(stats).toHaveLength(20);
    expect(stats[0]!.count + stats[0]!.missing).toBe(rows);
  });
});
