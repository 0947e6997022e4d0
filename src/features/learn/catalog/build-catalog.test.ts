import { describe, expect, it } from 'vitest';
import { buildCatalog, groupByCourseAndWeek, neighbours } from './build-catalog';

const meta = (id: string): Record<string, unknown> => ({
  id,
  title: id.toUpperCase(),
  course: 1,
  week: id === 'b' ? 1 : 3,
  stage: 'data',
  order: id.charCodeAt(0),
  summary: `About ${id}.`,
});
const lesson = (id: string, file = `${id}.md`) => ({ file, data: meta(id) });

describe('buildCatalog', () => {
  it('reads, validates and orders lessons', () => {
    const { lessons, problems } = buildCatalog([lesson('c'), lesson('a')]);
    expect(problems).toEqual([]);
    expect(lessons.map((l) => l.id)).toEqual(['a', 'c']);
    expect(lessons[0]).toMatchObject({ title: 'A', file: 'a.md', stage: 'data' });
  });

  it('reports a lesson with missing or wrong fields, and duplicate ids, without dropping the others', () => {
    const { lessons, problems } = buildCatalog([
      lesson('a', 'ok.md'),
      lesson('a', 'dup.md'),
      { file: 'bad-stage.md', data: { ...meta('z'), stage: 'cooking' } },
      { file: 'no-summary.md', data: { ...meta('q'), summary: undefined } },
      { file: 'broken.md', data: {}, error: 'front matter is not valid YAML: x' },
    ]);
    expect(lessons.map((l) => l.id)).toEqual(['a']);
    expect(problems).toEqual([
      { file: 'dup.md', error: 'duplicate lesson id "a"' },
      { file: 'bad-stage.md', error: expect.stringMatching(/^stage: /) },
      { file: 'no-summary.md', error: expect.stringMatching(/^summary: /) },
      { file: 'broken.md', error: 'front matter is not valid YAML: x' },
    ]);
  });

  it('groups by course and week and finds neighbours', () => {
    const { lessons } = buildCatalog([lesson('a'), lesson('b'), lesson('c')]);
    expect(
      groupByCourseAndWeek(lessons).map((c) => [
        c.course,
        c.weeks.map((w) => [w.week, w.lessons.map((l) => l.id)]),
      ]),
    ).toEqual([
      [
        1,
        [
          [1, ['b']],
          [3, ['a', 'c']],
        ],
      ],
    ]);
    expect(neighbours(lessons, 'b')).toEqual({ previous: lessons[0], next: lessons[2] });
    expect(neighbours(lessons, 'a').previous).toBeNull();
    expect(neighbours(lessons, 'nope')).toEqual({ previous: null, next: null });
  });
});
