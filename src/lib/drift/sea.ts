// SEA concepts generator.
// Paper: W. N. Street and Y. Kim, "A streaming ensemble algorithm (SEA) for large-scale classification",
//   KDD 2001, pp. 377–382.
// Three features uniform on [0, 10); only the first two matter. Label (as in the paper):
//   y = 1  if x1 + x2 ≤ θ,  else 0,   θ = 8, 9, 7, 9.5 for variants 0–3;
// with `noise`, each label is flipped with that probability (the paper used 10 %).
// Draw order follows River (river/datasets/synth/sea.py): x1, x2, x3 = uniform(0, 10), then one more draw
// for the label flip only when noise > 0 — so with a PythonRandom the features equal River's SEA(seed).
// Note: River labels the complement (True if x1 + x2 > θ); here the paper's convention is kept.
import { checkOptionKeys, numberOption } from './validate';
import { resolveRng } from './stream';
import type { Rng } from './prng';
import type { ParametricConcept } from './incremental-drift';
import type { RandomSource, Sample, SampleStream } from './stream';

export const SEA_THRESHOLDS = [8, 9, 7, 9.5] as const;
export const SEA_FEATURES = ['x1', 'x2', 'x3'] as const;

export interface SEAOptions extends RandomSource {
  /** Which threshold θ: 0 → 8, 1 → 9, 2 → 7, 3 → 9.5. Default 0. */
  variant?: 0 | 1 | 2 | 3;
  /** Probability of flipping each label. Default 0. */
  noise?: number;
}

/** SEA label: 1 when x1 + x2 ≤ θ. */
export function seaLabel(x1: number, x2: number, threshold: number): 0 | 1 {
  return x1 + x2 <= threshold ? 1 : 0;
}

/** One SEA sample with threshold θ (any real θ, so it can be interpolated). */
export function drawSea(rng: Rng, threshold: number, noise: number): Sample {
  const x = [rng.uniform(0, 10), rng.uniform(0, 10), rng.uniform(0, 10)];
  let y: number = seaLabel(x[0] as number, x[1] as number, threshold);
  if (noise > 0 && rng.next() < noise) y = 1 - y;
  return { x, y };
}

export function seaStream(options: SEAOptions = {}): SampleStream {
  checkOptionKeys('seaStream', options, ['variant', 'noise', 'seed', 'rng']);
  const variant = numberOption('seaStream.variant', options.variant, 0, { integer: true, min: 0, max: 3 });
  const noise = numberOption('seaStream.noise', options.noise, 0, { min: 0, max: 1 });
  const rng = resolveRng('seaStream', options);
  const threshold = SEA_THRESHOLDS[variant] as number;
  return { featureNames: SEA_FEATURES, next: () => drawSea(rng, threshold, noise) };
}

/** SEA as a parametric concept for incrementalDrift: params = [θ]. */
export function seaConcept(options: { noise?: number } = {}): ParametricConcept {
  const noise = numberOption('seaConcept.noise', options.noise, 0, { min: 0, max: 1 });
  return { featureNames: SEA_FEATURES, draw: (params, rng) => drawSea(rng, params[0] as number, noise) };
}
