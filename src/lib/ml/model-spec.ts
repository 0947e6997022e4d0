// What the model builder lets a learner choose, and the checks that keep a choice trainable. A spec is plain
// data (JSON-safe), so a run record can store it and a shared link can reproduce the run with its seed.
import { ModelSpecError } from './errors';

export type Task = 'binary' | 'multiclass' | 'regression';
export type Activation = 'relu' | 'tanh' | 'sigmoid' | 'linear';
export type OptimizerName = 'sgd' | 'adam';

export interface ModelSpec {
  task: Task;
  /** Width of the preprocessed input (after one-hot expansion): Preprocessor.outputDim. */
  inputDim: number;
  /** Units per hidden Dense layer, input side first: 0–6 layers of 1–128 units. [] is a linear/logistic model. */
  hiddenLayers: number[];
  /** Activation of every hidden layer. */
  activation: Activation;
  optimizer: OptimizerName;
  learningRate: number;
  /** L2 penalty factor λ on every kernel (not biases): loss += λ·Σw², as Keras' `regularizers.l2`. */
  l2: number;
  epochs: number;
  batchSize: number;
  /** Seeds the weight initializers and the per-epoch shuffles: same seed + data + spec → same run on 'cpu'. */
  seed: number;
}

export const SPEC_LIMITS = {
  maxHiddenLayers: 6,
  maxUnits: 128,
  maxInputDim: 4096,
  maxEpochs: 10_000,
  maxBatchSize: 65_536,
  /** Learning rates outside (0, 10] are never useful for these models. */
  maxLearningRate: 10,
  maxL2: 10,
} as const;

/** Reasonable starting values: Adam at 0.01 with one 16-unit ReLU layer trains the built-in 2-D sets fast. */
export function defaultModelSpec(task: Task, inputDim: number): ModelSpec {
  return {
    task,
    inputDim,
    hiddenLayers: [16],
    activation: 'relu',
    optimizer: 'adam',
    learningRate: 0.01,
    l2: 0,
    epochs: 50,
    batchSize: 64,
    seed: 1,
  };
}

const TASKS: readonly Task[] = ['binary', 'multiclass', 'regression'];
const ACTIVATIONS: readonly Activation[] = ['relu', 'tanh', 'sigmoid', 'linear'];
const OPTIMIZERS: readonly OptimizerName[] = ['sgd', 'adam'];

function describe(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'an array';
  return v === null ? 'null' : typeof v;
}

function intIn(field: string, v: unknown, min: number, max: number): void {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new ModelSpecError(field, `must be an integer from ${min} to ${max}, got ${describe(v)}.`);
  }
}

function oneOf<T extends string>(field: string, v: unknown, allowed: readonly T[]): void {
  if (!allowed.includes(v as T)) {
    throw new ModelSpecError(
      field,
      `must be one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(v)}.`,
    );
  }
}

/**
 * Throws a ModelSpecError naming the first invalid field; returns the spec (typed) when it is valid.
 * `classCount`, when given, is checked against the task: binary needs exactly 2 classes, multiclass at least 2.
 */
export function validateModelSpec(spec: unknown, classCount?: number): ModelSpec {
  if (spec === null || typeof spec !== 'object') {
    throw new ModelSpecError('spec', `must be an object, got ${describe(spec)}.`);
  }
  const s = spec as Record<string, unknown>;
  oneOf('task', s.task, TASKS);
  intIn('inputDim', s.inputDim, 1, SPEC_LIMITS.maxInputDim);
  if (!Array.isArray(s.hiddenLayers)) {
    throw new ModelSpecError(
      'hiddenLayers',
      `must be an array of unit counts, got ${describe(s.hiddenLayers)}.`,
    );
  }
  if (s.hiddenLayers.length > SPEC_LIMITS.maxHiddenLayers) {
    throw new ModelSpecError(
      'hiddenLayers',
      `at most ${SPEC_LIMITS.maxHiddenLayers} hidden layers, got ${s.hiddenLayers.length}.`,
    );
  }
  s.hiddenLayers.forEach((units, i) => intIn(`hiddenLayers[${i}]`, units, 1, SPEC_LIMITS.maxUnits));
  oneOf('activation', s.activation, ACTIVATIONS);
  oneOf('optimizer', s.optimizer, OPTIMIZERS);
  const lr = s.learningRate;
  if (typeof lr !== 'number' || !Number.isFinite(lr) || lr <= 0 || lr > SPEC_LIMITS.maxLearningRate) {
    throw new ModelSpecError(
      'learningRate',
      `must be a number in (0, ${SPEC_LIMITS.maxLearningRate}], got ${describe(lr)}.`,
    );
  }
  const l2 = s.l2;
  if (typeof l2 !== 'number' || !Number.isFinite(l2) || l2 < 0 || l2 > SPEC_LIMITS.maxL2) {
    throw new ModelSpecError('l2', `must be a number from 0 to ${SPEC_LIMITS.maxL2}, got ${describe(l2)}.`);
  }
  intIn('epochs', s.epochs, 1, SPEC_LIMITS.maxEpochs);
  intIn('batchSize', s.batchSize, 1, SPEC_LIMITS.maxBatchSize);
  if (typeof s.seed !== 'number' || !Number.isSafeInteger(s.seed)) {
    throw new ModelSpecError('seed', `must be a safe integer, got ${describe(s.seed)}.`);
  }
  if (classCount !== undefined) {
    if (s.task === 'binary' && classCount !== 2) {
      throw new ModelSpecError(
        'task',
        `"binary" needs exactly 2 classes in the training rows, found ${classCount}` +
          (classCount > 2 ? '; choose "multiclass".' : '.'),
      );
    }
    if (s.task === 'multiclass' && classCount < 2) {
      throw new ModelSpecError(
        'task',
        `"multiclass" needs at least 2 classes in the training rows, found ${classCount}.`,
      );
    }
  }
  return spec as ModelSpec;
}

/** Number of output units: classes for classification (binary → 2, see build-model.ts), 1 for regression. */
export function outputUnits(task: Task, classCount: number): number {
  return task === 'regression' ? 1 : classCount;
}
