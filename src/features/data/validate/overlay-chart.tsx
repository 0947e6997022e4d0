import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ColumnDistribution } from '@/lib/data/drift-check';

const fmt = (v: number) => Number(v.toPrecision(3)).toLocaleString();

/** Reference vs new data on shared bins (or the same categories), as counts or as shares. */
export default function OverlayChart({
  dist,
  mode,
}: {
  dist: ColumnDistribution;
  mode: 'counts' | 'densities';
}) {
  let data: { label: string; reference: number; current: number }[];
  if (dist.kind === 'numeric') {
    const h = dist.histogram;
    const pick = (side: typeof h.reference) => (mode === 'counts' ? side.counts : side.densities);
    const ref = pick(h.reference);
    const cur = pick(h.current);
    data = ref.map((r, i) => ({
      label: `${fmt(h.edges[i]!)}–${fmt(h.edges[i + 1]!)}`,
      reference: r,
      current: cur[i]!,
    }));
  } else {
    const refTotal = dist.reference.reduce((a, b) => a + b, 0) || 1;
    const curTotal = dist.current.reduce((a, b) => a + b, 0) || 1;
    data = dist.categories.map((c, i) => ({
      label: c,
      reference: mode === 'counts' ? dist.reference[i]! : dist.reference[i]! / refTotal,
      current: mode === 'counts' ? dist.current[i]! : dist.current[i]! / curTotal,
    }));
  }
  const yLabel = mode === 'counts' ? 'Rows' : dist.kind === 'numeric' ? 'Density' : 'Share';
  return (
    <div
      className="chart"
      role="img"
      aria-label={`${dist.column}: reference and new data ${mode === 'counts' ? 'counts' : 'densities'} on shared bins`}
    >
      <ResponsiveContainer width="100%" height={200}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 28, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            tick={{ fontSize: 11 }}
            interval="preserveStartEnd"
            label={{ value: dist.column, position: 'insideBottom', offset: -18, fontSize: 12 }}
          />
          <YAxis
            tick={{ fontSize: 11 }}
            label={{ value: yLabel, angle: -90, position: 'insideLeft', fontSize: 12 }}
          />
          <Tooltip formatter={(v) => fmt(Number(v))} />
          <Legend verticalAlign="top" height={24} />
          <Bar dataKey="reference" name="Reference (schema data)" fill="#1f6f8b" isAnimationActive={false} />
          <Bar dataKey="current" name="New data" fill="#d98c1f" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
