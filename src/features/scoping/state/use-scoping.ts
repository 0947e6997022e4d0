import { useCallback } from 'react';
import { useActiveProject, useWorkbookStore, type Project, type ScopingSection } from '@/features/workbook';

/** Changes the scoping section by mutating a copy; the store receives a new section object. */
export type ScopingRecipe = (draft: ScopingSection) => void;

export function applyRecipe(section: ScopingSection, recipe: ScopingRecipe): ScopingSection {
  const draft = structuredClone(section);
  recipe(draft);
  return draft;
}

/** The active project's scoping section and a way to change it. */
export function useScoping(): {
  project: Project | null;
  scoping: ScopingSection | null;
  update(recipe: ScopingRecipe): void;
} {
  const project = useActiveProject();
  const updateSection = useWorkbookStore((s) => s.updateSection);
  const update = useCallback(
    (recipe: ScopingRecipe) => {
      // Read the latest state, not the render's snapshot, so quick successive edits never drop one another.
      const wb = useWorkbookStore.getState().workbook;
      const current = wb.projects.find((p) => p.id === wb.activeProjectId);
      if (!current) return;
      updateSection(current.id, 'scoping', applyRecipe(current.sections.scoping, recipe));
    },
    [updateSection],
  );
  return { project, scoping: project?.sections.scoping ?? null, update };
}

/** Short random ids for list rows (solutions, rungs, metrics); unique within a project is all we need. */
export function rowId(): string {
  return crypto.randomUUID().slice(0, 8);
}
