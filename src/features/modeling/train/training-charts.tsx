import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochMetrics } from '@/lib/ml/train-core';
import { LiveChart } from '@/components/live-chart';

/** At most `max` points, always keeping the first and last (the live curve must stay cheap to draw). */
export function downsample<T>(points: T[], max = 120): T[] {
  if (points.length <= max) return points;
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]!);
}

const TRAIN = '#1f5f8b';
const VALIDATION = '#d98c1f';

function lossLabel(last: EpochMetrics | undefined) {
  return last
    ? `Loss after epoch ${last.epoch + 1}: training ${last.loss.toFixed(3)}${last.valLoss !== null ? `, validation ${last.valLoss.toFixed(3)}` : ''}`
    : 'Loss';
}
function accLabel(last: EpochMetrics | undefined) {
  return last
    ? `Accuracy after epoch ${last.epoch + 1}: training ${((last.acc ?? 0) * 100).toFixed(1)} %${last.valAcc !== null ? `, validation ${(last.valAcc * 100).toFixed(1)} %` : ''}`
    : 'Accuracy';
}
const percent = (v: number) => `${Math.round(v * 100)} %`;

/** While a run streams in: the same two charts drawn by the light live chart (a redraw costs ~1 ms). */
function LiveTrainingCharts({ epochs }: { epochs: EpochMetrics[] }) {
  const last = epochs[epochs.length - 1];
  const xs = epochs.map((e) => e.epoch + 1);
  return (
    <div className="chart-pair">
      <LiveChart
        label={lossLabel(last)}
        xs={xs}
        xDomain={[1, Math.max(2, xs.length)]}
        xLabel="Epoch"
        yLabel="Loss"
        series={[
          { name: 'Training loss', color: TRAIN, values: epochs.map((e) => e.loss) },
          { name: 'Validation loss', color: VALIDATION, values: epochs.map((e) => e.valLoss) },
        ]}
        height={220}
      />
      {epochs.some((e) => e.acc !== null) && (
        <LiveChart
          label={accLabel(last)}
          xs={xs}
          xDomain={[1, Math.max(2, xs.length)]}
          yDomain={[0, 1]}
          formatY={percent}
          xLabel="Epoch"
          yLabel="Accuracy"
          series={[
            { name: 'Training accuracy', color: TRAIN, values: epochs.map((e) => e.acc) },
            { name: 'Validation accuracy', color: VALIDATION, values: epochs.map((e) => e.valAcc) },
          ]}
          height={220}
        />
      )}
    </div>
  );
}

/**
 * Loss and accuracy per epoch, training and validation. While `live`, the light SVG chart draws them (recharts
 * costs 50–100 ms a redraw on a busy 2-core machine); once the run ends, recharts draws the final curves with
 * tooltips. No animation, no dots, downsampled.
 */
export default memo(function TrainingCharts({ epochs, live }: { epochs: EpochMetrics[]; live: boolean }) {
  if (live) return <LiveTrainingCharts epochs={epochs} />;
  const data = downsample(epochs).map((e) => ({ ...e, epoch: e.epoch + 1 }));
  const last = epochs[epochs.length - 1];
  const hasAcc = epochs.some((e) => e.acc !== null);
  return (
    <div className="chart-pair">
      <div className="chart" role="img" aria-label={lossLabel(last)}>
        <ResponsiveContainer width="100%" height={220}>
          <LineChart data={data} margin={{ top: 8, right: 12, bottom: 24, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="epoch"
              type="number"
              domain={[1, 'dataMax']}
              label={{ value: 'Epoch', position: 'insideBottom', offset: -12 }}
            />
            <YAxis label={{ value: 'Loss', angle: -90, position: 'insideLeft' }} />
            <Tooltip formatter={(v) => Number(v).toFixed(4)} />
            <Legend verticalAlign="top" height={24} />
            <Line dataKey="loss" name="Training loss" stroke={TRAIN} dot={false} isAnimationActive={false} />
            <Line
              dataKey="valLoss"
              name="Validation loss"
              stroke={VALIDATION}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {hasAcc && (
        <div className="chart" role="img" aria-label={accLabel(last)}>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={data} margin={{ top: 8, right: 12, bottom: 24, left: 4 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                dataKey="epoch"
                type="number"
                domain={[1, 'dataMax']}
                label={{ value: 'Epoch', position: 'insideBottom', offset: -12 }}
              />
              <YAxis
                domain={[0, 1]}
                tickFormatter={(v) => `${Math.round(v * 100)} %`}
                label={{ value: 'Accuracy', angle: -90, position: 'insideLeft' }}
              />
              <Tooltip formatter={(v) => `${(Number(v) * 100).toFixed(1)} %`} />
              <Legend verticalAlign="top" height={24} />
              <Line
                dataKey="acc"
                name="Training accuracy"
                stroke={TRAIN}
                dot={false}
                isAnimationActive={false}
              />
              <Line
                dataKey="valAcc"
                name="Validation accuracy"
                stroke={VALIDATION}
                dot={false}
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </div>
  );
});
