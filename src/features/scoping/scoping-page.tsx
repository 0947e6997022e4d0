import { LessonSummaryCard, stageLessonsDone } from '@/features/learn';
import { StageNotesEditor, stageProgress, useActiveProject, useLessonsDone } from '@/features/workbook';
import { ProgressChecklist } from '@/components/progress-checklist';
import { WorkspaceLayout } from '@/components/workspace-layout';

const STEPS = [
  {
    title: 'Business problem',
    detail: 'State the problem in business terms, who has it and what it costs today.',
  },
  { title: 'AI solutions', detail: 'List candidate solutions; assess each one on its own.' },
  {
    title: 'Feasibility and value',
    detail:
      'Check human-level performance, predictive features and project history; estimate how the ML metric moves the business metric.',
  },
  { title: 'Ethics', detail: 'Ask who could be harmed and whether the project is net positive.' },
  {
    title: 'Milestones and resources',
    detail: 'Set ML, software and business targets, people, data, compute and a timeline.',
  },
];

/** The scoping workspace: the stage's lesson, its steps and the active project's scoping section. */
export default function ScopingPage() {
  const project = useActiveProject();
  const done = useLessonsDone();
  return (
    <WorkspaceLayout
      title="Scoping"
      lead={
        'Decide what to build and why: the business problem, candidate AI solutions, their feasibility and value, ethics, milestones and resources.'
      }
      steps={STEPS}
      aside={
        <ProgressChecklist
          title="Progress"
          items={stageProgress(project, 'scoping', stageLessonsDone('scoping', done))}
        />
      }
    >
      <LessonSummaryCard stage="scoping" done={done} />
      <StageNotesEditor
        stage="scoping"
        hint={
          'Write the business problem, the AI solutions you are weighing, and how you will judge feasibility and value.'
        }
      />
    </WorkspaceLayout>
  );
}
