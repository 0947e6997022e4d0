// Runs in the ui project (jsdom + fake-indexeddb from src/test/setup.ts), where tf.io's indexeddb:// and
// downloads:// handlers are registered because jsdom counts as a browser.
import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeModel, type SerializedModel } from '@/lib/ml/model-artifacts';
import {
  deleteModel,
  downloadModel,
  listStoredModels,
  loadModel,
  loadModelFromFiles,
  ModelFilesError,
  modelKey,
  modelUrl,
  safeFileBase,
  saveModel,
  savedModelIdOf,
} from './model-store';

const INPUT = [
  [0.1, -0.4],
  [1.5, 2.0],
  [-3, 0.25],
];

let serialized: SerializedModel;
let expected: number[][];

function predict(model: tf.LayersModel): number[][] {
  return tf.tidy(() => (model.predict(tf.tensor2d(INPUT)) as tf.Tensor).arraySync() as number[][]);
}

beforeAll(async () => {
  await tf.setBackend('cpu');
  await tf.ready();
  (tf.backend() as unknown as { firstUse?: boolean }).firstUse = false;
  const model = tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [2],
        units: 4,
        activation: 'relu',
        kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }),
      }),
      tf.layers.dense({
        units: 2,
        activation: 'softmax',
        kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }),
      }),
    ],
  });
  expected = predict(model);
  serialized = await serializeModel(model);
  model.dispose();
});

/** Everything the app stored is removed between tests. */
afterEach(async () => {
  for (const m of await listStoredModels()) await deleteModel(m.url);
  vi.restoreAllMocks();
});

describe('keys and names', () => {
  it('follows lifecycle-lab/model/<savedModelId>', () => {
    expect(modelKey('abc-1')).toBe('lifecycle-lab/model/abc-1');
    expect(modelUrl('abc-1')).toBe('indexeddb://lifecycle-lab/model/abc-1');
    expect(savedModelIdOf('indexeddb://lifecycle-lab/model/abc-1')).toBe('abc-1');
    expect(savedModelIdOf('indexeddb://someone-else/model')).toBeNull();
    expect(savedModelIdOf('localstorage://lifecycle-lab/model/abc-1')).toBeNull();
    expect(() => modelKey('')).toThrow(RangeError);
    expect(() => modelKey('a/b')).toThrow(RangeError);
  });

  it('makes safe file names', () => {
    expect(safeFileBase('Two moons: run 3/4')).toBe('Two-moons-run-3-4');
    expect(safeFileBase('  ')).toBe('model');
    expect(safeFileBase('..')).toBe('model');
    expect(safeFileBase('x'.repeat(200))).toHaveLength(80);
  });
});

describe('IndexedDB round trip (fake-indexeddb)', () => {
  it('saves, lists, loads back identical predictions, and deletes', async () => {
    const before = tf.memory().numTensors;
    const url = await saveModel(serialized, modelKey('m1'));
    expect(url).toBe('indexeddb://lifecycle-lab/model/m1');
    expect(tf.memory().numTensors).toBe(before);

    const listed = await listStoredModels();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ url, savedModelId: 'm1' });
    expect(listed[0]!.bytes).toBeGreaterThan(0);
    expect(listed[0]!.dateSaved).toMatch(/^\d{4}-\d\d-\d\dT/);

    const model = await loadModel(url);
    expect(predict(model)).toEqual(expected);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);

    expect(await deleteModel(url)).toBe(true);
    expect(await listStoredModels()).toEqual([]);
    expect(await deleteModel(url)).toBe(false);
    await expect(loadModel(url)).rejects.toThrow(/Cannot find model/);
  });

  it('accepts a full URL as key and leaves models of other apps out of the list', async () => {
    await saveModel(serialized, 'indexeddb://lifecycle-lab/model/m2');
    await saveModel(serialized, 'other-app/model');
    expect((await listStoredModels()).map((m) => m.savedModelId)).toEqual(['m2']);
    await deleteModel('indexeddb://other-app/model');
    await expect(saveModel(serialized, '')).rejects.toThrow(RangeError);
  });
});

describe('download and load back', () => {
  const downloads: { name: string; blob: Blob }[] = [];
  beforeEach(() => {
    downloads.length = 0;
    const blobs = new Map<string, Blob>();
    let n = 0;
    // jsdom has no object URLs and does not download: capture what tf.io would save.
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (blob: Blob) => {
          const url = `blob:test/${n++}`;
          blobs.set(url, blob);
          return url;
        },
        revokeObjectURL: () => {},
      }),
    );
    vi.spyOn(HTMLAnchorElement.prototype, 'dispatchEvent').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ name: this.download, blob: blobs.get(this.href)! });
      return true;
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const asFiles = () => downloads.map((d) => new File([d.blob], d.name));

  it('downloads model.json + model.weights.bin that load back to the same model', async () => {
    const url = await saveModel(serialized, modelKey('m3'));
    const before = tf.memory().numTensors;
    await downloadModel(url);
    expect(downloads.map((d) => d.name)).toEqual(['model.json', 'model.weights.bin']);
    expect(tf.memory().numTensors).toBe(before);

    const [json, weights] = asFiles();
    const { model, serialized: again } = await loadModelFromFiles(json!, [weights!]);
    expect(predict(model)).toEqual(expected);
    model.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(again.weightSpecs).toEqual(serialized.weightSpecs);
    expect(new Float32Array(again.weightData)).toEqual(new Float32Array(serialized.weightData));

    // …and the loaded model can be saved again.
    const url2 = await saveModel(again, modelKey('m4'));
    const reloaded = await loadModel(url2);
    expect(predict(reloaded)).toEqual(expected);
    reloaded.dispose();
  });

  it('names the files after the run', async () => {
    const url = await saveModel(serialized, modelKey('m5'));
    await downloadModel(url, 'Two moons / run 2');
    expect(downloads.map((d) => d.name)).toEqual(['Two-moons-run-2.json', 'Two-moons-run-2.weights.bin']);
  });

  it('explains files that do not belong together', async () => {
    await downloadModel(await saveModel(serialized, modelKey('m6')));
    const [json, weights] = asFiles();
    const renamed = new File([weights!], 'weights.bin');
    await expect(loadModelFromFiles(json!, [])).rejects.toThrow(/needs the weights file “model.weights.bin”/);
    await expect(loadModelFromFiles(json!, [renamed])).rejects.toThrow(ModelFilesError);
    await expect(loadModelFromFiles(json!, [weights!, renamed])).rejects.toThrow(
      /“weights.bin” is not named in “model.json”/,
    );
    await expect(loadModelFromFiles(new File(['{oops'], 'model.json'), [weights!])).rejects.toThrow(
      /is not valid JSON/,
    );
    await expect(loadModelFromFiles(new File(['{"a":1}'], 'model.json'), [weights!])).rejects.toThrow(
      /not a TensorFlow.js Layers model/,
    );
  });
});
