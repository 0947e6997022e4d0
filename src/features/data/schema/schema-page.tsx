import { useData } from '../state/use-data';
import { ActiveDatasetGate } from './active-dataset-gate';
import { ColumnStatsCard } from './column-stats-card';
import { SchemaEditor } from './schema-editor';

/** TFDV's workflow, first half: statistics of the active dataset and its inferred, editable schema. */
export default function SchemaPage() {
  const { update } = useData();
  return (
    <ActiveDatasetGate>
      {(active) => (
        <div className="stack">
          <section className="card stack" aria-labelledby="schema-title">
            <h2 id="schema-title">Schema of “{active.meta.name}”</h2>
            <p className="field-hint">
              Inferred from {active.table.rowCount.toLocaleString()} rows. Check each type and role (exactly
              one column should be the label), then tighten or relax the allowed values — new data is
              validated against them.
            </p>
            <SchemaEditor
              datasetId={active.meta.id}
              columns={active.schema.columns}
              profiles={active.profiles}
              update={update}
            />
          </section>
          <section className="stack" aria-labelledby="stats-title">
            <h2 id="stats-title">Statistics</h2>
            <div className="stats-grid">
              {active.statistics.map((s) => (
                <ColumnStatsCard key={s.name} stats={s} />
              ))}
            </div>
          </section>
        </div>
      )}
    </ActiveDatasetGate>
  );
}
