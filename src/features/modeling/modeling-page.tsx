import { LessonSummaryCard, stageLessonsDone } from '@/features/learn';
import { StageNotesEditor, stageProgress, useActiveProject, useLessonsDone } from '@/features/workbook';
import { ProgressChecklist } from '@/components/progress-checklist';
import { WorkspaceLayout } from '@/components/workspace-layout';

const STEPS = [
  { title: 'Baselines', detail: 'Compare with human-level performance, the literature, or an older system.' },
  { title: 'Sanity check', detail: 'Overfit a tiny training set before training at scale.' },
  {
    title: 'Train and evaluate',
    detail: 'Look beyond average accuracy: precision, recall, F1 and key slices.',
  },
  {
    title: 'Error analysis',
    detail: 'Tag errors, find the categories with the most to gain, and track experiments.',
  },
];

/** The modeling workspace: the stage's lesson, its steps and the active project's modeling section. */
export default function ModelingPage() {
  const project = useActiveProject();
  const done = useLessonsDone();
  return (
    <WorkspaceLayout
      title="Modeling"
      lead={
        'Select and train a model, compare it with baselines, and let error analysis tell you what to improve next.'
      }
      steps={STEPS}
      aside={
        <ProgressChecklist
          title="Progress"
          items={stageProgress(project, 'modeling', stageLessonsDone('modeling', done))}
        />
      }
    >
      <LessonSummaryCard stage="modeling" done={done} />
      <StageNotesEditor
        stage="modeling"
        hint={
          'Record baselines, the experiments you ran, what error analysis showed, and what you will try next.'
        }
      />
    </WorkspaceLayout>
  );
}
