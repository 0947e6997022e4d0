import { useState } from 'react';
import { shortDate } from '@/components/format';
import type { DataSection } from '@/features/workbook';
import type { DataRecipe } from '../state/use-data';
import { deleteUploadedFile } from './dataset-blobs';
import { useDatasetCache } from './dataset-cache';

const SOURCE_LABEL = { builtin: 'built-in', synthetic: 'synthetic', upload: 'uploaded file' } as const;

/** The project's datasets: choose the active one, or remove one (after confirming). */
export function DatasetList({ data, update }: { data: DataSection; update(r: DataRecipe): string | null }) {
  const [confirm, setConfirm] = useState<string | null>(null);
  const forget = useDatasetCache((s) => s.forget);
  if (data.datasets.length === 0) {
    return (
      <p className="empty-state">
        No datasets yet. Add a built-in one, generate a synthetic one, or upload a CSV below.
      </p>
    );
  }
  return (
    <ul className="dataset-list">
      {data.datasets.map((d) => {
        const active = d.id === data.activeDatasetId;
        return (
          <li
            key={d.id}
            className={`subcard${active ? ' is-active' : ''}`}
            aria-current={active ? 'true' : undefined}
          >
            <h4>
              {d.name} {active && <span className="badge badge-active">Active</span>}
            </h4>
            <p className="field-hint">
              {d.rows.toLocaleString()} rows × {d.columns} columns · {SOURCE_LABEL[d.source.kind]} · added{' '}
              {shortDate(d.addedAt)}
            </p>
            <div className="button-row">
              {!active && (
                <button type="button" onClick={() => update((s) => void (s.activeDatasetId = d.id))}>
                  Use {d.name}
                </button>
              )}
              {confirm === d.id ? (
                <>
                  <span role="alert">Remove “{d.name}” and its edited schema?</span>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => {
                      update((s) => {
                        s.datasets = s.datasets.filter((x) => x.id !== d.id);
                        if (s.activeDatasetId === d.id) s.activeDatasetId = s.datasets[0]?.id ?? null;
                      });
                      forget(d.id);
                      if (d.source.kind === 'upload') void deleteUploadedFile(d.id);
                      setConfirm(null);
                    }}
                  >
                    Yes, remove
                  </button>
                  <button type="button" onClick={() => setConfirm(null)}>
                    Keep it
                  </button>
                </>
              ) : (
                <button type="button" className="danger" onClick={() => setConfirm(d.id)}>
                  Remove {d.name}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
