import { useSection, type DataSection, type Project, type SectionRecipe } from '@/features/workbook';

export type DataRecipe = SectionRecipe<DataSection>;

/** The active project's data section and a way to change it. */
export function useData(): {
  project: Project | null;
  data: DataSection | null;
  update(recipe: DataRecipe): string | null;
} {
  const { project, section, update } = useSection('data');
  return { project, data: section, update };
}
