/**
 * The training loop. Imports only TensorFlow.js, this folder and the project's PRNG, so it bundles into the
 * training worker without UI code, and runs in Vitest's node environment on the 'cpu' backend.
 *
 * Why not model.fit: fit slices and copies each batch from the data on the JavaScript side, runs callbacks and
 * reads metrics back per batch, and awaits between batches. That per-batch overhead dominates for the small
 * dense models of this workbook. Here:
 *  - the whole training set is one tensor, created once; each epoch gathers it in a shuffled order (one
 *    tf.gather with indices from the project's seeded sfc32 PRNG, Fisher–Yates) and batches are slices of that;
 *  - each batch is one optimizer.minimize inside tf.tidy, over trainingForward (build-model.ts: fused
 *    matMul + bias + activation straight from the layer weights, loss from the logits); nothing is read back
 *    per batch: the loss and the number of correct answers are summed into two scalar tensors on the backend;
 *  - once per epoch, one dataSync reads [training loss, training correct, validation loss, validation correct];
 *  - between batches the loop checks shouldStop() and waitIfPaused(), and every `yieldEveryMs` it awaits
 *    `yieldFn` so that a stop or pause message can reach the worker (a MessageChannel post in the worker —
 *    setTimeout(0) is clamped to ≥ 4 ms after a few nested calls).
 *
 * Reported metrics follow Keras: the training loss and accuracy of an epoch are the running means over its
 * batches (weights change during the epoch); the validation figures are computed with the end-of-epoch weights.
 * Both losses include the L2 penalty, as Keras' loss and val_loss do.
 *
 * Divergence: at the end of each epoch, a training loss that is NaN/±∞, or larger than `explodeFactor` times the
 * first epoch's loss, stops training with a TrainingDivergedError whose message suggests a lower learning rate
 * and normalized inputs.
 */
import * as tf from '@tensorflow/tfjs';
import { Prng } from '@/lib/drift/prng';
import { batchLoss, buildModel, buildOptimizer, trainingForward } from './build-model';
import { PreprocessError, TrainingDivergedError } from './errors';
import { validateModelSpec, type ModelSpec } from './model-spec';
import type { Preprocessor } from './preprocess';

/** Examples as the worker receives them: x row-major n × inputDim; y class index or regression target. */
export interface Dataset {
  x: Float32Array;
  y: Float32Array | Int32Array;
}

/** Cooperative control, checked between batches. */
export interface TrainControl {
  shouldStop(): boolean;
  /** Resolves at once unless paused; otherwise when resumed (or stopped). */
  waitIfPaused(): Promise<void>;
}

export interface EpochMetrics {
  /** 0-based epoch. */
  epoch: number;
  loss: number;
  /** Training accuracy (running mean over the epoch's batches); null for regression. */
  acc: number | null;
  valLoss: number | null;
  valAcc: number | null;
  /** Wall time of the epoch, validation included, in milliseconds. */
  ms: number;
}

export interface TrainOptions {
  spec: ModelSpec;
  /** Number of classes (classification); ignored for regression. */
  classCount: number;
  train: Dataset;
  validation?: Dataset | null;
  /** Called after every epoch with its metrics and the model (e.g. to draw a decision boundary); awaited. */
  onEpoch?: (metrics: EpochMetrics, model: tf.LayersModel) => void | Promise<void>;
  control?: TrainControl;
  /** Yield to the event loop at least this often (ms). Default 10. */
  yieldEveryMs?: number;
  /** How to yield. Default: setTimeout(0). */
  yieldFn?: () => Promise<void>;
  /** Loss > explodeFactor × first-epoch loss counts as exploding. Default 100. */
  explodeFactor?: number;
  /** Keep the trained model (the caller disposes it). Default true; false disposes it before returning. */
  keepModel?: boolean;
}

export interface TrainResult {
  status: 'completed' | 'stopped';
  history: EpochMetrics[];
  model: tf.Sequential | null;
  /** Wall time of the loop (tensor creation to the last epoch), ms. */
  durationMs: number;
  /** Training examples processed per second over the completed epochs. */
  rowsPerSec: number;
}

export const DEFAULT_YIELD_EVERY_MS = 10;
export const DEFAULT_EXPLODE_FACTOR = 100;

const setTimeoutYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const now = (): number => performance.now();

/** Fisher–Yates (Durstenfeld) shuffle of 0 … n−1 with the given PRNG. */
export function shuffledIndices(n: number, rng: Prng): Int32Array {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}

function checkDataset(
  what: string,
  data: Dataset,
  inputDim: number,
  spec: ModelSpec,
  classCount: number,
): number {
  const n = data.y.length;
  if (n === 0) throw new PreprocessError('no-train-rows', `The ${what} set is empty.`);
  if (data.x.length !== n * inputDim) {
    throw new PreprocessError(
      'assignment',
      `The ${what} set has ${data.x.length} values for ${n} rows of ${inputDim} inputs (expected ${n * inputDim}).`,
    );
  }
  for (let i = 0; i < n; i++) {
    const y = data.y[i]!;
    const ok =
      spec.task === 'regression' ? Number.isFinite(y) : Number.isInteger(y) && y >= 0 && y < classCount;
    if (!ok) {
      throw new PreprocessError(
        'classes',
        `The ${what} label at row ${i} is ${String(y)}; expected ` +
          (spec.task === 'regression' ? 'a finite number.' : `a class index from 0 to ${classCount - 1}.`),
      );
    }
  }
  return n;
}

/** Labels as the loss wants them: one-hot n × k (classification) or n × 1 (regression). */
function labelTensor(spec: ModelSpec, y: Float32Array | Int32Array, classCount: number): tf.Tensor2D {
  return tf.tidy(() =>
    spec.task === 'regression'
      ? tf.tensor2d(y instanceof Float32Array ? y : Float32Array.from(y), [y.length, 1])
      : (tf.oneHot(tf.tensor1d(Int32Array.from(y), 'int32'), classCount).toFloat() as tf.Tensor2D),
  );
}

/** Σ[argmax z = argmax y] over the batch (z: logits or probabilities, same argmax), as a float scalar. */
function countCorrect(yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  return tf.tidy(() => tf.sum(tf.cast(tf.equal(tf.argMax(yPred, -1), tf.argMax(yTrue, -1)), 'float32')));
}

/**
 * Data loss plus the L2 penalty λ·Σw² over every kernel — what the layers' kernelRegularizer adds inside
 * model.fit. Computed here because a Sequential's calculateLosses() does not reach its inner layers.
 */
function totalLoss(kernels: readonly tf.Variable[], l2: number, data: tf.Scalar): tf.Scalar {
  if (l2 === 0 || kernels.length === 0) return data;
  return tf.add(data, tf.mul(l2, tf.addN(kernels.map((w) => tf.sum(tf.square(w)))))) as tf.Scalar;
}

/**
 * Trains a new model for `spec`. Throws TrainingDivergedError on NaN/exploding loss (after disposing
 * everything, the model included). Every tensor it creates is disposed before it returns, except the returned
 * model when `keepModel` is true.
 */
export async function trainModel(options: TrainOptions): Promise<TrainResult> {
  const spec = validateModelSpec(
    options.spec,
    options.spec.task === 'regression' ? undefined : options.classCount,
  );
  const classification = spec.task !== 'regression';
  const k = classification ? options.classCount : 1;
  const d = spec.inputDim;
  const n = checkDataset('training', options.train, d, spec, k);
  const validation = options.validation && options.validation.y.length > 0 ? options.validation : null;
  const nVal = validation ? checkDataset('validation', validation, d, spec, k) : 0;
  const yieldEveryMs = options.yieldEveryMs ?? DEFAULT_YIELD_EVERY_MS;
  const yieldFn = options.yieldFn ?? setTimeoutYield;
  const explodeFactor = options.explodeFactor ?? DEFAULT_EXPLODE_FACTOR;
  const control = options.control;
  const batchSize = Math.min(spec.batchSize, n);

  // The shuffle stream continues the PRNG after the initializer seeds (see build-model.ts layerSeeds).
  const rng = new Prng(spec.seed);
  for (let i = 0; i <= spec.hiddenLayers.length; i++) rng.nextUint32();

  const started = now();
  const owned: tf.Tensor[] = [];
  let model: tf.Sequential | null = null;
  let optimizer: tf.Optimizer | null = null;
  let lossSum: tf.Scalar | null = null;
  let correctSum: tf.Scalar | null = null;
  let keep = false;
  try {
    model = buildModel(spec, k);
    optimizer = buildOptimizer(spec);
    // Each tensor is registered for disposal as soon as it exists, so a failure part-way leaks nothing.
    const own = <T extends tf.Tensor>(t: T): T => {
      owned.push(t);
      return t;
    };
    const xs = own(tf.tensor2d(options.train.x, [n, d]));
    const ys = own(labelTensor(spec, options.train.y, k));
    const xv = validation ? own(tf.tensor2d(validation.x, [nVal, d])) : null;
    const yv = validation ? own(labelTensor(spec, validation.y, k)) : null;
    // [kernel, bias] per layer, input side first: the order trainingForward expects.
    const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
    const kernels = vars.filter((_, i) => i % 2 === 0);
    model.trainableWeights.forEach((w, i) => {
      // tfjs suffixes a variable name ("…/kernel_1") when a loaded model already uses it in this session.
      if (!new RegExp(`${i % 2 === 0 ? 'kernel' : 'bias'}(_\\d+)?$`).test(w.name))
        throw new Error(`Unexpected weight order at ${w.name}.`);
    });
    const history: EpochMetrics[] = [];
    let firstLoss = NaN;
    let lastYield = now();
    let stopped = false;

    for (let epoch = 0; epoch < spec.epochs && !stopped; epoch++) {
      const epochStart = now();
      const order = shuffledIndices(n, rng);
      const [xe, ye] = tf.tidy(() => {
        const idx = tf.tensor1d(order, 'int32');
        return [tf.gather(xs, idx), tf.gather(ys, idx)];
      });
      lossSum = tf.scalar(0);
      correctSum = tf.scalar(0);
      try {
        for (let start = 0; start < n; start += batchSize) {
          if (now() - lastYield >= yieldEveryMs) {
            await yieldFn();
            lastYield = now();
          }
          if (control) {
            await control.waitIfPaused();
            if (control.shouldStop()) {
              stopped = true;
              break;
            }
          }
          const size = Math.min(batchSize, n - start);
          const opt = optimizer;
          const prevLoss: tf.Scalar = lossSum;
          const prevCorrect: tf.Scalar = correctSum;
          const [nextLoss, nextCorrect] = tf.tidy(() => {
            const xb = xe.slice([start, 0], [size, d]);
            const yb = ye.slice([start, 0], [size, k]);
            let correct: tf.Scalar | null = null;
            const cost = opt.minimize(
              () => {
                const out = trainingForward(spec.activation, vars, xb);
                // Kept past minimize's inner tidy; disposed below once added to the sum.
                if (classification) correct = tf.keep(countCorrect(yb, out));
                return totalLoss(kernels, spec.l2, batchLoss(spec.task, yb, out));
              },
              true,
              vars,
            ) as tf.Scalar;
            const nl = tf.add(prevLoss, tf.mul(cost, size)) as tf.Scalar;
            const c = correct as tf.Scalar | null;
            const nc = c ? (tf.add(prevCorrect, c) as tf.Scalar) : prevCorrect.clone();
            c?.dispose();
            return [nl, nc];
          });
          prevLoss.dispose();
          prevCorrect.dispose();
          lossSum = nextLoss;
          correctSum = nextCorrect;
        }
      } finally {
        xe.dispose();
        ye.dispose();
      }
      if (stopped) break;

      // One read-back per epoch: [Σ loss·size, Σ correct, validation loss, validation correct].
      const tl = lossSum;
      const tc = correctSum;
      const packed = tf.tidy(() => {
        if (!xv || !yv) return tf.stack([tl, tc]);
        const out = trainingForward(spec.activation, vars, xv);
        const vl = totalLoss(kernels, spec.l2, batchLoss(spec.task, yv, out));
        const vc = classification ? countCorrect(yv, out) : tf.scalar(0);
        return tf.stack([tl, tc, vl, vc]);
      });
      const values = packed.dataSync();
      packed.dispose();
      tl.dispose();
      tc.dispose();
      lossSum = null;
      correctSum = null;

      const loss = values[0]! / n;
      const metrics: EpochMetrics = {
        epoch,
        loss,
        acc: classification ? values[1]! / n : null,
        valLoss: validation ? values[2]! : null,
        valAcc: validation && classification ? values[3]! / nVal : null,
        ms: now() - epochStart,
      };
      if (epoch === 0) firstLoss = loss;
      if (!Number.isFinite(loss) || loss > explodeFactor * Math.max(firstLoss, 1e-12)) {
        const error = new TrainingDivergedError(epoch, loss, spec.learningRate);
        (error as TrainingDivergedError & { history?: EpochMetrics[] }).history = [...history, metrics];
        throw error;
      }
      history.push(metrics);
      if (options.onEpoch) await options.onEpoch(metrics, model);
    }

    const durationMs = now() - started;
    keep = options.keepModel !== false;
    return {
      status: stopped ? 'stopped' : 'completed',
      history,
      model: keep ? model : null,
      durationMs,
      rowsPerSec: durationMs > 0 ? (history.length * n * 1000) / durationMs : 0,
    };
  } finally {
    lossSum?.dispose();
    correctSum?.dispose();
    for (const t of owned) t.dispose();
    optimizer?.dispose();
    if (!keep) model?.dispose();
  }
}

/** Class probabilities (n × k, row-major) or regression predictions (n × 1) for row-major inputs. */
export async function predictProba(
  model: tf.LayersModel,
  x: Float32Array,
  inputDim: number,
): Promise<Float32Array> {
  const n = x.length / inputDim;
  if (!Number.isInteger(n)) {
    throw new PreprocessError(
      'assignment',
      `predict: ${x.length} values are not rows of ${inputDim} inputs.`,
    );
  }
  const out = tf.tidy(() => model.predict(tf.tensor2d(x, [n, inputDim]), { batchSize: 4096 }) as tf.Tensor);
  try {
    return (await out.data()) as Float32Array;
  } finally {
    out.dispose();
  }
}

export interface BoundaryOptions {
  /** [min, max] of the first feature (raw units, before preprocessing). */
  x1Range: [number, number];
  /** [min, max] of the second feature. */
  x2Range: [number, number];
  /** Cells per axis (2–400). */
  resolution: number;
}

/** Raw feature values at the centres of a resolution × resolution grid: row j (x2, ascending), column i (x1). */
export function gridPoints(options: BoundaryOptions): { x1: Float64Array; x2: Float64Array } {
  const { x1Range, x2Range, resolution: r } = options;
  if (!Number.isInteger(r) || r < 2 || r > 400) {
    throw new PreprocessError('assignment', `resolution must be an integer from 2 to 400, got ${String(r)}.`);
  }
  for (const [a, b] of [x1Range, x2Range]) {
    if (!Number.isFinite(a) || !Number.isFinite(b) || !(b > a)) {
      throw new PreprocessError(
        'assignment',
        `A grid range must be finite with min < max, got [${a}, ${b}].`,
      );
    }
  }
  const x1 = new Float64Array(r * r);
  const x2 = new Float64Array(r * r);
  for (let j = 0; j < r; j++) {
    for (let i = 0; i < r; i++) {
      x1[j * r + i] = x1Range[0] + ((i + 0.5) * (x1Range[1] - x1Range[0])) / r;
      x2[j * r + i] = x2Range[0] + ((j + 0.5) * (x2Range[1] - x2Range[0])) / r;
    }
  }
  return { x1, x2 };
}

/**
 * The model's output over a grid of the two input features, for a decision-boundary heatmap: a Float32Array of
 * resolution² × k values, cell (row j, column i) at [(j·resolution + i)·k …], row j = x2 ascending, column i =
 * x1 ascending, values at cell centres. For binary models k = 2 and P(positive) is the second value of each
 * cell. The grid is in raw units and goes through `preprocessor` (which must have exactly two numeric or
 * boolean features); with `null`, the grid values are fed to the model as they are.
 */
export async function boundaryGrid(
  model: tf.LayersModel,
  preprocessor: Preprocessor | null,
  options: BoundaryOptions,
): Promise<Float32Array> {
  const { x1, x2 } = gridPoints(options);
  const cells = x1.length;
  const x = new Float32Array(cells * 2);
  if (preprocessor) {
    const [a, b, ...rest] = preprocessor.features;
    if (!a || !b || rest.length > 0 || a.kind === 'categorical' || b.kind === 'categorical') {
      const count = preprocessor.features.length;
      throw new PreprocessError(
        'column-type',
        `A decision boundary needs exactly two numeric features (this model has ${count} feature` +
          `${count === 1 ? '' : 's'}${count === 2 ? ', not both numeric' : ''}).`,
      );
    }
    for (let c = 0; c < cells; c++) {
      x[2 * c] = (x1[c]! - a.mean) / a.std;
      x[2 * c + 1] = (x2[c]! - b.mean) / b.std;
    }
  } else {
    for (let c = 0; c < cells; c++) {
      x[2 * c] = x1[c]!;
      x[2 * c + 1] = x2[c]!;
    }
  }
  return predictProba(model, x, 2);
}

export interface OverfitOptions {
  /** Examples to memorize (default 20). */
  examples?: number;
  /** Give up after this many epochs (default 300). */
  maxEpochs?: number;
  /** Success when the training loss falls below this (default 0.05). */
  targetLoss?: number;
  yieldFn?: () => Promise<void>;
  control?: TrainControl;
}

export interface OverfitResult {
  /** Training loss per epoch. */
  losses: number[];
  reached: boolean;
  examples: number;
}

/**
 * "Overfit a small batch" (Karpathy's recipe): a correct model and pipeline can drive the loss on ~20 examples
 * to ~0. Picks `examples` rows with the seeded PRNG, trains on them as one batch with the spec's optimizer and
 * learning rate but without L2 (a penalty would keep the loss from reaching 0) until the loss is below
 * `targetLoss` or `maxEpochs` have passed. A run that never gets there points at a bug, a too-small model or a
 * bad learning rate. Disposes everything.
 */
export async function overfitSmallBatch(
  spec: ModelSpec,
  classCount: number,
  data: Dataset,
  options: OverfitOptions = {},
): Promise<OverfitResult> {
  const examples = Math.min(options.examples ?? 20, data.y.length);
  const maxEpochs = options.maxEpochs ?? 300;
  const target = options.targetLoss ?? 0.05;
  const d = spec.inputDim;
  const pick = shuffledIndices(data.y.length, new Prng(spec.seed)).subarray(0, examples);
  const x = new Float32Array(examples * d);
  const y = new Float32Array(examples);
  pick.forEach((row, i) => {
    x.set(data.x.subarray(row * d, row * d + d), i * d);
    y[i] = data.y[row]!;
  });
  const losses: number[] = [];
  let reached = false;
  await trainModel({
    spec: { ...spec, batchSize: examples, epochs: maxEpochs, l2: 0 },
    classCount,
    train: { x, y },
    keepModel: false,
    ...(options.yieldFn ? { yieldFn: options.yieldFn } : {}),
    // Overfitting a batch is expected to swing; only NaN/∞ counts as divergence here.
    explodeFactor: Infinity,
    control: {
      shouldStop: () => reached || (options.control?.shouldStop() ?? false),
      waitIfPaused: () => options.control?.waitIfPaused() ?? Promise.resolve(),
    },
    onEpoch: (m) => {
      losses.push(m.loss);
      if (m.loss < target) reached = true;
    },
  });
  return { losses, reached, examples };
}
