// Rotating hyperplane generator.
// Paper: G. Hulten, L. Spencer and P. Domingos, "Mining time-changing data streams", KDD 2001, pp. 97–106.
// Follows River (river/datasets/synth/hyper_plane.py, itself from MOA's HyperplaneGenerator):
//   weights w ~ U[0, 1)^d drawn first; each sample x ~ U[0, 1)^d,
//   y = 1 if Σ w_i·x_i ≥ ½·Σ w_i else 0, flipped with probability noisePercentage;
//   then the first nDriftFeatures weights move: w_i += s_i·magChange, and each direction s_i (initially +1)
//   reverses with probability sigma.
// Draw order is River's (d features, one noise draw, one draw per drifting feature), so with a numpy-seeded
// PythonRandom the features equal River's. Difference kept on purpose: River tests `0.01 + u ≤ p` (a
// MOA-percent leftover, so p = 0.05 flips 4 % of labels); here the flip happens when u < p, as documented.
import { InvalidOptionError } from './errors';
import { checkOptionKeys, numberOption } from './validate';
import { resolveRng } from './stream';
import type { ParametricConcept } from './incremental-drift';
import type { RandomSource, SampleStream } from './stream';

export interface HyperplaneOptions extends RandomSource {
  /** Number of features d (≥ 2). Default 10. */
  nFeatures?: number;
  /** How many of the first weights drift (0…d). Default 2. */
  nDriftFeatures?: number;
  /** Change added to each drifting weight per sample, in [0, 1]. Default 0 (no drift). */
  magChange?: number;
  /** Probability of flipping a label, in [0, 1]. Default 0.05. */
  noisePercentage?: number;
  /** Probability that a drift direction reverses after a sample, in [0, 1]. Default 0.1. */
  sigma?: number;
}

/** 1 when Σ w_i·x_i ≥ ½·Σ w_i. */
export function hyperplaneLabel(weights: readonly number[], x: readonly number[]): 0 | 1 {
  let sum = 0;
  let sumWeights = 0;
  weights.forEach((w, i) => {
    sum += w * (x[i] as number);
    sumWeights += w;
  });
  return sum >= sumWeights * 0.5 ? 1 : 0;
}

function featureNames(d: number): string[] {
  return Array.from({ length: d }, (_, i) => `x${i + 1}`);
}

export interface HyperplaneStream extends SampleStream {
  /** The current weights (a copy). */
  readonly weights: number[];
}

export function hyperplaneStream(options: HyperplaneOptions = {}): HyperplaneStream {
  checkOptionKeys('hyperplaneStream', options, [
    'nFeatures',
    'nDriftFeatures',
    'magChange',
    'noisePercentage',
    'sigma',
    'seed',
    'rng',
  ]);
  const d = numberOption('hyperplaneStream.nFeatures', options.nFeatures, 10, { integer: true, min: 2 });
  const nDrift = numberOption('hyperplaneStream.nDriftFeatures', options.nDriftFeatures, 2, {
    integer: true,
    min: 0,
  });
  if (nDrift > d)
    throw new InvalidOptionError(
      'hyperplaneStream.nDriftFeatures',
      `must be ≤ nFeatures (${d}), got ${nDrift}`,
    );
  const mag = numberOption('hyperplaneStream.magChange', options.magChange, 0, { min: 0, max: 1 });
  const noise = numberOption('hyperplaneStream.noisePercentage', options.noisePercentage, 0.05, {
    min: 0,
    max: 1,
  });
  const sigma = numberOption('hyperplaneStream.sigma', options.sigma, 0.1, { min: 0, max: 1 });
  const rng = resolveRng('hyperplaneStream', options);
  const weights = Array.from({ length: d }, () => rng.next());
  const direction: number[] = Array.from({ length: d }, (_, i) => (i < nDrift ? 1 : 0));
  return {
    featureNames: featureNames(d),
    get weights() {
      return [...weights];
    },
    next() {
      const x = Array.from({ length: d }, () => rng.next());
      let y: number = hyperplaneLabel(weights, x);
      if (rng.next() < noise) y = 1 - y;
      for (let i = 0; i < nDrift; i++) {
        weights[i] = (weights[i] as number) + (direction[i] as number) * mag;
        if (rng.next() < sigma) direction[i] = -(direction[i] as number);
      }
      return { x, y };
    },
  };
}

/** The hyperplane as a parametric concept for incrementalDrift: params = the d weights. */
export function hyperplaneConcept(options: {
  nFeatures: number;
  noisePercentage?: number;
}): ParametricConcept {
  const d = numberOption('hyperplaneConcept.nFeatures', options.nFeatures, 10, { integer: true, min: 2 });
  const noise = numberOption('hyperplaneConcept.noisePercentage', options.noisePercentage, 0, {
    min: 0,
    max: 1,
  });
  return {
    featureNames: featureNames(d),
    draw(params, rng) {
      if (params.length !== d)
        throw new InvalidOptionError('hyperplaneConcept', `expects ${d} weights, got ${params.length}`);
      const x = Array.from({ length: d }, () => rng.next());
      let y: number = hyperplaneLabel(params, x);
      if (noise > 0 && rng.next() < noise) y = 1 - y;
      return { x, y };
    },
  };
}
