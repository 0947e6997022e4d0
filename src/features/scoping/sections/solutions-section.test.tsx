import { render, screen, within } from '@testing-library/react';
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

const solutions = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.scoping.solutions;
const section = () => within(screen.getByRole('region', { name: /AI solutions/ }));

function renderPage() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
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
describe('AI solutions section', { timeout: 20_000 }, () => {
  it('adds a solution row, stores it and offers it to the feasibility and value steps', async () => {
    const user = renderPage();
    expect(section().getByText(/No solutions yet/)).toBeInTheDocument();
    expect(screen.getByText('Add a solution in step 2 to assess its feasibility.')).toBeInTheDocument();
    expect(screen.getByText('Add a solution in step 2 to estimate its value.')).toBeInTheDocument();

    await user.click(section().getByRole('button', { name: 'Add a solution' }));

    expect(solutions()).toHaveLength(1);
    expect(solutions()[0]).toMatchObject({ title: '', description: '' });
    expect(section().queryByText(/No solutions yet/)).not.toBeInTheDocument();
    expect(section().getByRole('textbox', { name: 'Solution 1: name' })).toHaveValue('');
    expect(section().getByText('0 of 2 filled')).toBeInTheDocument();
    // Unnamed solutions are called by their number in the later steps.
    expect(screen.getByRole('article', { name: 'Feasibility of Solution 1' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Value of Solution 1' })).toBeInTheDocument();
  });

  it('uses the solution’s name as the heading of its feasibility and value assessments', async () => {
    const user = renderPage();
    await user.click(section().getByRole('button', { name: 'Add a solution' }));
    await user.type(section().getByRole('textbox', { name: 'Solution 1: name' }), 'Retrain the recognizer');

    expect(solutions()[0]!.title).toBe('Retrain the recognizer');
    const feasibility = screen.getByRole('article', { name: 'Feasibility of Retrain the recognizer' });
    expect(within(feasibility).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Retrain the recognizer',
    );
    expect(
      within(feasibility).getByRole('heading', { name: 'Retrain the recognizer: project-history forecast' }),
    ).toBeInTheDocument();
    const value = screen.getByRole('article', { name: 'Value of Retrain the recognizer' });
    expect(within(value).getByRole('heading', { level: 3 })).toHaveTextContent('Retrain the recognizer');
    expect(screen.queryByRole('article', { name: /Solution 1/ })).not.toBeInTheDocument();
    expect(section().getByText('1 of 2 filled')).toBeInTheDocument();
  });

  it('removes the chosen solution and renumbers the rest', async () => {
    const user = renderPage();
    await user.click(section().getByRole('button', { name: 'Add a solution' }));
    await user.click(section().getByRole('button', { name: 'Add a solution' }));
    await user.type(section().getByRole('textbox', { name: 'Solution 1: name' }), 'First idea');
    await user.type(section().getByRole('textbox', { name: 'Solution 2: name' }), 'Second idea');
    const secondId = solutions()[1]!.id;

    await user.click(section().getByRole('button', { name: 'Remove solution 1' }));

    expect(solutions().map((s) => s.title)).toEqual(['Second idea']);
    expect(solutions()[0]!.id).toBe(secondId);
    expect(section().getByRole('textbox', { name: 'Solution 1: name' })).toHaveValue('Second idea');
    expect(section().queryByRole('textbox', { name: 'Solution 2: name' })).not.toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Feasibility of First idea' })).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Feasibility of Second idea' })).toBeInTheDocument();

    await user.click(section().getByRole('button', { name: 'Remove solution 1' }));
    expect(solutions()).toEqual([]);
    expect(section().getByText(/No solutions yet/)).toBeInTheDocument();
  });
});
