import type { Project } from '../schema/workbook-schema';
import type { Stage } from '../schema/stages';

/**
 * How far a project has come in one stage, as checklist items. Each stage's tools add their own items here
 * as they land (canvas sections filled, datasets validated, runs recorded…).
 */
export interface ProgressItem {
  label: string;
  done: boolean;
}

export function stageProgress(project: Project | null, stage: Stage, lessonDone: boolean): ProgressItem[] {
  return [
    { label: 'Lesson finished', done: lessonDone },
    { label: 'Notes written', done: Boolean(project?.sections[stage].notes.trim()) },
  ];
}

export function countDone(items: ProgressItem[]): { done: number; total: number } {
  return { done: items.filter((i) => i.done).length, total: items.length };
}
