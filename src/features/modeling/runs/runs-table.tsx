import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { RunRecord } from '@/features/workbook';
import { percent } from '@/components/format';
import {
  describeLayers,
  describeOptimizer,
  epochsCompleted,
  formatDuration,
  headlineScore,
} from './run-record';

/**
 * The experiment log as a table: one row per run, sortable by every column (header buttons, aria-sort on the
 * header cell), a checkbox per row to pick the two runs to compare, rename and delete (with confirmation).
 * Controlled: the parent owns the runs and the selection.
 */
export type RunSortKey =
  | 'name'
  | 'created'
  | 'dataset'
  | 'model'
  | 'optimizer'
  | 'epochs'
  | 'backend'
  | 'duration'
  | 'score'
  | 'macroF1'
  | 'rocAuc';

export type SortDirection = 'ascending' | 'descending';

export interface RunsTableProps {
  runs: RunRecord[];
  /** Ids of the runs picked for comparison (at most two). */
  selected: string[];
  onSelect(ids: string[]): void;
  onDelete(id: string): void;
  onRename(id: string, name: string): void;
}

/** Most runs that can be compared at once. */
export const MAX_SELECTED = 2;

type Compare = (a: RunRecord, b: RunRecord) => number;

const text =
  (f: (r: RunRecord) => string): Compare =>
  (a, b) =>
    f(a).localeCompare(f(b));
const num =
  (f: (r: RunRecord) => number): Compare =>
  (a, b) =>
    f(a) - f(b);

/** Headline score: classification runs (by accuracy) before regression runs (by RMSE). */
function scoreKey(r: RunRecord): [number, number] | null {
  const s = headlineScore(r);
  return s && [s.kind === 'accuracy' ? 0 : 1, s.value];
}

/** Compares by a key that may be missing: missing values sort last in either direction (see sortRuns). */
type Column = {
  key: RunSortKey;
  label: string;
  /** Direction of the first click: newest and best-scoring first. */
  firstDirection: SortDirection;
  numeric?: boolean;
  compare: Compare;
  /** Runs without a value for this column (they go last, whatever the direction). */
  missing?: (r: RunRecord) => boolean;
};

const COLUMNS: Column[] = [
  { key: 'name', label: 'Name', firstDirection: 'ascending', compare: text((r) => r.name) },
  { key: 'created', label: 'Created', firstDirection: 'descending', compare: text((r) => r.createdAt) },
  { key: 'dataset', label: 'Dataset', firstDirection: 'ascending', compare: text((r) => r.dataset.name) },
  {
    key: 'model',
    label: 'Model (layers)',
    firstDirection: 'ascending',
    compare: (a, b) =>
      a.spec.hiddenLayers.length - b.spec.hiddenLayers.length ||
      a.spec.hiddenLayers.reduce((s, u) => s + u, 0) - b.spec.hiddenLayers.reduce((s, u) => s + u, 0) ||
      a.spec.activation.localeCompare(b.spec.activation),
  },
  {
    key: 'optimizer',
    label: 'Optimizer, learning rate',
    firstDirection: 'ascending',
    compare: (a, b) =>
      a.spec.optimizer.localeCompare(b.spec.optimizer) || a.spec.learningRate - b.spec.learningRate,
  },
  {
    key: 'epochs',
    label: 'Epochs',
    firstDirection: 'descending',
    numeric: true,
    compare: num(epochsCompleted),
  },
  { key: 'backend', label: 'Backend', firstDirection: 'ascending', compare: text((r) => r.backend) },
  {
    key: 'duration',
    label: 'Duration',
    firstDirection: 'ascending',
    numeric: true,
    compare: num((r) => r.durationMs),
  },
  {
    key: 'score',
    label: 'Val. accuracy (or RMSE)',
    firstDirection: 'descending',
    numeric: true,
    compare: (a, b) => {
      const [ka, va] = scoreKey(a)!;
      const [kb, vb] = scoreKey(b)!;
      // Kinds apart in either direction: classification first when descending.
      return kb - ka || va - vb;
    },
    missing: (r) => scoreKey(r) === null,
  },
  {
    key: 'macroF1',
    label: 'Macro F1',
    firstDirection: 'descending',
    numeric: true,
    compare: num((r) => r.evaluation!.macroF1!),
    missing: (r) => r.evaluation?.macroF1 == null,
  },
  {
    key: 'rocAuc',
    label: 'ROC AUC',
    firstDirection: 'descending',
    numeric: true,
    compare: num((r) => r.evaluation!.rocAuc!),
    missing: (r) => r.evaluation?.rocAuc == null,
  },
];

/**
 * The runs in display order: by `key` in `direction`, runs without a value for the column last, ties broken
 * by creation time (newest first) and then id, so the order is stable and deterministic.
 */
export function sortRuns(runs: readonly RunRecord[], key: RunSortKey, direction: SortDirection): RunRecord[] {
  const column = COLUMNS.find((c) => c.key === key)!;
  const sign = direction === 'ascending' ? 1 : -1;
  const tieBreak = (a: RunRecord, b: RunRecord) =>
    b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...runs].sort((a, b) => {
    const ma = column.missing?.(a) ?? false;
    const mb = column.missing?.(b) ?? false;
    if (ma || mb) return ma === mb ? tieBreak(a, b) : ma ? 1 : -1;
    return sign * column.compare(a, b) || tieBreak(a, b);
  });
}

const dash = '—';
const fixed3 = (v: number | null | undefined) => (v == null ? dash : v.toFixed(3));

function createdLabel(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function ScoreCell({ run }: { run: RunRecord }) {
  const s = headlineScore(run);
  if (!s) return <>{dash}</>;
  return <>{s.kind === 'accuracy' ? percent(s.value) : `RMSE ${s.value.toPrecision(4)}`}</>;
}

export function RunsTable({ runs, selected, onSelect, onDelete, onRename }: RunsTableProps) {
  const [sort, setSort] = useState<{ key: RunSortKey; direction: SortDirection }>({
    key: 'created',
    direction: 'descending',
  });
  const [confirming, setConfirming] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; draft: string } | null>(null);
  const hintId = useId();
  const sorted = useMemo(() => sortRuns(runs, sort.key, sort.direction), [runs, sort]);

  if (runs.length === 0) {
    return <p className="empty-state">No runs yet. Train a model and its run will be recorded here.</p>;
  }

  // Forget ids of runs that no longer exist, so a stale selection cannot block picking new runs.
  const live = selected.filter((id) => runs.some((r) => r.id === id));
  const full = live.length >= MAX_SELECTED;

  const toggle = (id: string, on: boolean) => {
    if (on && !live.includes(id) && !full) onSelect([...live, id]);
    if (!on) onSelect(live.filter((x) => x !== id));
  };

  const sortBy = (column: Column) =>
    setSort((s) =>
      s.key === column.key
        ? { key: s.key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key: column.key, direction: column.firstDirection },
    );

  const saveRename = () => {
    if (!renaming) return;
    const name = renaming.draft.trim();
    if (name) onRename(renaming.id, name.slice(0, 200));
    setRenaming(null);
  };

  const renameKeys = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      saveRename();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setRenaming(null);
    }
  };

  return (
    <div className="runs-table">
      <p id={hintId} className="field-hint" aria-live="polite">
        {full
          ? `${MAX_SELECTED} runs selected for comparison. Clear one to pick another.`
          : `Select two runs to compare them (${live.length} of ${MAX_SELECTED} selected).`}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">
            Training runs, sorted by {COLUMNS.find((c) => c.key === sort.key)!.label.toLowerCase()},{' '}
            {sort.direction}
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Compare</span>
              </th>
              {COLUMNS.map((c) => {
                const active = sort.key === c.key;
                return (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={active ? sort.direction : 'none'}
                    className={c.numeric ? 'num' : undefined}
                  >
                    <button type="button" className="sort-button" onClick={() => sortBy(c)}>
                      {c.label}
                      <span aria-hidden="true">
                        {active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => {
              const isSelected = live.includes(r.id);
              const done = epochsCompleted(r);
              return (
                <tr key={r.id} className={isSelected ? 'is-selected' : undefined}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Compare ${r.name}`}
                      aria-describedby={hintId}
                      checked={isSelected}
                      disabled={!isSelected && full}
                      onChange={(e) => toggle(r.id, e.currentTarget.checked)}
                    />
                  </td>
                  <th scope="row">
                    {renaming?.id === r.id ? (
                      <span className="field-row compact">
                        <input
                          aria-label={`New name for ${r.name}`}
                          value={renaming.draft}
                          maxLength={200}
                          // The user asked to rename: the field takes focus where the name was.
                          autoFocus
                          onChange={(e) => setRenaming({ id: r.id, draft: e.currentTarget.value })}
                          onKeyDown={renameKeys}
                        />
                        <button type="button" onClick={saveRename} disabled={!renaming.draft.trim()}>
                          Save
                        </button>
                        <button type="button" onClick={() => setRenaming(null)}>
                          Cancel
                        </button>
                      </span>
                    ) : (
                      <>
                        {r.name || <span className="muted">(unnamed)</span>}
                        {r.status === 'stopped' && (
                          <>
                            {' '}
                            <span className="badge">Stopped</span>
                          </>
                        )}
                      </>
                    )}
                  </th>
                  <td>
                    <time dateTime={r.createdAt}>{createdLabel(r.createdAt)}</time>
                  </td>
                  <td>
                    {r.dataset.name}
                    <br />
                    <span className="muted">
                      {r.dataset.rows.toLocaleString()} rows · schema {r.dataset.schemaHash || dash}
                    </span>
                  </td>
                  <td>{describeLayers(r.spec)}</td>
                  <td>{describeOptimizer(r.spec)}</td>
                  <td className="num">{done === r.spec.epochs ? done : `${done} of ${r.spec.epochs}`}</td>
                  <td>{r.backend}</td>
                  <td className="num">{formatDuration(r.durationMs)}</td>
                  <td className="num">
                    <ScoreCell run={r} />
                  </td>
                  <td className="num">{fixed3(r.evaluation?.macroF1)}</td>
                  <td className="num">{fixed3(r.evaluation?.rocAuc)}</td>
                  <td>
                    <div className="button-row">
                      {confirming === r.id ? (
                        <>
                          <span role="alert">
                            Delete the run “{r.name}”? Its record and curves are removed.
                          </span>
                          <button
                            type="button"
                            className="danger"
                            onClick={() => {
                              setConfirming(null);
                              if (isSelected) onSelect(live.filter((x) => x !== r.id));
                              onDelete(r.id);
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
                            aria-label={`Rename ${r.name}`}
                            onClick={() => setRenaming({ id: r.id, draft: r.name })}
                          >
                            Rename
                          </button>
                          <button
                            type="button"
                            className="danger"
                            aria-label={`Delete ${r.name}`}
                            onClick={() => setConfirming(r.id)}
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
    </div>
  );
}
