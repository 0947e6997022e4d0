// The input monitors of the live model, one per numeric feature: a drift monitor (KS, PSI, Wasserstein,
// Jensen–Shannon of the live window against the reference), the live window's raw values with their running
// sum and missing count (live mean, missing share, live histogram), and the reference's histogram, mean and
// SD. The reference is the live model's training data, so the simulator builds a fresh set whenever the live
// model changes.
//
// Missing values (NaN) take a slot in the window, so the missing share is over the last `driftWindow` events,
// but they never reach the drift monitor or the sums. The drift statistics are computed once per simulated
// second (recordSecond) and only once the monitor's window holds `minWindow` values; until then a feature has
// no statistics (null) and cannot breach. Wasserstein is reported in reference SDs, as its threshold is.
// Histograms: HIST_BINS equal-width bins over the reference mean ± 4 SD, shared by reference and live;
// values outside fall into the end bins.
import { FeatureDriftMonitor, emptySnapshot, type FeatureDriftSnapshot } from '../stats/index';
import { RingBuffer } from './ring';
import type { FeatureView } from './snapshot-types';
import type { AlertThresholds, DriftStatistic, SourceFeature } from './types';

const HIST_BINS = 24;

function binOf(edges: number[], v: number): number {
  const lo = edges[0]!;
  const hi = edges[edges.length - 1]!;
  const bins = edges.length - 1;
  return Math.min(bins - 1, Math.max(0, Math.floor(((v - lo) / (hi - lo)) * bins)));
}

export class InputMonitors {
  /** The monitored features (the source's numeric ones, in source order); `m` below indexes this list. */
  readonly features: readonly SourceFeature[];
  private readonly columns: readonly number[];
  private readonly monitors: FeatureDriftMonitor[] = [];
  private readonly windows: RingBuffer[] = [];
  private readonly sums: number[] = [];
  private readonly missing: number[] = [];
  private readonly refHist: { edges: number[]; counts: number[]; mean: number; sd: number }[] = [];
  private readonly latestStats: (FeatureDriftSnapshot | null)[];

  /**
   * `columns`: the numeric features' indices in a raw row of `width` values; `reference`: the live model's
   * raw training rows.
   */
  constructor(
    features: readonly SourceFeature[],
    columns: readonly number[],
    width: number,
    reference: { rows: Float64Array; n: number },
    driftWindow: number,
  ) {
    const { rows, n } = reference;
    this.features = columns.map((j) => features[j]!);
    this.columns = columns;
    for (const j of columns) {
      const values: number[] = [];
      for (let r = 0; r < n; r++) {
        const v = rows[r * width + j]!;
        if (!Number.isNaN(v)) values.push(v);
      }
      this.monitors.push(new FeatureDriftMonitor(Float64Array.from(values), { windowSize: driftWindow }));
      const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
      const sd =
        Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1)) || 1;
      const edges = Array.from({ length: HIST_BINS + 1 }, (_, i) => mean - 4 * sd + (8 * sd * i) / HIST_BINS);
      const counts = new Array<number>(HIST_BINS).fill(0);
      for (const v of values) counts[binOf(edges, v)]! += 1;
      this.refHist.push({ edges, counts, mean, sd });
      this.windows.push(new RingBuffer(driftWindow));
      this.sums.push(0);
      this.missing.push(0);
    }
    this.latestStats = columns.map(() => null);
  }

  /** One served event: its raw row starts at `raw[offset]`. */
  push(raw: Float64Array, offset: number): void {
    this.columns.forEach((j, m) => {
      const v = raw[offset + j]!;
      const ring = this.windows[m]!;
      const evicted = ring.push(v);
      if (evicted !== undefined) {
        if (Number.isNaN(evicted)) this.missing[m]! -= 1;
        else this.sums[m]! -= evicted;
      }
      if (Number.isNaN(v)) this.missing[m]! += 1;
      else {
        this.sums[m]! += v;
        this.monitors[m]!.push(v);
      }
    });
  }

  /**
   * The once-a-second check: computes each feature's drift statistics (when its window holds `minWindow`
   * values) and writes them into the chart row with the mean shift (in reference SDs) and the missing share:
   * `ks:`, `ksP:`, `psi:`, `w:`, `js:`, `mean:` and `missing:` + the feature's name.
   */
  recordSecond(row: Record<string, number>, minWindow: number): void {
    const snap = emptySnapshot();
    this.features.forEach(({ name }, m) => {
      const monitor = this.monitors[m]!;
      let stats: FeatureDriftSnapshot | null = null;
      if (monitor.windowCount >= minWindow) stats = { ...monitor.snapshot(snap) };
      this.latestStats[m] = stats;
      row[`ks:${name}`] = stats ? stats.ksStatistic : NaN;
      row[`ksP:${name}`] = stats ? stats.ksPvalue : NaN;
      row[`psi:${name}`] = stats ? stats.psi : NaN;
      row[`w:${name}`] = stats ? stats.wasserstein / this.refHist[m]!.sd : NaN;
      row[`js:${name}`] = stats ? stats.jensenShannon : NaN;
      const ring = this.windows[m]!;
      const present = ring.size - this.missing[m]!;
      row[`mean:${name}`] = present
        ? (this.sums[m]! / present - this.refHist[m]!.mean) / this.refHist[m]!.sd
        : NaN;
      row[`missing:${name}`] = ring.size ? this.missing[m]! / ring.size : NaN;
    });
  }

  /** Feature m's statistics from the latest check (null before its window was full enough). */
  latest(m: number): FeatureDriftSnapshot | null {
    return this.latestStats[m] ?? null;
  }

  /** The value a statistic is compared with its threshold by (Wasserstein in reference SDs). */
  driftValue(stat: DriftStatistic, s: FeatureDriftSnapshot, m: number): number {
    switch (stat) {
      case 'ks':
        return s.ksPvalue;
      case 'psi':
        return s.psi;
      case 'wasserstein':
        return s.wasserstein / this.refHist[m]!.sd;
      case 'js':
        return s.jensenShannon;
    }
  }

  /** The enabled statistics over threshold (KS: p-value below it) in `s`, feature m's statistics. */
  driftBreaches(s: FeatureDriftSnapshot, m: number, th: AlertThresholds['drift']): DriftStatistic[] {
    return (Object.keys(th) as DriftStatistic[]).filter((stat) => {
      if (!th[stat].enabled) return false;
      const v = this.driftValue(stat, s, m);
      return stat === 'ks' ? v < th[stat].threshold : v > th[stat].threshold;
    });
  }

  /** Features whose enabled drift statistics are over threshold in the latest check. */
  overThreshold(th: AlertThresholds['drift']): string[] {
    const out: string[] = [];
    this.features.forEach(({ name }, m) => {
      const s = this.latestStats[m];
      if (s && this.driftBreaches(s, m, th).length) out.push(name);
    });
    return out;
  }

  /** Histograms, means and statistics of every feature for the UI. Allocates. */
  views(): FeatureView[] {
    return this.features.map((f, m) => {
      const h = this.refHist[m]!;
      const live = new Array<number>(HIST_BINS).fill(0);
      const ring = this.windows[m]!;
      for (let i = 0; i < ring.size; i++) {
        const v = ring.get(i);
        if (!Number.isNaN(v)) live[binOf(h.edges, v)]! += 1;
      }
      const present = ring.size - this.missing[m]!;
      return {
        name: f.name,
        unit: f.unit ?? '',
        edges: h.edges,
        reference: h.counts,
        live,
        referenceMean: h.mean,
        referenceSd: h.sd,
        liveMean: present ? this.sums[m]! / present : NaN,
        missingShare: ring.size ? this.missing[m]! / ring.size : 0,
        stats: this.latestStats[m] ?? null,
      };
    });
  }
}
