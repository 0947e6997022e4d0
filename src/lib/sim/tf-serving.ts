// tfjs glue of the simulator: a tf.LayersModel as a ServingModel (synchronous predict through dataSync, which
// the cpu and wasm backends answer without a GPU round trip), retraining on a window of labelled events, and the
// shipped demo model (weights produced by scripts/train-demo-model.ts, kept in demo-model.json).
import * as tf from '@tensorflow/tfjs';
import { deserializeModel, type SerializedModel } from '../ml/model-artifacts';
import type { PreprocessorJSON } from '../ml/preprocess';
import type { ModelSpec } from '../ml/model-spec';
import { trainModel } from '../ml/train-core';
import type { EventEncoder } from './encoder';
import type { ServingModel } from './types';

export class TfServingModel implements ServingModel {
  readonly classes: number;
  constructor(
    readonly name: string,
    private readonly model: tf.LayersModel,
    private readonly inputDim: number,
  ) {
    const shape = model.outputs[0]!.shape;
    this.classes = Number(shape[shape.length - 1]);
  }

  predict(x: Float32Array, n: number): Float32Array {
    if (n === 0) return new Float32Array(0);
    return tf.tidy(() => {
      const out = this.model.predict(tf.tensor2d(x, [n, this.inputDim])) as tf.Tensor;
      return out.dataSync() as Float32Array;
    });
  }

  dispose(): void {
    this.model.dispose();
  }
}

/** The shipped demo model as stored in demo-model.json. */
export interface DemoModelFile {
  name: string;
  preprocessor: PreprocessorJSON;
  spec: ModelSpec;
  modelTopology: object;
  weightSpecs: tf.io.WeightsManifestEntry[];
  /** Base64 of the concatenated float32 weights. */
  weightsBase64: string;
  /** How the model did on held-out data when the script made it. */
  validationAccuracy: number;
}

export function base64ToArrayBuffer(b64: string): ArrayBuffer {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out.buffer;
}

export function arrayBufferToBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]!);
  return btoa(bin);
}

export async function loadDemoModel(file: DemoModelFile): Promise<tf.LayersModel> {
  const serialized: SerializedModel = {
    modelTopology: file.modelTopology,
    weightSpecs: file.weightSpecs,
    weightData: base64ToArrayBuffer(file.weightsBase64),
  };
  return deserializeModel(serialized);
}

/** Retraining spec: small and quick, seeded so the same window gives the same model on the same backend. */
export function retrainSpec(inputDim: number, classCount: number, seed: number): ModelSpec {
  return {
    task: classCount === 2 ? 'binary' : 'multiclass',
    inputDim,
    hiddenLayers: [16],
    activation: 'relu',
    optimizer: 'adam',
    learningRate: 0.02,
    l2: 0,
    epochs: 30,
    batchSize: 128,
    seed,
  };
}

/**
 * Trains a new model on labelled raw rows (the simulator's retraining window), encoded with the live model's
 * encoder so the candidate reads events the same way. Returns the trained tf model (the caller owns it).
 */
export async function retrainOnWindow(
  window: { rows: Float64Array; labels: Int32Array; n: number },
  width: number,
  encoder: EventEncoder,
  classCount: number,
  seed: number,
  onEpoch?: (epoch: number, epochs: number) => void,
): Promise<tf.LayersModel> {
  if (window.n < 20)
    throw new RangeError(`Retraining needs at least 20 labelled events; the window has ${window.n}.`);
  const x = new Float32Array(window.n * encoder.dim);
  encoder.encode(window.rows, width, window.n, x);
  const spec = retrainSpec(encoder.dim, classCount, seed);
  const result = await trainModel({
    spec,
    classCount,
    train: { x, y: Float32Array.from(window.labels) },
    validation: null,
    onEpoch: onEpoch ? (m) => onEpoch(m.epoch + 1, spec.epochs) : undefined,
    yieldFn: () => Promise.resolve(),
  });
  if (!result.model) throw new Error('Retraining returned no model.');
  return result.model;
}
