import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkbook } from '../schema/workbook-schema';
import { useWorkbookStore } from '../store/workbook-store';
import ProjectsPage from './projects-page';

function renderPage() {
  const user = userEvent.setup();
  render(
    <MemoryRouter>
      <ProjectsPage />
    </MemoryRouter>,
  );
  return user;
}

/** Project names in list order, as shown. */
const shownNames = () =>
  within(screen.getByRole('region', { name: /Your projects/ }))
    .queryAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
const actionsFor = (name: string) => within(screen.getByRole('group', { name: `Actions for ${name}` }));
const storedNames = () => useWorkbookStore.getState().workbook.projects.map((p) => p.name);

beforeAll(async () => {
  // Let the persisted store finish reading (the empty) IndexedDB before tests set its state.
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  useWorkbookStore.setState({ workbook: emptyWorkbook() });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ProjectsPage', () => {
  it('creates a project from the form and makes it active', async () => {
    const user = renderPage();
    expect(screen.getByText(/No projects yet/)).toBeInTheDocument();

    const input = screen.getByRole('textbox', { name: 'New project name' });
    await user.type(input, 'Voice search');
    await user.click(screen.getByRole('button', { name: 'Create project' }));

    expect(shownNames()).toEqual(['Voice search']);
    expect(screen.getByRole('heading', { name: 'Your projects (1)' })).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByText('Active')).toBeInTheDocument();
    expect(input).toHaveValue('');
    const { projects, activeProjectId } = useWorkbookStore.getState().workbook;
    expect(projects.map((p) => p.name)).toEqual(['Voice search']);
    expect(activeProjectId).toBe(projects[0]!.id);
  });

  it('does not create a project with a blank name', async () => {
    const user = renderPage();
    await user.type(screen.getByRole('textbox', { name: 'New project name' }), '   {Enter}');
    expect(storedNames()).toEqual([]);
  });

  it('renames in place: Enter saves', async () => {
    useWorkbookStore.getState().createProject('Voice search');
    const user = renderPage();

    await user.click(actionsFor('Voice search').getByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: 'New name for Voice search' });
    expect(input).toHaveValue('Voice search');
    await user.clear(input);
    await user.type(input, 'Speech search{Enter}');

    expect(screen.queryByRole('textbox', { name: /New name for/ })).not.toBeInTheDocument();
    expect(shownNames()).toEqual(['Speech search']);
    expect(storedNames()).toEqual(['Speech search']);
  });

  it('renames in place: Escape cancels', async () => {
    useWorkbookStore.getState().createProject('Voice search');
    const before = useWorkbookStore.getState().workbook;
    const user = renderPage();

    await user.click(actionsFor('Voice search').getByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: 'New name for Voice search' });
    await user.clear(input);
    await user.type(input, 'Something else{Escape}');

    expect(screen.queryByRole('textbox', { name: /New name for/ })).not.toBeInTheDocument();
    expect(shownNames()).toEqual(['Voice search']);
    expect(useWorkbookStore.getState().workbook).toBe(before);

    // The next rename starts again from the saved name, not the abandoned draft.
    await user.click(actionsFor('Voice search').getByRole('button', { name: 'Rename' }));
    expect(screen.getByRole('textbox', { name: 'New name for Voice search' })).toHaveValue('Voice search');
  });

  it('duplicates a project right after the original', async () => {
    const { createProject } = useWorkbookStore.getState();
    createProject('A');
    createProject('B');
    const user = renderPage();

    await user.click(actionsFor('A').getByRole('button', { name: 'Duplicate' }));

    expect(shownNames()).toEqual(['A', 'A (copy)', 'B']);
    const [a, copy] = useWorkbookStore.getState().workbook.projects;
    expect(copy!.id).not.toBe(a!.id);
  });

  it('deletes with an undo that puts the project back at the same position', async () => {
    const { createProject } = useWorkbookStore.getState();
    ['A', 'B', 'C'].forEach((name) => createProject(name));
    const before = useWorkbookStore.getState().workbook;
    const user = renderPage();

    await user.click(actionsFor('B').getByRole('button', { name: 'Delete' }));
    expect(shownNames()).toEqual(['A', 'C']);
    expect(screen.getByText('Deleted “B”.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(shownNames()).toEqual(['A', 'B', 'C']);
    expect(useWorkbookStore.getState().workbook).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Undo delete' })).not.toBeInTheDocument();
  });

  it('undoing the deletion of the active project makes it active again', async () => {
    const { createProject } = useWorkbookStore.getState();
    ['A', 'B'].forEach((name) => createProject(name)); // B is active
    const before = useWorkbookStore.getState().workbook;
    const user = renderPage();

    await user.click(actionsFor('B').getByRole('button', { name: 'Delete' }));
    expect(useWorkbookStore.getState().workbook.activeProjectId).toBe(before.projects[0]!.id);
    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(useWorkbookStore.getState().workbook).toEqual(before);
  });

  describe('export', () => {
    function stubDownloads() {
      const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:lifecycle-lab-test');
      vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
      // jsdom cannot navigate; record which file the link would have downloaded instead.
      const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
      const lastBlob = () => createObjectURL.mock.lastCall![0] as Blob;
      const lastFileName = () => (click.mock.contexts.at(-1) as HTMLAnchorElement).download;
      return { createObjectURL, lastBlob, lastFileName };
    }

    it('"Export JSON" downloads the project as a lifecycle-lab/project file', async () => {
      useWorkbookStore.getState().createProject('Voice search');
      const downloads = stubDownloads();
      const user = renderPage();

      await user.click(actionsFor('Voice search').getByRole('button', { name: 'Export JSON' }));

      expect(downloads.createObjectURL).toHaveBeenCalledTimes(1);
      const blob = downloads.lastBlob();
      expect(blob.type).toBe('application/json');
      const text = await blob.text();
      expect(text).toContain('Voice search');
      expect(text).toContain('"format": "lifecycle-lab/project"');
      const file = JSON.parse(text) as { format: string; project: unknown };
      expect(file.project).toEqual(useWorkbookStore.getState().workbook.projects[0]);
      expect(downloads.lastFileName()).toBe('voice-search.lifecycle-lab.json');
    });

    it('"Export Markdown" downloads a readable report', async () => {
      useWorkbookStore.getState().createProject('Voice search');
      const downloads = stubDownloads();
      const user = renderPage();

      await user.click(actionsFor('Voice search').getByRole('button', { name: 'Export Markdown' }));

      expect(downloads.createObjectURL).toHaveBeenCalledTimes(1);
      expect(downloads.lastBlob().type).toBe('text/markdown');
      expect(await downloads.lastBlob().text()).toMatch(/^# Voice search\n/);
      expect(downloads.lastFileName()).toBe('voice-search.md');
    });

    it('"Export workbook" downloads every project', async () => {
      const { createProject } = useWorkbookStore.getState();
      ['A', 'B'].forEach((name) => createProject(name));
      const downloads = stubDownloads();
      const user = renderPage();

      await user.click(screen.getByRole('button', { name: 'Export workbook' }));

      const file = JSON.parse(await downloads.lastBlob().text()) as { format: string; workbook: unknown };
      expect(file.format).toBe('lifecycle-lab/workbook');
      expect(file.workbook).toEqual(useWorkbookStore.getState().workbook);
      expect(downloads.lastFileName()).toMatch(/^lifecycle-lab-workbook-\d{4}-\d{2}-\d{2}\.json$/);
    });
  });
});
