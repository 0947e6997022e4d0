import { useState } from 'react';
import { rowId } from '@/features/workbook';
import { useModeling } from '../state/use-modeling';
import {
  deleteModel,
  downloadModel,
  loadModelFromFiles,
  modelKey,
  saveModel,
  safeFileBase,
} from './model-store';
import { RunCompare } from './run-compare';
import { RunsTable } from './runs-table';
import { pairModelFiles, SavedModels } from './saved-models';

/** The experiment log (runs table, side-by-side comparison) and the models saved in this browser. */
export function RunsSection() {
  const { modeling, update } = useModeling();
  const [selected, setSelected] = useState<string[]>([]);
  if (!modeling) return null;
  const [a, b] = selected.map((id) => modeling.runs.find((r) => r.id === id)).filter((r) => r !== undefined);
  return (
    <>
      <section className="card stack" aria-labelledby="runs-title">
        <h2 id="runs-title">Runs ({modeling.runs.length})</h2>
        <p className="field-hint">
          Every run is recorded with its data, settings, seed, backend and results. Tick two runs to compare
          them.
        </p>
        <RunsTable
          runs={modeling.runs}
          selected={selected}
          onSelect={setSelected}
          onDelete={(id) => {
            update((m) => void (m.runs = m.runs.filter((r) => r.id !== id)));
            setSelected((s) => s.filter((x) => x !== id));
          }}
          onRename={(id, name) =>
            update((m) => {
              const run = m.runs.find((r) => r.id === id);
              if (run) run.name = name.slice(0, 200);
            })
          }
        />
        {a && b && <RunCompare a={a} b={b} />}
      </section>
      <section className="card stack" aria-labelledby="models-title">
        <h2 id="models-title">Saved models</h2>
        <SavedModels
          models={modeling.savedModels}
          runs={modeling.runs}
          onDelete={async (id) => {
            const model = modeling.savedModels.find((m) => m.id === id);
            if (model) await deleteModel(model.url);
            update((m) => {
              m.savedModels = m.savedModels.filter((x) => x.id !== id);
              for (const r of m.runs) if (r.savedModelId === id) r.savedModelId = null;
            });
          }}
          onDownload={async (id) => {
            const model = modeling.savedModels.find((m) => m.id === id);
            if (model) await downloadModel(model.url, safeFileBase(model.name));
          }}
          onImport={async (files) => {
            const pair = pairModelFiles(files);
            if (!pair.ok) throw new Error(pair.error);
            const { model, serialized } = await loadModelFromFiles(pair.json, pair.weights);
            model.dispose();
            const id = rowId();
            const url = await saveModel(serialized, modelKey(id));
            update(
              (m) =>
                void m.savedModels.unshift({
                  id,
                  runId: '',
                  name: pair.json.name.replace(/\.json$/i, ''),
                  savedAt: new Date().toISOString(),
                  url,
                  preprocessor: null,
                  classes: [],
                  features: [],
                  labelColumn: '',
                  datasetId: '',
                }),
            );
          }}
        />
      </section>
    </>
  );
}
