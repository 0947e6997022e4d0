// Composing drift from two concepts (two sample streams): sudden, gradual and recurring drift.
// Gradual drift follows River's ConceptDriftStream (river/datasets/synth/concept_drift_stream.py), after
// A. Bifet, G. Holmes, B. Pfahringer, R. Kirkby and R. Gavaldà, "New ensemble methods for evolving data
// streams", KDD 2009: sample number t = 1, 2, … comes from the new concept with probability
//     P(new | t) = 1 / (1 + e^(−4(t − p)/w)),   p = position (centre), w = width,
// decided by one uniform draw u per sample (River: old concept when u > P, else new). Optionally
// w = max(1, ⌊1/tan(α)⌋) from an angle α in degrees (River's `alpha`).
// As in River, each concept is its own stream and only advances when a sample is taken from it.
// Conventions: t is the 1-based sample number (the sample at 0-based index i has t = i + 1). Sudden drift
// at position p takes exactly p samples from the old concept (t ≤ p), then switches — the limit w → 0 of
// the sigmoid.
import { InvalidOptionError } from './errors';
import { checkOptionKeys, numberOption, requiredNumberOption } from './validate';
import { resolveRng } from './stream';
import type { RandomSource, Sample, SampleStream } from './stream';

/** A composed stream; `t` and `lastSource` tell where the last sample came from (0 = old, 1 = new). */
export interface DriftStream extends SampleStream {
  readonly t: number;
  readonly lastSource: 0 | 1;
}

/** P(new concept at sample t) = 1 / (1 + e^(−4(t − position)/width)). */
export function driftProbability(t: number, position: number, width: number): number {
  return 1 / (1 + Math.exp((-4 * (t - position)) / width));
}

function checkCompatible(owner: string, a: SampleStream, b: SampleStream): void {
  if (a.featureNames.length !== b.featureNames.length) {
    throw new InvalidOptionError(
      owner,
      `the two concepts have different numbers of features (${a.featureNames.length} and ${b.featureNames.length})`,
    );
  }
}

/** Builds a DriftStream that picks its source with `choose(t)`. */
function composed(before: SampleStream, after: SampleStream, choose: (t: number) => 0 | 1): DriftStream {
  let t = 0;
  let last: 0 | 1 = 0;
  return {
    featureNames: before.featureNames,
    get t() {
      return t;
    },
    get lastSource() {
      return last;
    },
    next(): Sample {
      t += 1;
      last = choose(t);
      return last === 0 ? before.next() : after.next();
    },
  };
}

export interface GradualDriftOptions extends RandomSource {
  /** Centre p of the transition (sample number). */
  position: number;
  /** Width w of the transition (samples). Default 1000. */
  width?: number;
  /** Angle of change in degrees, (0, 90]; overrides width with max(1, ⌊1/tan α⌋). */
  alpha?: number;
}

/** River's ConceptDriftStream: sigmoid mixture of two concepts. */
export function gradualDrift(
  before: SampleStream,
  after: SampleStream,
  options: GradualDriftOptions,
): DriftStream {
  checkOptionKeys('gradualDrift', options, ['position', 'width', 'alpha', 'seed', 'rng']);
  checkCompatible('gradualDrift', before, after);
  const position = requiredNumberOption('gradualDrift.position', options?.position);
  let width = numberOption('gradualDrift.width', options.width, 1000, { min: 0, minExclusive: true });
  if (options.alpha !== undefined) {
    const alpha = numberOption('gradualDrift.alpha', options.alpha, 0, {
      min: 0,
      max: 90,
      minExclusive: true,
    });
    width = Math.max(1, Math.trunc(1 / Math.tan((alpha * Math.PI) / 180)));
  }
  const rng = resolveRng('gradualDrift', options);
  return composed(before, after, (t) => (rng.next() > driftProbability(t, position, width) ? 0 : 1));
}

/** Sudden drift: exactly `position` samples from `before`, then `after` for ever. */
export function suddenDrift(
  before: SampleStream,
  after: SampleStream,
  options: { position: number },
): DriftStream {
  checkOptionKeys('suddenDrift', options, ['position']);
  checkCompatible('suddenDrift', before, after);
  const position = requiredNumberOption('suddenDrift.position', options?.position, { integer: true, min: 0 });
  return composed(before, after, (t) => (t > position ? 1 : 0));
}

export interface RecurringDriftOptions extends RandomSource {
  /** Samples per concept before switching back: a for t ≤ period, b up to 2·period, a again, … */
  period: number;
  /** Width of each sigmoid transition; 0 (default) switches suddenly. */
  width?: number;
}

/**
 * Recurring drift: a and b alternate every `period` samples. With width > 0 each switch at t = k·period is
 * a sigmoid centred there: P(b | t) = f(t − k·period) after an a→b switch (k odd) and 1 − f(…) after a
 * b→a switch (k even), using the switch k nearest to t.
 */
export function recurringDrift(
  a: SampleStream,
  b: SampleStream,
  options: RecurringDriftOptions,
): DriftStream {
  checkOptionKeys('recurringDrift', options, ['period', 'width', 'seed', 'rng']);
  checkCompatible('recurringDrift', a, b);
  const period = requiredNumberOption('recurringDrift.period', options?.period, { integer: true, min: 1 });
  const width = numberOption('recurringDrift.width', options.width, 0, { min: 0 });
  if (width === 0) return composed(a, b, (t) => (Math.floor((t - 1) / period) % 2 === 0 ? 0 : 1));
  const rng = resolveRng('recurringDrift', options);
  return composed(a, b, (t) => {
    const k = Math.max(1, Math.round(t / period));
    const f = driftProbability(t, k * period, width);
    const pB = k % 2 === 1 ? f : 1 - f;
    return rng.next() > pB ? 0 : 1;
  });
}
