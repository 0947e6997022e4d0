import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferSchema } from './infer-schema';
import { validateAgainstSchema, type Anomaly } from './validate';
import type { Cell, ColumnSchema, DataTable, DatasetSchema } from './types';

function tableOf(columns: Record<string, Cell[]>): DataTable {
  const names = Object.keys(columns);
  return { columns: names, data: names.map((n) => columns[n]!), rowCount: columns[names[0]!]!.length };
}

const column = (over: Partial<ColumnSchema> & Pick<ColumnSchema, 'name' | 'type'>): ColumnSchema => ({
  role: 'feature',
  required: true,
  maxMissingRate: 0,
  ...over,
});

const byKind = (anomalies: Anomaly[], kind: Anomaly['kind']) => anomalies.filter((a) => a.kind === kind);

describe('validateAgainstSchema: anomaly messages', () => {
  it('reports values above the maximum with count, share, bound and largest value', () => {
    const cells: Cell[] = Array.from({ length: 350 }, (_, i) => (i < 12 ? String(60 + i * 2.5) : '45.2'));
    cells[3] = '88';
    const schema = {
      columns: [column({ name: 'bill_length_mm', type: 'numeric', range: { min: 32.1, max: 59.6 } })],
    };
    const { anomalies } = validateAgainstSchema(schema, tableOf({ bill_length_mm: cells }));
    expect(anomalies).toEqual([
      {
        column: 'bill_length_mm',
        kind: 'out-of-range',
        severity: 'error',
        message:
          'Column “bill_length_mm”: 12 values (3.4 %) are above the allowed maximum 59.6 (largest 88.0).',
        details: {
          allowed: { min: 32.1, max: 59.6 },
          below: 0,
          above: 12,
          share: 12 / 350,
          smallest: null,
          largest: 88,
        },
      },
    ]);
  });

  it('reports both sides of a numeric range in one anomaly, and date ranges as written', () => {
    const schema: DatasetSchema = {
      columns: [
        column({ name: 'x', type: 'numeric', range: { min: 0, max: 10 } }),
        column({ name: 'day', type: 'date', dateRange: { min: '2024-01-01', max: '2024-12-31' } }),
      ],
    };
    const t = tableOf({
      x: ['-1.25', '5', '12', '11', '10'],
      day: ['2023-12-31', '2024-06-01', '2025-01-01T00:00', '2024-12-31', '2024-01-01'],
    });
    const messages = validateAgainstSchema(schema, t).anomalies.map((a) => a.message);
    expect(messages).toEqual([
      'Column “x”: 2 values (40.0 %) are above the allowed maximum 10 (largest 12); ' +
        '1 value (20.0 %) is below the allowed minimum 0.00 (smallest -1.25).',
      'Column “day”: 1 value (20.0 %) is above the allowed maximum 2024-12-31 (latest 2025-01-01T00:00); ' +
        '1 value (20.0 %) is below the allowed minimum 2024-01-01 (earliest 2023-12-31).',
    ]);
  });

  it('reports type mismatches with up to three distinct examples', () => {
    const schema = {
      columns: [column({ name: 'mass', type: 'numeric' }), column({ name: 'ok', type: 'boolean' })],
    };
    const t = tableOf({
      mass: ['3750', 'n/a', '3,800', 'n/a', 'heavy', 'x', '4000'],
      ok: ['yes', 'no', 'maybe', 'YES', 'no', 'y', 'n'],
    });
    const [mass, ok] = byKind(validateAgainstSchema(schema, t).anomalies, 'type-mismatch');
    expect(mass).toMatchObject({
      message: 'Column “mass”: 5 values (71.4 %) are not numbers, e.g. “n/a”, “3,800”, “heavy”.',
      details: { expected: 'numeric', count: 5, examples: ['n/a', '3,800', 'heavy'] },
    });
    expect(ok!.message).toBe(
      'Column “ok”: 1 value (14.3 %) is not booleans (true/false, yes/no, 1/0, t/f, y/n), e.g. “maybe”.',
    );
  });

  it('reports unseen categories with their counts, most frequent first', () => {
    const schema = {
      columns: [
        column({ name: 'island', type: 'categorical', domain: ['Biscoe', 'Dream', 'Torgersen'] }),
        column({ name: 'smoker', type: 'boolean', domain: ['no', 'yes'] }),
      ],
    };
    const t = tableOf({
      island: ['Biscoe', 'Atlantis', 'Mars', 'Atlantis', 'dream', 'Dream'],
      smoker: ['Yes', 'NO', 'true', 'yes', 'no', 'no'],
    });
    const [island, smoker] = byKind(validateAgainstSchema(schema, t).anomalies, 'unseen-category');
    expect(island).toMatchObject({
      message:
        "Column “island”: 4 values (66.7 %) are not in the schema's domain: “Atlantis” (2), “Mars” (1), “dream” (1).",
      details: {
        count: 4,
        values: [
          { value: 'Atlantis', count: 2 },
          { value: 'Mars', count: 1 },
          { value: 'dream', count: 1 },
        ],
      },
    });
    // Boolean tokens are compared lower-cased: "Yes" and "NO" are in the domain, "true" is not.
    expect(smoker!.details).toMatchObject({ count: 1, values: [{ value: 'true', count: 1 }] });
  });

  it('lists at most five unseen values in the message', () => {
    const schema = { columns: [column({ name: 'c', type: 'categorical', domain: ['a'] })] };
    const t = tableOf({ c: ['b', 'c', 'd', 'e', 'f', 'g', 'h'] });
    expect(validateAgainstSchema(schema, t).anomalies[0]!.message).toMatch(/“f” \(1\), and 2 more\.$/);
  });

  it('reports a missing rate above the allowed share', () => {
    const schema = { columns: [column({ name: 'sex', type: 'categorical', maxMissingRate: 0.05 })] };
    const t = tableOf({ sex: ['male', null, 'female', null, 'male', 'male', 'female', 'male'] });
    expect(validateAgainstSchema(schema, t).anomalies).toEqual([
      {
        column: 'sex',
        kind: 'missing-rate',
        severity: 'error',
        message: 'Column “sex”: 25.0 % of values are missing (2 of 8); the schema allows at most 5.0 %.',
        details: { missing: 2, rows: 8, observed: 0.25, allowed: 0.05 },
      },
    ]);
  });

  it('reports missing required columns and new columns, and skips ignored ones', () => {
    const schema = {
      columns: [
        column({ name: 'island', type: 'categorical' }),
        column({ name: 'comment', type: 'text', required: false }),
        column({ name: 'batch', type: 'numeric', role: 'ignore' }),
      ],
    };
    const t = tableOf({ batch: ['not a number'], body_mass_g: ['3750'] });
    expect(validateAgainstSchema(schema, t).anomalies).toEqual([
      {
        column: 'island',
        kind: 'missing-column',
        severity: 'error',
        message: 'Column “island” is required by the schema but missing from the data.',
        details: { required: true },
      },
      {
        column: 'body_mass_g',
        kind: 'new-column',
        severity: 'warning',
        message:
          'Column “body_mass_g” is not in the schema, so it is not validated. Add it to the schema if it matters.',
        details: { rows: 1 },
      },
    ]);
  });
});

describe('validateAgainstSchema: the inferred schema accepts its own data (property)', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.integer({ min: -50, max: 50 }).map(String),
    fc.double({ min: -1e3, max: 1e3, noNaN: true }).map(String),
    fc.constantFrom(
      'yes',
      'no',
      'Yes',
      'red',
      'green',
      'blue',
      '2024-01-05',
      '2023-12-31T10:00',
      'a b',
      '0',
      '1',
    ),
  );
  const table = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 40 }))
    .chain(([width, rows]) =>
      fc.array(fc.array(cell, { minLength: rows, maxLength: rows }), { minLength: width, maxLength: width }),
    )
    .map(
      (data) =>
        ({ columns: data.map((_, c) => `c${c}`), data, rowCount: data[0]!.length }) satisfies DataTable,
    );

  it('has no anomalies', () => {
    fc.assert(
      fc.property(table, (t) => {
        const { schema } = inferSchema(t);
        expect(validateAgainstSchema(schema, t).anomalies).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateAgainstSchema: drift against a reference', () => {
  const n = 400;
  const reference = tableOf({
    id: Array.from({ length: n }, (_, i) => String(i)),
    flipper: Array.from({ length: n }, (_, i) => String(180 + (i % 40))),
    island: Array.from({ length: n }, (_, i) => ['Biscoe', 'Dream', 'Torgersen'][i % 3]!),
    smoker: Array.from({ length: n }, (_, i) => (i % 2 ? 'yes' : 'no')),
    day: Array.from({ length: n }, (_, i) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`),
  });
  const current = tableOf({
    id: Array.from({ length: n }, (_, i) => String(n + i)),
    flipper: Array.from({ length: n }, (_, i) => String(200 + (i % 40))), // shifted by 20
    island: Array.from({ length: n }, (_, i) => ['Biscoe', 'Dream', 'Torgersen'][i % 3]!), // unchanged
    smoker: Array.from({ length: n }, (_, i) => (i % 2 ? 'Y' : 'N')), // same booleans, other spelling
    day: Array.from({ length: n }, () => '2024-06-01'),
  });

  it('tests each feature with driftReport and gives shared bins for the overlay', () => {
    const { schema } = inferSchema(reference);
    expect(schema.columns.map((c) => c.role)).toEqual(['id', 'feature', 'feature', 'feature', 'feature']);
    const drift = validateAgainstSchema(schema, current, { reference, bins: 10 }).drift!;
    expect(drift.report!.columns.map((c) => [c.column, c.type, c.test, c.drifted])).toEqual([
      ['flipper', 'numeric', 'ks', true],
      ['island', 'categorical', 'chi-square', false],
      ['smoker', 'categorical', 'z-test', false],
    ]);
    expect(drift.report!.columns[0]!.pvalue).toBeLessThan(1e-10);
    expect(drift.skipped).toEqual([
      { column: 'day', reason: 'dates are not compared: new data is later by design' },
    ]);
    const flipper = drift.distributions[0]!;
    if (flipper.kind !== 'numeric') throw new Error('expected numeric');
    expect(flipper.histogram.edges).toEqual([
      180, 185.9, 191.8, 197.7, 203.6, 209.5, 215.4, 221.3, 227.2, 233.1, 239,
    ]);
    expect(flipper.histogram.reference.counts.reduce((a, b) => a + b)).toBe(n);
    expect(drift.distributions[2]).toEqual({
      column: 'smoker',
      kind: 'categorical',
      categories: ['false', 'true'],
      reference: [200, 200],
      current: [200, 200],
    });
  });

  it('pools rare categories into "(other)" beyond 20 and skips features without values', () => {
    const many = tableOf({
      c: Array.from({ length: 60 }, (_, i) => `v${i % 30}`),
      e: Array.from({ length: 60 }, () => null),
    });
    const schema = {
      columns: [
        column({ name: 'c', type: 'categorical' }),
        column({ name: 'e', type: 'numeric', required: false, maxMissingRate: 1 }),
      ],
    };
    const drift = validateAgainstSchema(schema, many, { reference: many }).drift!;
    const c = drift.distributions[0]!;
    if (c.kind !== 'categorical') throw new Error('expected categorical');
    expect(c.categories).toHaveLength(20);
    expect(c.categories[19]).toBe('(other)');
    expect(c.reference[19]).toBe(60 - 19 * 2);
    expect(drift.skipped).toEqual([{ column: 'e', reason: 'no values in the reference data' }]);
    expect(drift.report!.columns[0]!.drifted).toBe(false);
  });
});
