import { NumberField, TextField } from '@/components/fields';
import type { Solution } from '@/features/workbook';
import { propagateLadder } from '@/lib/scoping/metric-ladder';
import { rowId } from '../state/use-scoping';

type Value = Solution['value'];

const STARTER = [
  { name: 'ML metric (e.g. word accuracy)', unit: 'points' },
  { name: 'Product metric (e.g. query accuracy)', unit: 'points' },
  { name: 'User behaviour (e.g. engagement)', unit: '%' },
  { name: 'Business metric (e.g. revenue)', unit: '%' },
];

const fmt = (v: number | null, unit: string) =>
  v === null ? 'needs an estimate' : `${v > 0 ? '+' : ''}${Number(v.toPrecision(3))} ${unit}`.trim();

/**
 * The metric ladder as a table, bottom rung (the ML metric) first. Each rung above carries a Fermi estimate
 * of how much it moves per unit of the rung below; the last column shows the propagated change.
 */
export function MetricLadderEditor({
  value,
  label,
  onChange,
}: {
  value: Value;
  label: string;
  onChange(recipe: (v: Value) => void): void;
}) {
  const changes = propagateLadder(value.rungs, value.bottomChange);
  if (value.rungs.length === 0) {
    return (
      <div className="ladder-empty">
        <p className="empty-state">No ladder yet for {label}.</p>
        <button
          type="button"
          onClick={() =>
            onChange((v) => void (v.rungs = STARTER.map((r) => ({ id: rowId(), ...r, perUnitBelow: null }))))
          }
        >
          Start a ladder for {label}
        </button>
      </div>
    );
  }
  const top = value.rungs[value.rungs.length - 1]!;
  const topChange = changes[changes.length - 1] ?? null;
  return (
    <div className="ladder">
      <NumberField
        label={`${label}: change at the bottom rung`}
        unit={value.rungs[0]!.unit}
        min={-1000}
        max={1000}
        value={value.bottomChange}
        onChange={(v) => onChange((x) => void (x.bottomChange = v ?? 0))}
      />
      <div className="table-scroll">
        <table className="data-table ladder-table">
          <caption>{label}: metric ladder, from the ML metric (rung 1) up to the business metric</caption>
          <thead>
            <tr>
              <th scope="col">Rung</th>
              <th scope="col">Metric</th>
              <th scope="col">Unit</th>
              <th scope="col">Moves per unit of the rung below</th>
              <th scope="col">Estimated change</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {value.rungs.map((r, i) => (
              <tr key={r.id}>
                <th scope="row">{i + 1}</th>
                <td>
                  <TextField
                    hideLabel
                    label={`${label}: rung ${i + 1} metric`}
                    value={r.name}
                    maxLength={200}
                    onChange={(v) => onChange((x) => void (x.rungs[i]!.name = v))}
                  />
                </td>
                <td>
                  <TextField
                    hideLabel
                    label={`${label}: rung ${i + 1} unit`}
                    value={r.unit}
                    maxLength={40}
                    onChange={(v) => onChange((x) => void (x.rungs[i]!.unit = v))}
                  />
                </td>
                <td>
                  {i === 0 ? (
                    <span className="muted">starting point</span>
                  ) : (
                    <NumberField
                      hideLabel
                      label={`${label}: rung ${i + 1} moves per unit of rung ${i}`}
                      min={-1e12}
                      max={1e12}
                      value={r.perUnitBelow}
                      onChange={(v) => onChange((x) => void (x.rungs[i]!.perUnitBelow = v))}
                    />
                  )}
                </td>
                <td className="ladder-change">{fmt(changes[i] ?? null, r.unit)}</td>
                <td>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => onChange((x) => void x.rungs.splice(i, 1))}
                    aria-label={`Remove rung ${i + 1} of ${label}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        disabled={value.rungs.length >= 10}
        onClick={() =>
          onChange((x) => void x.rungs.push({ id: rowId(), name: '', unit: '', perUnitBelow: null }))
        }
      >
        Add a rung on top for {label}
      </button>
      <p className="ladder-summary" aria-live="polite">
        {topChange === null
          ? 'Fill in every estimate to see how the change reaches the top of the ladder.'
          : `A change of ${fmt(value.bottomChange, value.rungs[0]!.unit)} in “${value.rungs[0]!.name || 'rung 1'}” moves “${top.name || `rung ${value.rungs.length}`}” by about ${fmt(topChange, top.unit)}.`}
      </p>
    </div>
  );
}
