// Deterministic streams with known change points, and helpers to run a detector over a stream.
// Used by the detector tests; also handy for demos. Not part of the public index.
import { Prng } from './prng';
import { PythonRandom } from './python-random';
import type { BinaryDriftDetector, DriftDetector } from './detector';

/** Bernoulli(p1) for the first `changeAt` values, then Bernoulli(p2); 1 = error. */
export function bernoulliShift(seed: number, n: number, changeAt: number, p1: number, p2: number): number[] {
  const rng = new Prng(seed);
  return Array.from({ length: n }, (_, i) => (rng.next() < (i < changeAt ? p1 : p2) ? 1 : 0));
}

/** N(mu1, sd) for the first `changeAt` values, then N(mu2, sd). */
export function gaussianShift(
  seed: number,
  n: number,
  changeAt: number,
  mu1: number,
  mu2: number,
  sd = 1,
): number[] {
  const rng = new Prng(seed);
  return Array.from({ length: n }, (_, i) => rng.normal(i < changeAt ? mu1 : mu2, sd));
}

/**
 * River's docstring stream for ADWIN, PageHinkley and KSWIN:
 *   rng = random.Random(12345); rng.choices([0, 1], k=1000) + rng.choices(range(4, 8), k=1000)
 */
export function riverNumericDocStream(): number[] {
  const rng = new PythonRandom(12345);
  return [...rng.choices([0, 1], 1000), ...rng.choices([4, 5, 6, 7], 1000)];
}

/**
 * River's docstring stream for DDM, EDDM, HDDM_A and HDDM_W:
 *   rng = random.Random(42); rng.choices([0, 1], k=1000) + rng.choices([0, 1], k=1000, weights=[0.3, 0.7])
 */
export function riverBinaryDocStream(): number[] {
  const rng = new PythonRandom(42);
  return [...rng.choices([0, 1], 1000), ...rng.choices([0, 1], 1000, [0.3, 0.7])];
}

/** Indices at which the detector signalled drift. */
export function driftIndices(detector: DriftDetector, stream: readonly number[]): number[] {
  const out: number[] = [];
  stream.forEach((x, i) => {
    detector.update(x);
    if (detector.driftDetected) out.push(i);
  });
  return out;
}

/**
 * The event log River's binary-detector docstrings print: the first warning after the start or after each
 * drift ("warning@i"), and every drift ("drift@i").
 */
export function riverEventLog(detector: BinaryDriftDetector, stream: readonly number[]): string[] {
  const out: string[] = [];
  let printWarning = true;
  stream.forEach((x, i) => {
    detector.update(x);
    if (detector.warningDetected && printWarning) {
      out.push(`warning@${i}`);
      printWarning = false;
    }
    if (detector.driftDetected) {
      out.push(`drift@${i}`);
      printWarning = true;
    }
  });
  return out;
}

/** Per-update flags: 'D' drift, 'W' warning, '.' neither (warning only exists on binary detectors). */
export function flagTrace(detector: DriftDetector, stream: readonly number[]): string {
  let out = '';
  for (const x of stream) {
    detector.update(x);
    const warning = 'warningDetected' in detector && (detector as BinaryDriftDetector).warningDetected;
    out += detector.driftDetected ? 'D' : warning ? 'W' : '.';
  }
  return out;
}

/** Summary of detections on a stream whose change happens at index `changeAt`. */
export function changeSummary(
  indices: readonly number[],
  changeAt: number,
): { falseAlarms: number; delay: number | null } {
  const first = indices.find((i) => i >= changeAt);
  return {
    falseAlarms: indices.filter((i) => i < changeAt).length,
    delay: first === undefined ? null : first - changeAt,
  };
}
