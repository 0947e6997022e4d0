// The production simulator: a seeded stream of events served by a model, with the course's four metric families
// monitored live (software, input, output, performance), streaming drift detectors, alerts, and the deployment
// patterns (shadow, canary, blue-green, rollback) and degrees of automation.
//
// Determinism. Simulated time advances in fixed steps of `stepSec`. Within a step, the number of arrivals is a
// Poisson draw at the traffic slider's rate; the arrivals are spread evenly over the step; every random choice
// (arrivals, inputs, labels, relabelling, noise, missing values, canary routing, the simulated human) comes
// from one sfc32 PRNG in a fixed order. Predictions are pure functions of the inputs. So the same seed, the same
// scenario and the same models give the same events, predictions and alerts at the same simulated times, on any
// machine at any speed. The measured predict latency is the one wall-clock quantity; it is reported and can
// fire the latency alert, but it never feeds back into the stream.
//
// Memory is bounded: every window is a ring buffer, the pending-label queue holds at most rate × delay events,
// and the time series keep the last `seriesCapacity` seconds.
import { ADWIN, DDM, PageHinkley, Prng } from '../drift/index';
import { FeatureDriftMonitor, emptySnapshot, type FeatureDriftSnapshot } from '../stats/index';
import { applyPatterns } from './patterns';
import { ConfidenceCalibrator, CbpeEstimator } from './cbpe';
import { CanaryController, type CanaryConfig, type CanaryState } from './canary';
import {
  AutomationWindow,
  automationTradeoff,
  decide,
  type AutomationConfig,
  type AutomationMode,
} from './automation';
import { RingBuffer, SeriesRing, WindowQuantiles } from './ring';
import { WindowedClassification } from './windowed-metrics';
import type { EventEncoder } from './encoder';
import {
  DEFAULT_THRESHOLDS,
  SCALAR_SLIDERS,
  type Alert,
  type AlertKind,
  type AlertThresholds,
  type DriftStatistic,
  type EventSource,
  type ResolvedSliders,
  type ServingModel,
  type SliderPath,
  type SliderPattern,
  type Sliders,
} from './types';

export interface SimConfig {
  /** Simulated seconds per step. */
  stepSec: number;
  /** Seconds between a prediction and the arrival of its true label. */
  labelDelaySec: number;
  /** Events in each feature's drift window (and the output window). */
  driftWindow: number;
  /** Labelled events in the accuracy / F1 window. */
  perfWindow: number;
  /** Events the serving tier handles per second; arrivals beyond it are dropped. */
  capacityPerSec: number;
  /** Feature watched by Page-Hinkley. */
  phFeature: string;
  thresholds: AlertThresholds;
  automation: AutomationConfig;
  canary: CanaryConfig;
  /** Drift and output alerts wait until the window holds this many events. */
  minWindowForAlerts: number;
  /** Accuracy alerts wait for this many labels in the window. */
  minLabelsForAlerts: number;
  /** Seconds of history kept for the charts. */
  seriesCapacity: number;
  /** Labelled events kept for retraining. */
  trainingBuffer: number;
}

export const DEFAULT_CONFIG: Omit<SimConfig, 'phFeature'> = {
  stepSec: 0.1,
  labelDelaySec: 3,
  driftWindow: 1000,
  perfWindow: 300,
  capacityPerSec: 1500,
  thresholds: DEFAULT_THRESHOLDS,
  automation: {
    mode: 'full',
    threshold: 0.7,
    humanAccuracy: 0.97,
    costPerCase: 2,
    delaySeconds: 30,
  },
  canary: { stages: [0.05, 0.25, 0.5, 1], stageSeconds: 15, margin: 0.03, minLabels: 60, window: 300 },
  minWindowForAlerts: 200,
  minLabelsForAlerts: 100,
  seriesCapacity: 600,
  trainingBuffer: 5000,
};

export const DEFAULT_SLIDERS = (source: EventSource): Sliders => ({
  meanShift: Object.fromEntries(source.features.filter((f) => f.kind === 'numeric').map((f) => [f.name, 0])),
  scale: Object.fromEntries(source.features.filter((f) => f.kind === 'numeric').map((f) => [f.name, 1])),
  classShare: null,
  rotation: 0,
  boundaryShift: 0,
  relabel: 0,
  noise: 0,
  missing: 0,
  eventsPerSec: 50,
});

/** A deployed model with what is needed to monitor it. */
interface ModelSlot {
  model: ServingModel;
  /** Calibration of its confidence for the label-free estimate. */
  calibrator: ConfidenceCalibrator;
  /** Raw rows the monitors compare live traffic with (the data it was trained on). */
  reference: { rows: Float64Array; n: number };
  /** Share of each predicted class on its reference (output drift baseline). */
  referencePredShare: number[];
}

export type DeploymentMode = 'single' | 'shadow' | 'canary' | 'blue-green';

export interface FeatureView {
  name: string;
  unit: string;
  /** Shared equal-width bin edges (count + 1) for the reference and live histograms. */
  edges: number[];
  reference: number[];
  live: number[];
  referenceMean: number;
  referenceSd: number;
  liveMean: number;
  missingShare: number;
  stats: FeatureDriftSnapshot | null;
}

export interface SimSnapshot {
  t: number;
  timeLabel: string | null;
  totals: { events: number; dropped: number; labels: number };
  software: {
    throughput: number;
    droppedPerSec: number;
    latencyMs: { p50: number; p95: number; p99: number };
  };
  features: FeatureView[];
  output: { classes: string[]; share: number[]; referenceShare: number[]; meanConfidence: number };
  performance: { accuracy: number; f1: number; macroF1: number; estimated: number; labels: number };
  detectors: {
    adwin: { detections: number[]; errorRate: number };
    ddm: { warning: boolean; detections: number[] };
    pageHinkley: { feature: string; detections: number[] };
  };
  deployment: {
    mode: DeploymentMode;
    live: string;
    candidate: string | null;
    previous: string | null;
    color: 'blue' | 'green';
    canary: (CanaryState & { metrics: ReturnType<CanaryController['metrics']> }) | null;
    shadow: { agreement: number; liveAccuracy: number; candidateAccuracy: number; events: number } | null;
  };
  automation: ReturnType<AutomationWindow['summary']> & {
    mode: AutomationMode;
    threshold: number;
    tradeoff: ReturnType<typeof automationTradeoff>;
  };
  sliders: Sliders;
  alerts: Alert[];
  /** Time series, one point per simulated second, oldest first. */
  series: Record<string, number[]>;
}

const ALERTS_KEPT = 200;
const PH_OPTIONS = { delta: 0.5, threshold: 50 } as const;
const DDM_OPTIONS = { warmStart: 300 } as const;
const HIST_BINS = 24;
const RELABEL_Z = 0.5;
const STAT_LABEL: Record<DriftStatistic, string> = {
  ks: 'KS p-value',
  psi: 'PSI',
  wasserstein: 'Wasserstein',
  js: 'Jensen–Shannon',
};

function argmax(p: Float32Array, at: number, k: number): number {
  let best = 0;
  for (let c = 1; c < k; c++) if (p[at + c]! > p[at + best]!) best = c;
  return best;
}

function pct(v: number): string {
  return `${(v * 100).toFixed(1)} %`;
}

function poisson(rng: Prng, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda < 30) {
    // Knuth's multiplication method.
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = rng.next();
    while (p > limit) {
      k++;
      p *= rng.next();
    }
    return k;
  }
  return Math.max(0, Math.round(rng.normal(lambda, Math.sqrt(lambda))));
}

export interface SimulatorOptions {
  source: EventSource;
  model: ServingModel;
  encoder: EventEncoder;
  seed: number;
  config?: Partial<SimConfig>;
  sliders?: Partial<Sliders>;
  /** Wall clock for latency, ms (performance.now by default). */
  now?: () => number;
}

export class Simulator {
  readonly source: EventSource;
  readonly config: SimConfig;
  private readonly encoder: EventEncoder;
  private readonly rng: Prng;
  private readonly now: () => number;
  private readonly width: number;
  private readonly numeric: number[];
  private sliders: Sliders;
  private patterns: SliderPattern[] = [];
  private t = 0;

  private live: ModelSlot;
  private candidate: ModelSlot | null = null;
  private previous: ModelSlot | null = null;
  private mode: DeploymentMode = 'single';
  private liveVersion = 0;
  private color: 'blue' | 'green' = 'blue';
  private canary: CanaryController | null = null;
  /** How the last canary ended (rolled back or promoted), shown until the next canary starts. */
  private canaryFinal: (CanaryState & { metrics: ReturnType<CanaryController['metrics']> }) | null = null;

  // Input monitors (numeric features), rebuilt when the live model's reference changes.
  private monitors: FeatureDriftMonitor[] = [];
  private featureWindows: RingBuffer[] = [];
  private featureSums: number[] = [];
  private featureMissing: number[] = [];
  private refHist: { edges: number[]; counts: number[]; mean: number; sd: number }[] = [];
  private latestStats: (FeatureDriftSnapshot | null)[] = [];

  // Output and performance.
  private predWindow: RingBuffer;
  private predCounts: number[];
  private confWindow: RingBuffer;
  private confSum = 0;
  private perf: WindowedClassification;
  private cbpe: CbpeEstimator;
  private shadowAgree: RingBuffer;
  private shadowAgreeSum = 0;
  private shadowPerf: WindowedClassification;
  private automation: AutomationWindow;
  private autoConf: RingBuffer;
  private autoCorrect: RingBuffer;

  // Detectors.
  private adwin = new ADWIN();
  // DDM waits for 300 labels before judging: with River's default 30 the first, noisy error estimates set a
  // low minimum that the ordinary error rate then "exceeds" (false alarms within seconds of the start).
  private ddm = new DDM(DDM_OPTIONS);
  // Page-Hinkley on the feature in reference SDs: δ = 0.5 SD of tolerated drift keeps the cumulative sum from
  // wandering on undrifted traffic; λ = 50 SD-events catches a 2 SD shift within ~35 events.
  private ph = new PageHinkley(PH_OPTIONS);
  private phIndex: number;
  private detections = { adwin: [] as number[], ddm: [] as number[], ph: [] as number[] };
  private errorWindow: RingBuffer;

  // Software.
  private latency = new WindowQuantiles(512);
  private secondEvents = 0;
  private secondDropped = 0;
  private capacityCarry = 0;
  private totals = { events: 0, dropped: 0, labels: 0 };

  // Pending labels: struct of arrays with a head index.
  private pending: {
    arrive: number;
    y: number;
    pred: number;
    who: 'live' | 'candidate';
    /** Which live model served it: labels of a replaced model's events do not count for the new one. */
    version: number;
    candPred: number;
    row: Float64Array;
  }[] = [];
  private pendingHead = 0;

  // Retraining buffer of labelled raw rows.
  private trainRows: Float64Array;
  private trainLabels: Int32Array;
  private trainTimes: Float64Array;
  private trainNext = 0;
  private trainSize = 0;

  private series: SeriesRing<string>;
  /** Events a window needs before its statistics count (never more than the window holds). */
  private get minWindow(): number {
    return Math.min(this.config.minWindowForAlerts, this.config.driftWindow);
  }
  private readonly seriesKeys: string[];
  private alerts: Alert[] = [];
  private armed = new Map<string, boolean>();
  private nextSecond = 1;

  // Step scratch.
  private raw = new Float64Array(0);
  private encoded = new Float32Array(0);
  private labels = new Int32Array(0);
  private times = new Float64Array(0);
  private resolved: ResolvedSliders;

  constructor(options: SimulatorOptions) {
    const { source } = options;
    this.source = source;
    this.encoder = options.encoder;
    this.rng = new Prng(options.seed);
    this.now = options.now ?? (() => performance.now());
    this.width = source.features.length;
    this.numeric = source.features.flatMap((f, i) => (f.kind === 'numeric' ? [i] : []));
    const phDefault = source.features[source.relabelFeature]?.name ?? source.features[this.numeric[0]!]!.name;
    this.config = { ...DEFAULT_CONFIG, phFeature: phDefault, ...options.config };
    this.sliders = { ...DEFAULT_SLIDERS(source), ...options.sliders };
    this.phIndex = Math.max(
      0,
      source.features.findIndex((f) => f.name === this.config.phFeature),
    );
    const k = source.classes.length;
    const c = this.config;
    this.predWindow = new RingBuffer(c.driftWindow);
    this.predCounts = new Array<number>(k).fill(0);
    this.confWindow = new RingBuffer(c.driftWindow);
    this.perf = new WindowedClassification(k, c.perfWindow);
    this.shadowAgree = new RingBuffer(c.driftWindow);
    this.shadowPerf = new WindowedClassification(k, c.perfWindow);
    this.automation = new AutomationWindow(c.perfWindow);
    this.autoConf = new RingBuffer(c.driftWindow);
    this.autoCorrect = new RingBuffer(c.driftWindow);
    this.errorWindow = new RingBuffer(c.perfWindow);
    this.trainRows = new Float64Array(c.trainingBuffer * this.width);
    this.trainLabels = new Int32Array(c.trainingBuffer);
    this.trainTimes = new Float64Array(c.trainingBuffer);
    this.resolved = {
      meanShift: new Float64Array(this.width),
      scale: new Float64Array(this.width).fill(1),
      classShare: null,
      rotation: 0,
      boundaryShift: 0,
      relabel: 0,
      noise: 0,
      missing: 0,
      eventsPerSec: 0,
    };
    this.live = this.slotFor(options.model, source.reference);
    this.cbpe = new CbpeEstimator(this.live.calibrator, c.perfWindow);
    this.rebuildInputMonitors();
    const names = this.numeric.map((i) => source.features[i]!.name);
    this.seriesKeys = [
      't',
      'accuracy',
      'f1',
      'estimated',
      'meanConfidence',
      'throughput',
      'dropped',
      'latencyP95',
      'candidateAccuracy',
      'automationRate',
      'systemAccuracy',
      'costPerEvent',
      'errorRate',
      ...names.flatMap((n) => [
        `ks:${n}`,
        `ksP:${n}`,
        `psi:${n}`,
        `w:${n}`,
        `js:${n}`,
        `mean:${n}`,
        `missing:${n}`,
      ]),
      ...source.classes.map((_, i) => `pred:${i}`),
    ];
    this.series = new SeriesRing(this.seriesKeys, c.seriesCapacity);
  }

  // ------------------------------------------------------------------------------------------------ models

  private slotFor(
    model: ServingModel,
    reference: { rows: Float64Array; labels: Int32Array; n: number },
  ): ModelSlot {
    const { n } = reference;
    const probs = this.predictRows(model, reference.rows, n, false);
    const k = model.classes;
    const conf = new Float64Array(n);
    const correct = new Float64Array(n);
    const share = new Array<number>(k).fill(0);
    for (let r = 0; r < n; r++) {
      const p = argmax(probs, r * k, k);
      conf[r] = probs[r * k + p]!;
      correct[r] = p === reference.labels[r] ? 1 : 0;
      share[p]! += 1 / n;
    }
    return {
      model,
      calibrator: ConfidenceCalibrator.fit(conf, correct),
      reference: { rows: reference.rows, n },
      referencePredShare: share,
    };
  }

  private predictRows(model: ServingModel, rows: Float64Array, n: number, timed: boolean): Float32Array {
    const d = this.encoder.dim;
    if (this.encoded.length < n * d) this.encoded = new Float32Array(n * d);
    this.encoder.encode(rows, this.width, n, this.encoded);
    const start = timed ? this.now() : 0;
    const out = model.predict(this.encoded.subarray(0, n * d), n);
    if (timed) this.latency.push(this.now() - start);
    return out;
  }

  /** Input monitors against the live model's reference (its training data). */
  private rebuildInputMonitors(): void {
    const { rows, n } = this.live.reference;
    const w = this.width;
    this.monitors = [];
    this.refHist = [];
    this.featureWindows = [];
    this.featureSums = [];
    this.featureMissing = [];
    for (const j of this.numeric) {
      const values: number[] = [];
      for (let r = 0; r < n; r++) {
        const v = rows[r * w + j]!;
        if (!Number.isNaN(v)) values.push(v);
      }
      this.monitors.push(
        new FeatureDriftMonitor(Float64Array.from(values), { windowSize: this.config.driftWindow }),
      );
      const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
      const sd =
        Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1)) || 1;
      const edges = Array.from({ length: HIST_BINS + 1 }, (_, i) => mean - 4 * sd + (8 * sd * i) / HIST_BINS);
      const counts = new Array<number>(HIST_BINS).fill(0);
      for (const v of values) counts[this.binOf(edges, v)]! += 1;
      this.refHist.push({ edges, counts, mean, sd });
      this.featureWindows.push(new RingBuffer(this.config.driftWindow));
      this.featureSums.push(0);
      this.featureMissing.push(0);
    }
    this.latestStats = this.numeric.map(() => null);
  }

  private binOf(edges: number[], v: number): number {
    const lo = edges[0]!;
    const hi = edges[edges.length - 1]!;
    const bins = edges.length - 1;
    return Math.min(bins - 1, Math.max(0, Math.floor(((v - lo) / (hi - lo)) * bins)));
  }

  private resetWindows(): void {
    this.cbpe = new CbpeEstimator(this.live.calibrator, this.config.perfWindow);
    this.predWindow.clear();
    this.predCounts.fill(0);
    this.confWindow.clear();
    this.confSum = 0;
  }

  /** Makes `model` the candidate (trained on `reference`, or on the source's reference). */
  setCandidate(model: ServingModel, reference?: { rows: Float64Array; labels: Int32Array; n: number }): void {
    this.candidate?.model.dispose?.();
    this.candidate = this.slotFor(model, reference ?? this.source.reference);
    this.shadowPerf.clear();
    this.shadowAgree.clear();
    this.shadowAgreeSum = 0;
    this.mode = this.mode === 'blue-green' ? 'blue-green' : 'single';
  }

  /** Replaces the live model by the candidate now (the old live model is kept for rollback). */
  deployCandidate(reason = 'Deployed'): boolean {
    if (!this.candidate) return false;
    const name = this.candidate.model.name;
    this.swapInCandidate();
    this.mode = 'single';
    this.canary = null;
    this.event('deployment', 'Deployment', name, NaN, null, `${reason}: ${name} now serves all traffic.`);
    return true;
  }

  private swapInCandidate(): void {
    if (this.previous && this.previous !== this.live) this.previous.model.dispose?.();
    this.previous = this.live;
    this.live = this.candidate!;
    this.candidate = null;
    this.onLiveChanged();
  }

  private onLiveChanged(): void {
    this.liveVersion += 1;
    this.errorWindow.clear();
    this.rebuildInputMonitors();
    this.resetWindows();
    this.perf.clear();
    this.adwin = new ADWIN();
    this.ddm = new DDM(DDM_OPTIONS);
  }

  /** Goes back to the previous live model. */
  rollback(): boolean {
    if (!this.previous) return false;
    const current = this.live;
    this.live = this.previous;
    this.previous = current;
    this.mode = 'single';
    this.canary = null;
    this.onLiveChanged();
    this.event(
      'deployment',
      'Rollback',
      this.live.model.name,
      NaN,
      null,
      `Rolled back: ${this.live.model.name} serves all traffic again.`,
    );
    return true;
  }

  startShadow(): boolean {
    if (!this.candidate) return false;
    this.mode = 'shadow';
    this.shadowPerf.clear();
    this.shadowAgree.clear();
    this.shadowAgreeSum = 0;
    this.event(
      'deployment',
      'Shadow',
      this.candidate.model.name,
      NaN,
      null,
      `Shadow mode: ${this.candidate.model.name} sees every event; users still get ${this.live.model.name}'s predictions.`,
    );
    return true;
  }

  startCanary(config: Partial<CanaryConfig> = {}): boolean {
    if (!this.candidate) return false;
    this.mode = 'canary';
    this.canaryFinal = null;
    this.canary = new CanaryController({ ...this.config.canary, ...config }, this.t);
    this.event(
      'deployment',
      'Canary',
      this.candidate.model.name,
      this.canary.state.phase === 'running' ? this.canary.state.share : NaN,
      null,
      `Canary started: ${this.candidate.model.name} gets ${pct(this.config.canary.stages[0] ?? 0)} of the traffic.`,
    );
    return true;
  }

  /** Blue-green: the standby environment (candidate) and the live one swap instantly. */
  switchBlueGreen(): boolean {
    if (!this.candidate) return false;
    const standby = this.candidate;
    this.candidate = this.live;
    this.live = standby;
    this.previous = this.candidate;
    this.color = this.color === 'blue' ? 'green' : 'blue';
    this.mode = 'blue-green';
    this.canary = null;
    this.onLiveChanged();
    this.event(
      'deployment',
      'Blue-green',
      this.live.model.name,
      NaN,
      null,
      `Switched to ${this.color}: ${this.live.model.name} is live, ${this.candidate.model.name} waits on standby.`,
    );
    return true;
  }

  stopCandidate(): void {
    if (this.mode === 'canary' || this.mode === 'shadow') this.mode = 'single';
    this.canary = null;
  }

  /** Labelled events of the last `seconds` (raw rows and classes), oldest first: the retraining window. */
  trainingWindow(seconds: number): { rows: Float64Array; labels: Int32Array; n: number } {
    const cap = this.config.trainingBuffer;
    const from = this.t - seconds;
    const picked: number[] = [];
    for (let i = 0; i < this.trainSize; i++) {
      const slot = (this.trainNext - this.trainSize + i + cap) % cap;
      if (this.trainTimes[slot]! >= from) picked.push(slot);
    }
    const rows = new Float64Array(picked.length * this.width);
    const labels = new Int32Array(picked.length);
    picked.forEach((slot, i) => {
      rows.set(this.trainRows.subarray(slot * this.width, (slot + 1) * this.width), i * this.width);
      labels[i] = this.trainLabels[slot]!;
    });
    return { rows, labels, n: picked.length };
  }

  // ---------------------------------------------------------------------------------------------- controls

  get time(): number {
    return this.t;
  }

  getSliders(): Sliders {
    return structuredClone(this.sliders);
  }

  setSlider(path: SliderPath, value: number | null): void {
    if (path.startsWith('meanShift.')) this.sliders.meanShift[path.slice(10)] = Number(value);
    else if (path.startsWith('scale.')) this.sliders.scale[path.slice(6)] = Number(value);
    else if (path === 'classShare') this.sliders.classShare = value;
    else if ((SCALAR_SLIDERS as readonly string[]).includes(path))
      (this.sliders as unknown as Record<string, number>)[path] = Number(value);
    else throw new RangeError(`Unknown slider "${path}".`);
  }

  setSliders(sliders: Sliders): void {
    this.sliders = structuredClone(sliders);
  }

  addPattern(pattern: SliderPattern): void {
    this.patterns.push(pattern);
  }

  clearPatterns(): void {
    this.patterns = [];
  }

  setThresholds(thresholds: AlertThresholds): void {
    this.config.thresholds = thresholds;
  }

  setAutomation(automation: AutomationConfig): void {
    this.config.automation = automation;
  }

  /** Watches another feature with Page-Hinkley (a fresh detector; earlier detections stay listed). */
  setPhFeature(name: string): void {
    const index = this.source.features.findIndex((f) => f.name === name && f.kind === 'numeric');
    if (index < 0) throw new RangeError(`Page-Hinkley needs a numeric feature; "${name}" is not one.`);
    this.phIndex = index;
    this.ph = new PageHinkley(PH_OPTIONS);
  }

  setLabelDelay(seconds: number): void {
    this.config.labelDelaySec = Math.max(0, seconds);
  }

  // --------------------------------------------------------------------------------------------- the stream

  /** The value of one slider at time t for one event (u: uniform draw for gradual patterns). */
  private sliderAt(path: SliderPath, base: number, t: number, u: number): number {
    let applicable: SliderPattern[] | null = null;
    for (const p of this.patterns) if (p.target === path) (applicable ??= []).push(p);
    return applicable ? applyPatterns(base, applicable, t, u) : base;
  }

  private resolve(t: number, u: number): ResolvedSliders {
    const r = this.resolved;
    const s = this.sliders;
    this.source.features.forEach((f, j) => {
      r.meanShift[j] =
        f.kind === 'numeric' ? this.sliderAt(`meanShift.${f.name}`, s.meanShift[f.name] ?? 0, t, u) : 0;
      r.scale[j] =
        f.kind === 'numeric'
          ? Math.max(0.01, this.sliderAt(`scale.${f.name}`, s.scale[f.name] ?? 1, t, u))
          : 1;
    });
    const share = this.sliderAt('classShare', s.classShare ?? NaN, t, u);
    r.classShare = Number.isFinite(share) ? Math.min(0.99, Math.max(0.01, share)) : null;
    r.rotation = this.sliderAt('rotation', s.rotation, t, u);
    r.boundaryShift = this.sliderAt('boundaryShift', s.boundaryShift, t, u);
    r.relabel = Math.min(1, Math.max(0, this.sliderAt('relabel', s.relabel, t, u)));
    r.noise = Math.max(0, this.sliderAt('noise', s.noise, t, u));
    r.missing = Math.min(1, Math.max(0, this.sliderAt('missing', s.missing, t, u)));
    r.eventsPerSec = Math.max(0, this.sliderAt('eventsPerSec', s.eventsPerSec, t, u));
    return r;
  }

  /** Advances the simulation by `seconds` (rounded to whole steps). */
  run(seconds: number): void {
    const steps = Math.round(seconds / this.config.stepSec);
    for (let i = 0; i < steps; i++) this.step();
  }

  /** One step of `stepSec` simulated seconds. */
  step(): void {
    const dt = this.config.stepSec;
    const t0 = this.t;
    const t1 = t0 + dt;
    const rng = this.rng;
    const w = this.width;
    const k = this.source.classes.length;

    const rate = this.resolve(t0, rng.next()).eventsPerSec;
    const arrivals = poisson(rng, rate * dt);
    this.capacityCarry += this.config.capacityPerSec * dt;
    const served = Math.min(arrivals, Math.floor(this.capacityCarry));
    this.capacityCarry = Math.min(this.capacityCarry - served, this.config.capacityPerSec * dt);
    const dropped = arrivals - served;
    this.totals.dropped += dropped;
    this.secondDropped += dropped;

    if (this.raw.length < served * w) this.raw = new Float64Array(served * w * 2);
    if (this.labels.length < served) {
      this.labels = new Int32Array(served * 2);
      this.times = new Float64Array(served * 2);
    }
    const relabelFeature = this.source.relabelFeature;
    const relabelF = this.source.features[relabelFeature]!;
    for (let i = 0; i < served; i++) {
      const ti = t0 + (dt * (i + 0.5)) / served;
      const s = this.resolve(ti, rng.next());
      let y = this.source.draw(ti, s, rng, this.raw, i * w);
      // Concept drift anywhere: flip the label of events in the upper region of one feature.
      if (s.relabel > 0) {
        const z = (this.raw[i * w + relabelFeature]! - relabelF.mean) / relabelF.sd;
        if (z > RELABEL_Z && rng.next() < s.relabel) y = (y + 1) % k;
      }
      // Input quality: sensor noise and lost values.
      for (const j of this.numeric) {
        if (s.noise > 0) this.raw[i * w + j]! += rng.normal(0, s.noise * this.source.features[j]!.sd);
        if (s.missing > 0 && rng.next() < s.missing) this.raw[i * w + j] = NaN;
      }
      this.labels[i] = y;
      this.times[i] = ti;
    }

    if (served > 0) this.serve(served, rng, k);
    this.deliverLabels(t1);
    this.secondEvents += served;
    this.totals.events += served;
    this.t = t1;

    if (this.canary) this.tickCanary(t1);
    // Whole simulated seconds: a point on every chart and the alert checks.
    while (this.t + 1e-9 >= this.nextSecond) {
      this.recordSecond(this.nextSecond);
      this.nextSecond += 1;
    }
  }

  private serve(n: number, rng: Prng, k: number): void {
    const w = this.width;
    const liveProbs = this.predictRows(this.live.model, this.raw, n, true).slice();
    const cand = this.candidate && (this.mode === 'shadow' || this.mode === 'canary') ? this.candidate : null;
    const candProbs = cand ? this.predictRows(cand.model, this.raw, n, false) : null;
    const auto = this.config.automation;
    for (let i = 0; i < n; i++) {
      const y = this.labels[i]!;
      const ti = this.times[i]!;
      const toCandidate = this.mode === 'canary' && this.canary !== null && this.canary.route(ti, rng.next());
      const probs = toCandidate ? candProbs! : liveProbs;
      const pred = argmax(probs, i * k, k);
      const conf = probs[i * k + pred]!;
      const candPred = candProbs ? argmax(candProbs, i * k, k) : -1;

      // Input monitors.
      this.numeric.forEach((j, m) => {
        const v = this.raw[i * w + j]!;
        const ring = this.featureWindows[m]!;
        const evicted = ring.push(v);
        if (evicted !== undefined) {
          if (Number.isNaN(evicted)) this.featureMissing[m]! -= 1;
          else this.featureSums[m]! -= evicted;
        }
        if (Number.isNaN(v)) this.featureMissing[m]! += 1;
        else {
          this.featureSums[m]! += v;
          this.monitors[m]!.push(v);
        }
      });
      const phValue = this.raw[i * w + this.phIndex]!;
      if (!Number.isNaN(phValue)) {
        const f = this.source.features[this.phIndex]!;
        this.ph.update((phValue - f.mean) / f.sd);
        if (this.ph.driftDetected) this.detector('pageHinkley', ti);
      }

      // Output monitors.
      const evictedPred = this.predWindow.push(pred);
      this.predCounts[pred]! += 1;
      if (evictedPred !== undefined) this.predCounts[evictedPred]! -= 1;
      const evictedConf = this.confWindow.push(conf);
      this.confSum += conf - (evictedConf ?? 0);
      if (!toCandidate) this.cbpe.push(conf);
      if (candPred >= 0 && this.mode === 'shadow') {
        const agree = candPred === pred ? 1 : 0;
        this.shadowAgreeSum += agree - (this.shadowAgree.push(agree) ?? 0);
      }

      // Degrees of automation: who decides this case, and was the decision right?
      const decision = decide(auto, conf, pred === y, rng.next());
      this.automation.push(decision);
      this.autoConf.push(conf);
      this.autoCorrect.push(pred === y ? 1 : 0);

      this.pending.push({
        arrive: ti + this.config.labelDelaySec,
        y,
        pred,
        who: toCandidate ? 'candidate' : 'live',
        version: this.liveVersion,
        candPred,
        row: this.raw.slice(i * w, (i + 1) * w),
      });
    }
  }

  /** Every labelled event joins the retraining buffer, whichever model served it. */
  private keepForTraining(e: { row: Float64Array; y: number; arrive: number }): void {
    const cap = this.config.trainingBuffer;
    this.trainRows.set(e.row, this.trainNext * this.width);
    this.trainLabels[this.trainNext] = e.y;
    this.trainTimes[this.trainNext] = e.arrive - this.config.labelDelaySec;
    this.trainNext = (this.trainNext + 1) % cap;
    this.trainSize = Math.min(cap, this.trainSize + 1);
  }

  private deliverLabels(until: number): void {
    while (this.pendingHead < this.pending.length && this.pending[this.pendingHead]!.arrive <= until) {
      const e = this.pending[this.pendingHead++]!;
      const correct = e.pred === e.y;
      this.totals.labels += 1;
      if (e.version !== this.liveVersion) {
        this.keepForTraining(e);
        continue;
      }
      if (e.who === 'live') this.perf.push(e.y, e.pred);
      this.errorWindow.push(correct ? 0 : 1);
      if (this.canary) this.canary.observe(e.who, correct);
      if (e.candPred >= 0 && this.mode === 'shadow') this.shadowPerf.push(e.y, e.candPred);
      this.adwin.update(correct ? 0 : 1);
      if (this.adwin.driftDetected) this.detector('adwin', e.arrive);
      this.ddm.update(correct ? 0 : 1);
      if (this.ddm.driftDetected) this.detector('ddm', e.arrive);
      this.keepForTraining(e);
    }
    if (this.pendingHead > 4096 && this.pendingHead * 2 > this.pending.length) {
      this.pending = this.pending.slice(this.pendingHead);
      this.pendingHead = 0;
    }
  }

  private tickCanary(t: number): void {
    const canary = this.canary!;
    const { state, changed } = canary.tick(t);
    if (!changed) return;
    if (state.phase !== 'running') this.canaryFinal = { ...state, metrics: canary.metrics() };
    const name = this.candidate?.model.name ?? 'candidate';
    if (state.phase === 'running') {
      this.event(
        'deployment',
        'Canary',
        name,
        state.share,
        null,
        `Canary healthy: ${name} now gets ${pct(state.share)} of the traffic.`,
      );
    } else if (state.phase === 'rolledBack') {
      this.event(
        'deployment',
        'Canary rollback',
        name,
        NaN,
        null,
        `Canary rolled back automatically. ${state.reason}`,
      );
      this.mode = 'single';
      this.canary = null;
    } else {
      this.canary = null;
      this.swapInCandidate();
      this.mode = 'single';
      this.event(
        'deployment',
        'Canary promoted',
        name,
        NaN,
        null,
        `Canary promoted: ${name} passed every stage and now serves all traffic.`,
      );
    }
  }

  private detector(which: 'adwin' | 'ddm' | 'pageHinkley', t: number): void {
    const time = Math.round(t * 10) / 10;
    if (which === 'pageHinkley') {
      this.detections.ph.push(time);
      const f = this.source.features[this.phIndex]!.name;
      this.alert(
        'data drift',
        'Page-Hinkley',
        f,
        NaN,
        null,
        `Page-Hinkley found a lasting change in the mean of ${f}: data drift in that input.`,
        time,
      );
      return;
    }
    const list = which === 'adwin' ? this.detections.adwin : this.detections.ddm;
    list.push(time);
    const err = this.errorRate();
    const inputsMoved = this.featuresOverThreshold();
    const diagnosis = inputsMoved.length
      ? `the inputs moved too (${inputsMoved.join(', ')}), so data drift is hurting the model`
      : 'the inputs still look like the reference, which points to concept drift (the x→y mapping changed)';
    const name = which === 'adwin' ? 'ADWIN' : 'DDM';
    this.alert(
      inputsMoved.length ? 'data drift' : 'concept drift',
      name,
      null,
      err,
      null,
      `${name} detected a change in the error rate (now ${pct(err)} over the last labels): ${diagnosis}.`,
      time,
    );
  }

  private errorRate(): number {
    const n = this.errorWindow.size;
    if (!n) return NaN;
    let s = 0;
    for (let i = 0; i < n; i++) s += this.errorWindow.get(i);
    return s / n;
  }

  /** Features whose enabled drift statistics are over threshold in the latest check. */
  private featuresOverThreshold(): string[] {
    const out: string[] = [];
    this.numeric.forEach((j, m) => {
      const s = this.latestStats[m];
      if (s && this.driftBreaches(s, m).length) out.push(this.source.features[j]!.name);
    });
    return out;
  }

  private driftValue(stat: DriftStatistic, s: FeatureDriftSnapshot, m: number): number {
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

  private driftBreaches(s: FeatureDriftSnapshot, m: number): DriftStatistic[] {
    const th = this.config.thresholds.drift;
    return (Object.keys(th) as DriftStatistic[]).filter((stat) => {
      if (!th[stat].enabled) return false;
      const v = this.driftValue(stat, s, m);
      return stat === 'ks' ? v < th[stat].threshold : v > th[stat].threshold;
    });
  }

  // ------------------------------------------------------------------------------------- seconds and alerts

  private recordSecond(t: number): void {
    const row: Record<string, number> = { t };
    const perf = this.perf;
    const accuracy = perf.size ? perf.accuracy() : NaN;
    row.accuracy = accuracy;
    row.f1 = perf.size
      ? this.source.classes.length === 2
        ? perf.f1(this.source.focusClass)
        : perf.macroF1()
      : NaN;
    row.estimated = this.cbpe.size ? this.cbpe.estimate() : NaN;
    row.meanConfidence = this.confWindow.size ? this.confSum / this.confWindow.size : NaN;
    row.throughput = this.secondEvents;
    row.dropped = this.secondDropped;
    row.latencyP95 = this.latency.size ? this.latency.quantile(0.95) : NaN;
    const cm = this.canary?.metrics();
    row.candidateAccuracy =
      this.mode === 'shadow' && this.shadowPerf.size
        ? this.shadowPerf.accuracy()
        : cm && cm.candidate.labels
          ? cm.candidate.accuracy
          : NaN;
    const auto = this.automation.summary();
    row.automationRate = auto.automationRate;
    row.systemAccuracy = auto.accuracy;
    row.costPerEvent = auto.costPerEvent;
    row.errorRate = this.errorRate();
    const snap = emptySnapshot();
    this.numeric.forEach((j, m) => {
      const name = this.source.features[j]!.name;
      const monitor = this.monitors[m]!;
      let stats: FeatureDriftSnapshot | null = null;
      if (monitor.windowCount >= this.minWindow) stats = { ...monitor.snapshot(snap) };
      this.latestStats[m] = stats;
      row[`ks:${name}`] = stats ? stats.ksStatistic : NaN;
      row[`ksP:${name}`] = stats ? stats.ksPvalue : NaN;
      row[`psi:${name}`] = stats ? stats.psi : NaN;
      row[`w:${name}`] = stats ? stats.wasserstein / this.refHist[m]!.sd : NaN;
      row[`js:${name}`] = stats ? stats.jensenShannon : NaN;
      const ring = this.featureWindows[m]!;
      const present = ring.size - this.featureMissing[m]!;
      row[`mean:${name}`] = present
        ? (this.featureSums[m]! / present - this.refHist[m]!.mean) / this.refHist[m]!.sd
        : NaN;
      row[`missing:${name}`] = ring.size ? this.featureMissing[m]! / ring.size : NaN;
    });
    const total = this.predWindow.size;
    this.source.classes.forEach((_, c) => (row[`pred:${c}`] = total ? this.predCounts[c]! / total : NaN));
    this.series.push(row);
    this.checkAlerts(t, row);
    this.secondEvents = 0;
    this.secondDropped = 0;
  }

  /** Edge-triggered: fires once when a monitor crosses its threshold, re-arms once it is back on the safe side. */
  private edge(key: string, breached: boolean): boolean {
    const was = this.armed.get(key) ?? false;
    this.armed.set(key, breached);
    return breached && !was;
  }

  private checkAlerts(t: number, row: Record<string, number>): void {
    const th = this.config.thresholds;
    const moved: string[] = [];
    this.numeric.forEach((j, m) => {
      const name = this.source.features[j]!.name;
      const s = this.latestStats[m];
      const breaches = s ? this.driftBreaches(s, m) : [];
      if (breaches.length) moved.push(name);
      for (const stat of Object.keys(th.drift) as DriftStatistic[]) {
        const hit = breaches.includes(stat);
        if (this.edge(`drift:${stat}:${name}`, hit) && s) {
          const v = this.driftValue(stat, s, m);
          const thr = th.drift[stat].threshold;
          const direction = row[`mean:${name}`]! >= 0 ? 'up' : 'down';
          this.alert(
            'data drift',
            STAT_LABEL[stat],
            name,
            v,
            thr,
            `${STAT_LABEL[stat]} of ${name} is ${fmt(v)} (${stat === 'ks' ? 'below' : 'above'} ${fmt(thr)}): the distribution of ${name} has moved away from the training data (mean ${direction} ${Math.abs(row[`mean:${name}`]!).toFixed(2)} SD) — data drift.`,
            t,
          );
        }
      }
      const missing = row[`missing:${name}`]!;
      if (this.edge(`missing:${name}`, missing > th.missingShare)) {
        this.alert(
          'input quality',
          'Missing values',
          name,
          missing,
          th.missingShare,
          `${pct(missing)} of ${name} values are missing (threshold ${pct(th.missingShare)}): an input-quality problem upstream (a broken sensor or pipeline), not a change in the world.`,
          t,
        );
      }
    });

    const labels = this.perf.size;
    const acc = row.accuracy!;
    if (this.edge('accuracy', labels >= this.config.minLabelsForAlerts && acc < th.accuracy)) {
      const est = row.estimated!;
      const why = moved.length
        ? `the inputs have drifted (${moved.join(', ')}), so this looks like data drift that hurts the model`
        : `the inputs still match the training data, so the x→y mapping has likely changed — concept drift`;
      const blind =
        !moved.length && est >= th.estimatedAccuracy
          ? ` The label-free estimate still says ${pct(est)}: it cannot see concept drift.`
          : '';
      this.alert(
        moved.length ? 'data drift' : 'concept drift',
        'Accuracy',
        this.live.model.name,
        acc,
        th.accuracy,
        `Accuracy over the last ${labels} labels fell to ${pct(acc)} (threshold ${pct(th.accuracy)}): ${why}.${blind}`,
        t,
      );
    }
    const est = row.estimated!;
    if (this.edge('estimated', this.cbpe.size >= this.minWindow && est < th.estimatedAccuracy)) {
      this.alert(
        'data drift',
        'Estimated accuracy',
        this.live.model.name,
        est,
        th.estimatedAccuracy,
        `Estimated accuracy without labels fell to ${pct(est)} (threshold ${pct(th.estimatedAccuracy)}): the inputs moved where the model is unsure — data drift that likely costs accuracy; labels will confirm.`,
        t,
      );
    }
    const total = this.predWindow.size;
    if (total >= this.minWindow) {
      // One alert for the output: the class whose predicted share moved most (with two classes both move).
      let worst = 0;
      let delta = -1;
      this.source.classes.forEach((_, c) => {
        const d = Math.abs(row[`pred:${c}`]! - (this.live.referencePredShare[c] ?? 0));
        if (d > delta) {
          delta = d;
          worst = c;
        }
      });
      if (this.edge('pred', delta > th.predictionShareDelta)) {
        const cls = this.source.classes[worst]!;
        const share = row[`pred:${worst}`]!;
        const ref = this.live.referencePredShare[worst] ?? 0;
        this.alert(
          moved.length ? 'data drift' : 'prior shift',
          'Prediction share',
          cls,
          share,
          th.predictionShareDelta,
          `The model now predicts "${cls}" for ${pct(share)} of events (training: ${pct(ref)}): the output distribution moved — ${moved.length ? `the inputs drifted (${moved.join(', ')})` : 'with inputs unchanged feature by feature, a change in the class balance (prior shift) is the likely cause'}.`,
          t,
        );
      }
    }
    if (this.edge('latency', row.latencyP95! > th.latencyP95Ms)) {
      this.alert(
        'software',
        'Latency p95',
        this.live.model.name,
        row.latencyP95!,
        th.latencyP95Ms,
        `Predict latency p95 is ${row.latencyP95!.toFixed(2)} ms (threshold ${th.latencyP95Ms} ms): a software metric — the serving path is slower, whatever the data does.`,
        t,
      );
    }
    if (this.edge('dropped', row.dropped! > th.droppedPerSec)) {
      this.alert(
        'software',
        'Dropped events',
        null,
        row.dropped!,
        th.droppedPerSec,
        `${row.dropped} events were dropped in the last second (capacity ${this.config.capacityPerSec} events/s): traffic is above what the service can handle — scale out or shed load.`,
        t,
      );
    }
  }

  private alert(
    kind: AlertKind,
    monitor: string,
    subject: string | null,
    value: number,
    threshold: number | null,
    message: string,
    t: number,
  ): void {
    this.alerts.push({ t: Math.round(t * 10) / 10, monitor, subject, value, threshold, kind, message });
    if (this.alerts.length > ALERTS_KEPT) this.alerts.splice(0, this.alerts.length - ALERTS_KEPT);
  }

  private event(
    kind: AlertKind,
    monitor: string,
    subject: string | null,
    value: number,
    threshold: number | null,
    message: string,
  ): void {
    this.alert(kind, monitor, subject, value, threshold, message, this.t);
  }

  // ---------------------------------------------------------------------------------------------- snapshot

  /** Everything the UI draws. Allocates; call it a few times a second, not per step. */
  snapshot(): SimSnapshot {
    const cls = this.source.classes;
    const total = this.predWindow.size;
    const features: FeatureView[] = this.numeric.map((j, m) => {
      const f = this.source.features[j]!;
      const h = this.refHist[m]!;
      const live = new Array<number>(HIST_BINS).fill(0);
      const ring = this.featureWindows[m]!;
      for (let i = 0; i < ring.size; i++) {
        const v = ring.get(i);
        if (!Number.isNaN(v)) live[this.binOf(h.edges, v)]! += 1;
      }
      const present = ring.size - this.featureMissing[m]!;
      return {
        name: f.name,
        unit: f.unit ?? '',
        edges: h.edges,
        reference: h.counts,
        live,
        referenceMean: h.mean,
        referenceSd: h.sd,
        liveMean: present ? this.featureSums[m]! / present : NaN,
        missingShare: ring.size ? this.featureMissing[m]! / ring.size : 0,
        stats: this.latestStats[m] ?? null,
      };
    });
    const series: Record<string, number[]> = {};
    for (const key of this.seriesKeys) series[key] = Array.from(this.series.column(key));
    const canaryState = this.canary
      ? { ...this.canary.state, metrics: this.canary.metrics() }
      : this.canaryFinal;
    const auto = this.config.automation;
    const confs = this.autoConf.toArray();
    const corrects = this.autoCorrect.toArray();
    return {
      t: this.t,
      timeLabel: this.source.describeTime?.(this.t) ?? null,
      totals: { ...this.totals },
      software: {
        throughput: series.throughput!.at(-1) ?? 0,
        droppedPerSec: series.dropped!.at(-1) ?? 0,
        latencyMs: {
          p50: this.latency.quantile(0.5),
          p95: this.latency.quantile(0.95),
          p99: this.latency.quantile(0.99),
        },
      },
      features,
      output: {
        classes: [...cls],
        share: cls.map((_, c) => (total ? this.predCounts[c]! / total : 0)),
        referenceShare: [...this.live.referencePredShare],
        meanConfidence: this.confWindow.size ? this.confSum / this.confWindow.size : NaN,
      },
      performance: {
        accuracy: this.perf.size ? this.perf.accuracy() : NaN,
        f1: this.perf.size
          ? cls.length === 2
            ? this.perf.f1(this.source.focusClass)
            : this.perf.macroF1()
          : NaN,
        macroF1: this.perf.size ? this.perf.macroF1() : NaN,
        estimated: this.cbpe.size ? this.cbpe.estimate() : NaN,
        labels: this.perf.size,
      },
      detectors: {
        adwin: { detections: [...this.detections.adwin], errorRate: this.errorRate() },
        ddm: { warning: this.ddm.warningDetected, detections: [...this.detections.ddm] },
        pageHinkley: {
          feature: this.source.features[this.phIndex]!.name,
          detections: [...this.detections.ph],
        },
      },
      deployment: {
        mode: this.mode,
        live: this.live.model.name,
        candidate: this.candidate?.model.name ?? null,
        previous: this.previous?.model.name ?? null,
        color: this.color,
        canary: canaryState,
        shadow:
          this.mode === 'shadow'
            ? {
                agreement: this.shadowAgree.size ? this.shadowAgreeSum / this.shadowAgree.size : NaN,
                liveAccuracy: this.perf.size ? this.perf.accuracy() : NaN,
                candidateAccuracy: this.shadowPerf.size ? this.shadowPerf.accuracy() : NaN,
                events: this.shadowAgree.size,
              }
            : null,
      },
      automation: {
        ...this.automation.summary(),
        mode: auto.mode,
        threshold: auto.threshold,
        tradeoff: automationTradeoff(
          confs,
          corrects,
          [0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1],
          auto.humanAccuracy,
          auto.costPerCase,
        ),
      },
      sliders: this.getSliders(),
      alerts: [...this.alerts],
      series,
    };
  }

  /** Every alert so far (for tests and share links). */
  get alertLog(): readonly Alert[] {
    return this.alerts;
  }

  get liveModel(): ServingModel {
    return this.live.model;
  }
}

function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v !== 0 && Math.abs(v) < 0.001) return v.toExponential(1);
  return v.toFixed(3);
}
