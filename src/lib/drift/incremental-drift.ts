// Incremental drift for parametric concepts: the concept's parameters move linearly from `from` to `to`
// over a window, so every sample comes from a slightly different concept (e.g. a SEA threshold sliding
// from 8 to 9, or a hyperplane rotating between two weight vectors).
//   λ(t) = clamp((t − start) / width, 0, 1),   params(t) = from + λ(t)·(to − from),
// with t the 1-based sample number: samples t ≤ start use `from`, samples t ≥ start + width use `to`.
// (Incremental drift in the sense of Gama et al., "A survey on concept drift adaptation", ACM Computing
// Surveys 46(4), 2014.)
import { InvalidOptionError } from './errors';
import { checkOptionKeys, requiredNumberOption } from './validate';
import { resolveRng } from './stream';
import type { Rng } from './prng';
import type { RandomSource, Sample, SampleStream } from './stream';

/** A family of concepts indexed by a numeric parameter vector. */
export interface ParametricConcept {
  readonly featureNames: readonly string[];
  /** Draws one sample of the concept with these parameters. */
  draw(params: readonly number[], rng: Rng): Sample;
}

export interface IncrementalDriftOptions extends RandomSource {
  /** Last sample number with the `from` parameters. */
  start: number;
  /** Number of samples over which the parameters move (> 0). */
  width: number;
}

export interface IncrementalDriftStream extends SampleStream {
  readonly t: number;
  /** Parameters used for the last sample (a copy). */
  readonly params: number[];
}

/** Linear interpolation weight λ(t) = clamp((t − start)/width, 0, 1). */
export function interpolationWeight(t: number, start: number, width: number): number {
  return Math.min(1, Math.max(0, (t - start) / width));
}

/** A stream of one parametric concept with fixed parameters. */
export function parametricStream(
  concept: ParametricConcept,
  params: readonly number[],
  source: RandomSource = {},
): SampleStream {
  const rng = resolveRng('parametricStream', source);
  const fixed = [...params];
  return { featureNames: concept.featureNames, next: () => concept.draw(fixed, rng) };
}

export function incrementalDrift(
  concept: ParametricConcept,
  from: readonly number[],
  to: readonly number[],
  options: IncrementalDriftOptions,
): IncrementalDriftStream {
  checkOptionKeys('incrementalDrift', options, ['start', 'width', 'seed', 'rng']);
  if (from.length !== to.length || from.length === 0 || [...from, ...to].some((v) => !Number.isFinite(v))) {
    throw new InvalidOptionError(
      'incrementalDrift',
      'from and to must be non-empty arrays of finite numbers of the same length',
    );
  }
  const start = requiredNumberOption('incrementalDrift.start', options?.start, { min: 0 });
  const width = requiredNumberOption('incrementalDrift.width', options?.width, {
    min: 0,
    minExclusive: true,
  });
  const rng = resolveRng('incrementalDrift', options);
  let t = 0;
  let params = [...from];
  return {
    featureNames: concept.featureNames,
    get t() {
      return t;
    },
    get params() {
      return [...params];
    },
    next() {
      t += 1;
      const lambda = interpolationWeight(t, start, width);
      params = from.map((f, i) => f + lambda * ((to[i] as number) - f));
      return concept.draw(params, rng);
    },
  };
}
