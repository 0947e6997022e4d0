// The built-in demo: sensor readings of a production line, label = "defect" or "ok".
//
// Generative model (everything in reference standard units z, then mapped to sensor units x = μ + σ·z):
//   z ~ N(0, Σ) with a fixed, mildly correlated Σ = L·Lᵀ (temperature and current move together, as do
//   vibration and torque), so that real-looking joint shifts appear in the monitors;
//   P(defect | z) = σ(k·(w·z − b)), the *concept*: w weighs temperature, vibration, torque and current.
// Data drift (covariate shift) moves z itself: z' = meanShift + scale·z per feature; the concept is applied
// to the shifted inputs, so P(y|x) is unchanged — exactly the definition of data drift.
// Concept drift keeps P(x) and changes P(y|x): `rotation` turns w in the (temperature, vibration) plane and
// `boundaryShift` moves b. Prior shift (`classShare`) keeps P(x|y) and changes P(y): an event is drawn from the
// reference joint and kept with probability (π'_y/π_y)/max_c(π'_c/π_c) — rejection sampling, exact for P'(x,y) =
// P(x|y)·π'(y). The reference class balance π is estimated once from a large seeded sample.
import type { EventSource, RandomSource, ResolvedSliders, SourceFeature } from './types';
import { Prng } from '../drift/prng';

const FEATURES: SourceFeature[] = [
  { name: 'temperature', kind: 'numeric', unit: '°C', mean: 70, sd: 5 },
  { name: 'pressure', kind: 'numeric', unit: 'bar', mean: 30, sd: 3 },
  { name: 'vibration', kind: 'numeric', unit: 'mm/s', mean: 4, sd: 1 },
  { name: 'humidity', kind: 'numeric', unit: '%', mean: 45, sd: 8 },
  { name: 'spindle_speed', kind: 'numeric', unit: 'rpm', mean: 1500, sd: 100 },
  { name: 'voltage', kind: 'numeric', unit: 'V', mean: 230, sd: 4 },
  { name: 'current', kind: 'numeric', unit: 'A', mean: 12, sd: 1.5 },
  { name: 'torque', kind: 'numeric', unit: 'N·m', mean: 50, sd: 6 },
];
const D = FEATURES.length;

/** Lower-triangular factor of Σ (rows sum of squares = 1, so every z keeps unit variance). */
const L: number[][] = [
  [1, 0, 0, 0, 0, 0, 0, 0],
  [0.2, Math.sqrt(1 - 0.04), 0, 0, 0, 0, 0, 0],
  [0.1, 0, Math.sqrt(1 - 0.01), 0, 0, 0, 0, 0],
  [0, 0, 0, 1, 0, 0, 0, 0],
  [0, 0, 0.2, 0, Math.sqrt(1 - 0.04), 0, 0, 0],
  [0, 0, 0, 0, 0, 1, 0, 0],
  [0.6, 0, 0, 0, 0, 0.3, Math.sqrt(1 - 0.36 - 0.09), 0],
  [0, 0, 0.5, 0, 0.3, 0, 0, Math.sqrt(1 - 0.25 - 0.09)],
];

/** Concept weights (unit length) and threshold; sharpness k sets the Bayes error (≈ 9 % here). */
const W_RAW = [1, 0, 1.1, 0, 0, 0, 0.35, 0.7];
const W_NORM = Math.hypot(...W_RAW);
export const FACTORY_CONCEPT = {
  w: W_RAW.map((v) => v / W_NORM),
  b: 0.55,
  k: 4,
} as const;

const TEMPERATURE = 0;
const VIBRATION = 2;
const DEFECT = 1;

/** The concept's logit for standard-unit inputs z under a rotation (degrees) and boundary shift (SDs). */
export function factoryLogit(z: ArrayLike<number>, rotation = 0, boundaryShift = 0): number {
  const { w, b, k } = FACTORY_CONCEPT;
  const a = (rotation * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  // Turn (w_temperature, w_vibration) by the angle; the other weights stay.
  const wt = c * w[TEMPERATURE]! - s * w[VIBRATION]!;
  const wv = s * w[TEMPERATURE]! + c * w[VIBRATION]!;
  let dot = wt * z[TEMPERATURE]! + wv * z[VIBRATION]!;
  for (let j = 0; j < D; j++) if (j !== TEMPERATURE && j !== VIBRATION) dot += w[j]! * z[j]!;
  return k * (dot - b - boundaryShift);
}

function correlatedNormals(rng: RandomSource, e: Float64Array, z: Float64Array): void {
  for (let j = 0; j < D; j++) e[j] = rng.normal(0, 1);
  for (let i = 0; i < D; i++) {
    let v = 0;
    const row = L[i]!;
    for (let j = 0; j <= i; j++) v += row[j]! * e[j]!;
    z[i] = v;
  }
}

/**
 * P(defect) of the undrifted process, by quadrature: s = w·z is normal with variance wᵀΣw (Σ = L·Lᵀ), so
 * P(defect) = ∫ σ(k(s − b))·φ(s; 0, wᵀΣw) ds. The prior-shift rejection step needs the process's share, not a
 * sample's (the 5 000-row reference sits ~3 standard errors off it and would bias every class-share target).
 */
export function processDefectShare(): number {
  const { w, b, k } = FACTORY_CONCEPT;
  // wᵀΣw = ‖Lᵀw‖².
  let variance = 0;
  for (let j = 0; j < D; j++) {
    let v = 0;
    for (let i = j; i < D; i++) v += L[i]![j]! * w[i]!;
    variance += v * v;
  }
  const sd = Math.sqrt(variance);
  const steps = 4000;
  const lo = -8 * sd;
  const h = (16 * sd) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const s = lo + i * h;
    const weight = i === 0 || i === steps ? 0.5 : 1;
    sum += (weight * Math.exp(-(s * s) / (2 * variance))) / (1 + Math.exp(-k * (s - b)));
  }
  return (sum * h) / (sd * Math.sqrt(2 * Math.PI));
}

/** Reference sample size (monitors' reference, calibration, the demo model's training data). */
export const FACTORY_REFERENCE_SIZE = 5000;

export function createFactorySource(referenceSeed = 20261126): EventSource {
  const e = new Float64Array(D);
  const z = new Float64Array(D);
  // Reference: the undrifted process, seeded independently of the simulation's seed.
  const refRng = new Prng(referenceSeed);
  const n = FACTORY_REFERENCE_SIZE;
  const rows = new Float64Array(n * D);
  const labels = new Int32Array(n);
  for (let r = 0; r < n; r++) {
    correlatedNormals(refRng, e, z);
    for (let j = 0; j < D; j++) rows[r * D + j] = FEATURES[j]!.mean + FEATURES[j]!.sd * z[j]!;
    const y = refRng.next() < 1 / (1 + Math.exp(-factoryLogit(z))) ? DEFECT : 0;
    labels[r] = y;
  }
  const referenceShare = processDefectShare();

  return {
    id: 'factory',
    title: 'Production line sensors (synthetic)',
    kind: 'synthetic',
    features: FEATURES,
    classes: ['ok', 'defect'],
    focusClass: DEFECT,
    relabelFeature: VIBRATION,
    capabilities: { meanShift: true, prior: true, rotation: true },
    reference: { rows, labels, n },
    draw(_t: number, s: ResolvedSliders, rng: RandomSource, out: Float64Array, offset: number): number {
      // Prior shift by rejection: accept ratio_y / max ratio (≤ 1); bounded attempts keep a step's cost fixed.
      const target = s.classShare;
      const ratio =
        target === null
          ? null
          : [(1 - target) / (1 - referenceShare), target / referenceShare].map((v) => Math.max(v, 1e-9));
      const maxRatio = ratio ? Math.max(ratio[0]!, ratio[1]!) : 1;
      let y = 0;
      for (let attempt = 0; attempt < 200; attempt++) {
        correlatedNormals(rng, e, z);
        for (let j = 0; j < D; j++) z[j] = s.meanShift[j]! + s.scale[j]! * z[j]!;
        y = rng.next() < 1 / (1 + Math.exp(-factoryLogit(z, s.rotation, s.boundaryShift))) ? DEFECT : 0;
        if (!ratio || rng.next() < ratio[y]! / maxRatio) break;
      }
      for (let j = 0; j < D; j++) out[offset + j] = FEATURES[j]!.mean + FEATURES[j]!.sd * z[j]!;
      return y;
    },
  };
}
