// Histograms of two samples on one shared set of bin edges, so a chart never compares different bins.
// Edges and counts follow numpy.histogram_bin_edges / numpy.histogram on the pooled sample.
import { StatsInputError } from './errors';
import { assertFiniteSample, assertInteger, type NumericSample } from './validation';

export interface HistogramOptions {
  /** Equal-width bins over the pooled [min, max] (default 10), or 'sturges': ⌈range / (range/(log₂N + 1))⌉ bins. */
  bins?: number | 'sturges';
  /** Explicit edges (≥ 2, finite, strictly increasing); overrides `bins`. */
  edges?: ArrayLike<number>;
}

export interface HistogramSide {
  counts: number[];
  /** count / sample size (values outside the edges count in the denominator). */
  proportions: number[];
  /** numpy's density: count / (in-range count · bin width); integrates to 1 over the edges. */
  densities: number[];
  /** Values outside [edges[0], edges[last]] (possible only with explicit edges); not binned, as numpy. */
  outside: number;
}

export interface SharedHistogram {
  edges: number[];
  reference: HistogramSide;
  current: HistogramSide;
}

/**
 * Shared-edge histogram. Bins are half-open [eᵢ, eᵢ₊₁) except the last, which is closed, as numpy.
 * Both samples non-empty and finite (StatsInputError otherwise).
 */
export function histogram(
  reference: NumericSample,
  current: NumericSample,
  options: HistogramOptions = {},
): SharedHistogram {
  assertFiniteSample(reference, 'reference');
  assertFiniteSample(current, 'current');
  const edges = options.edges
    ? checkedEdges(options.edges)
    : equalWidthEdges(reference, current, options.bins ?? 10);
  return { edges, reference: side(reference, edges), current: side(current, edges) };
}

function checkedEdges(e: ArrayLike<number>): number[] {
  const edges = Array.from(e);
  if (edges.length < 2)
    throw new StatsInputError('invalid-option', 'Histogram edges need at least 2 values.');
  for (let i = 0; i < edges.length; i++) {
    if (!Number.isFinite(edges[i]!))
      throw new StatsInputError('non-finite', `Histogram edge ${i} is ${String(edges[i])}.`);
    if (i > 0 && !(edges[i]! > edges[i - 1]!))
      throw new StatsInputError('invalid-option', 'Histogram edges must be strictly increasing.');
  }
  return edges;
}

/** numpy.histogram_bin_edges(concat(a, b), bins): linspace(min, max, k + 1), ±0.5 around a constant sample. */
function equalWidthEdges(a: NumericSample, b: NumericSample, bins: number | 'sturges'): number[] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of [a, b]) {
    for (let i = 0; i < s.length; i++) {
      lo = Math.min(lo, s[i]!);
      hi = Math.max(hi, s[i]!);
    }
  }
  const range = hi - lo;
  let k: number;
  if (bins === 'sturges') {
    const width = range / (Math.log2(a.length + b.length) + 1); // Sturges (1926)
    k = width ? Math.ceil(range / width) : 1;
  } else {
    assertInteger(bins, 1, 'Histogram bins');
    k = bins;
  }
  // A constant sample — or a range too narrow for k distinct edges in double precision (e.g. [0, 5e-324]),
  // where bin widths would underflow to 0 and densities overflow — gets numpy's ±0.5 window around it.
  if (!(range / k > Number.EPSILON * Math.max(1, Math.abs(lo), Math.abs(hi)))) {
    const mid = lo + range / 2;
    lo = mid - 0.5;
    hi = mid + 0.5;
  }
  const step = (hi - lo) / k;
  const edges: number[] = [];
  for (let i = 0; i < k; i++) edges.push(i * step + lo); // numpy.linspace: i·step + start, last = stop
  edges.push(hi);
  return edges;
}

function side(values: NumericSample, edges: readonly number[]): HistogramSide {
  const k = edges.length - 1;
  const counts = new Array<number>(k).fill(0);
  const first = edges[0]!;
  const last = edges[k]!;
  let outside = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (x < first || x > last) {
      outside++;
      continue;
    }
    counts[x === last ? k - 1 : upperBound(edges, x) - 1]! += 1;
  }
  const inRange = values.length - outside;
  return {
    counts,
    proportions: counts.map((c) => c / values.length),
    densities: counts.map((c, i) => (inRange === 0 ? 0 : c / (edges[i + 1]! - edges[i]!) / inRange)),
    outside,
  };
}

/** Number of edges ≤ x. */
function upperBound(edges: readonly number[], x: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (edges[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
