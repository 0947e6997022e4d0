import { LessonSummaryCard, stageLessonsDone } from '@/features/learn';
import { StageNotesEditor, stageProgress, useActiveProject, useLessonsDone } from '@/features/workbook';
import { ProgressChecklist } from '@/components/progress-checklist';
import { WorkspaceLayout } from '@/components/workspace-layout';
import { DeploymentStudio } from './studio/deployment-studio';

const STEPS = [
  {
    title: 'Plan the deployment',
    detail: 'Real time or batch, cloud or edge, latency and throughput budgets, logging, privacy.',
  },
  {
    title: 'Roll out gradually',
    detail: 'Shadow mode, a canary on a small share of traffic, or blue-green with instant rollback.',
  },
  {
    title: 'Choose the degree of automation',
    detail: 'From human only through AI assistance to full automation.',
  },
  {
    title: 'Monitor and maintain',
    detail: 'Software, input and output metrics with thresholds; retrain when the world moves.',
  },
];

/** The deployment workspace: the stage's lesson, its steps and the active project's deployment section. */
export default function DeploymentPage() {
  const project = useActiveProject();
  const done = useLessonsDone();
  return (
    <WorkspaceLayout
      title="Deployment"
      lead={
        'Ship the model safely, monitor it, and catch data drift and concept drift before they hurt users.'
      }
      steps={STEPS}
      wide={<DeploymentStudio />}
      aside={
        <ProgressChecklist
          title="Progress"
          items={stageProgress(project, 'deployment', stageLessonsDone('deployment', done))}
        />
      }
    >
      <LessonSummaryCard stage="deployment" done={done} />
      <StageNotesEditor
        stage="deployment"
        hint={
          'Record the deployment pattern, the metrics you will monitor with their thresholds, and your retraining plan.'
        }
      />
    </WorkspaceLayout>
  );
}
