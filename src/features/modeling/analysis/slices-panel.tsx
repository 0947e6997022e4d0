import { useId, useMemo, useState } from 'react';
import { percent } from '@/components/format';
import type { ColumnSchema, DataTable } from '@/lib/data/types';
import { validationPredictions } from '@/lib/ml/error-analysis';
import { classificationMetrics } from '@/lib/ml/metrics';
import { sliceMetrics } from '@/lib/ml/slices';
import type { AnalysedOutcome } from './error-analysis-panel';

export interface SlicesPanelProps {
  outcome: AnalysedOutcome;
  /** The dataset the run was trained on. */
  table: DataTable;
  /** Its schema columns: categorical and boolean ones (except ids) can be sliced by. */
  columns: readonly ColumnSchema[];
  /** Binary models: decision threshold on P(positive) (default: argmax). */
  threshold?: number;
}

export const MAX_SLICES = 50;

/** Columns worth slicing by: categorical or boolean, not an id, present in the table. */
export function sliceableColumns(columns: readonly ColumnSchema[], table: DataTable): string[] {
  return columns
    .filter((c) => (c.type === 'categorical' || c.type === 'boolean') && c.role !== 'id')
    .map((c) => c.name)
    .filter((name) => table.columns.includes(name));
}

/**
 * Performance auditing: validation metrics per value of a chosen categorical column, worst slice first, with
 * the whole validation set for comparison. A model fine on average can be poor on one group.
 */
export function SlicesPanel({ outcome, table, columns, threshold }: SlicesPanelProps) {
  const selectId = useId();
  const options = useMemo(() => sliceableColumns(columns, table), [columns, table]);
  const [chosen, setChosen] = useState<string | null>(null);
  const column = chosen !== null && options.includes(chosen) ? chosen : (options[0] ?? null);
  const v = outcome.validation;
  const classes = outcome.classes;
  const preds = useMemo(
    () => (v && v.k >= 2 && classes.length >= 2 ? validationPredictions(v, threshold) : null),
    [v, threshold, classes.length],
  );
  const result = useMemo(() => {
    if (!preds?.rows || column === null) return null;
    return {
      slices: sliceMetrics({
        table,
        column,
        rows: preds.rows,
        yTrue: preds.yTrue,
        yPred: preds.yPred,
        classes,
      }),
      overall: classificationMetrics(preds.yTrue, preds.yPred, classes),
    };
  }, [preds, column, table, classes]);

  if (!preds) {
    return <p className="empty-state">Slices need a classification model with a validation set.</p>;
  }
  if (!preds.rows) {
    return (
      <p className="empty-state">
        This run does not know which table rows its validation examples came from, so it cannot be sliced.
      </p>
    );
  }
  if (options.length === 0) {
    return (
      <p className="empty-state">
        The dataset has no categorical column to slice by. Mark one as categorical in the schema.
      </p>
    );
  }
  const shown = result?.slices.slice(0, MAX_SLICES) ?? [];
  return (
    <div className="slices stack">
      <div className="field">
        <label htmlFor={selectId} className="field-label">
          Slice by column
        </label>
        <select id={selectId} value={column ?? ''} onChange={(e) => setChosen(e.currentTarget.value)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      {result && (
        <div className="table-scroll">
          <table className="data-table slices-table">
            <caption>
              Validation metrics per value of “{column}”, worst first (lowest accuracy; ties: bigger slice
              first). Small slices are noisy: check the number of examples.
              {result.slices.length > MAX_SLICES &&
                ` Showing the ${MAX_SLICES} worst of ${result.slices.length}.`}
            </caption>
            <thead>
              <tr>
                <th scope="col">{column}</th>
                <th scope="col" className="num">
                  Examples
                </th>
                <th scope="col" className="num">
                  Accuracy
                </th>
                <th scope="col" className="num">
                  Macro F1
                </th>
                <th scope="col" className="num">
                  Error rate
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.value}>
                  <th scope="row">{s.value}</th>
                  <td className="num">{s.examples}</td>
                  <td className="num">{percent(s.accuracy)}</td>
                  <td className="num">{percent(s.macroF1)}</td>
                  <td className="num">{percent(s.errorRate)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">All validation examples</th>
                <td className="num">{preds.yTrue.length}</td>
                <td className="num">{percent(result.overall.accuracy)}</td>
                <td className="num">{percent(result.overall.macro.f1)}</td>
                <td className="num">{percent(1 - result.overall.accuracy)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
