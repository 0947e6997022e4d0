import { describe, expect, it } from 'vitest';
import { emptyWorkbook, newProject, type Workbook } from '../schema/workbook-schema';
import * as a from './workbook-actions';

const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-01-02T00:00:00Z');

function withProjects(...names: string[]): Workbook {
  return names.reduce((wb, name, i) => a.addProject(wb, newProject(name, t0, `id-${i}`)), emptyWorkbook());
}

describe('workbook actions', () => {
  it('creates a project and makes it active', () => {
    const { workbook, id } = a.createProject(emptyWorkbook(), '  Churn  ', t0);
    expect(workbook.projects.map((p) => p.name)).toEqual(['Churn']);
    expect(workbook.activeProjectId).toBe(id);
  });

  it('renames and bumps updatedAt, ignoring blank names', () => {
    const wb = a.renameProject(withProjects('A'), 'id-0', 'B', t1);
    expect(wb.projects[0]).toMatchObject({
      name: 'B',
      updatedAt: t1.toISOString(),
      createdAt: t0.toISOString(),
    });
    expect(a.renameProject(wb, 'id-0', '   ', t1)).toBe(wb);
  });

  it('duplicates deeply, right after the original', () => {
    let wb = withProjects('A', 'B');
    wb = a.updateSection(wb, 'id-0', 'data', { notes: 'x' }, t0);
    const dup = a.duplicateProject(wb, 'id-0', t1, 'copy');
    expect(dup.projects.map((p) => p.name)).toEqual(['A', 'A (copy)', 'B']);
    expect(dup.projects[1]!.sections.data.notes).toBe('x');
    expect(dup.projects[1]!.sections).not.toBe(dup.projects[0]!.sections);
  });

  it('deletes, moves the active project to a neighbour, and undoes exactly', () => {
    const wb = { ...withProjects('A', 'B', 'C'), activeProjectId: 'id-1' };
    const { workbook, deleted } = a.removeProject(wb, 'id-1');
    expect(workbook.projects.map((p) => p.id)).toEqual(['id-0', 'id-2']);
    expect(workbook.activeProjectId).toBe('id-2');
    expect(a.restoreProject(workbook, deleted!)).toEqual(wb);
  });

  it('deleting the last project leaves no active project', () => {
    const { workbook } = a.removeProject(withProjects('A'), 'id-0');
    expect(workbook.activeProjectId).toBeNull();
  });

  it('updates one stage section only', () => {
    const wb = a.updateSection(withProjects('A', 'B'), 'id-1', 'modeling', { notes: 'baseline 95%' }, t1);
    expect(wb.projects[1]!.sections.modeling.notes).toBe('baseline 95%');
    expect(wb.projects[1]!.updatedAt).toBe(t1.toISOString());
    expect(wb.projects[0]!.sections.modeling.notes).toBe('');
  });

  it('marks lessons done and not done', () => {
    const done = a.setLessonDone(emptyWorkbook(), 'data', true, t1);
    expect(done.progress.lessons).toEqual({ data: { doneAt: t1.toISOString() } });
    expect(a.setLessonDone(done, 'data', false).progress.lessons).toEqual({});
  });

  it('imports conflicting ids as copies or replacements, never silently', () => {
    const wb = withProjects('A');
    const incoming = { ...newProject('A v2', t1, 'id-0') };
    const payload = { kind: 'project' as const, projects: [incoming], lessons: {} };
    expect(a.findConflicts(wb, payload).map((p) => p.id)).toEqual(['id-0']);

    const copied = a.importProjects(wb, payload, 'copy', () => 'fresh');
    expect(copied.copied).toBe(1);
    expect(copied.workbook.projects.map((p) => [p.id, p.name])).toEqual([
      ['id-0', 'A'],
      ['fresh', 'A v2 (imported)'],
    ]);

    const replaced = a.importProjects(wb, payload, 'replace');
    expect(replaced.replaced).toBe(1);
    expect(replaced.workbook.projects).toEqual([incoming]);
  });

  it('merges lesson progress on import', () => {
    const wb = a.setLessonDone(emptyWorkbook(), 'a', true, t0);
    const result = a.importProjects(
      wb,
      { kind: 'workbook', projects: [], lessons: { a: { doneAt: null }, b: { doneAt: null } } },
      'copy',
    );
    expect(result.workbook.progress.lessons).toEqual({
      a: { doneAt: t0.toISOString() },
      b: { doneAt: null },
    });
  });
});
