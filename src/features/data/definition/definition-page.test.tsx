import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newProject, useWorkbookStore, type Project } from '@/features/workbook';
import DefinitionPage from './definition-page';
import { quadrantAdvice } from './quadrant-advice';

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

let project: Project;
const data = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.data;

function renderPage() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <DefinitionPage />
    </MemoryRouter>,
  );
  return user;
}

const section = (heading: string) =>
  within(screen.getByRole('heading', { name: heading, level: 2 }).closest('section')!);

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  project = newProject('Phone inspection');
  setWorkbook([project], project.id);
});

// Each test types into several fields of the whole page: slow on a busy machine.
describe('Define data page', { timeout: 30_000 }, () => {
  it('saves what x and y are', async () => {
    const user = renderPage();

    await user.type(screen.getByRole('textbox', { name: /^Inputs/ }), 'Photo');
    await user.type(screen.getByRole('textbox', { name: /^Units and format/ }), 'PNG');
    await user.type(screen.getByRole('textbox', { name: 'How it is collected' }), 'Camera');
    await user.type(screen.getByRole('textbox', { name: /^Output/ }), 'Defect');
    await user.type(screen.getByRole('textbox', { name: 'Instructions for labelers' }), 'Zoom');

    expect(data().definition).toMatchObject({
      x: 'Photo',
      xUnits: 'PNG',
      collection: 'Camera',
      y: 'Defect',
      instructions: 'Zoom',
    });
  });

  it('adds, edits and removes label classes and ambiguous cases', async () => {
    const user = renderPage();
    const y = section('What is y (the label)?');
    expect(y.getByText(/^No classes yet\./)).toBeInTheDocument();

    await user.click(y.getByRole('button', { name: 'Add a class' }));
    await user.click(y.getByRole('button', { name: 'Add a class' }));
    expect(y.queryByText(/^No classes yet\./)).not.toBeInTheDocument();
    await user.type(y.getByRole('textbox', { name: 'Class 1: name' }), 'scratch');
    await user.type(y.getByRole('textbox', { name: 'Class 1: definition' }), '≥ 0.3 mm');
    await user.type(y.getByRole('textbox', { name: 'Class 2: name' }), 'dent');
    expect(data().definition.labelClasses.map(({ name, definition }) => [name, definition])).toEqual([
      ['scratch', '≥ 0.3 mm'],
      ['dent', ''],
    ]);

    await user.click(y.getByRole('button', { name: 'Remove class 1' }));
    expect(data().definition.labelClasses.map((c) => c.name)).toEqual(['dent']);
    expect(y.getByRole('textbox', { name: 'Class 1: name' })).toHaveValue('dent');
    expect(y.queryByRole('textbox', { name: 'Class 2: name' })).not.toBeInTheDocument();

    const instr = section('Labeling instructions');
    await user.click(instr.getByRole('button', { name: 'Add an ambiguous case' }));
    await user.type(instr.getByRole('textbox', { name: 'Ambiguous case 1' }), '0.2 mm');
    await user.type(instr.getByRole('textbox', { name: 'Ambiguous case 1: resolution' }), 'ok');
    expect(data().definition.ambiguousCases).toEqual([
      { id: expect.any(String), example: '0.2 mm', resolution: 'ok' },
    ]);

    await user.click(instr.getByRole('button', { name: 'Remove ambiguous case 1' }));
    expect(data().definition.ambiguousCases).toEqual([]);
    expect(instr.getByText(/^None yet\./)).toBeInTheDocument();
  });

  it('shows the advice of the chosen quadrant', async () => {
    const user = renderPage();
    const grid = section('The data problem');
    expect(grid.getByText('Choose both to see what the grid implies for your data work.')).toBeVisible();

    await user.click(grid.getByRole('radio', { name: 'Structured (tables)' }));
    expect(data().definition.structured).toBe(true);
    expect(grid.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Structured data (tables): more data is harder to obtain, augmentation rarely applies, and people often cannot label rows by eye.',
    ]);

    await user.click(grid.getByRole('radio', { name: 'Small (≲ 10,000 examples)' }));
    expect(data().definition.large).toBe(false);
    const advice = grid.getAllByRole('listitem').map((li) => li.textContent);
    expect(advice).toEqual(quadrantAdvice(true, false));
    expect(advice[1]).toMatch(/^Small dataset: every label counts/);

    await user.click(grid.getByRole('radio', { name: 'Unstructured (images, audio, text)' }));
    await user.click(grid.getByRole('radio', { name: 'Large' }));
    expect(data().definition).toMatchObject({ structured: false, large: true });
    expect(grid.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Unstructured data (images, audio, text): people can usually label it, and data augmentation can create more examples.',
      'Large dataset: the emphasis moves to the data process — clear instructions, labeling at scale, and pipelines that keep quality high.',
    ]);
  });

  it('totals the inventory per unit and estimates the labeling cost', async () => {
    const user = renderPage();
    const inv = section('Where the data comes from');
    expect(inv.getByText('No sources yet.')).toBeInTheDocument();
    const fill = async (
      i: number,
      source: string,
      amount: string,
      unit: string,
      cost: string,
      days: string,
    ) => {
      await user.type(inv.getByRole('textbox', { name: `Source ${i}` }), source);
      await user.type(inv.getByRole('spinbutton', { name: `Source ${i}: amount` }), amount);
      await user.type(inv.getByRole('textbox', { name: `Source ${i}: unit` }), unit);
      await user.type(inv.getByRole('spinbutton', { name: `Source ${i}: cost` }), cost);
      await user.type(inv.getByRole('spinbutton', { name: `Source ${i}: days to obtain` }), days);
    };

    await user.click(inv.getByRole('button', { name: 'Add a source' }));
    await user.click(inv.getByRole('button', { name: 'Add a source' }));
    await fill(1, 'Line', '300', 'images', '120', '14');
    await fill(2, 'Vendor', '200', 'images', '80', '30');

    expect(
      data().inventory.map(({ source, amount, unit, cost, days }) => [source, amount, unit, cost, days]),
    ).toEqual([
      ['Line', 300, 'images', 120, 14],
      ['Vendor', 200, 'images', 80, 30],
    ]);
    const total = () =>
      within(inv.getByRole('rowheader', { name: 'Total' }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(total()).toEqual(['500 images', '200', '30 (longest)', '']);
    expect(inv.getByText(/^Enter sources in a single unit and a cost per label/)).toBeInTheDocument();

    await user.click(inv.getByRole('radio', { name: 'Outsourced' }));
    await user.type(inv.getByRole('spinbutton', { name: 'Cost per label' }), '0.5');
    expect(data().labelingPlan).toMatchObject({ mode: 'outsourced', costPerLabel: 0.5 });
    expect(
      inv.getByText(`Labeling 500 images at ${(0.5).toLocaleString()} each costs about 250.`),
    ).toBeVisible();

    // Amounts in another unit are listed apart, never added, and the cost estimate needs a single unit.
    await user.click(inv.getByRole('button', { name: 'Add a source' }));
    await fill(3, 'Returns', '40', 'clips', '5', '3');
    expect(total()).toEqual(['500 images + 40 clips', '205', '30 (longest)', '']);
    expect(inv.getByText(/^Enter sources in a single unit and a cost per label/)).toBeInTheDocument();

    await user.click(inv.getByRole('button', { name: 'Remove source 3' }));
    expect(data().inventory).toHaveLength(2);
    expect(total()).toEqual(['500 images', '200', '30 (longest)', '']);
  });
});
