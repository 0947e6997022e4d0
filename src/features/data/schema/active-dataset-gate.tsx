import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useActiveTable, type ActiveTable } from '../datasets/use-active-table';

/** Renders `children(ready)` once the active dataset is loaded; otherwise says what is happening or what to do. */
export function ActiveDatasetGate({
  children,
}: {
  children(ready: Extract<ActiveTable, { status: 'ready' }>): ReactNode;
}) {
  const active = useActiveTable();
  if (active.status === 'none') {
    return (
      <section className="card empty-state">
        <h2>No dataset yet</h2>
        <p>
          <Link to="/data">Add a dataset</Link> — a built-in one, a synthetic one, or your own CSV — to see
          its schema and statistics.
        </p>
      </section>
    );
  }
  if (active.status === 'loading') {
    const p = active.progress;
    return (
      <p className="loading" role="status">
        Loading “{active.meta.name}”…{p ? ` ${p.rows.toLocaleString()} rows read` : ''}
      </p>
    );
  }
  if (active.status === 'error') {
    return (
      <p className="callout callout-error" role="alert">
        “{active.meta.name}” could not be loaded: {active.message}
      </p>
    );
  }
  return <>{children(active)}</>;
}
