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

const scoping = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.scoping;
const section = () => screen.getByRole('region', { name: /Business problem/ });

beforeAll(async () => {
  // Let the persisted store finish reading (the empty) IndexedDB before tests set its state.
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  project = newProject('Voice search');
  setWorkbook([project], project.id);
});

// Each test renders the whole scoping page and types into it: slow on a busy machine.
describe('Business problem section', { timeout: 20_000 }, () => {
  it('saves the statement to the active project as you type and counts filled fields', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <ScopingPage />
      </MemoryRouter>,
    );
    expect(within(section()).getByText('0 of 3 filled')).toBeInTheDocument();

    await user.type(
      within(section()).getByRole('textbox', { name: 'The problem, in business terms' }),
      'Shoppers give up on voice search',
    );

    expect(scoping().businessProblem.statement).toBe('Shoppers give up on voice search');
    expect(within(section()).getByText('1 of 3 filled')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'The problem, in business terms' })).toHaveValue(
      'Shoppers give up on voice search',
    );

    await user.type(
      within(section()).getByRole('textbox', { name: 'Who has this problem?' }),
      'Mobile shoppers',
    );
    await user.type(
      within(section()).getByRole('textbox', { name: 'What does it cost today?' }),
      '2 % of sales',
    );
    expect(within(section()).getByText('3 of 3 filled')).toHaveClass('is-complete');
    const step = within(screen.getByRole('navigation', { name: 'Scoping steps' }))
      .getByRole('link', { name: 'Business problem' })
      .closest('li')!;
    expect(step).toHaveTextContent('Business problem 3/3');
    expect(scoping().businessProblem).toEqual({
      statement: 'Shoppers give up on voice search',
      whoHasIt: 'Mobile shoppers',
      currentCost: '2 % of sales',
    });
  });
});
