import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ColumnStatistics } from '@/lib/data/column-stats';

const fmt = (v: number) =>
  Math.abs(v) >= 1000 || Number.isInteger(v)
    ? v.toLocaleString(undefined, { maximumFractionDigits: 1 })
    : Number(v.toPrecision(3)).toString();

/** One column's distribution: a histogram for numbers, bars of the most frequent values otherwise. */
export default function ColumnChart({ stats }: { stats: ColumnStatistics }) {
  let data: { label: string; count: number }[] = [];
  let xLabel = '';
  if (stats.kind === 'numeric' && stats.summary) {
    const { edges, counts } = stats.summary.histogram;
    data = counts.map((count, i) => ({ label: `${fmt(edges[i]!)}–${fmt(edges[i + 1]!)}`, count }));
    xLabel = `${stats.name} (bins)`;
  } else if (stats.kind === 'categories' || stats.kind === 'text') {
    data = stats.top.map((t) => ({ label: t.value, count: t.count }));
    if (stats.otherCount > 0) data.push({ label: '(other)', count: stats.otherCount });
    xLabel = stats.name;
  } else if (stats.kind === 'date') {
    data = stats.buckets.map((b) => ({ label: b.period, count: b.count }));
    xLabel = `${stats.name} (per ${stats.granularity})`;
  }
  if (stats.missing > 0) data.push({ label: '(missing)', count: stats.missing });
  if (data.length === 0) return <p className="empty-state">No values to chart.</p>;
  return (
    <div
      className="chart"
      role="img"
      aria-label={`Distribution of ${stats.name}: ${data
        .slice(0, 6)
        .map((d) => `${d.label} ${d.count}`)
        .join(', ')}${data.length > 6 ? ', …' : ''}`}
    >
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 28, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            tick={{ fontSize: 11 }}
            interval="preserveStartEnd"
            label={{ value: xLabel, position: 'insideBottom', offset: -18, fontSize: 12 }}
          />
          <YAxis
            allowDecimals={false}
            tick={{ fontSize: 11 }}
            label={{ value: 'Rows', angle: -90, position: 'insideLeft', fontSize: 12 }}
          />
          <Tooltip formatter={(v) => [Number(v).toLocaleString(), 'Rows']} />
          <Bar dataKey="count" name="Rows" fill="#1f6f8b" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
