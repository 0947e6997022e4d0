import { useId } from 'react';
import { TextField } from '@/components/fields';
import { rowId } from '../state/use-scoping';

export interface MetricRow {
  id: string;
  metric: string;
  target: string;
  linkedMlMetricId?: string | null;
}

/**
 * An editable list of (metric, target) rows. For business metrics, `linkOptions` adds a column linking each
 * row to the ML metric it depends on.
 */
export function MetricTable<R extends MetricRow>({
  title,
  singular,
  rows,
  placeholder,
  linkOptions,
  onChange,
  makeRow,
}: {
  title: string;
  /** One row's name, as used in buttons: "ML metric". */
  singular: string;
  rows: R[];
  placeholder: { metric: string; target: string };
  linkOptions?: { id: string; label: string }[];
  onChange(recipe: (rows: R[]) => void): void;
  makeRow(id: string): R;
}) {
  const id = useId();
  return (
    <div className="metric-table">
      <h3 id={id}>{title}</h3>
      {rows.length === 0 ? (
        <p className="empty-state">None yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" aria-labelledby={id}>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">Target</th>
                {linkOptions && <th scope="col">Moved by ML metric</th>}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={r.id}>
                  <td>
                    <TextField
                      hideLabel
                      label={`${title} ${i + 1}: metric`}
                      placeholder={placeholder.metric}
                      value={r.metric}
                      maxLength={200}
                      onChange={(v) => onChange((x) => void (x[i]!.metric = v))}
                    />
                  </td>
                  <td>
                    <TextField
                      hideLabel
                      label={`${title} ${i + 1}: target`}
                      placeholder={placeholder.target}
                      value={r.target}
                      maxLength={200}
                      onChange={(v) => onChange((x) => void (x[i]!.target = v))}
                    />
                  </td>
                  {linkOptions && (
                    <td>
                      <label className="visually-hidden" htmlFor={`${id}-link-${r.id}`}>
                        {title} {i + 1}: moved by ML metric
                      </label>
                      <select
                        id={`${id}-link-${r.id}`}
                        value={r.linkedMlMetricId ?? ''}
                        onChange={(e) =>
                          onChange((x) => void (x[i]!.linkedMlMetricId = e.currentTarget.value || null))
                        }
                      >
                        <option value="">Not linked</option>
                        {linkOptions.map((o) => (
                          <option key={o.id} value={o.id}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  )}
                  <td>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Remove ${singular} ${i + 1}`}
                      onClick={() => onChange((x) => void x.splice(i, 1))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        disabled={rows.length >= 30}
        onClick={() => onChange((x) => void x.push(makeRow(rowId())))}
      >
        Add {singular}
      </button>
    </div>
  );
}
