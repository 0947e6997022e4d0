import type { TrainOutcome } from '@/lib/ml/worker-protocol';
import type { DataTable, ColumnSchema } from '@/lib/data/types';
import { useModeling } from '../state/use-modeling';
import { ErrorAnalysisPanel } from './error-analysis-panel';
import { SlicesPanel } from './slices-panel';

/** Error analysis (tags, prioritization table) and slices for the run just trained; tags persist per project. */
export function AnalysisSection({
  outcome,
  table,
  datasetId,
  columns,
}: {
  outcome: TrainOutcome;
  table: DataTable;
  datasetId: string;
  columns: ColumnSchema[];
}) {
  const { modeling, update } = useModeling();
  if (!modeling || outcome.classes.length < 2) return null;
  return (
    <>
      <section className="card stack" aria-labelledby="errors-title">
        <h2 id="errors-title">Error analysis</h2>
        <p className="field-hint">
          Tag the misclassified examples with what they have in common (“blurry”, “car noise”, “rare
          species”). The table then shows where closing the gap to human-level performance would pay off most.
          Tags are kept with the project.
        </p>
        <ErrorAnalysisPanel
          outcome={outcome}
          table={table}
          datasetId={datasetId}
          tags={modeling.errorTags}
          onTagsChange={(key, tags) =>
            update((m) => {
              if (tags.length) m.errorTags[key] = tags;
              else delete m.errorTags[key];
            })
          }
          hlpByTag={modeling.tagHlp}
          onHlpChange={(tag, value) =>
            update((m) => {
              if (value === null) delete m.tagHlp[tag];
              else m.tagHlp[tag] = value;
            })
          }
        />
      </section>
      <section className="card stack" aria-labelledby="slices-title">
        <h2 id="slices-title">Slices</h2>
        <p className="field-hint">
          Average accuracy can hide a group the model serves badly. Pick a column to see the metrics per
          value, worst first.
        </p>
        <SlicesPanel outcome={outcome} table={table} columns={columns} />
      </section>
    </>
  );
}
