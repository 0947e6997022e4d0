import { render, screen, within } from '@testing-library/react';
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
import type { ParseJob, ParseOutcome, ParseProgress } from './csv-worker-client';
import { useDatasetCache } from './dataset-cache';
import DatasetsPage from './datasets-page';

// jsdom has no Worker: the mock does what the worker does, with the same pure functions.
const parseInWorker = vi.hoisted(() =>
  vi.fn<(file: Blob, onProgress?: (p: ParseProgress) => void) => ParseJob>(),
);
vi.mock('./csv-worker-client', () => ({ parseInWorker }));

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

function workerLikeJob(file: Blob): ParseJob {
  return { promise: workerOutcome(file), cancel: vi.fn() };
}

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

let project: Project;
const data = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.data;

function meta(id: string, name: string): DatasetMeta {
  return {
    id,
    name,
    source: { kind: 'synthetic', generator: 'xor', n: 100, noise: 0, seed: 1 },
    rows: 100,
    columns: 3,
    addedAt: '2025-01-02T03:04:05.000Z',
    schema: {
      columns: [{ name: 'x1', type: 'numeric', role: 'feature', required: true, maxMissingRate: 0 }],
    },
  };
}

function renderPage() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <DatasetsPage />
    </MemoryRouter>,
  );
  return user;
}

const fileInput = () => screen.getByLabelText('Choose a CSV file');
/** The add-progress callout (the noise slider's <output> is a status too). */
const progressCallout = () =>
  screen.queryByText(/^Reading “/)?.closest<HTMLElement>('[role="status"]') ?? null;

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  parseInWorker.mockReset();
  parseInWorker.mockImplementation(workerLikeJob);
  useDatasetCache.setState({ entries: {} });
  // The built-in list is fetched from the app's origin; an empty list keeps these tests offline.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify({ datasets: [] }), { status: 200 })),
  );
  project = newProject('Phone inspection');
  setWorkbook([project], project.id);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Datasets page', { timeout: 20_000 }, () => {
  it('adds an uploaded CSV with its inferred schema and makes it active', async () => {
    const user = renderPage();
    expect(screen.getByText(/^No datasets yet\./)).toBeInTheDocument();
    const csv = 'id,length,colour,label\n1,2.5,red,ok\n2,3.5,blue,scratch\n3,4,red,ok\n';
    const file = new File([csv], 'phones.csv', { type: 'text/csv' });

    await user.upload(fileInput(), file);

    expect(await screen.findByText(/^Added “phones”: 3 rows × 4 columns\./)).toBeInTheDocument();
    expect(parseInWorker).toHaveBeenCalledTimes(1);
    expect(parseInWorker.mock.calls[0]![0]).toBe(file);

    const d = data();
    expect(d.datasets).toHaveLength(1);
    const added = d.datasets[0]!;
    expect(d.activeDatasetId).toBe(added.id);
    expect(added).toMatchObject({
      name: 'phones',
      source: { kind: 'upload', fileName: 'phones.csv', bytes: file.size },
      rows: 3,
      columns: 4,
    });
    expect(added.schema.columns.map((c) => [c.name, c.type, c.role])).toEqual([
      ['id', 'numeric', 'id'],
      ['length', 'numeric', 'feature'],
      ['colour', 'categorical', 'feature'],
      ['label', 'categorical', 'label'],
    ]);
    expect(added.schema.columns[1]!.range).toEqual({ min: 2.5, max: 4 });
    expect(added.schema.columns[2]!.domain).toEqual(['blue', 'red']);
    // The parsed rows are kept for this session so the other tabs need not parse again.
    expect(useDatasetCache.getState().entries[added.id]).toMatchObject({ status: 'ready' });

    const item = screen.getByRole('listitem', { current: true });
    expect(within(item).getByRole('heading', { name: 'phones Active' })).toBeInTheDocument();
    expect(item).toHaveTextContent('3 rows × 4 columns · uploaded file');
  });

  it('names the problem of a file it cannot read and changes nothing', async () => {
    const existing = meta('keep-1', 'Existing');
    project = {
      ...project,
      sections: {
        ...project.sections,
        data: { ...emptyDataSection(), datasets: [existing], activeDatasetId: existing.id },
      },
    };
    setWorkbook([project], project.id);
    const before = data();
    const user = renderPage();
    const ragged = 'a,b,c\n1,2,3\n4,5\n6,7,8\n';

    await user.upload(fileInput(), new File([ragged], 'ragged.csv', { type: 'text/csv' }));

    const alert = await screen.findByRole('alert');
    const expected = parseCsv(ragged);
    expect(expected.ok).toBe(false);
    if (expected.ok) return;
    expect(expected.problem.code).toBe('ragged-rows');
    expect(alert).toHaveTextContent(
      `“ragged” was not added: ${expected.problem.message} Nothing in your project changed.`,
    );
    expect(alert).toHaveTextContent(/line 3/);
    expect(data()).toEqual(before);
    expect(screen.queryByText(/^Added/)).not.toBeInTheDocument();
  });

  it('shows progress with a Cancel button, and cancelling adds nothing', async () => {
    let settle: (o: ParseOutcome) => void = () => {};
    const cancel = vi.fn(() => settle({ kind: 'cancelled' }));
    parseInWorker.mockImplementation((_file, onProgress) => {
      const promise = new Promise<ParseOutcome>((resolve) => (settle = resolve));
      onProgress?.({ phase: 'reading', loadedBytes: 1024 * 1024, totalBytes: 4 * 1024 * 1024, rows: 2500 });
      return { promise, cancel };
    });
    const user = renderPage();

    await user.upload(fileInput(), new File(['a,b\n1,2\n'], 'big.csv', { type: 'text/csv' }));

    const status = progressCallout()!;
    expect(status).toHaveTextContent(`Reading “big”… 1.0 MB of 4.0 MB, ${(2500).toLocaleString()} rows`);
    expect(within(status).getByRole('progressbar', { name: 'Reading big' })).toHaveAttribute('value', '0.25');
    // While a file is being read, nothing else can be added.
    expect(fileInput()).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Generate and add' })).toBeDisabled();

    await user.click(within(status).getByRole('button', { name: 'Cancel' }));

    expect(cancel).toHaveBeenCalledTimes(1);
    expect(progressCallout()).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(fileInput()).toBeEnabled();
    expect(data().datasets).toEqual([]);
    expect(data().activeDatasetId).toBeNull();
  });

  it('adds a synthetic dataset from its recipe with the default settings', async () => {
    const user = renderPage();

    await user.click(screen.getByRole('button', { name: 'Generate and add' }));

    const name = 'Circle inside a ring (400 points, noise 10 %, seed 1)';
    expect(await screen.findByText(`Added “${name}”: 400 rows × 3 columns.`, { exact: false })).toBeVisible();
    const [added] = data().datasets;
    expect(added).toMatchObject({
      name,
      source: { kind: 'synthetic', generator: 'circles', n: 400, noise: 0.1, seed: 1 },
      rows: 400,
      columns: 3,
    });
    expect(added!.schema.columns.map((c) => c.name)).toEqual(['x1', 'x2', 'label']);
    expect(data().activeDatasetId).toBe(added!.id);
  });

  it('asks before removing a dataset, then removes it and moves the active dataset', async () => {
    const a = meta('ds-a', 'Alpha');
    const b = meta('ds-b', 'Beta');
    project = {
      ...project,
      sections: {
        ...project.sections,
        data: { ...emptyDataSection(), datasets: [a, b], activeDatasetId: a.id },
      },
    };
    setWorkbook([project], project.id);
    const loaded = { status: 'error', message: 'not loaded in this test' } as const;
    useDatasetCache.setState({ entries: { 'ds-a': loaded, 'ds-b': loaded } });
    const user = renderPage();

    await user.click(screen.getByRole('button', { name: 'Remove Alpha' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Remove “Alpha” and its edited schema?');
    expect(data().datasets.map((d) => d.id)).toEqual(['ds-a', 'ds-b']);

    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(data().datasets.map((d) => d.id)).toEqual(['ds-a', 'ds-b']);
    expect(data().activeDatasetId).toBe('ds-a');

    await user.click(screen.getByRole('button', { name: 'Remove Alpha' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));

    expect(data().datasets.map((d) => d.id)).toEqual(['ds-b']);
    expect(data().activeDatasetId).toBe('ds-b');
    // The removed dataset's rows are dropped from the session cache; the other's stay.
    expect(Object.keys(useDatasetCache.getState().entries)).toEqual(['ds-b']);
    expect(screen.queryByRole('button', { name: 'Remove Alpha' })).not.toBeInTheDocument();
    expect(screen.getByRole('listitem', { current: true })).toHaveTextContent(/^Beta Active/);
  });

  it('switches the active dataset', async () => {
    const a = meta('ds-a', 'Alpha');
    const b = meta('ds-b', 'Beta');
    project = {
      ...project,
      sections: {
        ...project.sections,
        data: { ...emptyDataSection(), datasets: [a, b], activeDatasetId: a.id },
      },
    };
    setWorkbook([project], project.id);
    const user = renderPage();
    expect(screen.queryByRole('button', { name: 'Use Alpha' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use Beta' }));

    expect(data().activeDatasetId).toBe('ds-b');
    expect(screen.getByRole('button', { name: 'Use Alpha' })).toBeInTheDocument();
  });
});
