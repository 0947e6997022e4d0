import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyDataSection,
  newProject,
  useWorkbookStore,
  type DatasetMeta,
  type Project,
} from '@/features/workbook';
import { parseCsv } from '@/lib/data/csv-parse';
import { inferSchema, type ColumnProfile } from '@/lib/data/infer-schema';
import type { ColumnSchema } from '@/lib/data/types';
import { useData } from '../state/use-data';
import { SchemaEditor } from './schema-editor';

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

const CSV = [
  'id,age,city,smoker,label',
  '1,34,Paris,yes,cat',
  '2,51,Lyon,no,dog',
  '3,,Nice,no,cat',
  '4,28,Paris,yes,dog',
].join('\n');

let project: Project;
let profiles: ColumnProfile[];
const DATASET_ID = 'ds-1';

const columns = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.data.datasets[0]!
    .schema.columns;
const column = (name: string) => columns().find((c) => c.name === name)!;

/** The editor as the schema page uses it: columns from the store, edits back into it. */
function Harness() {
  const { data, update } = useData();
  const ds = data!.datasets.find((d) => d.id === DATASET_ID)!;
  return (
    <SchemaEditor
      datasetId={ds.id}
      columns={ds.schema.columns as ColumnSchema[]}
      profiles={profiles}
      update={update}
    />
  );
}

function renderEditor() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <Harness />
    </MemoryRouter>,
  );
  return user;
}

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  const parsed = parseCsv(CSV);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const inferred = inferSchema(parsed.table);
  profiles = inferred.profiles;
  const meta: DatasetMeta = {
    id: DATASET_ID,
    name: 'Pets',
    source: { kind: 'upload', fileName: 'pets.csv', bytes: CSV.length },
    rows: parsed.table.rowCount,
    columns: parsed.table.columns.length,
    addedAt: '2025-01-02T03:04:05.000Z',
    schema: inferred.schema,
  };
  const base = newProject('Pets');
  project = {
    ...base,
    sections: {
      ...base.sections,
      data: { ...emptyDataSection(), datasets: [meta], activeDatasetId: meta.id },
    },
  };
  setWorkbook([project], project.id);
});

const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

describe('Schema editor', { timeout: 20_000 }, () => {
  it('shows the inferred schema with what was observed', () => {
    renderEditor();
    expect(screen.getByRole('combobox', { name: 'age: type' })).toHaveValue('numeric');
    expect(screen.getByRole('combobox', { name: 'id: role' })).toHaveValue('id');
    expect(screen.getByRole('combobox', { name: 'label: role' })).toHaveValue('label');
    expect(screen.getByRole('combobox', { name: 'smoker: type' })).toHaveValue('boolean');
    expect(screen.getByRole('spinbutton', { name: 'age: minimum' })).toHaveValue(28);
    expect(screen.getByRole('spinbutton', { name: 'age: maximum' })).toHaveValue(51);
    // One of four ages is missing: 25 % observed and allowed.
    expect(screen.getByRole('spinbutton', { name: 'age: largest missing share allowed' })).toHaveValue(25);
    expect(within(row('age')).getByText('25.0 % missing')).toHaveClass('missing-flag');
    expect(row('city')).toHaveTextContent('3 unique');
    expect(screen.getByRole('textbox', { name: 'city: allowed values, one per line' })).toHaveValue(
      'Lyon\nNice\nParis',
    );
  });

  it('saves type, role and required changes to the dataset schema', async () => {
    const user = renderEditor();

    await user.selectOptions(screen.getByRole('combobox', { name: 'city: type' }), 'text');
    expect(column('city').type).toBe('text');
    // A text column has no allowed values to edit.
    expect(screen.queryByRole('textbox', { name: /^city: allowed values/ })).not.toBeInTheDocument();
    expect(within(row('city')).getByText('any')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'age: role' }), 'ignore');
    expect(column('age').role).toBe('ignore');

    const required = screen.getByRole('checkbox', { name: 'label: required' });
    expect(required).toBeChecked();
    await user.click(required);
    expect(column('label').required).toBe(false);
    expect(required).not.toBeChecked();

    // Only the edited fields changed.
    expect(column('city')).toMatchObject({ role: 'feature', required: true });
    expect(column('age')).toMatchObject({ type: 'numeric', range: { min: 28, max: 51 } });
  });

  it('saves the allowed range and the largest missing share', async () => {
    const user = renderEditor();
    const min = screen.getByRole('spinbutton', { name: 'age: minimum' });
    const max = screen.getByRole('spinbutton', { name: 'age: maximum' });

    await user.clear(min);
    await user.type(min, '18');
    await user.clear(max);
    await user.type(max, '99.5');
    expect(column('age').range).toEqual({ min: 18, max: 99.5 });

    const missing = screen.getByRole('spinbutton', { name: 'age: largest missing share allowed' });
    await user.clear(missing);
    await user.type(missing, '40');
    expect(column('age').maxMissingRate).toBeCloseTo(0.4, 12);

    // Above 100 % is stored as 100 %.
    await user.clear(missing);
    await user.type(missing, '150');
    expect(column('age').maxMissingRate).toBe(1);
    await user.tab();
    expect(missing).toHaveValue(100);
  });

  it('edits a categorical domain one value per line', async () => {
    const user = renderEditor();
    const domain = screen.getByRole('textbox', { name: 'city: allowed values, one per line' });

    await user.clear(domain);
    await user.type(domain, 'Paris{Enter}New York{Enter}');
    // The trailing empty line stays while typing, so the next value can be typed on it.
    expect(column('city').domain).toEqual(['Paris', 'New York', '']);

    await user.tab();
    expect(column('city').domain).toEqual(['Paris', 'New York']);
    expect(domain).toHaveValue('Paris\nNew York');

    // Values are trimmed when the field is left.
    await user.type(domain, '{Enter}  Rome  ');
    await user.tab();
    expect(column('city').domain).toEqual(['Paris', 'New York', 'Rome']);
  });

  it('inserts a value between two others', async () => {
    const user = renderEditor();
    const domain = screen.getByRole('textbox', { name: 'city: allowed values, one per line' });

    // Caret after "Lyon" (the first line), then a new line.
    await user.type(domain, '{Enter}Marseille', { initialSelectionStart: 4, initialSelectionEnd: 4 });
    await user.tab();

    expect(column('city').domain).toEqual(['Lyon', 'Marseille', 'Nice', 'Paris']);
    expect(column('smoker').domain).toEqual(['no', 'yes']);
  });
});
