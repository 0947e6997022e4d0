import { memo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { EpochMetrics } from '@/lib/ml/train-core';

/** At most `max` points, always keeping the first and last (the live curve must stay cheap to draw). */
export function downsample<T>(points: T[], max = 120): T[] {
  if (points.length <= max) return points;
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]!);
}

/** Live loss and accuracy per epoch, training and validation. No animation, no dots, downsampled. */
export default memo(function TrainingCharts({ epochs }: { epochs: EpochMetrics[] }) {
  const data = downsample(epochs).map((e) => ({ ...e, epoch: e.epoch + 1 }));
  const last = epochs[epochs.length - 1];
  const hasAcc = epochs.some((e) => e.acc !== null);
  return (
    <div className="chart-pair">
      <div
        className="chart"
        role="img"
        aria-label={
          last
            ? `Loss after epoch ${last.epoch + 1}: training ${last.loss.toFixed(3)}${last.valLoss !== null ? `, validation ${last.valLoss.toFixed(3)}` : ''}`
            : 'Loss'
        }
      >
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
            <Line
              dataKey="loss"
              name="Training loss"
              stroke="#1f5f8b"
              dot={false}
              isAnimationActive={false}
            />
            <Line
              dataKey="valLoss"
              name="Validation loss"
              stroke="#d98c1f"
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      {hasAcc && (
        <div
          className="chart"
          role="img"
          aria-label={
            last
              ? `Accuracy after epoch ${last.epoch + 1}: training ${((last.acc ?? 0) * 100).toFixed(1)} %${last.valAcc !== null ? `, validation ${(last.valAcc * 100).toFixed(1)} %` : ''}`
              : 'Accuracy'
          }
        >
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
                stroke="#1f5f8b"
                dot={false}
                isAnimationActive={false}
              />
              <Line
                dataKey="valAcc"
                name="Validation accuracy"
                stroke="#d98c1f"
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
