import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { emptyScopingSection, newProject, useWorkbookStore, type Project } from '@/features/workbook';
import ScopingPage from './scoping-page';
import { SCOPING_TEMPLATES } from './templates/scoping-templates';

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

const SPEECH = 'Speech recognition for voice search';
const workbook = () => useWorkbookStore.getState().workbook;

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
  setWorkbook([], null);
});

// Each test renders the whole scoping page and types into it: slow on a busy machine.
describe('Template picker', { timeout: 20_000 }, () => {
  it('creates an independent project from a template and opens its canvas', async () => {
    const template = SCOPING_TEMPLATES.find((t) => t.title === SPEECH)!;
    const pristine = structuredClone(template.scoping);
    const user = renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(/^Scoping$/);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Template' }), SPEECH);
    expect(screen.getByText(template.summary)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create project from template' }));

    const { projects, activeProjectId } = workbook();
    expect(projects).toHaveLength(1);
    const created = projects[0]!;
    expect(created.name).toBe(template.projectName);
    expect(activeProjectId).toBe(created.id);
    expect(created.sections.scoping).toEqual(template.scoping);
    // A deep copy: no object is shared with the template.
    expect(created.sections.scoping).not.toBe(template.scoping);
    expect(created.sections.scoping.solutions).not.toBe(template.scoping.solutions);
    expect(created.sections.scoping.solutions[0]).not.toBe(template.scoping.solutions[0]);
    expect(created.sections.scoping.milestones).not.toBe(template.scoping.milestones);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`Scoping: ${template.projectName}`);
    // (By label, not by role: computing the names of every field of a full template is slow.)
    const statement = screen.getByLabelText('The problem, in business terms');
    expect(statement).toHaveValue(template.scoping.businessProblem.statement);

    // Editing the new project leaves the template as it was.
    await user.type(statement, '!');
    expect(workbook().projects[0]!.sections.scoping.businessProblem.statement).toMatch(/!$/);
    expect(template.scoping).toEqual(pristine);
  });

  it('names a project made from the blank canvas “New scoping project”', async () => {
    const user = renderPage();
    expect(screen.getByRole('combobox', { name: 'Template' })).toHaveDisplayValue('Blank canvas');
    await user.click(screen.getByRole('button', { name: 'Create project from template' }));

    expect(workbook().projects.map((p) => p.name)).toEqual(['New scoping project']);
    expect(workbook().projects[0]!.sections.scoping).toEqual(emptyScopingSection());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Scoping: New scoping project');
  });

  it('adds a new project beside an existing one without changing it', async () => {
    const mine = newProject('Mine');
    setWorkbook([mine], mine.id);
    const before = structuredClone(mine);
    const user = renderPage();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Template' }), SPEECH);
    await user.click(screen.getByRole('button', { name: 'Create project from template' }));

    const { projects, activeProjectId } = workbook();
    expect(projects).toHaveLength(2);
    expect(projects[0]).toEqual(before);
    expect(projects[1]!.id).not.toBe(mine.id);
    expect(activeProjectId).toBe(projects[1]!.id);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Scoping: Voice search speech recognition',
    );
  });
});
