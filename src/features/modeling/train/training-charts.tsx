import { memo } from 'react';
import type { EpochMetrics } from '@/lib/ml/train-core';
import { LiveChart } from '@/components/live-chart';

const TRAIN = '#1f5f8b';
const VALIDATION = '#d98c1f';
/** Points drawn per curve (the chart strides longer runs, always keeping the newest epoch). */
const MAX_POINTS = 120;

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

/**
 * Loss and accuracy per epoch, training and validation, redrawn as a run streams in.
 *
 * Drawn by the light SVG chart rather than recharts: on a 2-core machine with the worker training, one recharts
 * redraw of these two charts took 50–100 ms of main thread and mounting them at the end of a run ~150 ms; the
 * light chart costs about a millisecond. The runs table's comparison (recharts, with tooltips) shows the same
 * curves once the run is recorded.
 */
export default memo(function TrainingCharts({ epochs }: { epochs: EpochMetrics[] }) {
  const last = epochs[epochs.length - 1];
  const xs = epochs.map((e) => e.epoch + 1);
  const xDomain: [number, number] = [1, Math.max(2, xs.length)];
  return (
    <div className="chart-pair">
      <LiveChart
        label={lossLabel(last)}
        xs={xs}
        xDomain={xDomain}
        xLabel="Epoch"
        yLabel="Loss"
        series={[
          { name: 'Training loss', color: TRAIN, values: epochs.map((e) => e.loss) },
          { name: 'Validation loss', color: VALIDATION, values: epochs.map((e) => e.valLoss) },
        ]}
        height={220}
        maxPoints={MAX_POINTS}
      />
      {epochs.some((e) => e.acc !== null) && (
        <LiveChart
          label={accLabel(last)}
          xs={xs}
          xDomain={xDomain}
          yDomain={[0, 1]}
          formatY={percent}
          xLabel="Epoch"
          yLabel="Accuracy"
          series={[
            { name: 'Training accuracy', color: TRAIN, values: epochs.map((e) => e.acc) },
            { name: 'Validation accuracy', color: VALIDATION, values: epochs.map((e) => e.valAcc) },
          ]}
          height={220}
          maxPoints={MAX_POINTS}
        />
      )}
    </div>
  );
});
