import type { AddState } from './use-add-dataset';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Progress (with cancel) and the outcome of adding a dataset. */
export function AddStatus({ state, onCancel }: { state: AddState; onCancel(): void }) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'working') {
    const p = state.progress;
    const share = p && p.totalBytes ? p.loadedBytes / p.totalBytes : 0;
    return (
      <div className="callout add-progress" role="status">
        <p>
          Reading “{state.name}”…{' '}
          {p
            ? p.phase === 'profiling'
              ? `inferring the schema and statistics of ${p.rows.toLocaleString()} rows`
              : `${mb(p.loadedBytes)} of ${mb(p.totalBytes)}, ${p.rows.toLocaleString()} rows`
            : 'starting'}
        </p>
        <progress
          max={1}
          value={p?.phase === 'profiling' ? undefined : share}
          aria-label={`Reading ${state.name}`}
        />
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    );
  }
  if (state.kind === 'error') {
    return (
      <p className="callout callout-error" role="alert">
        <strong>“{state.name}” was not added:</strong> {state.message} Nothing in your project changed.
      </p>
    );
  }
  return (
    <div className="callout callout-ok" role="status">
      <p>
        Added “{state.name}”: {state.rows.toLocaleString()} rows × {state.columns} columns. It is now the
        active dataset — review its schema on the Schema &amp; statistics tab.
      </p>
      {state.warnings.length > 0 && (
        <ul>
          {state.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
