// Streaming drift detectors (ports of River 0.2x, same defaults and semantics), a seeded PRNG, and
// synthetic stream generators with sudden, gradual, incremental and recurring drift.
// Pure TypeScript: no DOM, no React. Errors: see errors.ts for the bad-option / bad-input policy.

// Detectors
export { ADWIN } from './adwin';
export type { ADWINOptions } from './adwin';
export { PageHinkley } from './page-hinkley';
export type { PageHinkleyMode, PageHinkleyOptions } from './page-hinkley';
export { KSWIN } from './kswin';
export type { KSWINOptions } from './kswin';
export { DDM } from './ddm';
export type { DDMOptions } from './ddm';
export { EDDM } from './eddm';
export type { EDDMOptions } from './eddm';
export { HDDMA } from './hddm-a';
export type { HDDMAOptions } from './hddm-a';
export { HDDMW } from './hddm-w';
export type { HDDMWOptions } from './hddm-w';
export type { BinaryDriftDetector, DriftDetector } from './detector';
export { InvalidInputError, InvalidOptionError } from './errors';

// Random numbers
export { Prng } from './prng';
export type { Rng } from './prng';
export { PythonRandom } from './python-random';

// Generators
export { take } from './stream';
export type { RandomSource, Sample, SampleStream } from './stream';
export { SEA_FEATURES, SEA_THRESHOLDS, seaConcept, seaLabel, seaStream } from './sea';
export type { SEAOptions } from './sea';
export { sineLabel, sineStream } from './sine';
export type { SineOptions } from './sine';
export { hyperplaneConcept, hyperplaneLabel, hyperplaneStream } from './hyperplane';
export type { HyperplaneOptions, HyperplaneStream } from './hyperplane';
export { STAGGER_CATEGORIES, STAGGER_FEATURES, staggerLabel, staggerStream } from './stagger';
export type { STAGGEROptions } from './stagger';

// Drift composition
export { driftProbability, gradualDrift, recurringDrift, suddenDrift } from './concept-drift';
export type { DriftStream, GradualDriftOptions, RecurringDriftOptions } from './concept-drift';
export { incrementalDrift, interpolationWeight, parametricStream } from './incremental-drift';
export type { IncrementalDriftOptions, IncrementalDriftStream, ParametricConcept } from './incremental-drift';
