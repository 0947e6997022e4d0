import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newProject, useWorkbookStore, type Project } from '@/features/workbook';
import { exampleStudy } from './example-study';
import LabelsPage from './labels-page';

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

let project: Project;
const study = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.data.consistency;

function renderPage() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <LabelsPage />
    </MemoryRouter>,
  );
  return user;
}

const loadExample = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Load the worked example (10 phones, 3 inspectors)' }));

/** The study summary as { term: value }. */
function summary(): Record<string, string> {
  const dl = screen.getByLabelText('Study summary');
  const out: Record<string, string> = {};
  for (const div of Array.from(dl.children)) {
    out[div.querySelector('dt')!.textContent!] = div.querySelector('dd')!.textContent!;
  }
  return out;
}

const disagreements = () =>
  within(screen.getByRole('heading', { name: 'Disagreements to discuss' }).nextElementSibling as HTMLElement)
    .getAllByRole('listitem')
    .map((li) => li.querySelector('p')!.textContent);

const importInput = () => screen.getByLabelText('Import labels CSV');
const csvFile = (text: string, name: string) => new File([text], name, { type: 'text/csv' });

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  project = newProject('Phone inspection');
  setWorkbook([project], project.id);
});

describe('Label consistency page', { timeout: 30_000 }, () => {
  it('loads the worked example and shows κ, HLP and the disagreements', async () => {
    const user = renderPage();
    expect(screen.getByText(/^Add examples with labels from at least two labelers/)).toBeInTheDocument();

    await loadExample(user);

    expect(study()).toEqual(exampleStudy());
    // 10 examples × 3 labelers, each cell an input.
    expect(screen.getAllByRole('textbox', { name: /: label from / })).toHaveLength(30);
    expect(screen.getByRole('textbox', { name: 'phone-07: label from Inspector B' })).toHaveValue('scratch');
    expect(screen.getByRole('button', { name: /^Load the worked example/ })).toBeDisabled();

    // Pairwise agreement A–B 7/10, A–C 9/10, B–C 6/10: HLP = mean(0.8, 0.65, 0.75) = 73.3 %.
    // Fleiss: P̄ = (6 + 4·⅓)/10 = 0.7333, Pₑ = 0.4² + (13/30)² + (1/6)² = 0.3756, κ = 0.573.
    expect(summary()).toEqual({
      'Human-level performance (from agreement)': '73.3 %',
      'Fleiss’ κ': '0.573',
      'Agreement beyond chance': 'moderate',
      'Examples with disagreement': '4 of 10',
    });
    const matrix = screen.getByRole('table', { name: /^Pairwise agreement/ });
    const rowOf = (name: string) =>
      within(within(matrix).getByRole('rowheader', { name }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(rowOf('Inspector A')).toEqual(['—', '70.0 %', '90.0 %']);
    expect(rowOf('Inspector B')).toEqual(['70.0 %', '—', '60.0 %']);
    expect(disagreements()).toEqual([
      'phone-03: scratch × 2, ok × 1',
      'phone-05: ok × 2, scratch × 1',
      'phone-07: dent × 2, scratch × 1',
      'phone-08: scratch × 2, ok × 1',
    ]);
  });

  it('recomputes when a label is edited, and stores an agreed label', async () => {
    const user = renderPage();
    await loadExample(user);

    const cell = screen.getByRole('textbox', { name: 'phone-03: label from Inspector B' });
    await user.clear(cell);
    await user.type(cell, 'scratch');

    expect(study().examples[2]!.labels).toEqual(['scratch', 'scratch', 'scratch']);
    // A–B 8/10, B–C 7/10: HLP = mean(0.85, 0.75, 0.8) = 80 %; κ = (0.8 − 0.3756)/(1 − 0.3756) = 0.680.
    expect(summary()).toMatchObject({
      'Human-level performance (from agreement)': '80.0 %',
      'Fleiss’ κ': '0.680',
      'Agreement beyond chance': 'substantial',
      'Examples with disagreement': '3 of 10',
    });
    expect(disagreements().map((d) => d!.split(':')[0])).toEqual(['phone-05', 'phone-07', 'phone-08']);

    await user.type(screen.getByRole('combobox', { name: 'Agreed label for phone-08' }), 'ok');
    expect(study().resolutions).toEqual({ 'phone-08': 'ok' });
    expect(disagreements()[2]).toBe('phone-08: scratch × 2, ok × 1Resolved: ok');

    await user.clear(screen.getByRole('combobox', { name: 'Agreed label for phone-08' }));
    expect(study().resolutions).toEqual({});
  });

  it('imports a wide labels CSV into an empty study', async () => {
    const user = renderPage();
    const csv = 'item,Ann,Bob\nx1,cat,cat\nx2,cat,dog\nx3,dog,dog\n';

    await user.upload(importInput(), csvFile(csv, 'pets.csv'));

    await screen.findByText('Examples with disagreement');
    expect(study()).toEqual({
      labelers: ['Ann', 'Bob'],
      examples: [
        { id: 'x1', labels: ['cat', 'cat'] },
        { id: 'x2', labels: ['cat', 'dog'] },
        { id: 'x3', labels: ['dog', 'dog'] },
      ],
      resolutions: {},
    });
    // Two labelers: Cohen's κ. Agreement 2/3; chance (2·1 + 1·2)/9 = 4/9: κ = (2/3 − 4/9)/(5/9) = 0.4.
    expect(summary()).toMatchObject({
      'Human-level performance (from agreement)': '66.7 %',
      'Cohen’s κ': '0.400',
      'Examples with disagreement': '1 of 3',
    });
  });

  it('asks before replacing a study, and "Keep the current study" keeps it', async () => {
    const user = renderPage();
    await loadExample(user);
    await user.type(screen.getByRole('combobox', { name: 'Agreed label for phone-03' }), 'scratch');
    const before = study();

    await user.upload(importInput(), csvFile('item,Ann,Bob\nx1,cat,cat\nx2,cat,dog\n', 'pets.csv'));

    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent(
      '“pets.csv” (wide format) holds 2 examples from 2 labelers. Replace the current study (10 examples)?',
    );
    expect(study()).toEqual(before);

    await user.click(within(dialog).getByRole('button', { name: 'Keep the current study' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(study()).toEqual(before);
    expect(screen.getAllByRole('textbox', { name: /: label from / })).toHaveLength(30);

    await user.upload(importInput(), csvFile('item,Ann,Bob\nx1,cat,cat\nx2,cat,dog\n', 'pets.csv'));
    await user.click(await screen.findByRole('button', { name: 'Replace the study' }));
    expect(study().labelers).toEqual(['Ann', 'Bob']);
    expect(study().examples.map((e) => e.id)).toEqual(['x1', 'x2']);
    // The old study's resolutions go with it.
    expect(study().resolutions).toEqual({});
  });

  it('names what is wrong with a bad labels file and leaves the study unchanged', async () => {
    const user = renderPage();
    await loadExample(user);
    const before = study();

    await user.upload(importInput(), csvFile('item,Ann\nx1,cat\nx2,dog\n', 'one-labeler.csv'));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      '“one-labeler.csv” is not a labels file: A wide labels CSV needs an example-id column and at least two labeler columns; found 2 column(s): item, Ann. Your study is unchanged.',
    );
    expect(study()).toEqual(before);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.upload(importInput(), csvFile('item,Ann,Bob\nx1,cat,cat\nx1,dog,dog\n', 'dup.csv'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^“dup\.csv” is not a labels file: Example ids must be unique; repeated: "x1" \(rows 1 and 2\)\./,
    );
    expect(study()).toEqual(before);
  });

  it('shows the convention pitfall: 58 % agreement against a 70 % majority model', () => {
    renderPage();
    const pitfall = within(
      screen.getByRole('heading', { name: 'When “beating HLP” means nothing' }).closest('section')!,
    );
    const slider = pitfall.getByRole('slider', { name: /Labelers using the majority convention/ });
    expect(slider).toHaveAttribute('aria-valuetext', '70 %');
    const value = (term: string) => pitfall.getByText(term).nextElementSibling!.textContent;
    expect(value('Labelers agree (measured HLP)')).toBe('58.0 %');
    expect(value('Majority-convention model')).toBe('70.0 %');
    expect(value('Apparent lead over HLP')).toBe('12.0 points');

    // 90/10: 0.81 + 0.01 = 82 % against 90 %.
    fireEvent.change(slider, { target: { value: '0.9' } });
    expect(value('Labelers agree (measured HLP)')).toBe('82.0 %');
    expect(value('Majority-convention model')).toBe('90.0 %');
    expect(value('Apparent lead over HLP')).toBe('8.0 points');
  });
});
