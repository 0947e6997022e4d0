import { useSearchParams } from 'react-router-dom';
import { LessonSummaryCard } from '@/features/learn';
import { StageNotesEditor, useLessonsDone } from '@/features/workbook';
import { GuidedCanvas } from './guided-canvas';
import { MlCanvasView } from './canvas/ml-canvas-view';
import { SectionNav } from './section-nav';
import { ScopingToolbar } from './scoping-toolbar';
import { scopingProgress, totalProgress } from './state/scoping-progress';
import { useScoping } from './state/use-scoping';
import { TemplatePicker } from './template-picker';

/** The scoping studio: the guided canvas or the ML Canvas over the active project's scoping section. */
export default function ScopingPage() {
  const { project, scoping, update } = useScoping();
  const done = useLessonsDone();
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'canvas' ? 'canvas' : 'guided';

  if (!project || !scoping) {
    return (
      <div className="page">
        <h1>Scoping</h1>
        <p className="lead">
          Decide what to build and why. Start a project from a template — a blank canvas or a worked example —
          or choose a project first.
        </p>
        <TemplatePicker />
        <LessonSummaryCard stage="scoping" done={done} />
      </div>
    );
  }

  const progress = scopingProgress(scoping);
  const total = totalProgress(progress);
  return (
    <div className="page scoping">
      <h1>Scoping: {project.name}</h1>
      <p className="lead">
        Work through the scoping process step by step — every field saves as you type and stays editable.
      </p>
      <div className="view-switch" role="group" aria-label="Canvas view">
        <button type="button" aria-pressed={view === 'guided'} onClick={() => setParams({})}>
          Guided canvas
        </button>
        <button type="button" aria-pressed={view === 'canvas'} onClick={() => setParams({ view: 'canvas' })}>
          Machine Learning Canvas
        </button>
      </div>
      <ScopingToolbar project={project} />
      {view === 'guided' ? (
        <div className="scoping-layout">
          <SectionNav progress={progress} total={total} />
          <GuidedCanvas scoping={scoping} update={update} progress={progress} />
        </div>
      ) : (
        <MlCanvasView scoping={scoping} update={update} />
      )}
      <StageNotesEditor stage="scoping" hint="Anything else from your scoping discussions." />
      <TemplatePicker />
      <LessonSummaryCard stage="scoping" done={done} />
    </div>
  );
}
