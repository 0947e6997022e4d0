import { LessonSummaryCard, stageLessonsDone } from '@/features/learn';
import { StageNotesEditor, stageProgress, useActiveProject, useLessonsDone } from '@/features/workbook';
import { ProgressChecklist } from '@/components/progress-checklist';
import { WorkspaceLayout } from '@/components/workspace-layout';

const STEPS = [
  {
    title: 'Define x and y',
    detail: 'Say what an input is, what a label is, and how ambiguous cases are labelled.',
  },
  {
    title: 'Label consistently',
    detail: 'Have several labelers label the same examples and resolve disagreements.',
  },
  { title: 'Establish a baseline', detail: 'Measure human-level performance or another reference point.' },
  {
    title: 'Organise and split',
    detail: 'Inventory data sources, then split train/dev/test with balanced classes.',
  },
];

/** The data workspace: the stage's lesson, its steps and the active project's data section. */
export default function DataPage() {
  const project = useActiveProject();
  const done = useLessonsDone();
  return (
    <WorkspaceLayout
      title="Data"
      lead={
        'Define what x and y are, label them consistently, establish a baseline, and organise the data you have.'
      }
      steps={STEPS}
      aside={
        <ProgressChecklist
          title="Progress"
          items={stageProgress(project, 'data', stageLessonsDone('data', done))}
        />
      }
    >
      <LessonSummaryCard stage="data" done={done} />
      <StageNotesEditor
        stage="data"
        hint={
          'Write your definition of x and y, labeling instructions and ambiguous cases, and where the data comes from.'
        }
      />
    </WorkspaceLayout>
  );
}
