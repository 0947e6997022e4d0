import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  emptyScopingSection,
  newProject,
  newSolution,
  useWorkbookStore,
  type Project,
} from '@/features/workbook';
import ScopingPrintPage from './scoping-print-page';

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

function renderPage() {
  render(
    <MemoryRouter>
      <ScopingPrintPage />
    </MemoryRouter>,
  );
}

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

describe('Scoping print page', { timeout: 20_000 }, () => {
  it('typesets the active project’s scoping as a document with one title and a heading per section', async () => {
    const base = newProject('Voice search');
    const scoping = emptyScopingSection();
    scoping.businessProblem.statement = 'Shoppers give up on voice search';
    scoping.solutions.push(newSolution('s1', 'Retrain the recognizer'));
    const project = { ...base, sections: { ...base.sections, scoping } };
    const other = newProject('Another project');
    setWorkbook([other, project], project.id);

    renderPage();

    // The document waits for the lazily loaded Markdown renderer.
    const h1s = await screen.findAllByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(h1s.map((h) => h.textContent)).toEqual(['Scoping: Voice search']);
    await screen.findByRole('heading', { level: 2, name: '1. Business problem' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '1. Business problem',
      '2. AI solutions',
      '3. Feasibility',
      '4. Value',
      '5. Ethics',
      '6. Milestones and resources',
      'Machine Learning Canvas',
    ]);
    expect(screen.getAllByRole('heading', { level: 3, name: 'Retrain the recognizer' })).toHaveLength(2);
    expect(screen.getAllByText(/Shoppers give up on voice search/).length).toBeGreaterThan(0);
    expect(document.title).toBe('Scoping — Voice search');
    expect(screen.getByRole('button', { name: 'Print or save as PDF' })).toBeInTheDocument();
  });

  it('asks for a project when there is none', () => {
    setWorkbook([], null);
    renderPage();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Nothing to print yet');
    expect(screen.getByRole('link', { name: 'scoping canvas' })).toHaveAttribute('href', '/scoping');
  });
});
