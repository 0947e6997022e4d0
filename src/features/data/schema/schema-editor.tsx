import { NumberField } from '@/components/fields';
import type { ColumnProfile } from '@/lib/data/infer-schema';
import type { ColumnRole, ColumnSchema, ColumnType } from '@/lib/data/types';
import type { DataRecipe } from '../state/use-data';

const TYPES: ColumnType[] = ['numeric', 'categorical', 'boolean', 'date', 'text'];
const ROLES: ColumnRole[] = ['feature', 'label', 'id', 'ignore'];
const MAX_EDITABLE_DOMAIN = 200;

/**
 * The inferred schema as an editable table (TFDV's "review and curate the schema"): type, role, required,
 * allowed range or values, and the largest missing share allowed. Observed figures sit beside each column.
 */
export function SchemaEditor({
  datasetId,
  columns,
  profiles,
  update,
}: {
  datasetId: string;
  columns: ColumnSchema[];
  profiles: ColumnProfile[];
  update(r: DataRecipe): string | null;
}) {
  const edit = (i: number, recipe: (c: ColumnSchema) => void) =>
    update((d) => {
      const ds = d.datasets.find((x) => x.id === datasetId);
      if (ds) recipe(ds.schema.columns[i]! as ColumnSchema);
    });
  return (
    <div className="table-scroll">
      <table className="data-table schema-table">
        <caption>
          Schema: one row per column. Edits are saved with the project and used to validate new data.
        </caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">Type</th>
            <th scope="col">Role</th>
            <th scope="col">Required</th>
            <th scope="col">Allowed values</th>
            <th scope="col">Max missing</th>
            <th scope="col">Observed</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c, i) => {
            const p = profiles.find((x) => x.name === c.name);
            return (
              <tr key={c.name}>
                <th scope="row">{c.name}</th>
                <td>
                  <select
                    aria-label={`${c.name}: type`}
                    value={c.type}
                    onChange={(e) => {
                      const v = e.currentTarget.value as ColumnType;
                      edit(i, (x) => void (x.type = v));
                    }}
                  >
                    {TYPES.map((t) => (
                      <option key={t}>{t}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <select
                    aria-label={`${c.name}: role`}
                    value={c.role}
                    onChange={(e) => {
                      const v = e.currentTarget.value as ColumnRole;
                      edit(i, (x) => void (x.role = v));
                    }}
                  >
                    {ROLES.map((r) => (
                      <option key={r}>{r}</option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${c.name}: required`}
                    checked={c.required}
                    onChange={(e) => {
                      const v = e.currentTarget.checked;
                      edit(i, (x) => void (x.required = v));
                    }}
                  />
                </td>
                <td className="allowed-cell">
                  {c.type === 'numeric' && c.range ? (
                    <div className="field-row compact">
                      <NumberField
                        label={`${c.name}: minimum`}
                        hideLabel
                        value={c.range.min}
                        onChange={(v) =>
                          v !== null && edit(i, (x) => void (x.range = { min: v, max: x.range?.max ?? v }))
                        }
                      />
                      <span aria-hidden="true">to</span>
                      <NumberField
                        label={`${c.name}: maximum`}
                        hideLabel
                        value={c.range.max}
                        onChange={(v) =>
                          v !== null && edit(i, (x) => void (x.range = { min: x.range?.min ?? v, max: v }))
                        }
                      />
                    </div>
                  ) : (c.type === 'categorical' || c.type === 'boolean') && c.domain ? (
                    c.domain.length <= MAX_EDITABLE_DOMAIN ? (
                      <textarea
                        aria-label={`${c.name}: allowed values, one per line`}
                        rows={Math.min(4, c.domain.length + 1)}
                        value={c.domain.join('\n')}
                        onChange={(e) => {
                          // Lines are kept as typed (a space between words, an empty line for the next
                          // value) and cleaned up when the field is left.
                          const v = e.currentTarget.value.split('\n');
                          edit(i, (x) => void (x.domain = v));
                        }}
                        onBlur={() =>
                          edit(
                            i,
                            (x) => void (x.domain = (x.domain ?? []).map((s) => s.trim()).filter(Boolean)),
                          )
                        }
                      />
                    ) : (
                      <span>{c.domain.length.toLocaleString()} values (too many to edit here)</span>
                    )
                  ) : c.dateRange ? (
                    <span>
                      {c.dateRange.min} to {c.dateRange.max}
                    </span>
                  ) : (
                    <span className="muted">any</span>
                  )}
                </td>
                <td>
                  <NumberField
                    label={`${c.name}: largest missing share allowed`}
                    hideLabel
                    unit="%"
                    min={0}
                    max={100}
                    value={Math.round(c.maxMissingRate * 1000) / 10}
                    onChange={(v) =>
                      edit(i, (x) => void (x.maxMissingRate = Math.min(1, Math.max(0, (v ?? 0) / 100))))
                    }
                  />
                </td>
                <td className="observed">
                  {p ? (
                    <>
                      <span className={p.missingCount > 0 ? 'missing-flag' : undefined}>
                        {(p.missingRate * 100).toFixed(1)} % missing
                      </span>
                      <br />
                      {p.uniqueCount.toLocaleString()} unique
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
