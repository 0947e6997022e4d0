// Common types of the synthetic stream generators.
//
// Sample type (one type for every generator): `{ x: number[]; y: number }` — x holds the features in the
// order given by the stream's `featureNames` (categorical features, as in STAGGER, are integer codes), and
// y is the class label (0 or 1 for every generator here).
// Randomness: every generator takes either `seed` (an integer, default 0, fed to Prng) or `rng` (any Rng,
// e.g. a PythonRandom to reproduce River's own examples). The same seed always yields the same stream.
import { InvalidOptionError } from './errors';
import { checkSeed, Prng } from './prng';
import type { Rng } from './prng';

export interface Sample {
  x: number[];
  y: number;
}

/** An endless, deterministic source of samples. */
export interface SampleStream {
  readonly featureNames: readonly string[];
  next(): Sample;
}

/** Where a generator gets its randomness: a seed for a fresh Prng, or a ready-made generator. */
export interface RandomSource {
  /** Integer seed of the stream's own Prng (sfc32). Default 0. Ignored when `rng` is given. */
  seed?: number;
  /** Use this generator instead (it is advanced as the stream is read). */
  rng?: Rng;
}

export function resolveRng(owner: string, source: RandomSource): Rng {
  if (source.rng !== undefined) {
    if (typeof source.rng !== 'object' || source.rng === null || typeof source.rng.next !== 'function') {
      throw new InvalidOptionError(
        `${owner}.rng`,
        'must implement the Rng interface (next, uniform, normal, int, choice)',
      );
    }
    return source.rng;
  }
  return new Prng(checkSeed(`${owner}.seed`, source.seed ?? 0));
}

/** The next `n` samples of a stream. */
export function take(stream: SampleStream, n: number): Sample[] {
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidOptionError('take', `n must be a non-negative integer, got ${n}`);
  return Array.from({ length: n }, () => stream.next());
}
