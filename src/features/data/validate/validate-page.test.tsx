import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
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
import type { ParseJob, ParseOutcome } from '../datasets/csv-worker-client';
import { useDatasetCache } from '../datasets/dataset-cache';
import ValidatePage from './validate-page';

// jsdom has no Worker: the mock does what the worker does, with the same pure functions.
const parseInWorker = vi.hoisted(() => vi.fn<(file: Blob) => ParseJob>());
vi.mock('../datasets/csv-worker-client', () => ({ parseInWorker }));

async function workerOutcome(file: Blob): Promise<ParseOutcome> {
  const result = parseCsv(await file.text());
  if (!result.ok) return { kind: 'done', result };
  const { schema, profiles } = inferSchema(result.table);
  const statistics = columnStatistics(result.table, schema);
  return {
    kind: 'done',
    result,
    profile: { schema, profiles, statistics, timings: { parseMs: 1, inferMs: 1, statsMs: 1 } },
  };
}

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

const REFERENCE = 'size,colour\n1,red\n2,blue\n3,red\n4,blue\n5,red\n6,blue\n';

function loadDataset(project: Project): Project {
  const parsed = parseCsv(REFERENCE);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const { schema, profiles } = inferSchema(parsed.table);
  const meta: DatasetMeta = {
    id: 'ds-ref',
    name: 'Training data',
    source: { kind: 'upload', fileName: 'train.csv', bytes: REFERENCE.length },
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
  return {
    ...project,
    sections: {
      ...project.sections,
      data: { ...emptyDataSection(), datasets: [meta], activeDatasetId: meta.id },
    },
  };
}

function renderPage() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <ValidatePage />
    </MemoryRouter>,
  );
  return user;
}

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  parseInWorker.mockReset();
  parseInWorker.mockImplementation((file) => ({ promise: workerOutcome(file), cancel: vi.fn() }));
  useDatasetCache.setState({ entries: {} });
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

describe('Validate page', { timeout: 20_000 }, () => {
  it('asks for a dataset first', () => {
    const project = newProject('Empty');
    setWorkbook([project], project.id);
    renderPage();
    expect(screen.getByRole('heading', { name: 'No dataset yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a dataset' })).toHaveAttribute('href', '/data');
    expect(parseInWorker).not.toHaveBeenCalled();
  });

  it('validates a new file against the active dataset’s schema', async () => {
    const project = loadDataset(newProject('Shop'));
    setWorkbook([project], project.id);
    const user = renderPage();
    expect(screen.getByRole('heading', { name: 'Validate new data against “Training data”' })).toBeVisible();

    const serving = 'size,colour\n2,red\n9,green\n3,blue\n';
    await user.upload(
      screen.getByLabelText('Choose a CSV to validate'),
      new File([serving], 'serving.csv', { type: 'text/csv' }),
    );

    expect(await screen.findByRole('heading', { name: 'Anomalies in “serving.csv” (2)' })).toBeVisible();
    expect(
      screen.getByText(/^Column “size”: 1 value \(33\.3 %\) is above the allowed maximum 6/),
    ).toBeVisible();
    expect(
      screen.getByText(/^Column “colour”: 1 value \(33\.3 %\) is not in the schema's domain: “green” \(1\)/),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Skew and drift per column' })).toBeVisible();
  });

  it('names a file it cannot read', async () => {
    const project = loadDataset(newProject('Shop'));
    setWorkbook([project], project.id);
    const user = renderPage();
    const ragged = 'size,colour\n1,red\n2\n';
    const problem = parseCsv(ragged);
    if (problem.ok) throw new Error('expected a parse problem');

    await user.upload(
      screen.getByLabelText('Choose a CSV to validate'),
      new File([ragged], 'bad.csv', { type: 'text/csv' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      `“bad.csv” could not be validated: ${problem.problem.message}`,
    );
    expect(screen.queryByRole('heading', { name: /^Anomalies in/ })).not.toBeInTheDocument();
  });
});
