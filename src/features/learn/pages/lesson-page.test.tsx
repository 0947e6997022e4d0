import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useWorkbookStore } from '@/features/workbook';
import { lessonCatalog } from '../catalog/lesson-catalog';
import LearnIndexPage from './learn-index-page';
import LessonPage from './lesson-page';

/** The store's own empty workbook, whatever the current schema version. */
const empty = () => structuredClone(useWorkbookStore.getInitialState().workbook);
const titleOf = (id: string) => lessonCatalog.lessons.find((l) => l.id === id)!.title;

/**
 * The lesson body suspends on a lazily loaded file. Rendering inside an awaited `act` lets React retry it once
 * the file has loaded (an un-awaited act drops that retry and leaves the page stuck on its fallback).
 */
async function renderAt(path: string) {
  const user = userEvent.setup();
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/learn" element={<LearnIndexPage />} />
          <Route path="/learn/:lessonId" element={<LessonPage />} />
        </Routes>
      </MemoryRouter>,
    );
  });
  return user;
}

// Lesson bodies and widgets are lazily imported chunks: allow for a slow first import.
const slow = { timeout: 5000 };

const pager = () => within(screen.getByRole('navigation', { name: 'Lessons' }));

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  useWorkbookStore.setState({ workbook: empty() });
});

describe('LessonPage', () => {
  it('shows the lesson with its body loaded', async () => {
    await renderAt('/learn/scoping');
    expect(screen.getByRole('heading', { level: 1, name: titleOf('scoping') })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Course 1, week 3');
    const meta = within(screen.getByText(/^Stage:/));
    expect(meta.getByRole('link', { name: 'Scoping' })).toHaveAttribute('href', '/scoping');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'The scoping process' }, slow),
    ).toBeInTheDocument();
    expect(screen.queryByText('Loading the lesson…')).not.toBeInTheDocument();
    // The body's ```widget lifecycle-map``` block, loaded on demand.
    expect(
      await screen.findByRole('figure', { name: 'The machine-learning project lifecycle' }, slow),
    ).toBeInTheDocument();
    expect(document.title).toBe(`${titleOf('scoping')} · Lifecycle Lab`);
  });

  it('"I have finished this lesson" marks it done, and the course map shows it', async () => {
    const user = await renderAt('/learn/scoping');
    const box = screen.getByRole('checkbox', { name: 'I have finished this lesson' });
    expect(box).not.toBeChecked();

    await user.click(box);
    expect(box).toBeChecked();
    expect(useWorkbookStore.getState().workbook.progress.lessons.scoping).toEqual({
      doneAt: expect.any(String),
    });

    await user.click(screen.getByRole('link', { name: 'Learn' }));
    const card = screen.getByRole('link', { name: titleOf('scoping') }).closest('li')!;
    expect(within(card).getByText('Done')).toBeInTheDocument();
    expect(screen.getByText(/You have finished 1 of 4\./)).toBeInTheDocument();
  });

  it('unticking marks the lesson not done again', async () => {
    useWorkbookStore.getState().setLessonDone('data', true);
    const user = await renderAt('/learn/data');
    const box = screen.getByRole('checkbox', { name: 'I have finished this lesson' });
    expect(box).toBeChecked();
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(useWorkbookStore.getState().workbook.progress.lessons).toEqual({});
  });

  it.each([
    ['scoping', null, 'data'],
    ['data', 'scoping', 'modeling'],
    ['modeling', 'data', 'deployment'],
    ['deployment', 'modeling', null],
  ])('links %s to its neighbours in course order', async (id, previous, next) => {
    await renderAt(`/learn/${id}`);
    const prevLink = pager().queryByRole('link', { name: /^← Previous:/ });
    const nextLink = pager().queryByRole('link', { name: /^Next:/ });
    if (previous) {
      expect(prevLink).toHaveAttribute('href', `/learn/${previous}`);
      expect(prevLink).toHaveAccessibleName(`← Previous: ${titleOf(previous)}`);
    } else expect(prevLink).toBeNull();
    if (next) {
      expect(nextLink).toHaveAttribute('href', `/learn/${next}`);
      expect(nextLink).toHaveAccessibleName(`Next: ${titleOf(next)} →`);
    } else {
      expect(nextLink).toBeNull();
      expect(pager().getByRole('link', { name: 'Back to the course map' })).toHaveAttribute('href', '/learn');
    }
  });

  it('following "Next" opens the next lesson', async () => {
    const user = await renderAt('/learn/scoping');
    // The next lesson's body suspends inside the navigation: await its act, as for the first render.
    await act(async () => {
      await user.click(pager().getByRole('link', { name: /^Next:/ }));
    });
    expect(await screen.findByRole('heading', { level: 1, name: titleOf('data') }, slow)).toBeInTheDocument();
    expect(pager().getByRole('link', { name: /^← Previous:/ })).toHaveAttribute('href', '/learn/scoping');
  });

  it('says "No such lesson" for an unknown id', async () => {
    await renderAt('/learn/no-such-thing');
    expect(screen.getByRole('heading', { level: 1, name: 'No such lesson' })).toBeInTheDocument();
    expect(screen.getByText('no-such-thing')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all lessons' })).toHaveAttribute('href', '/learn');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
