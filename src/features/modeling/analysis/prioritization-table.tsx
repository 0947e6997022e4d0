import { useState } from 'react';
import { NumberField } from '@/components/fields';
import { percent } from '@/components/format';
import { comparePriority, type PriorityRow } from '@/lib/ml/error-analysis';

export interface PrioritizationTableProps {
  /** From prioritizationTable(); shown sorted by potential gain whatever their order. */
  rows: readonly PriorityRow[];
  /** Called with the HLP as an accuracy in [0, 1] (null when cleared); without it the HLP is read-only. */
  onHlpChange?(tag: string, value: number | null): void;
}

const dash = <span className="muted">–</span>;
/** Percent (0–100) for the input, rounded so 0.93 shows as 93 and not 93.00000000000001. */
const toPercent = (p: number | null): number | null => (p === null ? null : Math.round(p * 1e8) / 1e6);

/**
 * The course's prioritization table: per tag, share of errors, accuracy within the tag, HLP (editable), the
 * gap to HLP, share of data and potential gain = gap × share, highest gain first. While an HLP field has
 * focus the order is kept (rows would otherwise jump while typing); it updates when focus leaves the table.
 */
export function PrioritizationTable({ rows, onHlpChange }: PrioritizationTableProps) {
  const sorted = [...rows].sort(comparePriority);
  const [frozen, setFrozen] = useState<string[] | null>(null);
  const shown = frozen ? [...sorted].sort((a, b) => rank(frozen, a.tag) - rank(frozen, b.tag)) : sorted;
  if (rows.length === 0) {
    return (
      <p className="empty-state">
        No tags yet: tag validation examples (with a tag such as “car noise” or “blurry”) to build the
        prioritization table.
      </p>
    );
  }
  const allErrorsOnly = rows.every((r) => r.errors === r.examples);
  return (
    <div className="table-scroll">
      <table className="data-table prioritization-table">
        <caption>
          Prioritization by tag. Potential gain = gap to HLP × share of data: where work can pay off most (the
          rise in overall accuracy if the model reached human-level performance on that tag). Enter HLP as an
          accuracy in %.
        </caption>
        <thead>
          <tr>
            <th scope="col">Tag</th>
            <th scope="col" className="num">
              Share of errors
            </th>
            <th scope="col" className="num">
              Accuracy
            </th>
            <th scope="col">HLP</th>
            <th scope="col" className="num">
              Gap to HLP
            </th>
            <th scope="col" className="num">
              Share of data
            </th>
            <th scope="col" className="num">
              Potential gain (gap × share)
            </th>
          </tr>
        </thead>
        <tbody
          onFocus={() => setFrozen((f) => f ?? sorted.map((r) => r.tag))}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFrozen(null);
          }}
        >
          {shown.map((r) => (
            <tr key={r.tag}>
              <th scope="row">{r.tag}</th>
              <td className="num">
                {percent(r.shareOfErrors)}{' '}
                <span className="muted">
                  ({r.errors} of {r.examples})
                </span>
              </td>
              <td className="num">{percent(r.accuracy)}</td>
              <td>
                {onHlpChange ? (
                  <NumberField
                    label={`HLP for ${r.tag} (%)`}
                    hideLabel
                    value={toPercent(r.hlp)}
                    min={0}
                    max={100}
                    step="any"
                    unit="%"
                    onChange={(v) => onHlpChange(r.tag, v === null ? null : v / 100)}
                  />
                ) : r.hlp === null ? (
                  dash
                ) : (
                  percent(r.hlp)
                )}
              </td>
              <td className="num">{r.gapToHlp === null ? dash : percent(r.gapToHlp, 2)}</td>
              <td className="num">{percent(r.shareOfData)}</td>
              <td className="num">
                {r.potentialGain === null ? dash : <strong>{percent(r.potentialGain, 2)}</strong>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {allErrorsOnly && (
        <p className="field-hint">
          Every tagged example is an error, so accuracy within each tag is 0 %. Tag some correctly classified
          examples too (show all validation examples) to measure accuracy per tag.
        </p>
      )}
    </div>
  );
}

function rank(order: readonly string[], tag: string): number {
  const i = order.indexOf(tag);
  return i < 0 ? order.length : i;
}
