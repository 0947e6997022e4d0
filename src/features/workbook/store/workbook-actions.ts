import type { Project, Workbook } from '../schema/workbook-schema';
import { newProject } from '../schema/workbook-schema';
import type { Stage } from '../schema/stages';
import type { ImportPayload } from '../transfer/parse-import';

/**
 * The workbook's changes as pure functions (workbook in, workbook out), so they are tested without a store
 * and the store stays a thin wrapper. Each change that touches a project bumps its `updatedAt`.
 */

export type ConflictMode = 'copy' | 'replace';

export interface DeletedProject {
  project: Project;
  index: number;
  wasActive: boolean;
}

const touch = (p: Project, now: Date): Project => ({ ...p, updatedAt: now.toISOString() });

export function addProject(wb: Workbook, project: Project): Workbook {
  return { ...wb, projects: [...wb.projects, project], activeProjectId: project.id };
}

export function renameProject(wb: Workbook, id: string, name: string, now = new Date()): Workbook {
  const trimmed = name.trim();
  if (!trimmed) return wb;
  return { ...wb, projects: wb.projects.map((p) => (p.id === id ? touch({ ...p, name: trimmed }, now) : p)) };
}

/** A deep copy with a fresh id, placed right after the original. */
export function duplicateProject(
  wb: Workbook,
  id: string,
  now = new Date(),
  newId: string = crypto.randomUUID(),
): Workbook {
  const index = wb.projects.findIndex((p) => p.id === id);
  if (index < 0) return wb;
  const original = wb.projects[index]!;
  const at = now.toISOString();
  const copy: Project = {
    ...structuredClone(original),
    id: newId,
    name: `${original.name} (copy)`,
    createdAt: at,
    updatedAt: at,
  };
  const projects = [...wb.projects];
  projects.splice(index + 1, 0, copy);
  return { ...wb, projects };
}

export function removeProject(
  wb: Workbook,
  id: string,
): { workbook: Workbook; deleted: DeletedProject | null } {
  const index = wb.projects.findIndex((p) => p.id === id);
  if (index < 0) return { workbook: wb, deleted: null };
  const projects = wb.projects.filter((p) => p.id !== id);
  const wasActive = wb.activeProjectId === id;
  const activeProjectId = wasActive
    ? (projects[Math.min(index, projects.length - 1)]?.id ?? null)
    : wb.activeProjectId;
  return {
    workbook: { ...wb, projects, activeProjectId },
    deleted: { project: wb.projects[index]!, index, wasActive },
  };
}

/** Undo of `removeProject`: puts the project back where it was (unless its id was reused meanwhile). */
export function restoreProject(wb: Workbook, deleted: DeletedProject): Workbook {
  if (wb.projects.some((p) => p.id === deleted.project.id)) return wb;
  const projects = [...wb.projects];
  projects.splice(Math.min(deleted.index, projects.length), 0, deleted.project);
  return { ...wb, projects, activeProjectId: deleted.wasActive ? deleted.project.id : wb.activeProjectId };
}

export function updateSection<S extends Stage>(
  wb: Workbook,
  projectId: string,
  stage: S,
  patch: Partial<Project['sections'][S]>,
  now = new Date(),
): Workbook {
  return {
    ...wb,
    projects: wb.projects.map((p) =>
      p.id === projectId
        ? touch({ ...p, sections: { ...p.sections, [stage]: { ...p.sections[stage], ...patch } } }, now)
        : p,
    ),
  };
}

export function setLessonDone(wb: Workbook, lessonId: string, done: boolean, now = new Date()): Workbook {
  const lessons = { ...wb.progress.lessons };
  if (done) lessons[lessonId] = { doneAt: now.toISOString() };
  else delete lessons[lessonId];
  return { ...wb, progress: { lessons } };
}

/** Ids in the payload that already exist in the workbook. */
export function findConflicts(wb: Workbook, payload: ImportPayload): Project[] {
  const ids = new Set(wb.projects.map((p) => p.id));
  return payload.projects.filter((p) => ids.has(p.id));
}

/**
 * Adds imported projects. A project whose id exists is either added as a copy (new id, "(imported)" name)
 * or replaces the existing one in place — the caller asks the user which; nothing is overwritten silently.
 * Lesson progress is merged (a lesson done in either stays done).
 */
export function importProjects(
  wb: Workbook,
  payload: ImportPayload,
  mode: ConflictMode,
  makeId: () => string = () => crypto.randomUUID(),
): { workbook: Workbook; added: number; replaced: number; copied: number } {
  let projects = [...wb.projects];
  let added = 0;
  let replaced = 0;
  let copied = 0;
  let lastId: string | null = null;
  for (const incoming of payload.projects) {
    const at = projects.findIndex((p) => p.id === incoming.id);
    if (at < 0) {
      projects.push(incoming);
      added++;
      lastId = incoming.id;
    } else if (mode === 'replace') {
      projects = projects.map((p, i) => (i === at ? incoming : p));
      replaced++;
      lastId = incoming.id;
    } else {
      const copy = { ...incoming, id: makeId(), name: `${incoming.name} (imported)` };
      projects.push(copy);
      copied++;
      lastId = copy.id;
    }
  }
  const lessons = { ...payload.lessons, ...wb.progress.lessons };
  const activeProjectId = wb.activeProjectId ?? lastId;
  return { workbook: { ...wb, projects, activeProjectId, progress: { lessons } }, added, replaced, copied };
}

export function createProject(
  wb: Workbook,
  name: string,
  now = new Date(),
): { workbook: Workbook; id: string } {
  const project = newProject(name, now);
  return { workbook: addProject(wb, project), id: project.id };
}
