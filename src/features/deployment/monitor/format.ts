// Display helpers shared by the live production monitor's panels. Every helper turns a missing value (NaN, null,
// undefined or ±Infinity: "no value yet") into an em dash, so a panel never prints "NaN".

/** What a panel shows when there is no value yet. */
export const DASH = '—';

/** The simulator's time series: one value per simulated second, oldest first, keyed e.g. `psi:vibration`. */
export type SeriesMap = Readonly<Record<string, readonly number[]>>;

const EMPTY: readonly number[] = [];

export function isValue(v: number | null | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A share in [0, 1] as a percentage with one decimal, e.g. 0.9123 → "91.2 %". */
export function fmtPercent(p: number | null | undefined, digits = 1): string {
  return isValue(p) ? `${(p * 100).toFixed(digits)} %` : DASH;
}

/** Simulated time, e.g. 42.27 → "t = 42.3 s". */
export function fmtTime(t: number | null | undefined): string {
  return `t = ${isValue(t) ? t.toFixed(1) : DASH} s`;
}

/** A drift statistic or p-value: three decimals, or one significant digit in exponent form when tiny. */
export function fmtStat(v: number | null | undefined): string {
  if (!isValue(v)) return DASH;
  if (v !== 0 && Math.abs(v) < 0.001) return v.toExponential(1);
  return v.toFixed(3);
}

/** A number with fixed decimals and an optional unit, e.g. (20.123, 2, "°C") → "20.12 °C". */
export function fmtNumber(v: number | null | undefined, digits = 2, unit = ''): string {
  if (!isValue(v)) return DASH;
  const text = v.toFixed(digits);
  return unit ? `${text} ${unit}` : text;
}

/** A signed number of reference standard deviations, e.g. 1.2 → "+1.20 SD". */
export function fmtSd(v: number | null | undefined): string {
  if (!isValue(v)) return DASH;
  return `${v > 0 ? '+' : v < 0 ? '−' : '±'}${Math.abs(v).toFixed(2)} SD`;
}

/** Milliseconds with two decimals. */
export function fmtMs(v: number | null | undefined): string {
  return fmtNumber(v, 2, 'ms');
}

// One formatter for every count: toLocaleString builds a new Intl.NumberFormat per call, which showed up in
// the simulation benchmark's main-thread profile.
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A whole count with thousands separators, e.g. 12345 → "12,345". */
export function fmtCount(v: number | null | undefined): string {
  return isValue(v) ? COUNT.format(Math.round(v)) : DASH;
}

/** Axis ticks of a chart whose y values are shares in [0, 1]. */
export function percentTick(v: number): string {
  return `${Math.round(v * 100)} %`;
}

/** The series under `key`, or an empty one when the simulator has not recorded it. */
export function column(series: SeriesMap, key: string): readonly number[] {
  return series[key] ?? EMPTY;
}

/** The newest point of a series (NaN when empty). */
export function latest(values: ArrayLike<number> | undefined): number {
  return values && values.length ? (values[values.length - 1] ?? NaN) : NaN;
}

/** Whether a series holds at least one real value. */
export function hasValues(values: ArrayLike<number>): boolean {
  for (let i = 0; i < values.length; i++) if (isValue(values[i])) return true;
  return false;
}
