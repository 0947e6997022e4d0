import { memo, useId } from 'react';
import { LiveChart, type LiveSeries } from '@/components/live-chart';
import type { SimSnapshot } from '@/lib/sim/simulator';
import { column, fmtPercent, isValue, latest, percentTick, type SeriesMap } from './format';

export interface OutputMonitorProps {
  output: SimSnapshot['output'];
  series: SeriesMap;
}

const CONFIDENCE_COLOR = '#1b2430';
/** Class colours (≥ 3:1 against white); series also differ by name in the legend and the label. */
export const CLASS_COLORS = ['#1f5f8b', '#a4521b', '#6b4fa3', '#1d6b3a', '#a52a2a', '#8a5300', '#4a5566'];

/** A signed change in percentage points, e.g. −0.25 → "−25.0 pp". */
function fmtPoints(delta: number): string {
  if (!isValue(delta)) return '—';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  return `${sign}${Math.abs(delta * 100).toFixed(1)} pp`;
}

/** Output metrics: what the model predicts now against what it predicted on its training data. */
export const OutputMonitor = memo(function OutputMonitor({ output, series }: OutputMonitorProps) {
  const titleId = useId();
  const { classes, share, referenceShare, meanConfidence } = output;
  const shares: LiveSeries[] = classes.map((name, c) => ({
    name: `Predicted "${name}"`,
    color: CLASS_COLORS[c % CLASS_COLORS.length]!,
    values: column(series, `pred:${c}`),
  }));
  const confidence = column(series, 'meanConfidence');
  const label =
    `Mean confidence and predicted class shares over time: latest mean confidence ${fmtPercent(latest(confidence))}, ` +
    classes.map((name, c) => `"${name}" ${fmtPercent(latest(column(series, `pred:${c}`)))}`).join(', ');
  return (
    <section className="monitor-panel stack" aria-labelledby={titleId}>
      <h3 id={titleId}>Output metrics</h3>
      <p className="monitor-figure">
        Mean confidence now: <strong>{fmtPercent(meanConfidence)}</strong>
      </p>
      {/* Focusable, so keyboard users can scroll the table when it is wider than its column. */}
      <div className="table-scroll" role="region" aria-label="Predicted class shares" tabIndex={0}>
        <table className="data-table monitor-table">
          <caption className="field-hint">
            Share of each predicted class in the live window against the model&apos;s predictions on its
            training data. A large change in the output can mean data drift or a change in the class balance
            (prior shift).
          </caption>
          <thead>
            <tr>
              <th scope="col">Predicted class</th>
              <th scope="col">Now</th>
              <th scope="col">Reference</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {classes.map((name, c) => {
              const now = share[c] ?? NaN;
              const ref = referenceShare[c] ?? NaN;
              return (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td className="monitor-cell">
                    <span className="monitor-share">
                      <span
                        className="monitor-share-bar"
                        style={{
                          width: `${isValue(now) ? Math.min(100, now * 100) : 0}%`,
                          background: CLASS_COLORS[c % CLASS_COLORS.length],
                        }}
                        aria-hidden="true"
                      />
                    </span>
                    {fmtPercent(now)}
                  </td>
                  <td className="monitor-cell">{fmtPercent(ref)}</td>
                  <td className="monitor-cell">{fmtPoints(now - ref)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <LiveChart
        label={label}
        xs={column(series, 't')}
        xLabel="Simulated time (s)"
        yLabel="Share of events"
        yDomain={[0, 1]}
        formatY={percentTick}
        series={[
          { name: 'Mean confidence', color: CONFIDENCE_COLOR, values: confidence, dashed: true },
          ...shares,
        ]}
      />
    </section>
  );
});
