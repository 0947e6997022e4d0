import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { Project } from '../schema/workbook-schema';
import { checkImportSize, parseImport, type ImportPayload } from '../transfer/parse-import';
import { findConflicts, type ConflictMode } from '../store/workbook-actions';
import { useWorkbookStore } from '../store/workbook-store';

type State =
  | { kind: 'idle' }
  | { kind: 'error'; fileName: string; message: string }
  | { kind: 'conflict'; fileName: string; payload: ImportPayload; conflicts: Project[] }
  | { kind: 'done'; message: string };

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Imports a workbook or project file. The file is read and validated completely before anything changes;
 * if a project's id already exists the user chooses copy or replace. A rejected file changes nothing.
 */
export function ImportPanel() {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const importPayload = useWorkbookStore((s) => s.importPayload);

  const apply = (payload: ImportPayload, mode: ConflictMode) => {
    const r = importPayload(payload, mode);
    const parts = [
      r.added && `${plural(r.added, 'project')} added`,
      r.copied && `${r.copied} imported as copies`,
      r.replaced && `${r.replaced} replaced`,
    ].filter(Boolean);
    setState({
      kind: 'done',
      message: parts.length
        ? `Import finished: ${parts.join(', ')}.`
        : 'Import finished: the file held no projects; lesson progress merged.',
    });
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    e.currentTarget.value = '';
    if (!file) return;
    const sizeProblem = checkImportSize(file.size);
    if (sizeProblem) return setState({ kind: 'error', fileName: file.name, message: sizeProblem });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setState({ kind: 'error', fileName: file.name, message: 'The file could not be read.' });
    }
    const parsed = parseImport(text);
    if (!parsed.ok) return setState({ kind: 'error', fileName: file.name, message: parsed.error });
    const conflicts = findConflicts(useWorkbookStore.getState().workbook, parsed.payload);
    if (conflicts.length)
      return setState({ kind: 'conflict', fileName: file.name, payload: parsed.payload, conflicts });
    apply(parsed.payload, 'copy');
  };

  return (
    <section className="card" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Import</h2>
      <p>
        Import a workbook or a single project exported from Lifecycle Lab (JSON, up to 5 MB). Nothing changes
        until the file has been checked.
      </p>
      <label htmlFor={inputId} className="file-button">
        Choose a file to import
      </label>
      <input
        id={inputId}
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="file-input"
        onChange={onFile}
      />

      {state.kind === 'error' && (
        <div className="callout callout-error" role="alert">
          <strong>“{state.fileName}” was not imported.</strong> {state.message} Your workbook is unchanged.
        </div>
      )}
      {state.kind === 'done' && (
        <p className="callout callout-ok" role="status">
          {state.message}
        </p>
      )}
      {state.kind === 'conflict' && (
        <div
          className="callout callout-warning"
          role="alertdialog"
          aria-labelledby={`${inputId}-conflict`}
          aria-describedby={`${inputId}-conflict-desc`}
        >
          <h3 id={`${inputId}-conflict`}>Some projects already exist</h3>
          <p id={`${inputId}-conflict-desc`}>
            “{state.fileName}” holds {plural(state.conflicts.length, 'project')} that you already have:{' '}
            {state.conflicts.map((p) => `“${p.name}”`).join(', ')}. Import them as copies, or replace your
            versions with the file’s?
          </p>
          <div className="button-row">
            <button type="button" className="primary" onClick={() => apply(state.payload, 'copy')}>
              Import as copies
            </button>
            <button type="button" className="danger" onClick={() => apply(state.payload, 'replace')}>
              Replace mine
            </button>
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              Cancel import
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
