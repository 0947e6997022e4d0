import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCsv } from '@/lib/data/csv-parse';
import { inferSchema } from '@/lib/data/infer-schema';
import type { DataTable } from '@/lib/data/types';
import { validateAgainstSchema } from '@/lib/data/validate';
import { ValidationReport } from './validation-report';

function table(text: string): DataTable {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.table;
}

const CITIES = ['Paris', 'Lyon', 'Nice'];
const day = (i: number) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`;

/** 40 reference rows: ages 20–59, three cities, scores 0–4, dates in January 2024, a text column. */
function referenceTable(): DataTable {
  const lines = ['age,city,score,seen,note'];
  for (let i = 0; i < 40; i++) lines.push(`${20 + i},${CITIES[i % 3]},${i % 5},${day(i)},n${i}`);
  return table(lines.join('\n'));
}

/**
 * New data with one anomaly of each kind: "abc" and 200 in age (type, range), Rome in city (unseen), four
 * missing scores (missing rate), dates in 2025 (range), "note" missing and "extra" new.
 */
function newTable(): DataTable {
  const lines = ['age,city,score,seen,extra'];
  for (let i = 0; i < 40; i++) {
    const age = i === 0 ? 'abc' : i === 1 ? '200' : String(60 + i);
    lines.push(`${age},${i < 30 ? 'Rome' : 'Paris'},${i < 4 ? '' : i % 5},2025-01-01,x`);
  }
  return table(lines.join('\n'));
}

beforeEach(() => {
  // recharts' ResponsiveContainer measures its parent with ResizeObserver, which jsdom lacks.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Validation report', { timeout: 20_000 }, () => {
  it('lists every anomaly with its kind and message', () => {
    const reference = referenceTable();
    const { schema } = inferSchema(reference);
    const result = validateAgainstSchema(schema, newTable(), { reference });
    render(<ValidationReport result={result} fileName="serving.csv" />);

    expect(screen.getByRole('heading', { name: 'Anomalies in “serving.csv” (7)' })).toBeInTheDocument();
    const items = within(screen.getByRole('heading', { name: /^Anomalies in/ }).closest('section')!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Type mismatch Column “age”: 1 value (2.5 %) is not numbers, e.g. “abc”.',
      'Out of range Column “age”: 39 values (97.5 %) are above the allowed maximum 59 (largest 200).',
      "Unseen category Column “city”: 30 values (75.0 %) are not in the schema's domain: “Rome” (30).",
      'Too many missing Column “score”: 10.0 % of values are missing (4 of 40); the schema allows at most 0.0 %.',
      'Out of range Column “seen”: 40 values (100.0 %) are above the allowed maximum 2024-01-28 (latest 2025-01-01).',
      'Missing column Column “note” is required by the schema but missing from the data.',
      'New column Column “extra” is not in the schema, so it is not validated. Add it to the schema if it matters.',
    ]);
    // Errors and warnings are told apart.
    const listItems = screen.getAllByRole('listitem');
    expect(listItems.filter((li) => li.classList.contains('anomaly-warning'))).toHaveLength(1);
    expect(listItems.filter((li) => li.classList.contains('anomaly-error'))).toHaveLength(6);
  });

  it('says when the data matches the schema', () => {
    const reference = referenceTable();
    const { schema } = inferSchema(reference);
    render(
      <ValidationReport
        result={validateAgainstSchema(schema, referenceTable(), { reference })}
        fileName="same.csv"
      />,
    );
    expect(screen.getByRole('heading', { name: 'Anomalies in “same.csv” (0)' })).toBeInTheDocument();
    expect(screen.getByText('No anomalies: every column matches the schema.')).toBeInTheDocument();
    expect(
      screen.getByText('0 of 3 columns drifted (0 %): no dataset drift (threshold: 50 % of columns).'),
    ).toHaveClass('callout-ok');
  });

  it('states the dataset drift and a verdict per column', () => {
    const reference = referenceTable();
    const { schema } = inferSchema(reference);
    const result = validateAgainstSchema(schema, newTable(), { reference });
    render(<ValidationReport result={result} fileName="serving.csv" />);

    const drift = within(
      screen.getByRole('heading', { name: 'Skew and drift per column' }).closest('section')!,
    );
    // age (KS) and city (chi-square) drifted, score did not: 2 of 3 is over the 50 % threshold.
    expect(
      drift.getByText('2 of 3 columns drifted (67 %): the dataset has drifted (threshold: 50 % of columns).'),
    ).toHaveClass('callout-warning');
    const rows = drift
      .getAllByRole('row')
      .slice(1)
      .map((r) =>
        [within(r).getByRole('rowheader'), ...within(r).getAllByRole('cell')].map((c) => c.textContent),
      );
    const report = result.drift!.report!;
    expect(rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ['age', 'ks', '0.05', 'Drift'],
      ['city', 'chi-square', '0.05', 'Drift'],
      ['score', 'chi-square', '0.05', 'No drift'],
    ]);
    // Tiny p-values are written in exponent form, others with three significant digits.
    expect(rows[0]![2]).toBe(report.columns[0]!.value.toExponential(2));
    expect(rows[0]![2]).toMatch(/^\d\.\d\de-\d+$/);
    expect(rows[2]![2]).toBe(String(Number(report.columns[2]!.value.toPrecision(3))));
    expect(
      drift.getByText(
        'Not compared: seen (dates are not compared: new data is later by design); note (free text is not compared).',
      ),
    ).toBeInTheDocument();
  });

  it('switches the overlay charts between counts and densities', async () => {
    const user = userEvent.setup();
    const reference = referenceTable();
    const { schema } = inferSchema(reference);
    render(
      <ValidationReport
        result={validateAgainstSchema(schema, newTable(), { reference })}
        fileName="serving.csv"
      />,
    );
    const counts = screen.getByRole('button', { name: 'Counts' });
    const densities = screen.getByRole('button', { name: 'Densities' });
    expect(counts).toHaveAttribute('aria-pressed', 'true');
    expect(densities).toHaveAttribute('aria-pressed', 'false');
    const charts = await screen.findAllByRole('img', { name: /counts on shared bins$/ });
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      'age: reference and new data counts on shared bins',
      'city: reference and new data counts on shared bins',
      'score: reference and new data counts on shared bins',
    ]);

    await user.click(densities);

    expect(densities).toHaveAttribute('aria-pressed', 'true');
    expect(counts).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getAllByRole('img', { name: /densities on shared bins$/ })).toHaveLength(3);
    expect(screen.queryByRole('img', { name: /counts on shared bins$/ })).not.toBeInTheDocument();

    await user.click(counts);
    expect(counts).toHaveAttribute('aria-pressed', 'true');
    expect(densities).toHaveAttribute('aria-pressed', 'false');
  });
});
