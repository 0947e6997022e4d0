import { expect, it } from 'vitest';
import { lessonCatalog } from './lesson-catalog';
import { WIDGET_NAMES } from '../widgets/widget-names';

// The real content/ folder: every lesson must be valid, each Course 1 stage must have one, and every widget
// a lesson embeds must exist in the registry.
it('has no invalid lessons', () => {
  expect(lessonCatalog.problems).toEqual([]);
});

it('covers the four Course 1 stages', () => {
  const stages = new Set(lessonCatalog.lessons.filter((l) => l.course === 1).map((l) => l.stage));
  expect([...stages].sort()).toEqual(['data', 'deployment', 'modeling', 'scoping']);
});

const bodies = import.meta.glob<string>('/content/lessons/*.md', {
  query: '?lesson-body',
  import: 'default',
  eager: true,
});

it('embeds only registered widgets', () => {
  expect(Object.keys(bodies)).toHaveLength(lessonCatalog.lessons.length);
  for (const lesson of lessonCatalog.lessons) {
    const body = bodies[`/content/lessons/${lesson.file}`]!;
    expect(body).not.toMatch(/^---/);
    for (const [, name] of body.matchAll(/^```widget[ \t]+([\w-]+)/gm)) {
      expect(WIDGET_NAMES, `${lesson.file} uses widget "${name}"`).toContain(name);
    }
  }
});
