import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  emptyDataSection,
  newProject,
  useWorkbookStore,
  type DatasetMeta,
  type Project,
} from '@/features/workbook';
import { columnStatistics } from '@/lib/data/column-stats';
import { parseCsv } from '@/lib/data/csv-parse';
import { inferSchema } from '@/lib/data/infer-schema';
import { useDatasetCache } from '../datasets/dataset-cache';
import SplitsPage from './splits-page';

// The dataset below is put in the session cache ready; the worker must never be needed.
vi.mock('../datasets/csv-worker-client', () => ({
  parseInWorker: () => {
    throw new Error('parseInWorker should not be called');
  },
}));

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

let project: Project;
const split = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.data.split;

function renderPage() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <SplitsPage />
    </MemoryRouter>,
  );
  return user;
}

/** Rows of a split table as { class: [train, dev, test, total] } (counts only, shares dropped). */
function counts(tableName: string): Record<string, string[]> {
  const region = within(screen.getByRole('region', { name: tableName }));
  const out: Record<string, string[]> = {};
  for (const row of region.getAllByRole('row').slice(1)) {
    const header = within(row).getByRole('rowheader').textContent!;
    out[header] = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent!.split(' ')[0]!);
  }
  return out;
}

/** A small table with a label column and another categorical column to stratify by. */
function loadDataset() {
  const lines = ['id,size,habitat,species'];
  for (let i = 1; i <= 20; i++) {
    const habitat = i <= 10 ? 'forest' : i <= 16 ? 'lake' : 'meadow';
    lines.push(`${i},${i * 1.5},${habitat},${i % 2 ? 'fox' : 'owl'}`);
  }
  const parsed = parseCsv(lines.join('\n'));
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const { schema, profiles } = inferSchema(parsed.table);
  const meta: DatasetMeta = {
    id: 'ds-animals',
    name: 'Animals',
    source: { kind: 'upload', fileName: 'animals.csv', bytes: 300 },
    rows: parsed.table.rowCount,
    columns: parsed.table.columns.length,
    addedAt: '2025-01-02T03:04:05.000Z',
    schema,
  };
  useDatasetCache.getState().put(meta.id, {
    status: 'ready',
    table: parsed.table,
    profiles,
    statistics: columnStatistics(parsed.table, schema),
  });
  project = {
    ...project,
    sections: {
      ...project.sections,
      data: { ...emptyDataSection(), datasets: [meta], activeDatasetId: meta.id },
    },
  };
  setWorkbook([project], project.id);
}

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  useDatasetCache.setState({ entries: {} });
  project = newProject('Phone inspection');
  setWorkbook([project], project.id);
});

describe('Split planner', { timeout: 30_000 }, () => {
  it('shows the course’s case: random 21/2/7 positives against stratified 18/6/6', async () => {
    const user = renderPage();
    expect(screen.getByRole('radio', { name: /^The course example/ })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Show the course’s case' }));

    expect(split()).toMatchObject({ train: 0.6, dev: 0.2, test: 0.2, seed: 350 });
    expect(screen.getByRole('spinbutton', { name: 'Seed' })).toHaveValue(350);
    expect(counts('Random split')).toEqual({
      negative: ['39', '18', '13', '70'],
      positive: ['21', '2', '7', '30'],
      'All rows': ['60', '20', '20', '100'],
    });
    expect(counts('Stratified split')).toEqual({
      negative: ['42', '14', '14', '70'],
      positive: ['18', '6', '6', '30'],
      'All rows': ['60', '20', '20', '100'],
    });
    // The dev set of the random split holds 10 % positives instead of 30 %.
    const randomPositive = within(screen.getByRole('region', { name: 'Random split' }))
      .getByRole('rowheader', { name: 'positive' })
      .closest('tr')!;
    expect(within(randomPositive).getAllByRole('cell')[1]).toHaveTextContent('2 (10 %)');
  });

  it('warns when the shares do not add up to 100 %', async () => {
    const user = renderPage();
    expect(screen.getByText('Shares add up to 100 %.')).toHaveClass('field-hint');

    const train = screen.getByRole('spinbutton', { name: 'Train' });
    await user.clear(train);
    await user.type(train, '50');

    expect(split().train).toBe(0.5);
    const warning = screen.getByText(/^Shares add up to 90 %/);
    expect(warning).toHaveTextContent('Shares add up to 90 % — they must add up to 100 %.');
    expect(warning).toHaveClass('callout-warning');
    expect(screen.getByRole('alert')).toHaveTextContent(/shares must sum to 1/);
    expect(screen.queryByRole('region', { name: 'Random split' })).not.toBeInTheDocument();

    const dev = screen.getByRole('spinbutton', { name: 'Dev' });
    await user.clear(dev);
    await user.type(dev, '30');
    expect(screen.getByText('Shares add up to 100 %.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(counts('Stratified split')['All rows']).toEqual(['50', '30', '20', '100']);
  });

  it('asks for a dataset when none is loaded', async () => {
    const user = renderPage();
    await user.click(screen.getByRole('radio', { name: 'Active dataset (none loaded)' }));
    expect(screen.getByText('Load a dataset on the Datasets tab first.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Random split' })).not.toBeInTheDocument();
  });

  it('splits the active dataset by the chosen label column', async () => {
    loadDataset();
    const user = renderPage();

    await user.click(screen.getByRole('radio', { name: 'Active dataset: Animals' }));

    const column = screen.getByRole('combobox', { name: 'Stratify by column' });
    // The schema's label column is the default; only categorical and boolean columns are offered.
    expect(column).toHaveValue('species');
    expect(
      within(column)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a column…', 'habitat', 'species']);
    expect(Object.keys(counts('Stratified split'))).toEqual(['fox', 'owl', 'All rows']);
    expect(counts('Stratified split').fox).toEqual(['6', '2', '2', '10']);

    await user.selectOptions(column, 'habitat');

    expect(split().labelColumn).toBe('habitat');
    // 60/20/20 of 10 forest, 6 lake (3.6/1.2/1.2: the leftover row to train) and 4 meadow rows
    // (2.4/0.8/0.8: the two leftovers to dev and test).
    expect(counts('Stratified split')).toEqual({
      forest: ['6', '2', '2', '10'],
      lake: ['4', '1', '1', '6'],
      meadow: ['2', '1', '1', '4'],
      'All rows': ['12', '4', '4', '20'],
    });
    expect(Object.keys(counts('Random split'))).toEqual(['forest', 'lake', 'meadow', 'All rows']);
    expect(counts('Random split')['All rows']).toEqual(['12', '4', '4', '20']);
  });

  it('falls back to the label column when the saved column is not in the active dataset', async () => {
    loadDataset();
    // Saved while another dataset was active.
    useWorkbookStore
      .getState()
      .updateSection(project.id, 'data', { split: { ...split(), labelColumn: 'colour' } });
    const user = renderPage();

    await user.click(screen.getByRole('radio', { name: 'Active dataset: Animals' }));

    expect(screen.getByRole('combobox', { name: 'Stratify by column' })).toHaveValue('species');
    expect(Object.keys(counts('Stratified split'))).toEqual(['fox', 'owl', 'All rows']);
  });
});
