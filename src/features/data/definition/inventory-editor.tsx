import { ChoiceGroup, NumberField, TextField } from '@/components/fields';
import { rowId, type DataSection } from '@/features/workbook';
import type { DataRecipe } from '../state/use-data';
import { inventoryTotals, labelingCost } from './inventory';

const money = (n: number) => n.toLocaleString(undefined, { maximumFractionDigits: 2 });

/** Data-source inventory (source, amount, cost, time) with totals, and the labeling plan. */
export function InventoryEditor({ data, update }: { data: DataSection; update(r: DataRecipe): void }) {
  const totals = inventoryTotals(data.inventory);
  const plan = data.labelingPlan;
  const firstAmount = totals.amounts.length === 1 ? totals.amounts[0]!.amount : null;
  const cost = labelingCost(firstAmount, plan.costPerLabel);
  return (
    <section className="card stack" aria-labelledby="inv-title">
      <h2 id="inv-title">Where the data comes from</h2>
      <p className="field-hint">
        List every source you could use, with how much it gives, what it costs and how long it takes — then
        pick.
      </p>
      {data.inventory.length === 0 ? (
        <p className="empty-state">No sources yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Data sources</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Amount</th>
                <th scope="col">Unit</th>
                <th scope="col">Cost</th>
                <th scope="col">Days to obtain</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.inventory.map((r, i) => (
                <tr key={r.id}>
                  <td>
                    <TextField
                      hideLabel
                      label={`Source ${i + 1}`}
                      value={r.source}
                      maxLength={300}
                      onChange={(v) => update((s) => void (s.inventory[i]!.source = v))}
                    />
                  </td>
                  <td>
                    <NumberField
                      hideLabel
                      label={`Source ${i + 1}: amount`}
                      min={0}
                      value={r.amount}
                      onChange={(v) => update((s) => void (s.inventory[i]!.amount = v))}
                    />
                  </td>
                  <td>
                    <TextField
                      hideLabel
                      label={`Source ${i + 1}: unit`}
                      value={r.unit}
                      maxLength={60}
                      onChange={(v) => update((s) => void (s.inventory[i]!.unit = v))}
                    />
                  </td>
                  <td>
                    <NumberField
                      hideLabel
                      label={`Source ${i + 1}: cost`}
                      min={0}
                      value={r.cost}
                      onChange={(v) => update((s) => void (s.inventory[i]!.cost = v))}
                    />
                  </td>
                  <td>
                    <NumberField
                      hideLabel
                      label={`Source ${i + 1}: days to obtain`}
                      min={0}
                      value={r.days}
                      onChange={(v) => update((s) => void (s.inventory[i]!.days = v))}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="danger"
                      aria-label={`Remove source ${i + 1}`}
                      onClick={() => update((s) => void s.inventory.splice(i, 1))}
                    >
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td colSpan={2}>
                  {totals.amounts.map((a) => `${a.amount.toLocaleString()} ${a.unit}`.trim()).join(' + ') ||
                    '—'}
                </td>
                <td>{money(totals.cost)}</td>
                <td>{totals.days === null ? '—' : `${totals.days} (longest)`}</td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      <button
        type="button"
        onClick={() =>
          update(
            (s) =>
              void s.inventory.push({
                id: rowId(),
                source: '',
                amount: null,
                unit: '',
                cost: null,
                days: null,
              }),
          )
        }
      >
        Add a source
      </button>

      <h3>Labeling plan</h3>
      <ChoiceGroup
        legend="Who labels?"
        options={[
          { value: 'in-house', label: 'In-house' },
          { value: 'outsourced', label: 'Outsourced' },
          { value: 'crowdsourced', label: 'Crowdsourced' },
        ]}
        value={plan.mode}
        onChange={(v) => update((s) => void (s.labelingPlan.mode = v))}
      />
      <div className="field-grid">
        <TextField
          label="Labelers"
          hint="e.g. two ML engineers and a domain expert for ambiguous cases"
          value={plan.who}
          onChange={(v) => update((s) => void (s.labelingPlan.who = v))}
        />
        <NumberField
          label="Cost per label"
          min={0}
          value={plan.costPerLabel}
          onChange={(v) => update((s) => void (s.labelingPlan.costPerLabel = v))}
        />
      </div>
      <p aria-live="polite">
        {cost === null
          ? 'Enter sources in a single unit and a cost per label to estimate the labeling cost.'
          : `Labeling ${firstAmount!.toLocaleString()} ${totals.amounts[0]!.unit} at ${money(plan.costPerLabel!)} each costs about ${money(cost)}.`}
      </p>
    </section>
  );
}
