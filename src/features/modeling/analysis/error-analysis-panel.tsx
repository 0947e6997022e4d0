import { useId, useMemo, useState } from 'react';
import { ChoiceGroup } from '@/components/fields';
import { percent } from '@/components/format';
import type { DataTable } from '@/lib/data/types';
import {
  errorTagKey,
  normalizeTags,
  prioritizationTable,
  tagsForDataset,
  validationPredictions,
  type HlpByTag,
} from '@/lib/ml/error-analysis';
import type { TrainOutcome } from '@/lib/ml/worker-protocol';
import { PrioritizationTable } from './prioritization-table';

/** What the panel reads from a run: its classes, validation outputs and (for feature names) preprocessor. */
export type AnalysedOutcome = Pick<TrainOutcome, 'classes' | 'validation'> & {
  preprocessor?: TrainOutcome['preprocessor'];
};

export interface ErrorAnalysisPanelProps {
  outcome: AnalysedOutcome;
  /** The dataset the run was trained on: feature values are read from the validation examples' rows. */
  table: DataTable | null;
  datasetId: string;
  /** The project's error tags, `${datasetId}:${row}` → tags (the modeling section's `errorTags`). */
  tags: Readonly<Record<string, readonly string[]>>;
  /** New tag list of one example, under its workbook key; [] when its last tag was removed. */
  onTagsChange(key: string, tags: string[]): void;
  /** HLP per tag as an accuracy in [0, 1]. */
  hlpByTag: HlpByTag;
  onHlpChange(tag: string, value: number | null): void;
  /** Binary models: decision threshold on P(positive) (default: argmax). */
  threshold?: number;
  /** Columns whose values are shown beside each example (default: the model's first features). */
  featureColumns?: readonly string[];
}

export const PAGE_SIZE = 100;
const MAX_FEATURES = 3;
const MAX_SUGGESTIONS = 6;
/** Limits of the workbook schema (modeling-section.ts). */
const MAX_TAGS_PER_EXAMPLE = 20;
const MAX_TAG_LENGTH = 60;

type View = 'errors' | 'all';

/**
 * Error analysis of a run: the misclassified validation examples (or all of them) with a tag editor each, and
 * the course's prioritization table computed from the tags. Tags are kept per dataset row in the project, so
 * they carry over to the next run on the same data.
 */
export function ErrorAnalysisPanel(props: ErrorAnalysisPanelProps) {
  const { outcome, table, datasetId, tags, onTagsChange, hlpByTag, onHlpChange, threshold } = props;
  const [view, setView] = useState<View>('errors');
  const [page, setPage] = useState(0);
  const v = outcome.validation;
  const preds = useMemo(
    () => (v && v.k >= 2 && outcome.classes.length >= 2 ? validationPredictions(v, threshold) : null),
    [v, threshold, outcome.classes.length],
  );
  const byRow = useMemo(() => tagsForDataset(tags, datasetId), [tags, datasetId]);
  const priorities = useMemo(
    () => (preds ? prioritizationTable(preds, byRow, hlpByTag) : []),
    [preds, byRow, hlpByTag],
  );
  const suggestions = useMemo(() => tagsByUse(byRow), [byRow]);
  if (!preds) {
    return (
      <p className="empty-state">
        Error analysis needs a classification model with a validation set. Train one to tag its errors.
      </p>
    );
  }
  const n = preds.yTrue.length;
  const shownIdx: number[] = [];
  let errors = 0;
  let taggedErrors = 0;
  for (let i = 0; i < n; i++) {
    const wrong = preds.yTrue[i] !== preds.yPred[i];
    const row = preds.rows ? preds.rows[i]! : i;
    if (wrong) errors++;
    if (wrong && byRow.has(row)) taggedErrors++;
    if (wrong || view === 'all') shownIdx.push(i);
  }
  const pages = Math.max(1, Math.ceil(shownIdx.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const slice = shownIdx.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const featureNames = (props.featureColumns ?? outcome.preprocessor?.features.map((f) => f.name) ?? [])
    .filter((c) => table && preds.rows && table.columns.includes(c))
    .slice(0, MAX_FEATURES);
  const className = (c: number) => outcome.classes[c] ?? String(c);

  return (
    <div className="error-analysis stack">
      <p>
        {errors} of {n} validation examples are misclassified ({percent(n ? errors / n : 0)}); {taggedErrors}{' '}
        of the errors are tagged.
        {!preds.rows && (
          <span className="muted">
            {' '}
            The table rows of this run are unknown: examples are numbered by validation position.
          </span>
        )}
      </p>
      <ChoiceGroup<View>
        legend="Examples to tag"
        hint="Tag correctly classified examples too: accuracy within a tag needs both."
        options={[
          { value: 'errors', label: 'Misclassified only' },
          { value: 'all', label: 'All validation examples' },
        ]}
        value={view}
        onChange={(next) => {
          setView(next);
          setPage(0);
        }}
      />
      {shownIdx.length === 0 ? (
        <p className="empty-state">No misclassified validation examples: nothing to tag.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table error-table">
            <caption>
              {view === 'errors' ? 'Misclassified validation examples' : 'Validation examples'}, showing{' '}
              {current * PAGE_SIZE + 1}–{current * PAGE_SIZE + slice.length} of {shownIdx.length}. Row = data
              row in the dataset (1 = the first row after the header).
            </caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Row
                </th>
                {featureNames.map((f) => (
                  <th scope="col" key={f}>
                    {f}
                  </th>
                ))}
                <th scope="col">True label</th>
                <th scope="col">Predicted</th>
                <th scope="col" className="num">
                  Confidence
                </th>
                <th scope="col">Tags</th>
              </tr>
            </thead>
            <tbody>
              {slice.map((i) => {
                const row = preds.rows ? preds.rows[i]! : i;
                const pred = preds.yPred[i]!;
                const own = byRow.get(row) ?? [];
                return (
                  <tr key={i}>
                    <th scope="row" className="num">
                      {row + 1}
                    </th>
                    {featureNames.map((f) => (
                      <td key={f}>
                        {table!.data[table!.columns.indexOf(f)]![row] ?? <span className="muted">–</span>}
                      </td>
                    ))}
                    <td>{className(preds.yTrue[i]!)}</td>
                    <td>{className(pred)}</td>
                    <td className="num">{percent(preds.proba![i * preds.k! + pred]!)}</td>
                    <td>
                      <TagEditor
                        rowNumber={row + 1}
                        tags={own}
                        suggestions={suggestions.filter((t) => !own.includes(t)).slice(0, MAX_SUGGESTIONS)}
                        onChange={(next) => onTagsChange(errorTagKey(datasetId, row), next)}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {pages > 1 && (
            <nav className="button-row" aria-label="Pages of examples">
              <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>
                Previous {PAGE_SIZE}
              </button>
              <span>
                Page {current + 1} of {pages}
              </span>
              <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
                Next {PAGE_SIZE}
              </button>
            </nav>
          )}
        </div>
      )}
      <PrioritizationTable rows={priorities} onHlpChange={onHlpChange} />
    </div>
  );
}

/** Tags used in the dataset, most used first (ties by name). */
function tagsByUse(byRow: ReadonlyMap<number, readonly string[]>): string[] {
  const counts = new Map<string, number>();
  for (const list of byRow.values()) for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/** Tags of one example: removable chips, a free-text input (Enter or "Add tag") and quick-add buttons. */
export function TagEditor({
  rowNumber,
  tags,
  suggestions,
  onChange,
}: {
  /** The row as shown (1-based), for the labels. */
  rowNumber: number;
  tags: readonly string[];
  suggestions: readonly string[];
  onChange(tags: string[]): void;
}) {
  const [draft, setDraft] = useState('');
  const inputId = useId();
  const full = tags.length >= MAX_TAGS_PER_EXAMPLE;
  const add = (tag: string) => {
    const next = normalizeTags([...tags, tag]).slice(0, MAX_TAGS_PER_EXAMPLE);
    if (next.length !== tags.length) onChange(next);
  };
  const submit = () => {
    if (draft.trim() === '') return;
    add(draft);
    setDraft('');
  };
  return (
    <div className="tag-editor">
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label={`Tags of row ${rowNumber}`}>
          {tags.map((t) => (
            <li key={t}>
              <button
                type="button"
                className="small tag-chip"
                aria-label={`Remove tag ${t} from row ${rowNumber}`}
                onClick={() => onChange(tags.filter((x) => x !== t))}
              >
                {t} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row compact">
        <label className="visually-hidden" htmlFor={inputId}>
          New tag for row {rowNumber}
        </label>
        <input
          id={inputId}
          type="text"
          value={draft}
          maxLength={MAX_TAG_LENGTH}
          disabled={full}
          placeholder="e.g. car noise"
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              submit();
            }
          }}
        />
        <button
          type="button"
          className="small"
          aria-label={`Add tag to row ${rowNumber}`}
          disabled={full}
          onClick={submit}
        >
          Add tag
        </button>
      </div>
      {suggestions.length > 0 && !full && (
        <div className="tag-suggestions">
          {suggestions.map((t) => (
            <button
              key={t}
              type="button"
              className="small"
              aria-label={`Add tag ${t} to row ${rowNumber}`}
              onClick={() => add(t)}
            >
              + {t}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
