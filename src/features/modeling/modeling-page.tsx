import { useDeferredValue } from 'react';
import { Link } from 'react-router-dom';
import { ActiveDatasetGate, useActiveTable } from '@/features/data';
import { LessonSummaryCard } from '@/features/learn';
import { StageNotesEditor, useLessonsDone } from '@/features/workbook';
import { EvaluationPanel } from './evaluate/evaluation-panel';
import { AnalysisSection } from './analysis/analysis-section';
import { RunsSection } from './runs/runs-section';
import { useHlp } from './state/use-hlp';
import { useModeling } from './state/use-modeling';
import { useTrainingSession } from './state/training-session';
import { TrainPanel } from './train/train-panel';

/** The modeling workbench: train in the browser, evaluate, analyse errors, and track runs. */
export default function ModelingPage() {
  const { project } = useModeling();
  const done = useLessonsDone();
  const active = useActiveTable();
  // The results (evaluation, error analysis, slices) mount at transition priority when a run ends, so their
  // first render is sliced into short tasks instead of one long one.
  const outcome = useDeferredValue(useTrainingSession((s) => s.outcome));
  const outcomeDataset = useTrainingSession((s) => s.datasetId);
  const hlp = useHlp();

  if (!project) {
    return (
      <div className="page">
        <h1>Modeling</h1>
        <p className="lead">
          Train real models in your browser, evaluate them against baselines, and let error analysis decide
          what to do next.
        </p>
        <section className="card empty-state">
          <h2>No project yet</h2>
          <p>
            <Link to="/projects">Create or choose a project</Link>, add a dataset in the{' '}
            <Link to="/data">data studio</Link>, then come back to train.
          </p>
        </section>
        <LessonSummaryCard stage="modeling" done={done} />
      </div>
    );
  }
  const showResults = outcome && active.status === 'ready' && outcomeDataset === active.meta.id;
  return (
    <div className="page modeling">
      <h1>Modeling: {project.name}</h1>
      <p className="lead">
        Models train in a background worker with TensorFlow.js, on this device. Choose the label and features,
        build the network, train, then evaluate against the baselines.
      </p>
      <ActiveDatasetGate>{(ready) => <TrainPanel active={ready} />}</ActiveDatasetGate>
      {showResults && (
        <section className="card stack" aria-labelledby="evaluate-title">
          <h2 id="evaluate-title">Evaluate on the validation set</h2>
          <EvaluationPanel outcome={outcome} hlp={hlp} />
        </section>
      )}
      {showResults && active.status === 'ready' && (
        <AnalysisSection
          outcome={outcome}
          table={active.table}
          datasetId={active.meta.id}
          columns={active.schema.columns}
        />
      )}
      <RunsSection />
      <StageNotesEditor
        stage="modeling"
        hint="Baselines, what error analysis showed, and what you will try next."
      />
      <LessonSummaryCard stage="modeling" done={done} />
    </div>
  );
}
