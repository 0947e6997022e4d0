import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchLoss, buildModel, buildOptimizer, layerSeeds, trainingForward } from './build-model';
import { ModelSpecError } from './errors';
import { useCpu } from './fixtures/datasets';
import { defaultModelSpec, validateModelSpec, type ModelSpec } from './model-spec';

beforeAll(useCpu);

const spec: ModelSpec = {
  task: 'binary',
  inputDim: 8,
  hiddenLayers: [32, 32],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.001,
  l2: 0,
  epochs: 10,
  batchSize: 32,
  seed: 42,
};

describe('validateModelSpec', () => {
  it('accepts a valid spec and the defaults', () => {
    expect(validateModelSpec(spec)).toBe(spec);
    expect(() => validateModelSpec(defaultModelSpec('multiclass', 3), 3)).not.toThrow();
  });

  it.each([
    [{ task: 'ranking' }, 'task', /must be one of "binary", "multiclass", "regression", got "ranking"/],
    [{ inputDim: 0 }, 'inputDim', /integer from 1 to 4096, got 0/],
    [{ hiddenLayers: [8, 8, 8, 8, 8, 8, 8] }, 'hiddenLayers', /at most 6 hidden layers, got 7/],
    [{ hiddenLayers: [16, 129] }, 'hiddenLayers[1]', /integer from 1 to 128, got 129/],
    [{ hiddenLayers: [2.5] }, 'hiddenLayers[0]', /got 2.5/],
    [{ activation: 'gelu' }, 'activation', /"relu", "tanh", "sigmoid", "linear"/],
    [{ optimizer: 'rmsprop' }, 'optimizer', /"sgd", "adam"/],
    [{ learningRate: 0 }, 'learningRate', /in \(0, 10\], got 0/],
    [{ learningRate: Number.NaN }, 'learningRate', /got NaN/],
    [{ l2: -1 }, 'l2', /from 0 to 10/],
    [{ epochs: 0 }, 'epochs', /integer from 1/],
    [{ batchSize: 1.5 }, 'batchSize', /integer from 1/],
    [{ seed: 0.5 }, 'seed', /safe integer/],
  ])('rejects %o naming %s', (patch, field, message) => {
    const bad = { ...spec, ...patch };
    expect(() => validateModelSpec(bad)).toThrow(ModelSpecError);
    expect(() => validateModelSpec(bad)).toThrow(message);
    try {
      validateModelSpec(bad);
    } catch (error) {
      expect((error as ModelSpecError).field).toBe(field);
    }
  });

  it('checks the class count against the task', () => {
    expect(() => validateModelSpec(spec, 3)).toThrow(/exactly 2 classes.*found 3; choose "multiclass"/);
    expect(() => validateModelSpec({ ...spec, task: 'multiclass' }, 1)).toThrow(/at least 2 classes/);
    expect(() => validateModelSpec({ ...spec, task: 'multiclass' }, 5)).not.toThrow();
  });

  it('allows 0 hidden layers (logistic / linear regression)', () => {
    expect(() => validateModelSpec({ ...spec, hiddenLayers: [] })).not.toThrow();
  });
});

describe('buildModel', () => {
  const shapes = (m: tf.LayersModel): number[][] => m.getWeights().map((w) => w.shape);

  it('builds 8 → 32 → 32 → 2 softmax for binary', () => {
    const m = buildModel(spec, 2);
    expect(m.inputs[0]!.shape).toEqual([null, 8]);
    expect(m.outputs[0]!.shape).toEqual([null, 2]);
    expect(shapes(m)).toEqual([[8, 32], [32], [32, 32], [32], [32, 2], [2]]);
    expect(m.layers.map((l) => (l.getConfig() as { activation: string }).activation)).toEqual([
      'relu',
      'relu',
      'softmax',
    ]);
    expect(m.countParams()).toBe(8 * 32 + 32 + 32 * 32 + 32 + 32 * 2 + 2);
    m.dispose();
  });

  it('builds k softmax units for multiclass and one linear unit for regression', () => {
    const multi = buildModel({ ...spec, task: 'multiclass', hiddenLayers: [4] }, 5);
    expect(multi.outputs[0]!.shape).toEqual([null, 5]);
    const reg = buildModel({ ...spec, task: 'regression', hiddenLayers: [], activation: 'tanh' }, 0);
    expect(shapes(reg)).toEqual([[8, 1], [1]]);
    expect((reg.layers[0]!.getConfig() as { activation: string }).activation).toBe('linear');
    multi.dispose();
    reg.dispose();
  });

  it('outputs probabilities that sum to 1', () => {
    const m = buildModel({ ...spec, task: 'multiclass' }, 3);
    const p = tf.tidy(() => (m.predict(tf.randomNormal([4, 8], 0, 1, 'float32', 1)) as tf.Tensor).sum(1));
    Array.from(p.dataSync()).forEach((s) => expect(s).toBeCloseTo(1, 5));
    p.dispose();
    m.dispose();
  });

  it('initializes deterministically from the seed, and differently for another seed', () => {
    const weights = (s: number): number[] => {
      const m = buildModel({ ...spec, seed: s }, 2);
      const w = Array.from(m.getWeights()[0]!.dataSync());
      m.dispose();
      return w;
    };
    expect(weights(42)).toEqual(weights(42));
    expect(weights(42)).not.toEqual(weights(43));
    expect(layerSeeds(42, 3)).toEqual(layerSeeds(42, 3));
  });

  it('uses He normal for ReLU (σ = √(2/fan_in)) and Glorot uniform otherwise (|w| ≤ √(6/(fan_in+fan_out)))', () => {
    const relu = buildModel({ ...spec, inputDim: 64, hiddenLayers: [128] }, 2);
    const w = Array.from(relu.getWeights()[0]!.dataSync());
    const sd = Math.sqrt(w.reduce((s, v) => s + v * v, 0) / w.length);
    // tf's He normal is truncated at 2σ, which shrinks the standard deviation to ≈ 0.88σ.
    expect(sd).toBeGreaterThan(0.8 * Math.sqrt(2 / 64));
    expect(sd).toBeLessThan(1.0 * Math.sqrt(2 / 64));
    const tanh = buildModel({ ...spec, inputDim: 64, hiddenLayers: [128], activation: 'tanh' }, 2);
    const limit = Math.sqrt(6 / (64 + 128));
    expect(Math.max(...Array.from(tanh.getWeights()[0]!.dataSync()).map(Math.abs))).toBeLessThanOrEqual(
      limit,
    );
    relu.dispose();
    tanh.dispose();
  });

  it('attaches the L2 kernel regularizer to every layer when l2 > 0', () => {
    const m = buildModel({ ...spec, l2: 0.01 }, 2);
    const regs = m.layers.map((l) => (l.getConfig() as { kernelRegularizer: unknown }).kernelRegularizer);
    expect(regs.every((r) => r !== null && r !== undefined)).toBe(true);
    m.dispose();
  });

  it('rejects a class count that does not fit the task', () => {
    expect(() => buildModel(spec, 3)).toThrow(ModelSpecError);
  });
});

describe('batchLoss and buildOptimizer', () => {
  it('computes softmax cross-entropy from logits by hand, finite even for extreme logits', () => {
    const loss = batchLoss(
      'binary',
      tf.tensor2d([
        [1, 0],
        [0, 1],
      ]),
      tf.tensor2d([
        [2, 0],
        [0, 0],
      ]),
    );
    // −(ln softmax([2, 0])₀ + ln softmax([0, 0])₁) / 2
    expect(loss.dataSync()[0]).toBeCloseTo((Math.log(1 + Math.exp(-2)) + Math.log(2)) / 2, 6);
    const worst = batchLoss('binary', tf.tensor2d([[1, 0]]), tf.tensor2d([[0, 1000]]));
    expect(worst.dataSync()[0]).toBeCloseTo(1000, 3);
  });

  it('trainingForward equals the model up to the output softmax', () => {
    for (const activation of ['relu', 'tanh', 'sigmoid', 'linear'] as const) {
      const m = buildModel({ ...spec, activation, hiddenLayers: [5, 4] }, 2);
      const x = tf.randomNormal([6, 8], 0, 1, 'float32', 3) as tf.Tensor2D;
      const weights = m.trainableWeights.map((w) => w.read());
      const viaForward = tf.softmax(trainingForward(activation, weights, x)).dataSync();
      const viaModel = (m.predict(x) as tf.Tensor).dataSync();
      Array.from(viaModel).forEach((p, i) => expect(viaForward[i]).toBeCloseTo(p, 5));
      m.dispose();
    }
  });

  it('computes mean squared error for regression', () => {
    const loss = batchLoss('regression', tf.tensor2d([[1], [2]]), tf.tensor2d([[2], [4]]));
    expect(loss.dataSync()[0]).toBeCloseTo((1 + 4) / 2, 6);
  });

  it('builds SGD or Adam with the learning rate', () => {
    const sgd = buildOptimizer({ optimizer: 'sgd', learningRate: 0.1 });
    const adam = buildOptimizer({ optimizer: 'adam', learningRate: 0.01 });
    expect(sgd.getClassName()).toBe('SGD');
    expect(adam.getClassName()).toBe('Adam');
    expect((sgd.getConfig() as { learningRate: number }).learningRate).toBe(0.1);
    sgd.dispose();
    adam.dispose();
  });
});
