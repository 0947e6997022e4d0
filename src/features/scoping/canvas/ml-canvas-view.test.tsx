import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { newProject, useWorkbookStore, type Project } from '@/features/workbook';
import ScopingPage from '../scoping-page';

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

let project: Project;

const scoping = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.scoping;

function renderCanvas() {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/scoping?view=canvas']}>
      <ScopingPage />
    </MemoryRouter>,
  );
  return user;
}

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  project = newProject('Voice search');
  setWorkbook([project], project.id);
});

// Each test renders the whole scoping page and types into it: slow on a busy machine.
describe('Machine Learning Canvas view', { timeout: 20_000 }, () => {
  it('shows the ten boxes instead of the guided canvas', () => {
    renderCanvas();
    expect(screen.getByRole('heading', { name: 'Machine Learning Canvas' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Machine Learning Canvas' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Guided canvas' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('navigation', { name: 'Scoping steps' })).not.toBeInTheDocument();
    for (const title of [
      'Prediction task',
      'Decisions',
      'Value proposition',
      'Data collection',
      'Data sources',
      'Impact simulation',
      'Making predictions',
      'Building models',
      'Features',
      'Monitoring',
    ])
      expect(screen.getByRole('textbox', { name: title })).toHaveValue('');
  });

  it('shares the value proposition with the guided canvas’s business problem', async () => {
    const user = renderCanvas();
    await user.type(
      screen.getByRole('textbox', { name: 'Value proposition' }),
      'Shoppers give up on voice search',
    );
    expect(scoping().businessProblem.statement).toBe('Shoppers give up on voice search');

    await user.click(screen.getByRole('button', { name: 'Guided canvas' }));

    expect(screen.getByRole('navigation', { name: 'Scoping steps' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Value proposition' })).not.toBeInTheDocument();
    const statement = screen.getByRole('textbox', { name: 'The problem, in business terms' });
    expect(statement).toHaveValue('Shoppers give up on voice search');

    // And back: an edit in the guided canvas shows in the canvas box.
    await user.type(statement, '.');
    await user.click(screen.getByRole('button', { name: 'Machine Learning Canvas' }));
    expect(screen.getByRole('textbox', { name: 'Value proposition' })).toHaveValue(
      'Shoppers give up on voice search.',
    );
  });

  it('creates one “Main solution” when the prediction task is written on an empty canvas', async () => {
    const user = renderCanvas();
    expect(scoping().solutions).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: 'Prediction task' }), 'Transcribe a spoken query');

    expect(scoping().solutions).toHaveLength(1);
    expect(scoping().solutions[0]).toMatchObject({
      title: 'Main solution',
      description: 'Transcribe a spoken query',
    });

    await user.type(screen.getByRole('textbox', { name: 'Features' }), 'Audio spectrogram');
    expect(scoping().solutions).toHaveLength(1);
    expect(scoping().solutions[0]!.feasibility.predictiveFeaturesReason).toBe('Audio spectrogram');

    await user.click(screen.getByRole('button', { name: 'Guided canvas' }));
    expect(screen.getByRole('textbox', { name: 'Solution 1: name' })).toHaveValue('Main solution');
    expect(
      screen.getByRole('textbox', { name: 'Solution 1: what would the system predict, and from what?' }),
    ).toHaveValue('Transcribe a spoken query');
  });

  it('keeps the canvas’s own boxes in the scoping section', async () => {
    const user = renderCanvas();
    await user.type(screen.getByRole('textbox', { name: 'Monitoring' }), 'WER on a weekly sample');
    await user.type(screen.getByRole('textbox', { name: 'Data sources' }), 'Search logs');
    expect(scoping().canvas.monitoring).toBe('WER on a weekly sample');
    expect(scoping().milestones.resources.data).toBe('Search logs');
    expect(scoping().solutions).toEqual([]);
  });
});
