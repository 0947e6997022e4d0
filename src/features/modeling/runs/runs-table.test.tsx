import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { RunRecord } from '@/features/workbook';
import { RunsTable, sortRuns } from './runs-table';
import { testRun } from './test-run-fixture';

function run(
  id: string,
  over: Partial<RunRecord> = {},
  evaluation: Partial<NonNullable<RunRecord['evaluation']>> = {},
): RunRecord {
  return testRun(id, {
    history: [0, 1, 2].map((epoch) => ({ epoch, loss: 1 / (epoch + 1), acc: 0.7, valLoss: 1, valAcc: 0.7 })),
    final: { loss: 0.33, acc: 0.7, valLoss: 1, valAcc: 0.7 },
    evaluation: {
      accuracy: 0.7,
      macroF1: 0.65,
      rocAuc: 0.8,
      baselineAccuracy: 0.5,
      rmse: null,
      ...evaluation,
    },
    ...over,
  });
}

const RUNS = [
  run(
    '1',
    { name: 'Beta', createdAt: '2025-03-01T10:00:00.000Z', durationMs: 5000 },
    { accuracy: 0.9, macroF1: 0.88 },
  ),
  run('2', { name: 'alpha', createdAt: '2025-03-03T10:00:00.000Z', durationMs: 800 }, { accuracy: 0.75 }),
  run('3', {
    name: 'Gamma',
    createdAt: '2025-03-02T10:00:00.000Z',
    durationMs: 12_000,
    evaluation: null,
    final: { loss: 0.3, acc: null, valLoss: null, valAcc: null },
  }),
  run(
    '4',
    {
      name: 'Delta',
      createdAt: '2025-02-28T10:00:00.000Z',
      status: 'stopped',
      history: [{ epoch: 0, loss: 1, acc: 0.5, valLoss: 1, valAcc: 0.5 }],
    },
    { accuracy: 0.8, rocAuc: null },
  ),
];

/** Names of the rows, top to bottom (the badge of a stopped run is part of its header cell). */
const order = () => screen.getAllByRole('rowheader').map((h) => h.textContent);

/** A parent that owns the selection, as the page will. */
function Harness({
  runs = RUNS,
  onDelete = () => {},
  onRename = () => {},
  onSelect,
}: {
  runs?: RunRecord[];
  onDelete?: (id: string) => void;
  onRename?: (id: string, name: string) => void;
  onSelect?: (ids: string[]) => void;
}) {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <RunsTable
      runs={runs}
      selected={selected}
      onSelect={(ids) => {
        onSelect?.(ids);
        setSelected(ids);
      }}
      onDelete={onDelete}
      onRename={onRename}
    />
  );
}

describe('RunsTable', () => {
  it('says when there are no runs', () => {
    render(<RunsTable runs={[]} selected={[]} onSelect={vi.fn()} onDelete={vi.fn()} onRename={vi.fn()} />);
    expect(screen.getByText(/No runs yet/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows what each run was and achieved', () => {
    render(<Harness />);
    const row = screen.getByRole('rowheader', { name: 'Beta' }).closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Two moons'),
        '16 relu',
        'Adam, lr 0.01',
        '3',
        'cpu',
        '5.0 s',
        '90.0 %',
        '0.880',
        '0.800',
      ]),
    );
    const stopped = screen.getByRole('rowheader', { name: /Delta/ }).closest('tr')!;
    expect(within(stopped).getByText('Stopped')).toBeInTheDocument();
    expect(within(stopped).getByText('1 of 3')).toBeInTheDocument();
  });

  it('sorts newest first, then by any column from its header button, with aria-sort', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(order()).toEqual(['alpha', 'Gamma', 'Beta', 'Delta Stopped']);
    expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(screen.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'none');
    expect(order()).toEqual(['alpha', 'Beta', 'Delta Stopped', 'Gamma']);

    await user.click(screen.getByRole('button', { name: /^Name/ }));
    expect(screen.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute('aria-sort', 'descending');
    expect(order()).toEqual(['Gamma', 'Delta Stopped', 'Beta', 'alpha']);

    // Scores: best first on the first click; a run without a score stays last either way.
    await user.click(screen.getByRole('button', { name: /Val\. accuracy/ }));
    expect(order()).toEqual(['Beta', 'Delta Stopped', 'alpha', 'Gamma']);
    await user.click(screen.getByRole('button', { name: /Val\. accuracy/ }));
    expect(order()).toEqual(['alpha', 'Delta Stopped', 'Beta', 'Gamma']);

    await user.click(screen.getByRole('button', { name: /Duration/ }));
    expect(order()).toEqual(['alpha', 'Delta Stopped', 'Beta', 'Gamma']);
    // Equal AUCs: newest first; runs without an AUC last, also newest first.
    await user.click(screen.getByRole('button', { name: /ROC AUC/ }));
    expect(order()).toEqual(['alpha', 'Beta', 'Gamma', 'Delta Stopped']);
  });

  it('sorts ties and regression runs deterministically', () => {
    const reg = run(
      '5',
      { name: 'Reg', task: 'regression', createdAt: '2025-03-04T10:00:00.000Z' },
      {
        accuracy: null,
        macroF1: null,
        rocAuc: null,
        rmse: 0.5,
      },
    );
    const names = (k: Parameters<typeof sortRuns>[1], d: Parameters<typeof sortRuns>[2]) =>
      sortRuns([...RUNS, reg], k, d).map((r) => r.name);
    expect(names('score', 'descending')).toEqual(['Beta', 'Delta', 'alpha', 'Reg', 'Gamma']);
    expect(names('score', 'ascending')).toEqual(['Reg', 'alpha', 'Delta', 'Beta', 'Gamma']);
    // Same backend everywhere: newest first.
    expect(names('backend', 'ascending')).toEqual(['Reg', 'alpha', 'Gamma', 'Beta', 'Delta']);
  });

  it('selects at most two runs for comparison', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    const box = (name: string) => screen.getByRole('checkbox', { name: `Compare ${name}` });
    expect(screen.getByText(/0 of 2 selected/)).toBeInTheDocument();

    await user.click(box('Beta'));
    await user.click(box('alpha'));
    expect(onSelect).toHaveBeenLastCalledWith(['1', '2']);
    expect(screen.getByText(/2 runs selected for comparison/)).toBeInTheDocument();
    expect(box('Gamma')).toBeDisabled();
    expect(box('Delta')).toBeDisabled();
    await user.click(box('Gamma'));
    expect(onSelect).toHaveBeenCalledTimes(2);

    await user.click(box('Beta'));
    expect(onSelect).toHaveBeenLastCalledWith(['2']);
    expect(box('Gamma')).toBeEnabled();
    await user.click(box('Gamma'));
    expect(onSelect).toHaveBeenLastCalledWith(['2', '3']);
  });

  it('ignores selected ids of runs that are gone', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <RunsTable
        runs={RUNS}
        selected={['gone', 'gone2']}
        onSelect={onSelect}
        onDelete={vi.fn()}
        onRename={vi.fn()}
      />,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Compare Beta' }));
    expect(onSelect).toHaveBeenCalledWith(['1']);
  });

  it('deletes a run only after confirmation, and drops it from the selection', async () => {
    const user = userEvent.setup();
    const onDelete = vi.fn();
    const onSelect = vi.fn();
    render(<Harness onDelete={onDelete} onSelect={onSelect} />);
    await user.click(screen.getByRole('checkbox', { name: 'Compare Gamma' }));

    await user.click(screen.getByRole('button', { name: 'Delete Gamma' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Delete the run “Gamma”?');
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(onDelete).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Delete Gamma' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onDelete).toHaveBeenCalledExactlyOnceWith('3');
    expect(onSelect).toHaveBeenLastCalledWith([]);
  });

  it('renames a run from the keyboard; Escape and empty names change nothing', async () => {
    const user = userEvent.setup();
    const onRename = vi.fn();
    render(<Harness onRename={onRename} />);
    await user.click(screen.getByRole('button', { name: 'Rename Beta' }));
    const field = screen.getByRole('textbox', { name: 'New name for Beta' });
    expect(field).toHaveFocus();
    await user.clear(field);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.type(field, '  Beta, lr 0.1  {Enter}');
    expect(onRename).toHaveBeenCalledExactlyOnceWith('1', 'Beta, lr 0.1');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rename alpha' }));
    await user.type(screen.getByRole('textbox', { name: 'New name for alpha' }), 'x{Escape}');
    expect(onRename).toHaveBeenCalledTimes(1);
  });
});
