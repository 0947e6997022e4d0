import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  emptyDataSection,
  newProject,
  useWorkbookStore,
  type DataSection,
  type DatasetMeta,
  type Project,
} from '@/features/workbook';
import { columnStatistics } from '@/lib/data/column-stats';
import { parseCsv } from '@/lib/data/csv-parse';
import { DATA_CARD_SECTIONS } from '@/lib/data/data-card';
import { inferSchema } from '@/lib/data/infer-schema';
import { useDatasetCache } from '../datasets/dataset-cache';
import { exampleStudy } from '../labels/example-study';
import DataCardPage from './data-card-page';

// The active dataset is put in the session cache ready; the worker must never be needed.
vi.mock('../datasets/csv-worker-client', () => ({
  parseInWorker: () => {
    throw new Error('parseInWorker should not be called');
  },
}));

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

const CSV = 'id,length,label\n1,2.5,ok\n2,,scratch\n3,4,ok\n4,1,dent\n';

function filledData(): DataSection {
  const parsed = parseCsv(CSV);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const { schema, profiles } = inferSchema(parsed.table);
  const meta: DatasetMeta = {
    id: 'ds-phones',
    name: 'Phone photos',
    source: { kind: 'upload', fileName: 'phones.csv', bytes: CSV.length },
    rows: 4,
    columns: 3,
    addedAt: '2025-01-02T03:04:05.000Z',
    schema,
  };
  useDatasetCache.getState().put(meta.id, {
    status: 'ready',
    table: parsed.table,
    profiles,
    statistics: columnStatistics(parsed.table, schema),
  });
  const data = emptyDataSection('Photos are cropped to the phone.');
  data.datasets = [meta];
  data.activeDatasetId = meta.id;
  data.definition = {
    ...data.definition,
    x: 'A photo of the phone’s back',
    xUnits: 'PNG, 1024 × 768 px',
    y: 'The defect class',
    labelClasses: [{ id: 'c1', name: 'scratch', definition: 'a line of 0.3 mm or longer' }],
    structured: false,
    large: false,
  };
  data.consistency = exampleStudy();
  return data;
}

let project: Project;

function renderPage() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <DataCardPage />
    </MemoryRouter>,
  );
  return user;
}

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  useDatasetCache.setState({ entries: {} });
  const base = newProject('Phone inspection');
  project = { ...base, sections: { ...base.sections, data: filledData() } };
  setWorkbook([project], project.id);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Data card page', { timeout: 20_000 }, () => {
  it('previews a card with the Datasheets sections and the project’s answers', async () => {
    renderPage();
    // The Markdown renderer is loaded lazily.
    const article = await screen.findByRole('article', { name: 'Data card preview' });
    const preview = within(article);

    // The card's own title is shown one level down: the page already has its h1.
    expect(await preview.findByRole('heading', { name: 'Data card: Phone photos' })).toBeInTheDocument();
    const headings = preview.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Data card: Phone photos', ...DATA_CARD_SECTIONS]);
    for (const h of ['Label classes', 'Schema', 'Data sources', 'Labeling plan', 'Label consistency'])
      expect(preview.getByRole('heading', { name: h, level: 3 })).toBeInTheDocument();

    expect(article).toHaveTextContent(
      'Input (x): A photo of the phone’s back Units and format: PNG, 1024 × 768 px',
    );
    expect(article).toHaveTextContent('Target (y): The defect class');
    expect(article).toHaveTextContent('Project: Phone inspection.');
    expect(article).toHaveTextContent('Instances: 4 rows × 3 columns');
    expect(article).toHaveTextContent('Missing values: length 25.0 %');
    expect(article).toHaveTextContent('Human-level performance (agreement between labelers): 73.3 %');
    expect(article).toHaveTextContent("Fleiss' κ: 0.573 (moderate)");
    expect(article).toHaveTextContent('Steps: Photos are cropped to the phone.');
    const classes = preview.getByRole('cell', { name: 'scratch' }).closest('tr')!;
    expect(classes).toHaveTextContent('a line of 0.3 mm or longer');
  });

  it('exports the card as a Markdown file', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:data-card-test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    // jsdom cannot navigate; record which file the link would have downloaded instead.
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = renderPage();

    await user.click(screen.getByRole('button', { name: 'Export the data card (Markdown)' }));

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.lastCall![0] as Blob;
    expect(blob.type).toBe('text/markdown');
    const text = await blob.text();
    expect(text.startsWith('# Data card: Phone photos\n')).toBe(true);
    expect(text).toContain(`\n## ${DATA_CARD_SECTIONS[0]}\n`);
    expect(text).toContain(`\n## ${DATA_CARD_SECTIONS[6]}\n`);
    expect(text).toContain('- **Target (y):** The defect class');
    expect(text).toMatch(/Generated \d{4}-\d{2}-\d{2} with Lifecycle Lab\./);
    expect((click.mock.contexts.at(-1) as HTMLAnchorElement).download).toBe('phone-inspection-data-card.md');
  });
});
