import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  emptyScopingSection,
  newProject,
  newSolution,
  useWorkbookStore,
  type Project,
  type Workbook,
} from '@/features/workbook';
import { encodeShare } from '@/lib/share/share-link';
import { SCOPING_SCHEMA_VERSION, scopingPayload } from './scoping-payload';
import SharedScopingPage from './shared-scoping-page';

/** Puts projects in the store, keeping the rest of the (current-version) workbook as it is. */
function setWorkbook(projects: Project[], activeProjectId: string | null) {
  useWorkbookStore.setState((s) => ({ workbook: { ...s.workbook, projects, activeProjectId } }));
}

const workbook = () => useWorkbookStore.getState().workbook;

function sharedScoping() {
  const s = emptyScopingSection();
  s.businessProblem.statement = 'Shelves run empty on Mondays';
  s.solutions.push({ ...newSolution('s1', 'Daily demand forecast'), description: 'Sales history → demand' });
  return s;
}

function renderAt(fragment: string) {
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={[`/scoping/shared#${fragment}`]}>
      <Routes>
        <Route path="/scoping/shared" element={<SharedScopingPage />} />
        <Route path="/scoping" element={<p>The scoping page</p>} />
      </Routes>
    </MemoryRouter>,
  );
  return user;
}

/** Replaces one character in the middle of the link's data part. */
function tamper(fragment: string): string {
  const [prefix, data, sum] = fragment.split('.') as [string, string, string];
  const i = Math.floor(data.length / 2);
  const swapped = data[i] === 'A' ? 'B' : 'A';
  return [prefix, data.slice(0, i) + swapped + data.slice(i + 1), sum].join('.');
}

let before: Workbook;

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  const mine = newProject('My project');
  mine.sections.scoping.businessProblem.statement = 'My own problem';
  setWorkbook([mine], mine.id);
  before = structuredClone(workbook());
});

describe('Shared scoping page', { timeout: 20_000 }, () => {
  it('previews a valid link and imports it as exactly one new project', async () => {
    const scoping = sharedScoping();
    const user = renderAt(await encodeShare(scopingPayload('Grocery demand', scoping)));

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Shared scoping canvas: Grocery demand',
    );
    // The preview shows the canvas (the statement appears as the problem and as the value proposition).
    expect(
      await screen.findByRole('heading', { level: 2, name: '1. Business problem' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/Shelves run empty on Mondays/, { selector: 'p' }).map((p) => p.textContent),
    ).toEqual([
      'The problem: Shelves run empty on Mondays',
      'Value proposition: Shelves run empty on Mondays',
    ]);
    expect(workbook()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Import as a new project' }));

    const { projects, activeProjectId } = workbook();
    expect(projects).toHaveLength(2);
    expect(projects[0]).toEqual(before.projects[0]);
    const imported = projects[1]!;
    expect(imported.id).not.toBe(before.projects[0]!.id);
    expect(imported.name).toBe('Grocery demand');
    expect(imported.sections.scoping).toEqual(scoping);
    expect(activeProjectId).toBe(imported.id);
    expect(screen.getByText('The scoping page')).toBeInTheDocument();
  });

  it('imports nothing when the reader chooses not to', async () => {
    const user = renderAt(await encodeShare(scopingPayload('Grocery demand', sharedScoping())));
    await user.click(await screen.findByRole('link', { name: 'Don’t import' }));
    expect(screen.getByText('The scoping page')).toBeInTheDocument();
    expect(workbook()).toEqual(before);
  });

  it('refuses a tampered link and changes nothing', async () => {
    renderAt(tamper(await encodeShare(scopingPayload('Grocery demand', sharedScoping()))));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The link has been changed or cut short: its check value does not match its content. Nothing in your workbook was changed.',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('This share link can’t be opened');
    expect(screen.queryByRole('button', { name: 'Import as a new project' })).not.toBeInTheDocument();
    expect(workbook()).toEqual(before);
  });

  it('refuses a link that was cut short', async () => {
    const fragment = await encodeShare(scopingPayload('Grocery demand', sharedScoping()));
    renderAt(fragment.slice(0, -3));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /changed or cut short.*Nothing in your workbook was changed\./,
    );
    expect(workbook()).toEqual(before);
  });

  it('refuses an intact link whose content is not a scoping canvas', async () => {
    renderAt(
      await encodeShare({
        format: 'lifecycle-lab/scoping',
        version: SCOPING_SCHEMA_VERSION,
        name: 'X',
        scoping: { notes: 1 },
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /^The link does not hold a valid scoping canvas \(.+\)\. Nothing in your workbook was changed\.$/,
    );
    expect(workbook()).toEqual(before);
  });
});
