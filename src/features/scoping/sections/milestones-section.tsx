import { TextField } from '@/components/fields';
import type { ScopingSection } from '@/features/workbook';
import { rowId, type ScopingRecipe } from '../state/use-scoping';
import { MetricTable } from './metric-table';

export function MilestonesFields({
  scoping,
  update,
}: {
  scoping: ScopingSection;
  update(r: ScopingRecipe): void;
}) {
  const m = scoping.milestones;
  const mlOptions = m.mlMetrics
    .filter((r) => r.metric.trim())
    .map((r) => ({ id: r.id, label: r.metric.trim() }));
  return (
    <>
      <MetricTable
        title="ML metrics"
        singular="ML metric"
        rows={m.mlMetrics}
        placeholder={{ metric: 'e.g. word error rate', target: 'e.g. below 8 %' }}
        makeRow={(id) => ({ id, metric: '', target: '' })}
        onChange={(recipe) => update((d) => recipe(d.milestones.mlMetrics))}
      />
      <MetricTable
        title="Software metrics"
        singular="software metric"
        rows={m.softwareMetrics}
        placeholder={{
          metric: 'e.g. p95 latency, throughput, memory',
          target: 'e.g. 300 ms, 1000 QPS, 2 GB',
        }}
        makeRow={(id) => ({ id, metric: '', target: '' })}
        onChange={(recipe) => update((d) => recipe(d.milestones.softwareMetrics))}
      />
      <MetricTable
        title="Business metrics"
        singular="business metric"
        rows={m.businessMetrics}
        placeholder={{ metric: 'e.g. revenue per search', target: 'e.g. +1 %' }}
        linkOptions={mlOptions}
        makeRow={(id) => ({ id, metric: '', target: '', linkedMlMetricId: null })}
        onChange={(recipe) => update((d) => recipe(d.milestones.businessMetrics))}
      />
      <h3>Resources</h3>
      <div className="field-grid">
        <TextField
          label="People"
          multiline
          rows={2}
          value={m.resources.people}
          onChange={(v) => update((d) => void (d.milestones.resources.people = v))}
        />
        <TextField
          label="Data"
          multiline
          rows={2}
          value={m.resources.data}
          onChange={(v) => update((d) => void (d.milestones.resources.data = v))}
        />
        <TextField
          label="Compute"
          multiline
          rows={2}
          value={m.resources.compute}
          onChange={(v) => update((d) => void (d.milestones.resources.compute = v))}
        />
      </div>
      <h3>Timeline</h3>
      {m.timeline.length === 0 && <p className="empty-state">No milestones yet.</p>}
      <ol className="timeline">
        {m.timeline.map((t, i) => (
          <li key={t.id} className="timeline-row">
            <TextField
              label={`Milestone ${i + 1}`}
              value={t.milestone}
              maxLength={300}
              onChange={(v) => update((d) => void (d.milestones.timeline[i]!.milestone = v))}
            />
            <TextField
              label={`Milestone ${i + 1}: date`}
              type="date"
              value={t.date}
              onChange={(v) => update((d) => void (d.milestones.timeline[i]!.date = v))}
            />
            <button
              type="button"
              className="danger"
              aria-label={`Remove milestone ${i + 1}`}
              onClick={() => update((d) => void d.milestones.timeline.splice(i, 1))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        disabled={m.timeline.length >= 40}
        onClick={() =>
          update((d) => void d.milestones.timeline.push({ id: rowId(), milestone: '', date: '' }))
        }
      >
        Add milestone
      </button>
    </>
  );
}
