import { memo, useId } from 'react';
import { strideIndices } from '@/lib/sim/stride';

export { strideIndices };

/**
 * A light line chart for data that changes several times a second (training curves, production monitors).
 *
 * recharts redraws a chart through its own store and dozens of components; on a 2-core machine with a worker
 * busy training, one redraw of two small charts took 50–100 ms on the main thread. Live views need a redraw to
 * cost a millisecond or two, so this chart is one memoised SVG: a path per series, axes with "nice" ticks,
 * optional threshold lines and event markers, and an HTML legend. Static views keep using recharts.
 */

export interface LiveSeries {
  name: string;
  color: string;
  /** One value per x; null (or a non-finite number) breaks the line. */
  values: ArrayLike<number | null>;
  dashed?: boolean;
}

export interface LiveMarker {
  x: number;
  label: string;
  color?: string;
}

export interface LiveThreshold {
  y: number;
  label: string;
  color?: string;
}

export interface LiveChartProps {
  /** Accessible name: what the chart shows, and ideally its latest values. */
  label: string;
  xs: ArrayLike<number>;
  series: LiveSeries[];
  xLabel: string;
  yLabel: string;
  /** Fixed y range; by default the range of the data (and thresholds), padded. */
  yDomain?: [number, number];
  /** Fixed x range; by default the range of xs. */
  xDomain?: [number, number];
  formatX?: (x: number) => string;
  formatY?: (y: number) => string;
  thresholds?: LiveThreshold[];
  markers?: LiveMarker[];
  height?: number;
  /** At most this many points per series are drawn (evenly strided, the last always kept). */
  maxPoints?: number;
}

const WIDTH = 480;
const MARGIN = { top: 10, right: 12, bottom: 34, left: 52 };

/** Round tick values covering [lo, hi]: steps of 1, 2 or 5 times a power of ten. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi === lo) return [lo];
  const raw = (hi - lo) / Math.max(1, count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.ceil(lo / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = first; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

function finite(v: number | null | undefined): v is number {
  return v !== null && v !== undefined && Number.isFinite(v);
}

/** The data range over every series and threshold, padded by 5 % (or ±1 when flat). */
function autoDomain(series: LiveSeries[], thresholds: LiveThreshold[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series)
    for (let i = 0; i < s.values.length; i++) {
      const v = s.values[i];
      if (finite(v)) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
    }
  for (const t of thresholds) {
    lo = Math.min(lo, t.y);
    hi = Math.max(hi, t.y);
  }
  if (!Number.isFinite(lo)) return [0, 1];
  if (hi === lo) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  return [lo - pad, hi + pad];
}

const defaultFormat = (v: number) => (Math.abs(v) >= 1000 ? v.toFixed(0) : String(Number(v.toPrecision(3))));

export const LiveChart = memo(function LiveChart({
  label,
  xs,
  series,
  xLabel,
  yLabel,
  yDomain,
  xDomain,
  formatX = defaultFormat,
  formatY = defaultFormat,
  thresholds = [],
  markers = [],
  height = 200,
  maxPoints = 240,
}: LiveChartProps) {
  const clipId = useId();
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = height - MARGIN.top - MARGIN.bottom;
  const [y0, y1] = yDomain ?? autoDomain(series, thresholds);
  const [x0, x1] = xDomain ?? (xs.length ? [xs[0]!, xs[xs.length - 1]!] : [0, 1]);
  const sx = (x: number) => MARGIN.left + (x1 === x0 ? innerW : ((x - x0) / (x1 - x0)) * innerW);
  const sy = (y: number) => MARGIN.top + innerH - (y1 === y0 ? 0.5 : (y - y0) / (y1 - y0)) * innerH;
  const indices = strideIndices(xs.length, maxPoints);

  const paths = series.map((s) => {
    let d = '';
    let pen = false;
    for (const i of indices) {
      const v = s.values[i];
      if (!finite(v)) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${sx(xs[i]!).toFixed(1)} ${sy(v).toFixed(1)}`;
      pen = true;
    }
    return d;
  });
  const yTicks = niceTicks(y0, y1, Math.max(3, Math.round(innerH / 40)));
  const xTicks = xs.length ? niceTicks(x0, x1, 6) : [];

  return (
    <figure className="live-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
        <defs>
          <clipPath id={clipId}>
            <rect x={MARGIN.left} y={MARGIN.top} width={innerW} height={innerH} />
          </clipPath>
        </defs>
        <g className="live-chart-grid" aria-hidden="true">
          {yTicks.map((t) => (
            <g key={`y${t}`}>
              <line x1={MARGIN.left} x2={MARGIN.left + innerW} y1={sy(t)} y2={sy(t)} />
              <text x={MARGIN.left - 6} y={sy(t)} dy="0.32em" textAnchor="end">
                {formatY(t)}
              </text>
            </g>
          ))}
          {xTicks.map((t) => (
            <text key={`x${t}`} x={sx(t)} y={MARGIN.top + innerH + 14} textAnchor="middle">
              {formatX(t)}
            </text>
          ))}
          <line
            className="live-chart-axis"
            x1={MARGIN.left}
            x2={MARGIN.left + innerW}
            y1={MARGIN.top + innerH}
            y2={MARGIN.top + innerH}
          />
          <text x={MARGIN.left + innerW / 2} y={height - 4} textAnchor="middle" className="live-chart-title">
            {xLabel}
          </text>
          <text
            transform={`translate(12 ${MARGIN.top + innerH / 2}) rotate(-90)`}
            textAnchor="middle"
            className="live-chart-title"
          >
            {yLabel}
          </text>
        </g>
        <g clipPath={`url(#${clipId})`} aria-hidden="true">
          {thresholds.map((t) => (
            <line
              key={`t${t.label}`}
              className="live-chart-threshold"
              x1={MARGIN.left}
              x2={MARGIN.left + innerW}
              y1={sy(t.y)}
              y2={sy(t.y)}
              stroke={t.color ?? '#a52a2a'}
            />
          ))}
          {markers.map((m, i) => (
            <line
              key={`m${i}`}
              className="live-chart-marker"
              x1={sx(m.x)}
              x2={sx(m.x)}
              y1={MARGIN.top}
              y2={MARGIN.top + innerH}
              stroke={m.color ?? '#a4521b'}
            >
              <title>{m.label}</title>
            </line>
          ))}
          {paths.map((d, i) => (
            <path
              key={series[i]!.name}
              d={d}
              fill="none"
              stroke={series[i]!.color}
              strokeWidth={2}
              strokeDasharray={series[i]!.dashed ? '5 4' : undefined}
            />
          ))}
        </g>
      </svg>
      <figcaption>
        <ul className="legend-list">
          {series.map((s) => (
            <li key={s.name}>
              <span
                className={`swatch${s.dashed ? ' swatch-dashed' : ''}`}
                style={{ background: s.color }}
                aria-hidden="true"
              />{' '}
              {s.name}
            </li>
          ))}
          {thresholds.map((t) => (
            <li key={`t${t.label}`}>
              <span
                className="swatch swatch-line"
                style={{ borderColor: t.color ?? '#a52a2a' }}
                aria-hidden="true"
              />{' '}
              {t.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
});
