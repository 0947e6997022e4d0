// Counts of dates per calendar period for the statistics view: per day when the observed span is under 60
// days, per month up to 50 years, per year beyond (so a chart never gets thousands of bars). Periods are UTC,
// matching parseIsoDateCell, and empty periods between the first and last date are included with count 0.

export type DateGranularity = 'day' | 'month' | 'year';

export interface DateBucket {
  /** 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
  period: string;
  count: number;
}

const DAY_MS = 86_400_000;
export const DAY_SPAN_LIMIT_DAYS = 60;
export const MONTH_SPAN_LIMIT_YEARS = 50;

export function dateGranularity(minMs: number, maxMs: number): DateGranularity {
  if (maxMs - minMs < DAY_SPAN_LIMIT_DAYS * DAY_MS) return 'day';
  const years = civilFromDays(Math.floor(maxMs / DAY_MS))[0] - civilFromDays(Math.floor(minMs / DAY_MS))[0];
  return years <= MONTH_SPAN_LIMIT_YEARS ? 'month' : 'year';
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** [year, month 1–12] of a day count since the epoch (H. Hinnant's civil_from_days; no Date objects). */
function civilFromDays(days: number): [number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month];
}

/** Period index: days since the epoch, or months / years since year 0, for the granularity. */
function periodIndex(ms: number, g: DateGranularity): number {
  const days = Math.floor(ms / DAY_MS);
  if (g === 'day') return days;
  const [year, month] = civilFromDays(days);
  return g === 'month' ? year * 12 + month - 1 : year;
}

function periodLabel(index: number, g: DateGranularity): string {
  if (g === 'year') return pad(index, 4);
  if (g === 'month') return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
  return new Date(index * DAY_MS).toISOString().slice(0, 10);
}

/** Buckets for timestamps (ms since the epoch, UTC), `count` of them from `times[0]`; empty input → []. */
export function dateBuckets(
  times: ArrayLike<number>,
  count: number,
  minMs: number,
  maxMs: number,
): { granularity: DateGranularity; buckets: DateBucket[] } {
  const granularity = dateGranularity(minMs, maxMs);
  if (count === 0) return { granularity, buckets: [] };
  const first = periodIndex(minMs, granularity);
  const counts = new Array<number>(periodIndex(maxMs, granularity) - first + 1).fill(0);
  for (let i = 0; i < count; i++) counts[periodIndex(times[i]!, granularity) - first]! += 1;
  return {
    granularity,
    buckets: counts.map((c, i) => ({ period: periodLabel(first + i, granularity), count: c })),
  };
}
