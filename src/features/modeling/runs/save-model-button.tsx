import { useState } from 'react';
import { rowId } from '@/features/workbook';
import type { TrainOutcome } from '@/lib/ml/worker-protocol';
import { useModeling } from '../state/use-modeling';
import { modelKey, saveModel } from './model-store';

/** Saves the session's trained model in IndexedDB (tf.io) and lists it with its run. */
export function SaveModelButton({
  outcome,
  runId,
  datasetId,
  labelColumn,
  features,
}: {
  outcome: TrainOutcome;
  runId: string | null;
  datasetId: string;
  labelColumn: string;
  features: string[];
}) {
  const { modeling, update } = useModeling();
  const [state, setState] = useState<
    { kind: 'idle' } | { kind: 'saving' } | { kind: 'error'; message: string }
  >({ kind: 'idle' });
  const saved = runId ? modeling?.runs.find((r) => r.id === runId)?.savedModelId : null;
  if (saved)
    return (
      <p className="callout callout-ok">This model is saved in this browser (see Saved models below).</p>
    );
  return (
    <div className="stack">
      <button
        type="button"
        disabled={state.kind === 'saving' || !runId}
        onClick={async () => {
          setState({ kind: 'saving' });
          try {
            const id = rowId();
            const url = await saveModel(outcome.model, modelKey(id));
            const run = modeling?.runs.find((r) => r.id === runId);
            update((m) => {
              m.savedModels.unshift({
                id,
                runId: runId ?? '',
                name: run?.name ?? `Model ${id}`,
                savedAt: new Date().toISOString(),
                url,
                preprocessor: outcome.preprocessor,
                classes: outcome.classes,
                features,
                labelColumn,
                datasetId,
              });
              const r = m.runs.find((x) => x.id === runId);
              if (r) r.savedModelId = id;
            });
            setState({ kind: 'idle' });
          } catch (e) {
            setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
          }
        }}
      >
        {state.kind === 'saving' ? 'Saving the model…' : 'Save this model'}
      </button>
      {state.kind === 'error' && (
        <p className="callout callout-error" role="alert">
          The model could not be saved: {state.message}
        </p>
      )}
    </div>
  );
}
