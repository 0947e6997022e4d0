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

const milestones = () =>
  useWorkbookStore.getState().workbook.projects.find((p) => p.id === project.id)!.sections.scoping.milestones;
const section = () => within(screen.getByRole('region', { name: /Milestones and resources/ }));
const checkMessages = () =>
  within(
    screen.queryByRole('list', { name: 'Things to look at in Milestones and resources' }) ??
      document.createElement('ul'),
  )
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

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
describe('Milestones section', { timeout: 20_000 }, () => {
  it('asks for a target for each ML metric and a link for each business metric', async () => {
    const user = renderPage();
    expect(checkMessages()).toEqual([]);

    await user.click(section().getByRole('button', { name: /^Add ml metric$/i }));
    await user.type(section().getByRole('textbox', { name: 'ML metrics 1: metric' }), 'Word error rate');
    expect(milestones().mlMetrics).toEqual([
      { id: expect.any(String), metric: 'Word error rate', target: '' },
    ]);
    expect(checkMessages()).toEqual(['ML metric “Word error rate” has no target.']);

    await user.click(section().getByRole('button', { name: 'Add business metric' }));
    await user.type(
      section().getByRole('textbox', { name: 'Business metrics 1: metric' }),
      'Revenue per search',
    );
    expect(checkMessages()).toEqual([
      'ML metric “Word error rate” has no target.',
      'Business metric “Revenue per search” is not linked to an ML metric.',
    ]);

    const link = section().getByRole('combobox', { name: 'Business metrics 1: moved by ML metric' });
    expect(
      within(link)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Not linked', 'Word error rate']);
    await user.selectOptions(link, 'Word error rate');

    const mlId = milestones().mlMetrics[0]!.id;
    expect(milestones().businessMetrics[0]!.linkedMlMetricId).toBe(mlId);
    expect(link).toHaveValue(mlId);
    expect(checkMessages()).toEqual(['ML metric “Word error rate” has no target.']);

    await user.type(section().getByRole('textbox', { name: 'ML metrics 1: target' }), 'below 8 %');
    expect(milestones().mlMetrics[0]!.target).toBe('below 8 %');
    expect(checkMessages()).toEqual([]);

    await user.selectOptions(link, 'Not linked');
    expect(milestones().businessMetrics[0]!.linkedMlMetricId).toBeNull();
    expect(checkMessages()).toEqual(['Business metric “Revenue per search” is not linked to an ML metric.']);
  });

  it('flags a business metric again when its linked ML metric is removed', async () => {
    const user = renderPage();
    await user.click(section().getByRole('button', { name: /^Add ml metric$/i }));
    await user.type(section().getByRole('textbox', { name: 'ML metrics 1: metric' }), 'Word error rate');
    await user.type(section().getByRole('textbox', { name: 'ML metrics 1: target' }), 'below 8 %');
    await user.click(section().getByRole('button', { name: 'Add business metric' }));
    await user.type(
      section().getByRole('textbox', { name: 'Business metrics 1: metric' }),
      'Revenue per search',
    );
    await user.selectOptions(
      section().getByRole('combobox', { name: 'Business metrics 1: moved by ML metric' }),
      'Word error rate',
    );
    expect(checkMessages()).toEqual([]);

    await user.click(section().getByRole('button', { name: /^Remove ml metric 1$/i }));

    expect(milestones().mlMetrics).toEqual([]);
    expect(checkMessages()).toEqual(['Business metric “Revenue per search” is not linked to an ML metric.']);
  });

  it('adds, fills and removes timeline milestones', async () => {
    const user = renderPage();
    expect(section().getByText('No milestones yet.')).toBeInTheDocument();
    await user.click(section().getByRole('button', { name: 'Add milestone' }));
    await user.type(section().getByRole('textbox', { name: 'Milestone 1' }), 'Pilot in one market');
    await user.type(section().getByLabelText('Milestone 1: date'), '2026-09-30');

    expect(milestones().timeline).toEqual([
      { id: expect.any(String), milestone: 'Pilot in one market', date: '2026-09-30' },
    ]);

    await user.click(section().getByRole('button', { name: 'Remove milestone 1' }));
    expect(milestones().timeline).toEqual([]);
    expect(section().getByText('No milestones yet.')).toBeInTheDocument();
  });
});
