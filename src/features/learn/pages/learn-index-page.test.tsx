import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useWorkbookStore } from '@/features/workbook';
import { lessonCatalog } from '../catalog/lesson-catalog';
import LearnIndexPage from './learn-index-page';

/** The store's own empty workbook, whatever the current schema version. */
const empty = () => structuredClone(useWorkbookStore.getInitialState().workbook);
const titleOf = (id: string) => lessonCatalog.lessons.find((l) => l.id === id)!.title;

function renderMap() {
  render(
    <MemoryRouter initialEntries={['/learn']}>
      <LearnIndexPage />
    </MemoryRouter>,
  );
}

/** Lesson ids listed under each "Week N" heading, read from the links. */
function weeks(): Record<string, string[]> {
  return Object.fromEntries(
    screen.getAllByRole('heading', { level: 3, name: /^Week \d$/ }).map((heading) => [
      heading.textContent,
      within(heading.nextElementSibling as HTMLElement)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')!.replace('/learn/', '')),
    ]),
  );
}

const cardOf = (id: string) => screen.getByRole('link', { name: titleOf(id) }).closest('li')!;

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

beforeEach(() => {
  useWorkbookStore.setState({ workbook: empty() });
});

describe('LearnIndexPage', () => {
  it('reads the four real lessons without problems', () => {
    expect(lessonCatalog.problems).toEqual([]);
    expect(lessonCatalog.lessons.map((l) => l.id)).toEqual(['scoping', 'data', 'modeling', 'deployment']);
  });

  it('lists the lessons of course 1 grouped under their weeks', () => {
    renderMap();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Course 1 · Introduction to ML in production' }),
    ).toBeInTheDocument();
    expect(weeks()).toEqual({
      'Week 1': ['deployment'],
      'Week 2': ['modeling'],
      'Week 3': ['scoping', 'data'],
    });
    for (const lesson of lessonCatalog.lessons) {
      const card = cardOf(lesson.id);
      expect(card).toHaveTextContent(lesson.summary);
      expect(within(card).getByText('Not started')).toBeInTheDocument();
    }
    expect(screen.getByText(/You have finished 0 of 4\./)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('marks finished lessons as done', () => {
    useWorkbookStore.getState().setLessonDone('data', true);
    renderMap();
    expect(within(cardOf('data')).getByText('Done')).toBeInTheDocument();
    expect(within(cardOf('scoping')).queryByText('Done')).not.toBeInTheDocument();
    expect(screen.getByText(/You have finished 1 of 4\./)).toBeInTheDocument();
  });
});
