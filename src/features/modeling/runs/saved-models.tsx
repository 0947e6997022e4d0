import { useId, useRef, useState } from 'react';
import type { RunRecord, SavedModel } from '@/features/workbook';

/**
 * The project's saved models: name, the run that produced it, when it was saved and on which dataset, with
 * Download (model.json + weights) and Delete (after confirmation), and an import control that takes a downloaded
 * model back (its JSON file and its weights file together). Controlled: the parent does the storage work
 * (model-store.ts); the callbacks may return promises, whose failures are shown here.
 */
export interface SavedModelsProps {
  models: SavedModel[];
  onDelete(id: string): void | Promise<void>;
  onDownload(id: string): void | Promise<void>;
  /**
   * Called with the chosen files once they make a pair (one .json, one or more .bin); pairModelFiles sorts
   * them. Read the files before the first await: the input is cleared when the returned promise settles.
   */
  onImport(files: FileList): void | Promise<void>;
  /** The project's runs, to show each model's run and dataset by name (ids otherwise). */
  runs?: RunRecord[];
}

export type ModelFilePair = { ok: true; json: File; weights: File[] } | { ok: false; error: string };

const isJson = (f: File) => /\.json$/i.test(f.name);
const isBin = (f: File) => /\.bin$/i.test(f.name);

/**
 * Sorts uploaded files into a model's JSON file and its weights, or says what is missing. Checks names only;
 * loadModelFromFiles (model-store.ts) then checks that the JSON names exactly these weights files.
 */
export function pairModelFiles(files: ArrayLike<File>): ModelFilePair {
  const list = Array.from(files);
  const others = list.filter((f) => !isJson(f) && !isBin(f));
  if (others.length > 0) {
    return {
      ok: false,
      error: `${others.map((f) => `“${f.name}”`).join(', ')} ${others.length > 1 ? 'are' : 'is'} not part of a saved model: choose the model's .json file and its weights .bin file.`,
    };
  }
  const json = list.filter(isJson);
  const weights = list.filter(isBin);
  if (json.length > 1) {
    return { ok: false, error: `Import one model at a time: ${json.length} .json files were chosen.` };
  }
  if (json.length === 0 && weights.length === 0) {
    return { ok: false, error: "Choose the model's .json file and its weights .bin file together." };
  }
  if (json.length === 0) {
    return {
      ok: false,
      error: `The model file is missing: choose model.json together with ${weights.map((f) => `“${f.name}”`).join(', ')}.`,
    };
  }
  if (weights.length === 0) {
    return {
      ok: false,
      error: `The weights are missing: choose the .bin file that was downloaded with “${json[0]!.name}” (e.g. model.weights.bin) together with it.`,
    };
  }
  return { ok: true, json: json[0]!, weights };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function savedLabel(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function SavedModels({ models, onDelete, onDownload, onImport, runs = [] }: SavedModelsProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [importState, setImportState] = useState<
    | { kind: 'idle' }
    | { kind: 'importing' }
    | { kind: 'error'; text: string }
    | { kind: 'done'; text: string }
  >({ kind: 'idle' });

  const run = (m: SavedModel) => runs.find((r) => r.id === m.runId);

  const act = async (key: string, what: string, f: () => void | Promise<void>) => {
    setError(null);
    setBusy(key);
    try {
      await f();
    } catch (e) {
      setError(`${what} failed: ${message(e)}`);
    } finally {
      setBusy(null);
    }
  };

  const importFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const pair = pairModelFiles(files);
    if (!pair.ok) {
      setImportState({ kind: 'error', text: pair.error });
      if (input.current) input.current.value = '';
      return;
    }
    setImportState({ kind: 'importing' });
    try {
      await onImport(files);
      setImportState({ kind: 'done', text: `Imported “${pair.json.name}”.` });
    } catch (e) {
      setImportState({ kind: 'error', text: `The model could not be imported: ${message(e)}` });
    } finally {
      // Cleared only now: some browsers empty the FileList in place when the input is reset.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="saved-models stack">
      {models.length === 0 ? (
        <p className="empty-state">
          No saved models yet. Save a trained model from its run, or import a downloaded one below.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Saved models</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Run</th>
                <th scope="col">Saved</th>
                <th scope="col">Dataset</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {models.map((m) => {
                const r = run(m);
                return (
                  <tr key={m.id}>
                    <th scope="row">{m.name}</th>
                    <td>{r ? r.name : m.runId ? <span className="muted">deleted run</span> : 'imported'}</td>
                    <td>
                      <time dateTime={m.savedAt}>{savedLabel(m.savedAt)}</time>
                    </td>
                    <td>{r?.dataset.id === m.datasetId ? r.dataset.name : m.datasetId || '—'}</td>
                    <td>
                      <div className="button-row">
                        {confirming === m.id ? (
                          <>
                            <span role="alert">
                              Delete the model “{m.name}”? Its weights are removed from this browser.
                            </span>
                            <button
                              type="button"
                              className="danger"
                              disabled={busy !== null}
                              onClick={() => {
                                setConfirming(null);
                                void act(`delete:${m.id}`, `Deleting “${m.name}”`, () => onDelete(m.id));
                              }}
                            >
                              Yes, delete
                            </button>
                            <button type="button" onClick={() => setConfirming(null)}>
                              Keep it
                            </button>
                          </>
                        ) : (
                          <>
                            <button
                              type="button"
                              aria-label={`Download ${m.name} (model.json and weights)`}
                              disabled={busy !== null}
                              onClick={() =>
                                void act(`download:${m.id}`, `Downloading “${m.name}”`, () =>
                                  onDownload(m.id),
                                )
                              }
                            >
                              {busy === `download:${m.id}` ? 'Downloading…' : 'Download'}
                            </button>
                            <button
                              type="button"
                              className="danger"
                              aria-label={`Delete ${m.name}`}
                              disabled={busy !== null}
                              onClick={() => setConfirming(m.id)}
                            >
                              Delete
                            </button>
                          </>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <p className="callout callout-error" role="alert">
          {error}
        </p>
      )}

      <div className="field">
        <label htmlFor={`${id}-import`} className="field-label">
          Import a model (model.json + weights .bin)
        </label>
        <p id={`${id}-import-hint`} className="field-hint">
          Choose both files a download produced, e.g. model.json and model.weights.bin, at the same time.
        </p>
        <input
          ref={input}
          id={`${id}-import`}
          type="file"
          multiple
          accept=".json,.bin,application/json,application/octet-stream"
          aria-describedby={`${id}-import-hint`}
          aria-invalid={importState.kind === 'error' || undefined}
          disabled={importState.kind === 'importing'}
          onChange={(e) => void importFiles(e.currentTarget.files)}
        />
        {importState.kind === 'error' && (
          <p className="callout callout-error" role="alert">
            {importState.text}
          </p>
        )}
        <p role="status" className="field-hint">
          {importState.kind === 'importing'
            ? 'Importing…'
            : importState.kind === 'done'
              ? importState.text
              : ''}
        </p>
      </div>
    </div>
  );
}
