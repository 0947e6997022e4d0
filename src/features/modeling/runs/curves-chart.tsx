import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RunRecord } from '@/features/workbook';
import { percent } from '@/components/format';

/**
 * Learning curves of one or more runs overlaid per epoch: validation solid, training dashed, one colour per
 * run (and the legend names both the run and the curve, so colour is not the only cue). Stored histories are
 * downsampled, so two runs need not share epochs: the chart takes the union of their epochs and draws each line
 * across the gaps. Epochs are shown 1-based ("epoch 1" is the first completed epoch).
 */
export type CurveMetric = 'loss' | 'accuracy';

export interface CurveRun {
  /** Shown in the legend, e.g. "A · Two moons, Adam". */
  label: string;
  history: RunRecord['history'];
}

export interface CurvesChartProps {
  runs: CurveRun[];
  metric: CurveMetric;
  /** Draw the training curves too (default true). */
  showTraining?: boolean;
  height?: number;
}

/** Colours of run 1, 2, …: distinguishable for the common colour-vision deficiencies (blue, orange, …). */
export const RUN_COLOURS = ['#1f5f8b', '#c2571a', '#5b3a8e', '#2e7d4f'];

export type CurveRow = { epoch: number } & Record<string, number | null>;

const field = (metric: CurveMetric, which: 'val' | 'train') =>
  metric === 'loss' ? (which === 'val' ? 'valLoss' : 'loss') : which === 'val' ? 'valAcc' : 'acc';

/** One row per epoch in any run (1-based), with `r<i>_val` and `r<i>_train` per run (null where absent). */
export function curveData(runs: readonly CurveRun[], metric: CurveMetric): CurveRow[] {
  const rows = new Map<number, CurveRow>();
  runs.forEach((run, i) => {
    for (const e of run.history) {
      let row = rows.get(e.epoch);
      if (!row) {
        row = { epoch: e.epoch + 1 } as CurveRow;
        runs.forEach((_, j) => {
          row![`r${j}_val`] = null;
          row![`r${j}_train`] = null;
        });
        rows.set(e.epoch, row);
      }
      row[`r${i}_val`] = e[field(metric, 'val')];
      row[`r${i}_train`] = e[field(metric, 'train')];
    }
  });
  return [...rows.values()].sort((a, b) => a.epoch - b.epoch);
}

const hasAny = (data: CurveRow[], key: string) => data.some((r) => r[key] != null);

const format = (metric: CurveMetric, v: number) => (metric === 'loss' ? v.toPrecision(3) : percent(v));

/** A sentence per run for screen readers: where each curve ends. */
function summary(runs: readonly CurveRun[], metric: CurveMetric): string {
  const name = metric === 'loss' ? 'loss' : 'accuracy';
  const parts = runs.map((run) => {
    const last = [...run.history].reverse().find((e) => e[field(metric, 'val')] != null);
    const lastTrain = run.history[run.history.length - 1];
    const train = lastTrain?.[field(metric, 'train')];
    if (!last && train == null) return `${run.label}: no ${name} recorded`;
    const bits = [];
    if (last)
      bits.push(
        `validation ${name} ${format(metric, last[field(metric, 'val')]!)} at epoch ${last.epoch + 1}`,
      );
    if (lastTrain && train != null) bits.push(`training ${name} ${format(metric, train)}`);
    return `${run.label}: ${bits.join(', ')}`;
  });
  return `${metric === 'loss' ? 'Loss' : 'Accuracy'} per epoch. ${parts.join('. ')}.`;
}

export function CurvesChart({ runs, metric, showTraining = true, height = 260 }: CurvesChartProps) {
  const data = curveData(runs, metric);
  const yLabel = metric === 'loss' ? 'Loss' : 'Accuracy';
  const what = metric === 'loss' ? 'loss' : 'accuracy';
  return (
    <div className="chart" role="img" aria-label={summary(runs, metric)}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            label={{ value: 'Epoch', position: 'insideBottom', offset: -12 }}
          />
          <YAxis
            domain={metric === 'accuracy' ? [0, 1] : ['auto', 'auto']}
            tickFormatter={(v: number) =>
              metric === 'accuracy' ? percent(v, 0) : String(Number(v.toPrecision(3)))
            }
            label={{ value: yLabel, angle: -90, position: 'insideLeft' }}
          />
          <Tooltip
            formatter={(v) => (typeof v === 'number' ? format(metric, v) : String(v))}
            labelFormatter={(e) => `Epoch ${e}`}
          />
          <Legend verticalAlign="top" />
          {runs.flatMap((run, i) => {
            const colour = RUN_COLOURS[i % RUN_COLOURS.length]!;
            const lines = [];
            if (hasAny(data, `r${i}_val`)) {
              lines.push(
                <Line
                  key={`r${i}_val`}
                  dataKey={`r${i}_val`}
                  name={`${run.label} — validation ${what}`}
                  stroke={colour}
                  strokeWidth={2}
                  dot={false}
                  connectNulls
                  isAnimationActive={false}
                />,
              );
            }
            if (showTraining && hasAny(data, `r${i}_train`)) {
              lines.push(
                <Line
                  key={`r${i}_train`}
                  dataKey={`r${i}_train`}
                  name={`${run.label} — training ${what}`}
                  stroke={colour}
                  strokeWidth={1.5}
                  strokeDasharray="6 4"
                  dot={false}
                  connectNulls
                  isAnimationActive={false}
                />,
              );
            }
            return lines;
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
