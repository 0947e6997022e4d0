import { useEffect, useState } from 'react';
import { fetchBuiltinCsv, listBuiltinDatasets, type BuiltinDataset } from './builtin-datasets';

/** The datasets shipped with the app, with their source and license. */
export function AddBuiltin({ busy, onAdd }: { busy: boolean; onAdd(d: BuiltinDataset, blob: Blob): void }) {
  const [list, setList] = useState<BuiltinDataset[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listBuiltinDatasets().then(setList, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p className="callout callout-error">{error}</p>;
  if (!list) return <p className="loading">Loading the list of datasets…</p>;
  return (
    <ul className="builtin-list">
      {list.map((d) => (
        <li key={d.id} className="subcard">
          <h4>{d.title}</h4>
          <p>{d.description}</p>
          <p className="field-hint">
            {d.rows.toLocaleString()} rows · label: {d.labelColumn}
            {d.timeColumn ? ` · time order: ${d.timeColumn}` : ''} · {d.license.name} · {d.source.name}
          </p>
          <button
            type="button"
            disabled={busy}
            onClick={async () => {
              try {
                onAdd(d, await fetchBuiltinCsv(d));
              } catch (e) {
                setError(e instanceof Error ? e.message : String(e));
              }
            }}
          >
            Add {d.title}
          </button>
        </li>
      ))}
    </ul>
  );
}
