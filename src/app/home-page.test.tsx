import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useWorkbookStore } from '@/features/workbook';
import HomePage from './home-page';

/** The store's own empty workbook, whatever the current schema version. */
const empty = () => structuredClone(useWorkbookStore.getInitialState().workbook);

function renderHome() {
  render(
    <MemoryRouter>
      <HomePage />
    </MemoryRouter>,
  );
}

/** The "N of M done" text and bar of one stage on the lifecycle map. */
function stageProgress(label: string) {
  const bar = screen.getByRole('progressbar', { name: `${label} progress` });
  return {
    text: bar.closest('p')!.textContent,
    value: bar.getAttribute('value'),
    max: bar.getAttribute('max'),
  };
}

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  useWorkbookStore.setState({ workbook: empty() });
});

describe('HomePage', () => {
  it('invites you to create your first project when there is none', () => {
    renderHome();
    expect(screen.getByText(/You have no project yet\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create your first project' })).toHaveAttribute(
      'href',
      '/projects',
    );
    expect(screen.getByRole('link', { name: 'start with the lessons' })).toHaveAttribute('href', '/learn');
    expect(stageProgress('Modeling').text).toBe('0 of 2 done');
  });

  it('asks to choose a project when projects exist but none is active', () => {
    useWorkbookStore.getState().createProject('Voice search');
    useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, activeProjectId: null } }));
    renderHome();
    expect(screen.getByRole('link', { name: 'Choose a project' })).toHaveAttribute('href', '/projects');
    expect(screen.queryByRole('link', { name: 'Create your first project' })).not.toBeInTheDocument();
  });

  it('counts written modeling notes as one of two items in the Modeling stage', () => {
    const { createProject, updateSection } = useWorkbookStore.getState();
    const id = createProject('Voice search');
    updateSection(id, 'modeling', { notes: 'Baseline: HLP 95 % on clean speech' });
    renderHome();

    expect(screen.getByText('Voice search', { selector: 'strong' })).toBeInTheDocument();
    expect(stageProgress('Modeling')).toEqual({ text: '1 of 2 done', value: '1', max: '2' });
    // Other stages count their own items (Scoping its canvas sections, Data its studio); none is done yet.
    for (const other of ['Scoping', 'Data', 'Deployment'])
      expect(stageProgress(other).text).toMatch(/^0 of \d+ done$/);
  });

  it('counts the data studio: lesson, dataset, definition, classes, sources and study', () => {
    const { createProject, updateSection, setLessonDone } = useWorkbookStore.getState();
    const id = createProject('Voice search');
    const data = useWorkbookStore.getState().workbook.projects[0]!.sections.data;
    updateSection(id, 'data', {
      definition: {
        ...data.definition,
        x: 'audio clip',
        y: 'transcript',
        labelClasses: [{ id: 'c', name: 'speech', definition: 'any words' }],
      },
      inventory: [{ id: 'i', source: 'logs', amount: 100, unit: 'hours', cost: 0, days: 1 }],
    });
    setLessonDone('data', true);
    renderHome();
    expect(stageProgress('Data')).toEqual({ text: '4 of 6 done', value: '4', max: '6' });
  });

  it('counts a finished lesson, and ignores notes that are only whitespace', () => {
    const { createProject, updateSection, setLessonDone } = useWorkbookStore.getState();
    const id = createProject('Voice search');
    updateSection(id, 'modeling', { notes: '   \n ' });
    setLessonDone('modeling', true);
    renderHome();
    expect(stageProgress('Modeling').text).toBe('1 of 2 done');
  });

  it('links each stage to its workspace', () => {
    renderHome();
    for (const [label, href] of [
      ['Scoping', '/scoping'],
      ['Data', '/data'],
      ['Modeling', '/modeling'],
      ['Deployment', '/deployment'],
    ]) {
      expect(screen.getByRole('link', { name: label })).toHaveAttribute('href', href);
    }
  });
});
