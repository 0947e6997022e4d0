// The live monitor's per-feature engine: the reference is sorted and binned once; the current window is kept
// sorted incrementally (SortedWindow) and its PSI-bin counts are updated per event, so a tick costs one
// O(n_ref + n_window) merge-walk (KS and Wasserstein together) plus O(bins) for PSI and Jensen–Shannon.
import { ecdfDistancesSorted, type EcdfDistances } from './ecdf-merge';
import { StatsInputError } from './errors';
import { jsDivergenceFromCounts } from './jensen-shannon';
import { ksAsymptoticPvalue } from './ks2samp';
import { psiBinCounts, psiBinEdges, psiBinIndex, psiFromCounts } from './psi';
import { SortedWindow } from './sorted-window';
import { assertInteger, sortedCopyWithSentinel, type NumericSample } from './validation';

const PVALUE_CACHE_SIZE = 4096;

export interface FeatureDriftMonitorOptions {
  /** Sliding window length (default 5 000). */
  windowSize?: number;
  /** Reference-quantile bins for PSI and Jensen–Shannon (default 10, see PSI_CONVENTION). */
  bins?: number;
}

export interface FeatureDriftSnapshot {
  /** Values currently in the window. */
  windowCount: number;
  ksStatistic: number;
  /**
   * The ASYMPTOTIC two-sided KS p-value — scipy's method='asymp': kstwo.sf(d, round(n·m/(n+m))) — never the
   * exact lattice-path one, which is too slow per tick. Show it labelled as asymptotic in the UI.
   */
  ksPvalue: number;
  /** psi(reference, window) with the same bins and floor. */
  psi: number;
  /** wassersteinDistance(reference, window), in data units (not normed). */
  wasserstein: number;
  /** jensenShannonDistance over the PSI bins (natural log, no floor). */
  jensenShannon: number;
}

/**
 * One numeric feature under live monitoring. snapshot() returns exactly what the plain functions return on
 * the same data: ks2samp(reference, window, { method: 'asymp' }), psi(reference, window, { bins }),
 * wassersteinDistance(reference, window) and jensenShannonDistance(refBinCounts, windowBinCounts).
 */
export class FeatureDriftMonitor {
  /** The reference, sorted. */
  readonly reference: Float64Array;
  private readonly referenceWithSentinel: Float64Array;
  /** Inner edges of the reference-quantile bins shared by PSI and JS. */
  readonly edges: Float64Array;
  readonly referenceBinCounts: Float64Array;
  private readonly window: SortedWindow;
  private readonly windowBinCounts: Float64Array;
  private readonly ecdf: EcdfDistances = { ks: 0, wasserstein: 0 };
  // The KS statistic lives on the lattice k/lcm(n_ref, n_window) and a live window keeps revisiting recent
  // values, while the p-value is a pure function of (d, n_ref, n_window) that can cost ~100 µs (Smirnov sum):
  // memoise it per window size, keyed by the exact float d. Bounded; cleared when full.
  private readonly pvalues = new Map<number, number>();
  private pvaluesForN = 0;

  constructor(reference: NumericSample, { windowSize = 5000, bins = 10 }: FeatureDriftMonitorOptions = {}) {
    assertInteger(bins, 1, 'bins');
    this.referenceWithSentinel = sortedCopyWithSentinel(reference, 'reference');
    this.reference = this.referenceWithSentinel.subarray(0, reference.length);
    this.edges = psiBinEdges(this.reference, this.reference.length, bins);
    this.referenceBinCounts = psiBinCounts(this.reference, this.edges);
    this.window = new SortedWindow(windowSize);
    this.windowBinCounts = new Float64Array(this.edges.length + 1);
  }

  get windowCount(): number {
    return this.window.size;
  }

  /** The window's values, sorted (a live view valid until the next push). */
  get windowSorted(): Float64Array {
    return this.window.sorted;
  }

  get windowBins(): Float64Array {
    return this.windowBinCounts;
  }

  /** Adds one observation (finite), evicting the oldest when the window is full. */
  push(x: number): void {
    const evicted = this.window.push(x);
    this.windowBinCounts[psiBinIndex(this.edges, x)]! += 1;
    if (evicted !== undefined) this.windowBinCounts[psiBinIndex(this.edges, evicted)]! -= 1;
  }

  /** Adds values[from..to). */
  pushMany(values: ArrayLike<number>, from = 0, to = values.length): void {
    for (let i = from; i < to; i++) this.push(values[i]!);
  }

  /** Computes all four measures for the current window into `out` (reused: no allocation when given). */
  snapshot(out: FeatureDriftSnapshot = emptySnapshot()): FeatureDriftSnapshot {
    const n = this.window.size;
    if (n === 0) throw new StatsInputError('empty', 'The monitoring window is empty.');
    const ref = this.reference;
    const d = ecdfDistancesSorted(
      this.referenceWithSentinel,
      ref.length,
      this.window.sortedWithSentinel,
      n,
      this.ecdf,
    ).ks;
    if (n !== this.pvaluesForN || this.pvalues.size >= PVALUE_CACHE_SIZE) {
      this.pvalues.clear();
      this.pvaluesForN = n;
    }
    let p = this.pvalues.get(d);
    if (p === undefined) {
      p = ksAsymptoticPvalue(d, ref.length, n);
      this.pvalues.set(d, p);
    }
    const k = this.edges.length + 1;
    out.windowCount = n;
    out.ksStatistic = d;
    out.ksPvalue = p;
    out.wasserstein = this.ecdf.wasserstein;
    out.psi = psiFromCounts(this.referenceBinCounts, ref.length, this.windowBinCounts, n, k);
    out.jensenShannon = Math.sqrt(
      jsDivergenceFromCounts(this.referenceBinCounts, ref.length, this.windowBinCounts, n, k) / 2,
    );
    return out;
  }
}

export function emptySnapshot(): FeatureDriftSnapshot {
  return { windowCount: 0, ksStatistic: 0, ksPvalue: 1, psi: 0, wasserstein: 0, jensenShannon: 0 };
}
