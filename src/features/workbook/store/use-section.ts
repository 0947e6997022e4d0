import { useCallback } from 'react';
import type { Project } from '../schema/workbook-schema';
import type { Stage } from '../schema/stages';
import { useActiveProject } from './workbook-hooks';
import { useWorkbookStore } from './workbook-store';

/** Changes a section by mutating a copy; the store receives a new section object. */
export type SectionRecipe<T> = (draft: T) => void;

export function applyRecipe<T>(section: T, recipe: SectionRecipe<T>): T {
  const draft = structuredClone(section);
  recipe(draft);
  return draft;
}

/**
 * The active project's section for one stage and a way to change it. `update` reads the latest state rather
 * than the render's snapshot, so quick successive edits never drop one another; edits that would break the
 * schema are refused by the store.
 */
export function useSection<S extends Stage>(
  stage: S,
): {
  project: Project | null;
  section: Project['sections'][S] | null;
  /** Returns null when the change was kept, or why it was refused. */
  update(recipe: SectionRecipe<Project['sections'][S]>): string | null;
} {
  const project = useActiveProject();
  const updateSection = useWorkbookStore((s) => s.updateSection);
  const update = useCallback(
    (recipe: SectionRecipe<Project['sections'][S]>) => {
      const wb = useWorkbookStore.getState().workbook;
      const current = wb.projects.find((p) => p.id === wb.activeProjectId);
      if (!current) return 'no project is active';
      return updateSection(current.id, stage, applyRecipe(current.sections[stage], recipe));
    },
    [updateSection, stage],
  );
  return { project, section: project?.sections[stage] ?? null, update };
}

/** Short random ids for list rows; unique within a project is all they need. */
export function rowId(): string {
  return crypto.randomUUID().slice(0, 8);
}
