import { memo, useId } from 'react';
import { LiveChart, niceTicks, type LiveThreshold } from '@/components/live-chart';
import type { FeatureView } from '@/lib/sim/simulator';
import type { AlertThresholds, DriftStatistic } from '@/lib/sim/types';
import {
  column,
  fmtNumber,
  fmtPercent,
  fmtSd,
  fmtStat,
  isValue,
  latest,
  percentTick,
  type SeriesMap,
} from './format';

export interface InputMonitorProps {
  /** The numeric features, as the snapshot gives them. */
  features: readonly FeatureView[];
  series: SeriesMap;
  thresholds: AlertThresholds;
  /** Name of the feature shown in detail; null shows the first one. */
  selected: string | null;
  onSelect(name: string): void;
}

const REFERENCE_COLOR = '#1f5f8b';
const LIVE_COLOR = '#a4521b';
const PSI_COLOR = '#6b4fa3';
const JS_COLOR = '#1d6b3a';
const LEGEND = [
  [REFERENCE_COLOR, 'Reference (training data)'],
  [LIVE_COLOR, 'Live window'],
] as const;

const DRIFT_COLUMNS: readonly DriftStatistic[] = ['ks', 'psi', 'wasserstein', 'js'];

/** The value each statistic is compared with: the p-value for KS, Wasserstein in reference SDs. */
function statValue(f: FeatureView, stat: DriftStatistic): number {
  const s = f.stats;
  if (!s) return NaN;
  const values = {
    ks: s.ksPvalue,
    psi: s.psi,
    wasserstein: s.wasserstein / f.referenceSd,
    js: s.jensenShannon,
  };
  return values[stat];
}

/** Whether an enabled statistic is on the alerting side of its threshold (KS: p below; others: above). */
export function overThreshold(stat: DriftStatistic, value: number, thresholds: AlertThresholds): boolean {
  const { enabled, threshold } = thresholds.drift[stat];
  if (!enabled || !isValue(value)) return false;
  return stat === 'ks' ? value < threshold : value > threshold;
}

function Cell({ text, over }: { text: string; over: boolean }) {
  return (
    <td className={over ? 'monitor-cell monitor-over' : 'monitor-cell'}>
      {text}
      {over && <span className="monitor-over-flag">over threshold</span>}
    </td>
  );
}

function FeatureRow({
  f,
  thresholds,
  current,
  onSelect,
}: {
  f: FeatureView;
  thresholds: AlertThresholds;
  current: boolean;
  onSelect(name: string): void;
}) {
  const shift = (f.liveMean - f.referenceMean) / f.referenceSd;
  return (
    <tr className={current ? 'monitor-row-selected' : undefined}>
      <th scope="row">
        <button
          type="button"
          className="small monitor-select"
          aria-pressed={current}
          onClick={() => onSelect(f.name)}
        >
          {f.name}
        </button>
      </th>
      <td className="monitor-cell">
        {fmtNumber(f.liveMean, 2, f.unit)} vs {fmtNumber(f.referenceMean, 2, f.unit)}{' '}
        <span className="monitor-sub">({fmtSd(shift)})</span>
      </td>
      <Cell text={fmtPercent(f.missingShare)} over={f.missingShare > thresholds.missingShare} />
      <td className="monitor-cell">{fmtStat(f.stats?.ksStatistic)}</td>
      {DRIFT_COLUMNS.map((stat) => {
        const v = statValue(f, stat);
        return <Cell key={stat} text={fmtStat(v)} over={overThreshold(stat, v, thresholds)} />;
      })}
    </tr>
  );
}

const H = { width: 480, height: 190, top: 10, right: 12, bottom: 36, left: 48 };

/** Reference and live histograms on the same bins, as shares, side by side in each bin. */
export function FeatureHistogram({ feature: f }: { feature: FeatureView }) {
  const total = (counts: readonly number[]) => counts.reduce((a, b) => a + b, 0) || 1;
  const ref = f.reference.map((c) => c / total(f.reference));
  const live = f.live.map((c) => c / total(f.live));
  const yMax = Math.max(0.01, ...ref, ...live) * 1.05;
  const innerW = H.width - H.left - H.right;
  const innerH = H.height - H.top - H.bottom;
  const x0 = f.edges[0] ?? 0;
  const x1 = f.edges[f.edges.length - 1] ?? 1;
  const sx = (x: number) => H.left + ((x - x0) / (x1 - x0 || 1)) * innerW;
  const sy = (y: number) => H.top + innerH - (y / yMax) * innerH;
  const unit = f.unit ? ` (${f.unit})` : '';
  const liveCount = f.live.reduce((a, b) => a + b, 0);
  const label =
    `Histogram of ${f.name}: reference mean ${fmtNumber(f.referenceMean, 2, f.unit)}, ` +
    `live mean ${fmtNumber(f.liveMean, 2, f.unit)} (${fmtSd((f.liveMean - f.referenceMean) / f.referenceSd)}), ` +
    `${liveCount} live values on ${ref.length} shared bins`;
  const bars = (shares: number[], color: string, half: 0 | 1, cls: string) =>
    shares.map((s, i) => {
      const left = sx(f.edges[i]!);
      const w = (sx(f.edges[i + 1]!) - left) / 2;
      return (
        <rect
          key={`${cls}${i}`}
          className={cls}
          x={left + half * w + 0.5}
          y={sy(s)}
          width={Math.max(0, w - 1)}
          height={Math.max(0, sy(0) - sy(s))}
          fill={color}
        />
      );
    });
  return (
    <figure className="live-chart monitor-histogram">
      <svg viewBox={`0 0 ${H.width} ${H.height}`} role="img" aria-label={label}>
        <g className="live-chart-grid" aria-hidden="true">
          {niceTicks(0, yMax, 4).map((t) => (
            <g key={`y${t}`}>
              <line x1={H.left} x2={H.left + innerW} y1={sy(t)} y2={sy(t)} />
              <text x={H.left - 6} y={sy(t)} dy="0.32em" textAnchor="end">
                {percentTick(t)}
              </text>
            </g>
          ))}
          {niceTicks(x0, x1, 6).map((t) => (
            <text key={`x${t}`} x={sx(t)} y={H.top + innerH + 14} textAnchor="middle">
              {Number(t.toPrecision(3))}
            </text>
          ))}
          <line className="live-chart-axis" x1={H.left} x2={H.left + innerW} y1={sy(0)} y2={sy(0)} />
          <text x={H.left + innerW / 2} y={H.height - 4} textAnchor="middle" className="live-chart-title">
            {f.name}
            {unit}
          </text>
          <text
            transform={`translate(12 ${H.top + innerH / 2}) rotate(-90)`}
            textAnchor="middle"
            className="live-chart-title"
          >
            Share of values
          </text>
        </g>
        <g aria-hidden="true">
          {bars(ref, REFERENCE_COLOR, 0, 'monitor-bar-reference')}
          {bars(live, LIVE_COLOR, 1, 'monitor-bar-live')}
        </g>
      </svg>
      <figcaption>
        <ul className="legend-list">
          {LEGEND.map(([color, text]) => (
            <li key={text}>
              <span className="swatch" style={{ background: color }} aria-hidden="true" /> {text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}

function DriftHistory({
  name,
  series,
  drift,
}: {
  name: string;
  series: SeriesMap;
  drift: AlertThresholds['drift'];
}) {
  const psi = column(series, `psi:${name}`);
  const js = column(series, `js:${name}`);
  const line = (stat: 'psi' | 'js', short: string, color: string): LiveThreshold[] =>
    drift[stat].enabled
      ? [{ y: drift[stat].threshold, label: `${short} alert above ${drift[stat].threshold}`, color }]
      : [];
  const lines = [...line('psi', 'PSI', PSI_COLOR), ...line('js', 'JS', JS_COLOR)];
  return (
    <LiveChart
      label={`PSI and Jensen–Shannon distance of ${name} over time: latest PSI ${fmtStat(latest(psi))}, Jensen–Shannon ${fmtStat(latest(js))}`}
      xs={column(series, 't')}
      xLabel="Simulated time (s)"
      yLabel="Drift statistic"
      series={[
        { name: `PSI (${name})`, color: PSI_COLOR, values: psi },
        { name: `Jensen–Shannon (${name})`, color: JS_COLOR, values: js, dashed: true },
      ]}
      thresholds={lines}
    />
  );
}

/** Input metrics: every numeric feature's drift statistics, and the selected feature's distribution. */
export const InputMonitor = memo(function InputMonitor({
  features,
  series,
  thresholds,
  selected,
  onSelect,
}: InputMonitorProps) {
  const titleId = useId();
  const current = features.find((f) => f.name === selected) ?? features[0];
  return (
    <section className="monitor-panel stack" aria-labelledby={titleId}>
      <h3 id={titleId}>Input metrics</h3>
      <div className="table-scroll">
        <table className="data-table monitor-table">
          <caption className="field-hint">
            Live window against the training data. Choose a feature to see its distribution. KS p below its
            threshold, or any other statistic above its threshold, is over threshold (checked only when
            enabled).
          </caption>
          <thead>
            <tr>
              <th scope="col">Feature</th>
              <th scope="col">Mean: live vs reference</th>
              <th scope="col">Missing</th>
              <th scope="col">KS statistic</th>
              <th scope="col">KS p (asymptotic)</th>
              <th scope="col">PSI</th>
              <th scope="col">Wasserstein (SD)</th>
              <th scope="col">Jensen–Shannon</th>
            </tr>
          </thead>
          <tbody>
            {features.map((f) => (
              <FeatureRow
                key={f.name}
                f={f}
                thresholds={thresholds}
                current={f === current}
                onSelect={onSelect}
              />
            ))}
          </tbody>
        </table>
      </div>
      {current ? (
        <div className="chart-pair">
          <FeatureHistogram feature={current} />
          <DriftHistory name={current.name} series={series} drift={thresholds.drift} />
        </div>
      ) : (
        <p className="empty-state">This source has no numeric features to monitor.</p>
      )}
    </section>
  );
});
