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
//
// This file runs the stream, serves it, delivers the labels, checks the alerts and switches deployments. The
// parts it drives have their own files: sim-config (settings), slider-state (sliders and patterns), poisson
// (arrivals), model-slot (a model with its monitoring baselines), input-monitors, output-monitor,
// shadow-comparison, training-buffer, series-keys (the charts), alert-messages (what each alert says) and
// snapshot-types (what the UI gets).
import { ADWIN, DDM, PageHinkley, Prng } from '../drift/index';
import {
  accuracyAlert,
  blueGreenAlert,
  canaryPromotedAlert,
  canaryRampedAlert,
  canaryRolledBackAlert,
  canaryStartedAlert,
  deployedAlert,
  droppedEventsAlert,
  errorRateDetectorAlert,
  estimatedAccuracyAlert,
  featureDriftAlert,
  latencyAlert,
  missingValuesAlert,
  pageHinkleyAlert,
  predictionShareAlert,
  rollbackAlert,
  shadowStartedAlert,
  type AlertDraft,
} from './alert-messages';
import { AutomationWindow, automationTradeoff, decide, type AutomationConfig } from './automation';
import { CanaryController, type CanaryConfig, type CanaryState } from './canary';
import { CbpeEstimator } from './cbpe';
import type { EventEncoder } from './encoder';
import { InputMonitors } from './input-monitors';
import { argmax, fitModelSlot, type ModelSlot } from './model-slot';
import { OutputMonitor } from './output-monitor';
import { poisson } from './poisson';
import { SNAPSHOT_POINTS, strideIndices } from './stride';
import { RingBuffer, SeriesRing, WindowQuantiles } from './ring';
import { seriesKeys } from './series-keys';
import { DDM_OPTIONS, DEFAULT_CONFIG, DEFAULT_SLIDERS, PH_OPTIONS, type SimConfig } from './sim-config';
import { ShadowComparison } from './shadow-comparison';
import { SliderState } from './slider-state';
import type { DeploymentMode, SimSnapshot } from './snapshot-types';
import { TrainingBuffer } from './training-buffer';
import type {
  Alert,
  AlertThresholds,
  DriftStatistic,
  EventSource,
  ServingModel,
  SliderPath,
  SliderPattern,
  Sliders,
} from './types';
import { WindowedClassification } from './windowed-metrics';

// The settings and the snapshot types live in their own files; they are re-exported here, where the rest of
// the app has always imported them from.
export { DEFAULT_CONFIG, DEFAULT_SLIDERS, type SimConfig } from './sim-config';
export type { DeploymentMode, FeatureView, SimSnapshot } from './snapshot-types';

const ALERTS_KEPT = 200;
const RELABEL_Z = 0.5;

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
  private sliders: SliderState;
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
  private inputs: InputMonitors;

  // Output and performance.
  private outputs: OutputMonitor;
  private perf: WindowedClassification;
  private cbpe: CbpeEstimator;
  private shadow: ShadowComparison;
  private automation: AutomationWindow;
  private autoConf: RingBuffer;
  private autoCorrect: RingBuffer;

  // Detectors (DDM's warm start and Page-Hinkley's δ and λ are explained in sim-config.ts).
  private adwin = new ADWIN();
  private ddm = new DDM(DDM_OPTIONS);
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

  // Pending labels, oldest first; the delivered ones before `pendingHead` are dropped now and then.
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
  private training: TrainingBuffer;

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
    this.sliders = new SliderState(source.features, { ...DEFAULT_SLIDERS(source), ...options.sliders });
    this.phIndex = Math.max(
      0,
      source.features.findIndex((f) => f.name === this.config.phFeature),
    );
    const k = source.classes.length;
    const c = this.config;
    this.outputs = new OutputMonitor(k, c.driftWindow);
    this.perf = new WindowedClassification(k, c.perfWindow);
    this.shadow = new ShadowComparison(k, c.driftWindow, c.perfWindow);
    this.automation = new AutomationWindow(c.perfWindow);
    this.autoConf = new RingBuffer(c.driftWindow);
    this.autoCorrect = new RingBuffer(c.driftWindow);
    this.errorWindow = new RingBuffer(c.perfWindow);
    this.training = new TrainingBuffer(c.trainingBuffer, this.width);
    this.live = this.slotFor(options.model, source.reference);
    this.cbpe = new CbpeEstimator(this.live.calibrator, c.perfWindow);
    this.inputs = this.inputMonitorsFor(this.live);
    this.seriesKeys = seriesKeys(
      this.inputs.features.map((f) => f.name),
      source.classes,
    );
    this.series = new SeriesRing(this.seriesKeys, c.seriesCapacity);
  }

  // ------------------------------------------------------------------------------------------------ models

  private slotFor(
    model: ServingModel,
    reference: { rows: Float64Array; labels: Int32Array; n: number },
  ): ModelSlot {
    return fitModelSlot(model, reference, (rows, n) => this.predictRows(model, rows, n, false));
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

  /** Input monitors against a model's reference (its training data). */
  private inputMonitorsFor(slot: ModelSlot): InputMonitors {
    const { features } = this.source;
    return new InputMonitors(features, this.numeric, this.width, slot.reference, this.config.driftWindow);
  }

  private resetWindows(): void {
    this.cbpe = new CbpeEstimator(this.live.calibrator, this.config.perfWindow);
    this.outputs.clear();
  }

  /** Makes `model` the candidate (trained on `reference`, or on the source's reference). */
  setCandidate(model: ServingModel, reference?: { rows: Float64Array; labels: Int32Array; n: number }): void {
    this.candidate?.model.dispose?.();
    this.candidate = this.slotFor(model, reference ?? this.source.reference);
    this.shadow.clear();
    this.mode = this.mode === 'blue-green' ? 'blue-green' : 'single';
  }

  /** Replaces the live model by the candidate now (the old live model is kept for rollback). */
  deployCandidate(reason = 'Deployed'): boolean {
    if (!this.candidate) return false;
    const name = this.candidate.model.name;
    this.swapInCandidate();
    this.mode = 'single';
    this.canary = null;
    this.event(deployedAlert(reason, name));
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
    this.inputs = this.inputMonitorsFor(this.live);
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
    this.event(rollbackAlert(this.live.model.name));
    return true;
  }

  startShadow(): boolean {
    if (!this.candidate) return false;
    this.mode = 'shadow';
    this.shadow.clear();
    this.event(shadowStartedAlert(this.candidate.model.name, this.live.model.name));
    return true;
  }

  startCanary(config: Partial<CanaryConfig> = {}): boolean {
    if (!this.candidate) return false;
    this.mode = 'canary';
    this.canaryFinal = null;
    this.canary = new CanaryController({ ...this.config.canary, ...config }, this.t);
    const share = this.canary.state.phase === 'running' ? this.canary.state.share : NaN;
    this.event(canaryStartedAlert(this.candidate.model.name, share, share));
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
    this.event(blueGreenAlert(this.color, this.live.model.name, this.candidate.model.name));
    return true;
  }

  stopCandidate(): void {
    if (this.mode === 'canary' || this.mode === 'shadow') this.mode = 'single';
    this.canary = null;
  }

  /** Labelled events of the last `seconds` (raw rows and classes), oldest first: the retraining window. */
  trainingWindow(seconds: number): { rows: Float64Array; labels: Int32Array; n: number } {
    return this.training.since(this.t - seconds);
  }

  // ---------------------------------------------------------------------------------------------- controls

  get time(): number {
    return this.t;
  }

  getSliders(): Sliders {
    return this.sliders.get();
  }

  setSlider(path: SliderPath, value: number | null): void {
    this.sliders.set(path, value);
  }

  /** Sets several sliders by path (a scenario's initial values or one of its steps). */
  setSliderValues(values: Readonly<Record<string, number | null>>): void {
    for (const [path, value] of Object.entries(values)) this.sliders.set(path as SliderPath, value);
  }

  setSliders(sliders: Sliders): void {
    this.sliders.replace(sliders);
  }

  addPattern(pattern: SliderPattern): void {
    this.sliders.addPattern(pattern);
  }

  clearPatterns(): void {
    this.sliders.clearPatterns();
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

    const rate = this.sliders.resolve(t0, rng.next()).eventsPerSec;
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
      const s = this.sliders.resolve(ti, rng.next());
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
      this.inputs.push(this.raw, i * w);
      const phValue = this.raw[i * w + this.phIndex]!;
      if (!Number.isNaN(phValue)) {
        const f = this.source.features[this.phIndex]!;
        this.ph.update((phValue - f.mean) / f.sd);
        if (this.ph.driftDetected) this.detector('pageHinkley', ti);
      }

      // Output monitors.
      this.outputs.push(pred, conf);
      if (!toCandidate) this.cbpe.push(conf);
      if (candPred >= 0 && this.mode === 'shadow') this.shadow.pushPrediction(candPred, pred);

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
    this.training.push(e.row, e.y, e.arrive - this.config.labelDelaySec);
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
      if (e.candPred >= 0 && this.mode === 'shadow') this.shadow.pushLabel(e.y, e.candPred);
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
      this.event(canaryRampedAlert(name, state.share));
    } else if (state.phase === 'rolledBack') {
      this.event(canaryRolledBackAlert(name, state.reason));
      this.mode = 'single';
      this.canary = null;
    } else {
      this.canary = null;
      this.swapInCandidate();
      this.mode = 'single';
      this.event(canaryPromotedAlert(name));
    }
  }

  private detector(which: 'adwin' | 'ddm' | 'pageHinkley', t: number): void {
    const time = Math.round(t * 10) / 10;
    if (which === 'pageHinkley') {
      this.detections.ph.push(time);
      this.alert(time, pageHinkleyAlert(this.source.features[this.phIndex]!.name));
      return;
    }
    const list = which === 'adwin' ? this.detections.adwin : this.detections.ddm;
    list.push(time);
    const inputsMoved = this.inputs.overThreshold(this.config.thresholds.drift);
    this.alert(
      time,
      errorRateDetectorAlert(which === 'adwin' ? 'ADWIN' : 'DDM', this.errorRate(), inputsMoved),
    );
  }

  private errorRate(): number {
    const n = this.errorWindow.size;
    if (!n) return NaN;
    let s = 0;
    for (let i = 0; i < n; i++) s += this.errorWindow.get(i);
    return s / n;
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
    row.meanConfidence = this.outputs.meanConfidence();
    row.throughput = this.secondEvents;
    row.dropped = this.secondDropped;
    row.latencyP95 = this.latency.size ? this.latency.quantile(0.95) : NaN;
    const cm = this.canary?.metrics();
    row.candidateAccuracy =
      this.mode === 'shadow' && this.shadow.labels
        ? this.shadow.candidateAccuracy()
        : cm && cm.candidate.labels
          ? cm.candidate.accuracy
          : NaN;
    const auto = this.automation.summary();
    row.automationRate = auto.automationRate;
    row.systemAccuracy = auto.accuracy;
    row.costPerEvent = auto.costPerEvent;
    row.errorRate = this.errorRate();
    this.inputs.recordSecond(row, this.minWindow);
    this.source.classes.forEach((_, c) => (row[`pred:${c}`] = this.outputs.share(c)));
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
    this.inputs.features.forEach(({ name }, m) => {
      const s = this.inputs.latest(m);
      const breaches = s ? this.inputs.driftBreaches(s, m, th.drift) : [];
      if (breaches.length) moved.push(name);
      for (const stat of Object.keys(th.drift) as DriftStatistic[]) {
        const hit = breaches.includes(stat);
        if (this.edge(`drift:${stat}:${name}`, hit) && s) {
          const v = this.inputs.driftValue(stat, s, m);
          this.alert(t, featureDriftAlert(stat, name, v, th.drift[stat].threshold, row[`mean:${name}`]!));
        }
      }
      const missing = row[`missing:${name}`]!;
      if (this.edge(`missing:${name}`, missing > th.missingShare)) {
        this.alert(t, missingValuesAlert(name, missing, th.missingShare));
      }
    });

    const model = this.live.model.name;
    const labels = this.perf.size;
    const acc = row.accuracy!;
    const est = row.estimated!;
    if (this.edge('accuracy', labels >= this.config.minLabelsForAlerts && acc < th.accuracy)) {
      this.alert(
        t,
        accuracyAlert({
          model,
          labels,
          accuracy: acc,
          threshold: th.accuracy,
          moved,
          estimated: est,
          estimatedThreshold: th.estimatedAccuracy,
        }),
      );
    }
    if (this.edge('estimated', this.cbpe.size >= this.minWindow && est < th.estimatedAccuracy)) {
      this.alert(t, estimatedAccuracyAlert(model, est, th.estimatedAccuracy));
    }
    if (this.outputs.size >= this.minWindow) {
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
        this.alert(
          t,
          predictionShareAlert({
            className: this.source.classes[worst]!,
            share: row[`pred:${worst}`]!,
            referenceShare: this.live.referencePredShare[worst] ?? 0,
            threshold: th.predictionShareDelta,
            moved,
          }),
        );
      }
    }
    if (this.edge('latency', row.latencyP95! > th.latencyP95Ms)) {
      this.alert(t, latencyAlert(model, row.latencyP95!, th.latencyP95Ms));
    }
    if (this.edge('dropped', row.dropped! > th.droppedPerSec)) {
      this.alert(t, droppedEventsAlert(row.dropped!, th.droppedPerSec, this.config.capacityPerSec));
    }
  }

  /** Logs an alert at simulated time t (rounded to the step's tenth of a second); keeps the last ALERTS_KEPT. */
  private alert(t: number, a: AlertDraft): void {
    const { monitor, subject, value, threshold, kind, message } = a;
    this.alerts.push({ t: Math.round(t * 10) / 10, monitor, subject, value, threshold, kind, message });
    if (this.alerts.length > ALERTS_KEPT) this.alerts.splice(0, this.alerts.length - ALERTS_KEPT);
  }

  /** A deployment action, logged now. */
  private event(a: AlertDraft): void {
    this.alert(this.t, a);
  }

  // ---------------------------------------------------------------------------------------------- snapshot

  /** Everything the UI draws. Allocates; call it a few times a second, not per step. */
  snapshot(): SimSnapshot {
    const cls = this.source.classes;
    const total = this.outputs.size;
    const features = this.inputs.views();
    const series: Record<string, number[]> = {};
    // The charts draw at most ~240 points; striding here (the same seconds for every key, the newest always
    // kept) keeps each posted snapshot small however long the run has been going.
    const keep = strideIndices(this.series.size, SNAPSHOT_POINTS);
    for (const key of this.seriesKeys) {
      const column = this.series.column(key);
      series[key] = keep.map((i) => column[i]!);
    }
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
        share: cls.map((_, c) => (total ? this.outputs.share(c) : 0)),
        referenceShare: [...this.live.referencePredShare],
        meanConfidence: this.outputs.meanConfidence(),
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
                agreement: this.shadow.agreement(),
                liveAccuracy: this.perf.size ? this.perf.accuracy() : NaN,
                candidateAccuracy: this.shadow.candidateAccuracy(),
                events: this.shadow.events,
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
