import { Link } from 'react-router-dom';
import { LifecycleMap, LIFECYCLE_STAGES } from '@/components/lifecycle-map';
import { countDone, useActiveProject, useLessonsDone, useWorkbookStore } from '@/features/workbook';
import { lifecycleProgress } from './stage-progress';

export default function HomePage() {
  const project = useActiveProject();
  const done = useLessonsDone();
  const projectCount = useWorkbookStore((s) => s.workbook.projects.length);
  const stages = LIFECYCLE_STAGES.map((s) => ({
    ...s,
    href: `/${s.id}`,
    progress: countDone(lifecycleProgress(project, s.id, done)),
  }));

  return (
    <div className="page home">
      <h1>The machine-learning project lifecycle</h1>
      <p className="lead">
        Scope a project, define and label its data, train and analyse a model, then deploy and monitor it —
        and loop back when what you learn demands it. Each stage has a workspace; the lessons explain the
        ideas.
      </p>
      <div className="home-project">
        {project ? (
          <p>
            Progress shown for <strong>{project.name}</strong>.{' '}
            <Link to="/projects">Switch or manage projects</Link>.
          </p>
        ) : (
          <p>
            {projectCount === 0 ? 'You have no project yet.' : 'No project is active.'}{' '}
            <Link to="/projects" className="button primary">
              {projectCount === 0 ? 'Create your first project' : 'Choose a project'}
            </Link>{' '}
            or <Link to="/learn">start with the lessons</Link>.
          </p>
        )}
      </div>
      <LifecycleMap stages={stages} />
    </div>
  );
}
