import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { ActiveTable } from '@/features/data';
import { rowId } from '@/features/workbook';
import type { TrainOutcome } from '@/lib/ml/worker-protocol';
import { sortClassNames } from '@/lib/ml/preprocess';
import { toRunRecord, schemaHash } from '../runs/run-record';
import { useModeling } from '../state/use-modeling';
import { useTrainingSession } from '../state/training-session';
import { BoundaryCanvas } from './boundary-canvas';
import { SanityCheck } from './sanity-check';
import { SaveModelButton } from '../runs/save-model-button';
import { SetupForm } from './setup-form';
import { DatasetPicker } from './dataset-picker';
import { SplitSourceChoice, usePlannerSplit } from './split-source';
import { defaultSetup, setupProblems, type TrainSetup } from './train-setup';
import { useTrainRun } from './use-train-run';

const TrainingCharts = lazy(() => import('./training-charts'));
type Ready = Extract<ActiveTable, { status: 'ready' }>;

function classCounter(active: Ready) {
  return (name: string) => {
    const s = active.statistics.find((x) => x.name === name);
    return s && (s.kind === 'categories' || s.kind === 'text')
      ? s.uniqueCount
      : s?.kind === 'numeric'
        ? Infinity
        : null;
  };
}

/** Build, train and watch: the setup form, the run controls, live curves and the decision boundary. */
export function TrainPanel({ active }: { active: Ready }) {
  const { update } = useModeling();
  const session = useTrainingSession();
  const classCountOf = useMemo(() => classCounter(active), [active]);
  const [setup, setSetup] = useState<TrainSetup>(() => defaultSetup(active.schema.columns, classCountOf));
  const [setupFor, setSetupFor] = useState(active.meta.id);
  if (setupFor !== active.meta.id) {
    setSetupFor(active.meta.id);
    setSetup(defaultSetup(active.schema.columns, classCountOf));
  }

  const plan = usePlannerSplit(active, setup.labelColumn);
  const record = useCallback(
    (status: 'completed' | 'stopped', outcome: TrainOutcome) => {
      const id = rowId();
      const run = toRunRecord(outcome, {
        id,
        name: `Run ${new Date().toLocaleTimeString()} · ${setup.hiddenLayers.join('-') || 'linear'} ${setup.optimizer}`,
        createdAt: new Date().toISOString(),
        status,
        dataset: {
          id: active.meta.id,
          name: active.meta.name,
          schemaHash: schemaHash(active.schema.columns),
          rows: active.table.rowCount,
        },
        labelColumn: setup.labelColumn,
        features: setup.features,
        split:
          setup.splitSource === 'planner' && plan.ok
            ? { kind: 'planner', validationShare: plan.devShare, seed: plan.seed }
            : { kind: 'random', validationShare: setup.validationShare, seed: setup.seed },
      });
      const refused = update((m) => void m.runs.unshift(run));
      useTrainingSession
        .getState()
        .set(refused ? { error: `The run could not be recorded: ${refused}` } : { recordId: id });
    },
    [active, setup, update, plan],
  );
  const run = useTrainRun(record);
  const problems = [
    ...setupProblems(setup),
    ...(setup.splitSource === 'planner' && !plan.ok ? [plan.reason] : []),
  ];
  const busy = session.status === 'preparing' || session.status === 'training' || session.status === 'paused';
  const last = session.epochs[session.epochs.length - 1];
  // The charts render at transition priority: React slices their redraw into short tasks and the
  // controls stay responsive while a run streams epochs in.
  const chartEpochs = useDeferredValue(session.epochs);
  const twoD = setup.features.length === 2;
  // Class names in the model's output order (the preprocessor sorts them the same way).
  const classes = useMemo(() => {
    const c = active.table.columns.indexOf(setup.labelColumn);
    return c < 0 ? [] : sortClassNames(active.table.data[c]!.filter((v): v is string => v !== null));
  }, [active.table, setup.labelColumn]);

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="setup-title">
        <h2 id="setup-title">Build the model</h2>
        <DatasetPicker disabled={busy} />
        <SetupForm
          columns={active.schema.columns}
          setup={setup}
          onChange={setSetup}
          classCountOf={classCountOf}
          disabled={busy}
        />
        <SplitSourceChoice setup={setup} onChange={setSetup} plan={plan} disabled={busy} />
        {problems.length > 0 && (
          <ul className="checks" aria-label="Fix before training">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <div className="button-row" role="group" aria-label="Training controls">
          <button
            type="button"
            className="primary"
            disabled={busy || problems.length > 0}
            onClick={() =>
              run.start(
                active,
                setup,
                setup.splitSource === 'planner' && plan.ok ? { assignment: plan.assignment } : undefined,
              )
            }
          >
            Train
          </button>
          {session.status === 'paused' ? (
            <button type="button" onClick={run.resume}>
              Resume
            </button>
          ) : (
            <button type="button" disabled={session.status !== 'training'} onClick={run.pause}>
              Pause
            </button>
          )}
          <button type="button" className="danger" disabled={!busy} onClick={run.stop}>
            Stop
          </button>
        </div>
        <SanityCheck active={active} setup={setup} disabled={busy || problems.length > 0} />
      </section>

      {session.status !== 'idle' && session.datasetId === active.meta.id && (
        <section className="card stack" aria-labelledby="progress-title">
          <h2 id="progress-title">Training</h2>
          <p role="status" aria-live="polite">
            {session.status === 'preparing' && 'Preparing the data and measuring the backends…'}
            {(session.status === 'training' || session.status === 'paused') &&
              `${session.status === 'paused' ? 'Paused at' : 'Epoch'} ${last ? last.epoch + 1 : 0} of ${session.epochsPlanned}${last ? ` · loss ${last.loss.toFixed(4)}` : ''}${last?.valAcc != null ? ` · validation accuracy ${(last.valAcc * 100).toFixed(1)} %` : ''}`}
            {session.status === 'done' &&
              `Finished ${session.epochs.length} epochs${last?.valAcc != null ? ` · validation accuracy ${(last.valAcc * 100).toFixed(1)} %` : ''}. The run is recorded below.`}
            {session.status === 'stopped' &&
              `Stopped after ${session.epochs.length} epochs. The run so far is recorded below.`}
          </p>
          <progress
            max={session.epochsPlanned || 1}
            value={session.epochs.length}
            aria-label="Epochs completed"
          />
          {session.error && (
            <p className="callout callout-error" role="alert">
              {session.error}
            </p>
          )}
          {session.backend && (
            <p className="field-hint">
              Backend: <strong>{session.backend.chosen}</strong>
              {session.backend.overridden
                ? ' (your choice)'
                : ` — fastest of ${Object.entries(session.backend.timings)
                    .map(([name, ms]) => `${name} ${Number(ms).toFixed(2)} ms/step`)
                    .join(', ')}`}
            </p>
          )}
          {session.outcome && (session.status === 'done' || session.status === 'stopped') && (
            <SaveModelButton
              outcome={session.outcome}
              runId={session.recordId}
              datasetId={active.meta.id}
              labelColumn={setup.labelColumn}
              features={setup.features}
            />
          )}
          <div className="train-visuals">
            <Suspense fallback={<p className="loading">Loading charts…</p>}>
              <TrainingCharts epochs={chartEpochs} />
            </Suspense>
            {twoD && session.boundary && (
              <BoundaryCanvas
                boundary={session.boundary}
                table={active.table}
                features={[setup.features[0]!, setup.features[1]!]}
                label={setup.labelColumn}
                classes={classes}
              />
            )}
          </div>
        </section>
      )}
    </div>
  );
}
