// Trains the deployment studio's demo model and writes src/lib/sim/demo-model.json.
// Run: npx tsx scripts/train-demo-model.ts
//
// Data: the production-line source's reference sample (src/lib/sim/factory-source.ts, seed 20261126) for
// training, and a second, independent sample (seed 99) for the held-out accuracy written into the file.
// Model: 8 → 16 (ReLU) → 2 softmax, Adam 0.01, 40 epochs, batch 128, seed 7, on tfjs's cpu backend, with the
// project's own training core (src/lib/ml/train-core.ts). Same inputs → the same weights.
import { writeFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { serializeModel } from '../src/lib/ml/model-artifacts';
import { trainModel } from '../src/lib/ml/train-core';
import type { ModelSpec } from '../src/lib/ml/model-spec';
import { EventEncoder, referencePreprocessor } from '../src/lib/sim/encoder';
import { createFactorySource } from '../src/lib/sim/factory-source';
import { arrayBufferToBase64, type DemoModelFile } from '../src/lib/sim/tf-serving';

await tf.setBackend('cpu');
const source = createFactorySource();
const preprocessor = referencePreprocessor(source.features, source.classes, 'quality');
const encoder = new EventEncoder(preprocessor, source.features);
const width = source.features.length;
const encode = (rows: Float64Array, n: number) => {
  const x = new Float32Array(n * encoder.dim);
  encoder.encode(rows, width, n, x);
  return x;
};
const { rows, labels, n } = source.reference;
const heldOut = createFactorySource(99).reference;
const spec: ModelSpec = {
  task: 'binary',
  inputDim: encoder.dim,
  hiddenLayers: [16],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.01,
  l2: 0,
  epochs: 40,
  batchSize: 128,
  seed: 7,
};
const result = await trainModel({
  spec,
  classCount: 2,
  train: { x: encode(rows, n), y: Float32Array.from(labels) },
  validation: { x: encode(heldOut.rows, heldOut.n), y: Float32Array.from(heldOut.labels) },
  yieldFn: () => Promise.resolve(),
});
const model = result.model!;
const serialized = await serializeModel(model);
const file: DemoModelFile = {
  name: 'Demo model v1 (8 → 16 → 2)',
  preprocessor,
  spec,
  modelTopology: serialized.modelTopology,
  weightSpecs: serialized.weightSpecs,
  weightsBase64: arrayBufferToBase64(serialized.weightData),
  validationAccuracy: Number((result.history.at(-1)?.valAcc ?? NaN).toFixed(4)),
};
writeFileSync(
  new URL('../src/lib/sim/demo-model.json', import.meta.url),
  `${JSON.stringify(file, null, 1)}\n`,
);
console.log(
  `validation accuracy ${file.validationAccuracy}, ${serialized.weightData.byteLength} bytes of weights`,
);
model.dispose();
