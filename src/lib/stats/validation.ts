// Shared input checks. Internal: not re-exported from index.ts.
import { StatsInputError } from './errors';

/** A numeric sample: a plain array or any typed array. */
export type NumericSample = ArrayLike<number>;

/** Throws unless `values` is non-empty and every element is a finite number. */
export function assertFiniteSample(values: NumericSample, name: string): void {
  if (values.length === 0) throw new StatsInputError('empty', `${name} is empty.`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new StatsInputError(
        'non-finite',
        `${name}[${i}] is ${String(v)}; only finite numbers are allowed (drop missing values first).`,
      );
    }
  }
}

/** A sorted Float64Array copy of a validated finite sample. */
export function sortedCopy(values: NumericSample, name: string): Float64Array {
  assertFiniteSample(values, name);
  return Float64Array.from(values).sort();
}

/**
 * Like sortedCopy, plus a +Infinity sentinel after the last value (what ecdfDistancesSorted needs).
 * The sample occupies indices [0, values.length).
 */
export function sortedCopyWithSentinel(values: NumericSample, name: string): Float64Array {
  assertFiniteSample(values, name);
  const out = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) out[i] = values[i]!;
  out.subarray(0, values.length).sort();
  out[values.length] = Infinity;
  return out;
}

/**
 * Checks two histograms / count vectors / probability vectors of equal length: finite, non-negative,
 * each with a positive total. Returns the two totals.
 */
export function assertHistogramPair(p: NumericSample, q: NumericSample): [number, number] {
  if (p.length === 0 || q.length === 0)
    throw new StatsInputError('empty', 'Histograms must have at least one bin.');
  if (p.length !== q.length) {
    throw new StatsInputError(
      'length-mismatch',
      `Histograms have ${p.length} and ${q.length} bins; they must share bins.`,
    );
  }
  return [histogramTotal(p, 'p'), histogramTotal(q, 'q')];
}

function histogramTotal(h: NumericSample, name: string): number {
  let total = 0;
  for (let i = 0; i < h.length; i++) {
    const v = h[i]!;
    if (!Number.isFinite(v)) throw new StatsInputError('non-finite', `${name}[${i}] is ${String(v)}.`);
    if (v < 0) throw new StatsInputError('negative', `${name}[${i}] is negative (${v}).`);
    total += v;
  }
  if (!(total > 0)) throw new StatsInputError('zero-total', `${name} sums to 0; it is not a distribution.`);
  return total;
}

/** Throws unless `n` is an integer ≥ `min`. */
export function assertInteger(n: number, min: number, name: string): void {
  if (!Number.isInteger(n) || n < min) {
    throw new StatsInputError('invalid-option', `${name} must be an integer ≥ ${min} (got ${String(n)}).`);
  }
}
