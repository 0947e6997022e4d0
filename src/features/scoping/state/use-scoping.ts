import {
  applyRecipe,
  rowId,
  useSection,
  type Project,
  type ScopingSection,
  type SectionRecipe,
} from '@/features/workbook';

export type ScopingRecipe = SectionRecipe<ScopingSection>;
export { applyRecipe, rowId };

/** The active project's scoping section and a way to change it. */
export function useScoping(): {
  project: Project | null;
  scoping: ScopingSection | null;
  update(recipe: ScopingRecipe): void;
} {
  const { project, section, update } = useSection('scoping');
  return { project, scoping: section, update };
}
