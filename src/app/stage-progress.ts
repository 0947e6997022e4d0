import type { LifecycleStage } from '@/components/lifecycle-map';
import { stageLessonsDone } from '@/features/learn';
import { scopingProgress } from '@/features/scoping';
import { stageProgress, type Project, type ProgressItem } from '@/features/workbook';

const SCOPING_SECTION_LABELS = {
  business: 'Business problem',
  solutions: 'AI solutions',
  feasibility: 'Feasibility',
  value: 'Value',
  ethics: 'Ethics',
  milestones: 'Milestones and resources',
} as const;

/**
 * The checklist behind each stage's progress on the home page. Stages whose studio has landed count their
 * studio's sections (complete when every field is filled); the others count the lesson and the notes.
 */
export function lifecycleProgress(
  project: Project | null,
  stage: LifecycleStage['id'],
  done: Record<string, unknown>,
): ProgressItem[] {
  const lesson = { label: 'Lesson finished', done: stageLessonsDone(stage, done) };
  if (stage === 'scoping' && project) {
    const p = scopingProgress(project.sections.scoping);
    return [
      lesson,
      ...Object.entries(SCOPING_SECTION_LABELS).map(([id, label]) => ({
        label,
        done: p[id as keyof typeof p].filled === p[id as keyof typeof p].total,
      })),
    ];
  }
  if (stage === 'data' && project) {
    const d = project.sections.data;
    return [
      lesson,
      { label: 'A dataset added', done: d.datasets.length > 0 },
      { label: 'x and y defined', done: Boolean(d.definition.x.trim() && d.definition.y.trim()) },
      { label: 'Label classes defined', done: d.definition.labelClasses.length > 0 },
      { label: 'Data sources listed', done: d.inventory.length > 0 },
      { label: 'Label consistency studied', done: d.consistency.examples.length > 0 },
    ];
  }
  return stageProgress(project, stage, lesson.done);
}
