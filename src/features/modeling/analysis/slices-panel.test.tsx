import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ColumnSchema, DataTable } from '@/lib/data/types';
import type { AnalysedOutcome } from './error-analysis-panel';
import { SlicesPanel, sliceableColumns } from './slices-panel';

const col = (
  name: string,
  type: ColumnSchema['type'],
  role: ColumnSchema['role'] = 'feature',
): ColumnSchema => ({
  name,
  type,
  role,
  required: false,
  maxMissingRate: 1,
});
const columns = [
  col('id', 'categorical', 'id'),
  col('x', 'numeric'),
  col('device', 'categorical'),
  col('region', 'categorical', 'ignore'),
  col('label', 'categorical', 'label'),
];

const table: DataTable = {
  columns: ['id', 'x', 'device', 'region', 'label'],
  data: [
    ['a', 'b', 'c', 'd', 'e', 'f'],
    ['1', '2', '3', '4', '5', '6'],
    ['phone', 'phone', 'tablet', 'tablet', 'desktop', null],
    ['north', 'north', 'north', 'south', 'south', 'south'],
    ['no', 'yes', 'yes', 'no', 'no', 'yes'],
  ],
  rowCount: 6,
};
const truth = [0, 1, 1, 0, 0, 1];
// Predictions: rows 0, 1, 4 right; rows 2, 3 wrong; row 5 wrong.
const pred = [0, 1, 0, 1, 0, 0];
const outcome: AnalysedOutcome = {
  classes: ['no', 'yes'],
  validation: {
    rows: Int32Array.from([0, 1, 2, 3, 4, 5]),
    yTrue: Float32Array.from(truth),
    output: Float32Array.from(pred.flatMap((p) => (p ? [0.2, 0.8] : [0.8, 0.2]))),
    k: 2,
  },
};

const sliceOrder = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('SlicesPanel', () => {
  it('offers the categorical columns except ids', () => {
    expect(sliceableColumns(columns, table)).toEqual(['device', 'region', 'label']);
  });

  it('shows the slices worst first, with the whole validation set for comparison', async () => {
    const user = userEvent.setup();
    render(<SlicesPanel outcome={outcome} table={table} columns={columns} />);
    const select = screen.getByRole('combobox', { name: 'Slice by column' });
    expect(select).toHaveValue('device');
    // tablet 0 % (2), (missing) 0 % (1), phone 100 % (2), desktop 100 % (1).
    expect(sliceOrder()).toEqual(['tablet', '(missing)', 'phone', 'desktop', 'All validation examples']);
    const tablet = within(screen.getByRole('rowheader', { name: 'tablet' }).closest('tr')!);
    expect(tablet.getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '0.0 %', '0.0 %', '100.0 %']);
    const all = within(screen.getByRole('rowheader', { name: 'All validation examples' }).closest('tr')!);
    expect(all.getAllByRole('cell')[1]).toHaveTextContent('50.0 %');

    await user.selectOptions(select, 'region');
    // north: rows 0, 1 right, 2 wrong → 66.7 %; south: rows 3, 5 wrong, 4 right → 33.3 %.
    expect(sliceOrder()).toEqual(['south', 'north', 'All validation examples']);
    expect(screen.getByRole('table', { name: /per value of “region”, worst first/ })).toBeInTheDocument();
    const south = within(screen.getByRole('rowheader', { name: 'south' }).closest('tr')!);
    expect(south.getAllByRole('cell')[1]).toHaveTextContent('33.3 %');
  });

  it('explains when slicing is not possible', () => {
    const { unmount } = render(
      <SlicesPanel outcome={outcome} table={table} columns={[col('x', 'numeric')]} />,
    );
    expect(screen.getByText(/no categorical column to slice by/)).toBeInTheDocument();
    unmount();
    const noRows = { ...outcome, validation: { ...outcome.validation!, rows: null } };
    render(<SlicesPanel outcome={noRows} table={table} columns={columns} />);
    expect(screen.getByText(/cannot be sliced/)).toBeInTheDocument();
  });
});
