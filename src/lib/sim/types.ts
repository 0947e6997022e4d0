// Shared vocabulary of the production simulator (the deployment studio's engine).
//
// The simulator runs in simulated seconds, in fixed steps, with one seeded PRNG: whatever the speed of the
// machine, a scenario with the same seed produces the same events, predictions and alerts at the same simulated
// times. Wall-clock time only decides how many steps run per animation frame (speed), and the measured predict
// latency, which is reported but never feeds anything that decides an alert on drift or accuracy.
import type { Rng } from '../drift/prng';
import type { DriftPattern } from './patterns';

/**
 * The slider panel. Every numeric field is one slider and can be moved by a drift pattern (its `SliderPath`).
 * Data drift: `meanShift` / `scale` per numeric feature (in reference standard deviations / as a ratio of the
 * reference SD). Prior shift: `classShare` (the share of `focus class`, the positive class for binary tasks).
 * Concept drift (P(x) stays put, P(y|x) changes): `rotation` and `boundaryShift` move the true decision boundary
 * of a synthetic source; `relabel` flips the label of a region of input space in any source. Input quality:
 * `noise` (Gaussian, in reference SDs) and `missing` (share of values lost). Traffic: `eventsPerSec`.
 */
export interface Sliders {
  meanShift: Record<string, number>;
  scale: Record<string, number>;
  /** Share of the focus class among events, or null to keep the reference balance. */
  classShare: number | null;
  /** Degrees the true boundary is turned (synthetic sources). */
  rotation: number;
  /** Reference SDs the true boundary is moved along its normal (synthetic sources). */
  boundaryShift: number;
  /** Probability that an event in the relabel region gets the next class instead of its own. */
  relabel: number;
  noise: number;
  missing: number;
  eventsPerSec: number;
}

/** 'meanShift.<feature>', 'scale.<feature>' or a scalar slider's name. */
export type SliderPath =
  | `meanShift.${string}`
  | `scale.${string}`
  | 'classShare'
  | 'rotation'
  | 'boundaryShift'
  | 'relabel'
  | 'noise'
  | 'missing'
  | 'eventsPerSec';

export const SCALAR_SLIDERS = [
  'classShare',
  'rotation',
  'boundaryShift',
  'relabel',
  'noise',
  'missing',
  'eventsPerSec',
] as const;

/** Slider ranges (the UI and the scenario validator use the same ones). */
export const SLIDER_RANGES = {
  meanShift: { min: -3, max: 3, step: 0.1, unit: 'SD' },
  scale: { min: 0.25, max: 3, step: 0.05, unit: '× SD' },
  classShare: { min: 0.02, max: 0.98, step: 0.01, unit: '' },
  rotation: { min: -90, max: 90, step: 1, unit: '°' },
  boundaryShift: { min: -2, max: 2, step: 0.05, unit: 'SD' },
  relabel: { min: 0, max: 1, step: 0.01, unit: '' },
  noise: { min: 0, max: 2, step: 0.05, unit: 'SD' },
  missing: { min: 0, max: 0.6, step: 0.01, unit: '' },
  eventsPerSec: { min: 1, max: 2000, step: 1, unit: 'events/s' },
} as const;

/** A pattern bound to the slider it moves. */
export interface SliderPattern extends DriftPattern {
  target: SliderPath;
}

/** Slider values for one event, after patterns (what a source draws with). */
export interface ResolvedSliders {
  meanShift: Float64Array;
  scale: Float64Array;
  classShare: number | null;
  rotation: number;
  boundaryShift: number;
  relabel: number;
  noise: number;
  missing: number;
  eventsPerSec: number;
}

export interface SourceFeature {
  name: string;
  kind: 'numeric' | 'categorical';
  /** Unit shown next to values, e.g. "°C". */
  unit?: string;
  /** Category names for categorical features (raw value = index). */
  categories?: string[];
  /** Reference mean and SD (numeric features), the unit of the mean-shift and noise sliders. */
  mean: number;
  sd: number;
}

/** What a source can shift; the UI disables the rest and says why. */
export interface SourceCapabilities {
  meanShift: boolean;
  prior: boolean;
  rotation: boolean;
}

/**
 * Where events come from. Raw rows are numbers: numeric features as is, categorical ones as the category index,
 * NaN for a missing value.
 */
export interface EventSource {
  readonly id: string;
  readonly title: string;
  readonly kind: 'synthetic' | 'tabular' | 'replay';
  readonly features: readonly SourceFeature[];
  readonly classes: readonly string[];
  /** Index of the class the class-share slider sets (the positive class of a binary task). */
  readonly focusClass: number;
  /** Numeric feature whose upper region `relabel` flips (concept drift for any source). */
  readonly relabelFeature: number;
  readonly capabilities: SourceCapabilities;
  /** The reference (training-time) sample: n rows × features, row-major, and their classes. */
  readonly reference: { rows: Float64Array; labels: Int32Array; n: number };
  /**
   * Draws one event at simulated time t with the given sliders into out[offset …], returns its true class.
   * Concept drift by `relabel` and input quality (noise, missing) are applied by the simulator, not here.
   */
  draw(t: number, sliders: ResolvedSliders, rng: RandomSource, out: Float64Array, offset: number): number;
  /** For replayed sources: what the simulated time corresponds to (e.g. a date). */
  describeTime?(t: number): string;
}

/** The PRNG the sources draw from (Prng from src/lib/drift: uniform, normal, int, choice). */
export type RandomSource = Rng;

/** A model the simulator can serve: probabilities for n encoded rows. */
export interface ServingModel {
  readonly name: string;
  /** Number of classes (width of a probability row). */
  readonly classes: number;
  /** Row-major n × inputDim in, row-major n × classes out. Synchronous: the worker wraps tfjs's dataSync. */
  predict(x: Float32Array, n: number): Float32Array;
  dispose?(): void;
}

export type DriftStatistic = 'ks' | 'psi' | 'wasserstein' | 'js';

/** Alert thresholds; a statistic is checked only when enabled. Wasserstein is in reference SDs. */
export interface AlertThresholds {
  drift: Record<DriftStatistic, { enabled: boolean; threshold: number }>;
  /** Windowed accuracy below this fires (needs labels). */
  accuracy: number;
  /** Label-free (CBPE) estimate below this fires. */
  estimatedAccuracy: number;
  /** Missing share of any feature in the window above this fires. */
  missingShare: number;
  /** p95 predict latency per event above this (ms) fires. */
  latencyP95Ms: number;
  /** Dropped events per second above this fires. */
  droppedPerSec: number;
  /** Share of any predicted class moving further than this from the reference fires (output drift). */
  predictionShareDelta: number;
}

export const DEFAULT_THRESHOLDS: AlertThresholds = {
  drift: {
    ks: { enabled: false, threshold: 0.001 },
    psi: { enabled: true, threshold: 0.2 },
    wasserstein: { enabled: false, threshold: 0.5 },
    js: { enabled: true, threshold: 0.15 },
  },
  accuracy: 0.8,
  estimatedAccuracy: 0.8,
  missingShare: 0.1,
  latencyP95Ms: 5,
  droppedPerSec: 1,
  predictionShareDelta: 0.15,
};

export type AlertKind =
  | 'data drift'
  | 'concept drift'
  | 'prior shift'
  | 'input quality'
  | 'software'
  | 'performance'
  | 'deployment';

export interface Alert {
  /** Simulated seconds. */
  t: number;
  /** Monitor that fired, e.g. "PSI", "Accuracy", "ADWIN". */
  monitor: string;
  /** Feature or model it is about, when any. */
  subject: string | null;
  value: number;
  /** null for detectors, which have no single threshold. */
  threshold: number | null;
  kind: AlertKind;
  /** One sentence: what fired and what kind of drift it suggests. */
  message: string;
}
