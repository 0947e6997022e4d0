import { useId, useState, type ChangeEvent } from 'react';
import type { ConsistencyStudy } from '@/features/workbook';
import { parseCsv } from '@/lib/data/csv-parse';
import { LabelStudyError, parseLabelsCsv } from '@/lib/data/label-consistency';

const MAX_LABELS_BYTES = 5 * 1024 * 1024;

type State =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'confirm'; study: ConsistencyStudy; fileName: string; format: string };

/**
 * Imports a labels CSV — wide (example, one column per labeler) or long (example, labeler, label). The file
 * is read and checked in full first; replacing an existing study asks before it happens.
 */
export function LabelsImport({
  current,
  onImport,
}: {
  current: ConsistencyStudy;
  onImport(study: ConsistencyStudy): void;
}) {
  const id = useId();
  const [state, setState] = useState<State>({ kind: 'idle' });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (!file) return;
    if (file.size > MAX_LABELS_BYTES)
      return setState({
        kind: 'error',
        message: `“${file.name}” is larger than 5 MB; a labels file is usually much smaller.`,
      });
    const parsed = parseCsv(await file.text());
    if (!parsed.ok)
      return setState({
        kind: 'error',
        message: `“${file.name}” could not be read: ${parsed.problem.message}`,
      });
    try {
      const s = parseLabelsCsv(parsed.table);
      if (s.labelers.length > 50 || s.examples.length > 5000) {
        return setState({
          kind: 'error',
          message: `“${file.name}” has ${s.examples.length} examples and ${s.labelers.length} labelers; the study holds up to 5,000 and 50.`,
        });
      }
      const study: ConsistencyStudy = {
        labelers: s.labelers,
        examples: s.examples.map((ex, i) => ({ id: ex, labels: s.labels[i]! })),
        resolutions: {},
      };
      if (current.examples.length === 0) {
        onImport(study);
        setState({ kind: 'idle' });
      } else setState({ kind: 'confirm', study, fileName: file.name, format: s.format });
    } catch (err) {
      setState({
        kind: 'error',
        message: `“${file.name}” is not a labels file: ${err instanceof LabelStudyError || err instanceof Error ? err.message : String(err)}`,
      });
    }
  };

  return (
    <div className="stack">
      <p className="field-hint">
        Import a CSV, either wide — first column the example, then one column per labeler — or long, with the
        columns example, labeler, label.
      </p>
      <label htmlFor={id} className="file-button">
        Import labels CSV
      </label>
      <input id={id} type="file" accept=".csv,text/csv" className="file-input" onChange={onFile} />
      {state.kind === 'error' && (
        <p className="callout callout-error" role="alert">
          {state.message} Your study is unchanged.
        </p>
      )}
      {state.kind === 'confirm' && (
        <div className="callout callout-warning" role="alertdialog" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            “{state.fileName}” ({state.format} format) holds {state.study.examples.length} examples from{' '}
            {state.study.labelers.length} labelers. Replace the current study ({current.examples.length}{' '}
            examples)?
          </p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              onClick={() => (onImport(state.study), setState({ kind: 'idle' }))}
            >
              Replace the study
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              Keep the current study
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
