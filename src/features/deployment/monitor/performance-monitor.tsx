import { memo, useId } from 'react';
import { LiveChart, type LiveMarker, type LiveSeries, type LiveThreshold } from '@/components/live-chart';
import type { SimSnapshot } from '@/lib/sim/simulator';
import type { AlertThresholds } from '@/lib/sim/types';
import {
  column,
  fmtCount,
  fmtPercent,
  hasValues,
  isValue,
  latest,
  percentTick,
  type SeriesMap,
} from './format';

export interface PerformanceMonitorProps {
  performance: SimSnapshot['performance'];
  series: SeriesMap;
  thresholds: AlertThresholds;
  /** Vertical markers, e.g. ADWIN and DDM detections (see detectionMarkers). */
  markers: LiveMarker[];
}

const ACCURACY_COLOR = '#1f5f8b';
const ESTIMATE_COLOR = '#a4521b';
const CANDIDATE_COLOR = '#1d6b3a';
const THRESHOLD_COLOR = '#a52a2a';

/** Model performance: accuracy from delayed labels, and the label-free estimate that cannot see concept drift. */
export const PerformanceMonitor = memo(function PerformanceMonitor({
  performance,
  series,
  thresholds,
  markers,
}: PerformanceMonitorProps) {
  const titleId = useId();
  const accuracy = column(series, 'accuracy');
  const estimated = column(series, 'estimated');
  const candidate = column(series, 'candidateAccuracy');
  const lines: LiveSeries[] = [
    { name: 'Accuracy (from labels)', color: ACCURACY_COLOR, values: accuracy },
    { name: 'Estimated without labels (CBPE)', color: ESTIMATE_COLOR, values: estimated, dashed: true },
  ];
  if (hasValues(candidate))
    lines.push({ name: 'Candidate accuracy', color: CANDIDATE_COLOR, values: candidate });
  const threshold: LiveThreshold = {
    y: thresholds.accuracy,
    label: `Accuracy alert below ${fmtPercent(thresholds.accuracy)}`,
    color: THRESHOLD_COLOR,
  };
  const below = isValue(performance.accuracy) && performance.accuracy < thresholds.accuracy;
  const gap = performance.estimated - performance.accuracy;
  const label =
    `Accuracy over time: latest accuracy ${fmtPercent(latest(accuracy))}, ` +
    `estimated without labels ${fmtPercent(latest(estimated))}` +
    (hasValues(candidate) ? `, candidate ${fmtPercent(latest(candidate))}` : '') +
    `; ${markers.length} detector marker${markers.length === 1 ? '' : 's'}`;
  return (
    <section className="monitor-panel stack" aria-labelledby={titleId}>
      <h3 id={titleId}>Model performance</h3>
      <dl className="monitor-figures">
        <div className={below ? 'monitor-over' : undefined}>
          <dt>Accuracy (window)</dt>
          <dd>
            {fmtPercent(performance.accuracy)}
            {below && <span className="monitor-over-flag">below threshold</span>}
          </dd>
        </div>
        <div>
          <dt>F1</dt>
          <dd>{fmtPercent(performance.f1)}</dd>
        </div>
        <div>
          <dt>Labels in window</dt>
          <dd>{fmtCount(performance.labels)}</dd>
        </div>
        <div>
          <dt>Estimated without labels</dt>
          <dd>{fmtPercent(performance.estimated)}</dd>
        </div>
      </dl>
      {isValue(gap) && gap > 0.1 && (
        <p className="callout callout-warning" role="status">
          The label-free estimate is {(gap * 100).toFixed(1)} percentage points above the measured accuracy:
          the model is confident but wrong, the signature of concept drift.
        </p>
      )}
      <LiveChart
        label={label}
        xs={column(series, 't')}
        xLabel="Simulated time (s)"
        yLabel="Accuracy"
        yDomain={[0, 1]}
        formatY={percentTick}
        series={lines}
        thresholds={[threshold]}
        markers={markers}
      />
      <details className="monitor-explain">
        <summary>Why the estimate misses concept drift</summary>
        <p>
          Labels arrive late, so the dashed line estimates accuracy without them (confidence-based performance
          estimation, CBPE): it is the mean of the model&apos;s confidence, calibrated on the training data so
          that &ldquo;80 % sure&rdquo; means right about 80 % of the time.
        </p>
        <p>
          Under covariate shift (data drift) the inputs move but the relation P(y|x) stays the same. Inputs
          that land in regions where the model is unsure lower its confidence, so the estimate follows the
          real accuracy down.
        </p>
        <p>
          Under concept drift the inputs look as before while the true mapping from x to y has moved. The
          model answers exactly as confidently as it used to, so the estimate stays high while the real
          accuracy falls. Nothing in the inputs or outputs gives this away: only true labels reveal concept
          drift.
        </p>
      </details>
    </section>
  );
});
