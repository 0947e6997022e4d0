import { useRef, useState } from 'react';
import { FileDrop } from '@/components/file-drop';
import { validateAgainstSchema, type ValidationResult } from '@/lib/data/validate';
import { parseInWorker, type ParseJob, type ParseProgress } from '../datasets/csv-worker-client';
import { ActiveDatasetGate } from '../schema/active-dataset-gate';
import { ValidationReport } from './validation-report';

type State =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; progress: ParseProgress | null }
  | { kind: 'error'; fileName: string; message: string }
  | { kind: 'done'; fileName: string; result: ValidationResult };

/**
 * TFDV's workflow, second half: validate new data (e.g. serving data) against the active dataset's schema,
 * and compare its distributions with the dataset's. The new file is only read, never stored.
 */
export default function ValidatePage() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const job = useRef<ParseJob | null>(null);
  return (
    <ActiveDatasetGate>
      {(active) => (
        <div className="stack">
          <section className="card stack" aria-labelledby="validate-title">
            <h2 id="validate-title">Validate new data against “{active.meta.name}”</h2>
            <p className="field-hint">
              Upload a CSV with the same columns — for example a sample of serving data. It is checked against
              the schema (missing and new columns, types, ranges, unseen categories, missing values) and
              compared with the reference data for skew and drift.
            </p>
            <FileDrop
              label="Choose a CSV to validate"
              accept=".csv,.tsv,.txt,text/csv"
              disabled={state.kind === 'reading'}
              onFile={async (file) => {
                setState({ kind: 'reading', fileName: file.name, progress: null });
                const current = parseInWorker(file, (progress) =>
                  setState({ kind: 'reading', fileName: file.name, progress }),
                );
                job.current = current;
                try {
                  const outcome = await current.promise;
                  if (job.current !== current) return;
                  if (outcome.kind === 'cancelled') return setState({ kind: 'idle' });
                  if (!outcome.result.ok)
                    return setState({
                      kind: 'error',
                      fileName: file.name,
                      message: outcome.result.problem.message,
                    });
                  const result = validateAgainstSchema(active.schema, outcome.result.table, {
                    reference: active.table,
                  });
                  setState({ kind: 'done', fileName: file.name, result });
                } catch (e) {
                  setState({
                    kind: 'error',
                    fileName: file.name,
                    message: e instanceof Error ? e.message : String(e),
                  });
                }
              }}
            />
            {state.kind === 'reading' && (
              <div className="callout" role="status">
                Reading “{state.fileName}”…{' '}
                {state.progress ? `${state.progress.rows.toLocaleString()} rows` : ''}{' '}
                <button
                  type="button"
                  onClick={() => (job.current?.cancel(), (job.current = null), setState({ kind: 'idle' }))}
                >
                  Cancel
                </button>
              </div>
            )}
            {state.kind === 'error' && (
              <p className="callout callout-error" role="alert">
                “{state.fileName}” could not be validated: {state.message}
              </p>
            )}
          </section>
          {state.kind === 'done' && <ValidationReport result={state.result} fileName={state.fileName} />}
        </div>
      )}
    </ActiveDatasetGate>
  );
}
