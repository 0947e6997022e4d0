import { useSection, type ModelingSection, type Project, type SectionRecipe } from '@/features/workbook';

export type ModelingRecipe = SectionRecipe<ModelingSection>;

/** The active project's modeling section and a way to change it. */
export function useModeling(): {
  project: Project | null;
  modeling: ModelingSection | null;
  update(recipe: ModelingRecipe): string | null;
} {
  const { project, section, update } = useSection('modeling');
  return { project, modeling: section, update };
}
