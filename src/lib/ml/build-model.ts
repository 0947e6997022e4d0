/**
 * A ModelSpec as a tf.Sequential of Dense layers.
 *
 * Output layer and loss:
 *  - binary     → 2 softmax units, categorical cross-entropy. Chosen over 1 sigmoid unit because it is the
 *                 issue's "8 → 32 → 32 → 2" model, and binary and multiclass then share one output, one loss,
 *                 one accuracy (argmax) and one probability layout (n × k). The two are equally expressive:
 *                 softmax([a, b])₁ = sigmoid(b − a), so P(positive) = p[:, 1] and a threshold on it behaves
 *                 exactly like a threshold on a sigmoid output (ROC, threshold slider).
 *  - multiclass → k softmax units, categorical cross-entropy.
 *  - regression → 1 linear unit, mean squared error.
 * For training, trainingForward runs the same Dense layers straight from their weight variables with fused
 * matMul + bias + activation kernels and stops before the output softmax, so the loss is computed from the
 * logits (tf.losses.softmaxCrossEntropy: log-softmax with the max subtracted, finite for any logits, and a
 * one-kernel gradient p − y). That is numerically safer than Keras' cross-entropy on clipped probabilities and
 * runs fewer kernels per batch than layer.apply; the saved model still ends in softmax and predicts
 * probabilities.
 *
 * Initialization is seeded, so the same spec gives the same starting weights on every backend:
 * He normal (truncated, σ = √(2 / fan_in); He et al. 2015) for ReLU layers, Glorot uniform
 * (limit √(6 / (fan_in + fan_out)); Glorot & Bengio 2010) for tanh/sigmoid/linear layers and the output.
 * Biases start at 0. Each layer's seed is the next output of the project's sfc32 PRNG seeded with spec.seed.
 * L2 (λ > 0) is attached as Keras' kernel regularizer, λ·Σw² per kernel, so model.fit honours it too and the
 * saved topology records it.
 */
import * as tf from '@tensorflow/tfjs';
import { Prng } from '@/lib/drift/prng';
import { outputUnits, validateModelSpec, type Activation, type ModelSpec, type Task } from './model-spec';

/** The derived per-layer initializer seeds (hidden layers first, then the output layer). */
export function layerSeeds(seed: number, count: number): number[] {
  const rng = new Prng(seed);
  return Array.from({ length: count }, () => rng.nextUint32());
}

/**
 * Builds (does not compile) the network for `spec`. `classCount` is the number of classes for classification
 * (checked against the task), ignored for regression. The caller owns the model: dispose it.
 */
export function buildModel(spec: ModelSpec, classCount: number): tf.Sequential {
  validateModelSpec(spec, spec.task === 'regression' ? undefined : classCount);
  const seeds = layerSeeds(spec.seed, spec.hiddenLayers.length + 1);
  const regularizer = spec.l2 > 0 ? tf.regularizers.l2({ l2: spec.l2 }) : undefined;
  const dense = (
    units: number,
    activation: Activation | 'softmax',
    initializer: ReturnType<typeof tf.initializers.glorotUniform>,
    first: boolean,
  ) =>
    tf.layers.dense({
      units,
      activation,
      kernelInitializer: initializer,
      biasInitializer: 'zeros',
      kernelRegularizer: regularizer,
      ...(first ? { inputShape: [spec.inputDim] } : {}),
    });
  const layers = spec.hiddenLayers.map((units, i) =>
    dense(
      units,
      spec.activation,
      spec.activation === 'relu'
        ? tf.initializers.heNormal({ seed: seeds[i]! })
        : tf.initializers.glorotUniform({ seed: seeds[i]! }),
      i === 0,
    ),
  );
  layers.push(
    dense(
      outputUnits(spec.task, classCount),
      spec.task === 'regression' ? 'linear' : 'softmax',
      tf.initializers.glorotUniform({ seed: seeds[spec.hiddenLayers.length]! }),
      spec.hiddenLayers.length === 0,
    ),
  );
  // Adding a layer builds it (creates its weights). If that fails part-way — a backend that breaks during
  // initialization — the scope disposes the stray intermediate tensors and the catch the weights made so far.
  const model = tf.sequential();
  tf.engine().startScope();
  try {
    for (const layer of layers) model.add(layer);
    return model;
  } catch (error) {
    for (const layer of layers) for (const w of layer.weights) w.dispose();
    throw error;
  } finally {
    tf.engine().endScope();
  }
}

/** The optimizer of a spec. The caller owns it: dispose it (Adam keeps moment variables per weight). */
export function buildOptimizer(spec: Pick<ModelSpec, 'optimizer' | 'learningRate'>): tf.Optimizer {
  return spec.optimizer === 'adam' ? tf.train.adam(spec.learningRate) : tf.train.sgd(spec.learningRate);
}

/** Keras name of the loss, for model.compile (e.g. when someone fits a loaded model with tfjs directly). */
export function lossName(task: Task): 'categoricalCrossentropy' | 'meanSquaredError' {
  return task === 'regression' ? 'meanSquaredError' : 'categoricalCrossentropy';
}

/**
 * The model's forward pass for training, from its weight variables (kernel, bias per layer, input side first,
 * as model.trainableWeights lists them), up to the output layer's pre-activation: logits for classification,
 * the prediction itself for regression. Hidden layers use fused matMul + bias (+ ReLU/sigmoid) kernels; tanh
 * is not a fused activation in TensorFlow.js and is applied after a fused linear matMul.
 */
export function trainingForward(
  activation: Activation,
  weights: readonly tf.Tensor[],
  x: tf.Tensor2D,
): tf.Tensor2D {
  const layers = weights.length / 2;
  let h: tf.Tensor = x;
  for (let i = 0; i < layers; i++) {
    const b = weights[2 * i]!;
    const bias = weights[2 * i + 1]!;
    const last = i === layers - 1;
    if (last || activation === 'linear') h = tf.fused.matMul({ a: h, b, bias });
    else if (activation === 'tanh') h = tf.tanh(tf.fused.matMul({ a: h, b, bias }));
    else h = tf.fused.matMul({ a: h, b, bias, activation });
  }
  return h as tf.Tensor2D;
}

/**
 * Mean loss over the batch, without regularization, from trainingForward's output: softmax cross-entropy
 * −Σ_c y_c·log softmax(z)_c for classification (y one-hot n × k), (y − ŷ)² for regression (n × 1).
 */
export function batchLoss(task: Task, yTrue: tf.Tensor, output: tf.Tensor): tf.Scalar {
  return tf.tidy(() =>
    task === 'regression'
      ? tf.mean(tf.squaredDifference(yTrue, output))
      : (tf.losses.softmaxCrossEntropy(yTrue, output) as tf.Scalar),
  );
}
