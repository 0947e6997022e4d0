/**
 * Trained models in the browser's IndexedDB, through tf.io (main thread). The worker hands a model back as a
 * SerializedModel (topology + weights); saveModel rebuilds it and writes it to `indexeddb://<key>`, where tf.io
 * keeps the topology, the weight manifest and the weights together. The project's experiment log
 * (`savedModels`) keeps the URL; this file only touches the stored weights.
 *
 * Key convention: `lifecycle-lab/model/<savedModelId>` (modelKey), so the app's models are told apart from
 * anything else tf.io stored in the same origin (listStoredModels lists only these).
 *
 * Every function that builds a model disposes it, except loadModel and loadModelFromFiles, whose caller owns
 * the model they return.
 */
import * as tf from '@tensorflow/tfjs';
import { deserializeModel, serializeModel, type SerializedModel } from '@/lib/ml/model-artifacts';

export const IDB_SCHEME = 'indexeddb://';
export const MODEL_KEY_PREFIX = 'lifecycle-lab/model/';

/** The tf.io key of a saved model: `lifecycle-lab/model/<savedModelId>`. */
export function modelKey(savedModelId: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(savedModelId)) {
    throw new RangeError(
      `A saved model id is 1–64 letters, digits, "-" or "_", got ${JSON.stringify(savedModelId)}.`,
    );
  }
  return `${MODEL_KEY_PREFIX}${savedModelId}`;
}

/** The `indexeddb://…` URL of a saved model id. */
export function modelUrl(savedModelId: string): string {
  return `${IDB_SCHEME}${modelKey(savedModelId)}`;
}

/** The saved model id in one of the app's URLs, or null for any other URL. */
export function savedModelIdOf(url: string): string | null {
  const prefix = `${IDB_SCHEME}${MODEL_KEY_PREFIX}`;
  return url.startsWith(prefix) && url.length > prefix.length ? url.slice(prefix.length) : null;
}

/**
 * Saves a serialized model under `indexeddb://<key>` (an existing model under that key is replaced) and returns
 * that URL. `key` is normally modelKey(savedModelId); a full `indexeddb://` URL is accepted too.
 */
export async function saveModel(serialized: SerializedModel, key: string): Promise<string> {
  const url = key.startsWith(IDB_SCHEME) ? key : `${IDB_SCHEME}${key}`;
  if (url.length === IDB_SCHEME.length) throw new RangeError('A model needs a non-empty key to be saved.');
  const model = await deserializeModel(serialized);
  try {
    await model.save(url);
  } finally {
    model.dispose();
  }
  return url;
}

/** Loads a stored model (e.g. `indexeddb://lifecycle-lab/model/abc`). The caller owns it: dispose it. */
export function loadModel(url: string): Promise<tf.LayersModel> {
  return tf.loadLayersModel(url);
}

/**
 * Removes a stored model. Resolves true when it was removed, false when nothing was stored under `url` (so a
 * project can forget a model whose weights are already gone); other failures reject.
 */
export async function deleteModel(url: string): Promise<boolean> {
  try {
    await tf.io.removeModel(url);
    return true;
  } catch (error) {
    if (error instanceof Error && /cannot find model with path/i.test(error.message)) return false;
    throw error;
  }
}

export interface StoredModelInfo {
  url: string;
  savedModelId: string;
  /** When tf.io saved it, ISO 8601. */
  dateSaved: string | null;
  /** Topology + weights, bytes, as tf.io reports them. */
  bytes: number | null;
}

/** The app's models in IndexedDB (keys under `lifecycle-lab/model/`), oldest first. */
export async function listStoredModels(): Promise<StoredModelInfo[]> {
  const all = await tf.io.listModels();
  const out: StoredModelInfo[] = [];
  for (const [url, info] of Object.entries(all)) {
    const savedModelId = savedModelIdOf(url);
    if (savedModelId === null) continue;
    const date = info.dateSaved ? new Date(info.dateSaved) : null;
    const bytes = (info.modelTopologyBytes ?? 0) + (info.weightSpecsBytes ?? 0) + (info.weightDataBytes ?? 0);
    out.push({
      url,
      savedModelId,
      dateSaved: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
      bytes: bytes > 0 ? bytes : null,
    });
  }
  return out.sort(
    (a, b) => (a.dateSaved ?? '').localeCompare(b.dateSaved ?? '') || a.url.localeCompare(b.url),
  );
}

/** A file name base without path separators or characters that file systems refuse; 'model' when empty. */
export function safeFileBase(name: string): string {
  const base = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f<>:"/\\|?*\s-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return base || 'model';
}

/**
 * Downloads a stored model as `<fileBase>.json` (topology + weight manifest) and `<fileBase>.weights.bin`
 * (tf.io's `downloads://` scheme, two downloads). With the default base these are model.json and
 * model.weights.bin; loadModelFromFiles reads the pair back.
 */
export async function downloadModel(url: string, fileBase = 'model'): Promise<void> {
  const model = await loadModel(url);
  try {
    await model.save(`downloads://${safeFileBase(fileBase)}`);
  } finally {
    model.dispose();
  }
}

/** Thrown when uploaded model files do not make a loadable model; the message says what to do. */
export class ModelFilesError extends Error {
  override name = 'ModelFilesError';
}

const basename = (path: string): string => path.split('/').pop() ?? path;

/** Reads model.json and checks that every weights file its manifest names was given (clear messages first). */
async function checkModelFiles(jsonFile: File, weightFiles: readonly File[]): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(await jsonFile.text());
  } catch {
    throw new ModelFilesError(
      `“${jsonFile.name}” is not valid JSON: choose the model.json of a downloaded model.`,
    );
  }
  const { modelTopology, weightsManifest } = (json ?? {}) as {
    modelTopology?: unknown;
    weightsManifest?: { paths?: unknown }[];
  };
  if (modelTopology == null || !Array.isArray(weightsManifest)) {
    throw new ModelFilesError(
      `“${jsonFile.name}” is not a TensorFlow.js Layers model (no modelTopology or weightsManifest).`,
    );
  }
  const needed = weightsManifest
    .flatMap((g) => (Array.isArray(g.paths) ? g.paths.map(String) : []))
    .map(basename);
  const given = new Set(weightFiles.map((f) => f.name));
  const missing = needed.filter((n) => !given.has(n));
  if (missing.length > 0) {
    throw new ModelFilesError(
      `“${jsonFile.name}” needs the weights file${missing.length > 1 ? 's' : ''} ${missing.map((m) => `“${m}”`).join(', ')}: add ${missing.length > 1 ? 'them' : 'it'} along with the JSON file.`,
    );
  }
  const extra = weightFiles.filter((f) => !needed.includes(f.name));
  if (extra.length > 0) {
    throw new ModelFilesError(
      `${extra.map((f) => `“${f.name}”`).join(', ')} ${extra.length > 1 ? 'are' : 'is'} not named in “${jsonFile.name}”: choose only the files of one model.`,
    );
  }
}

/**
 * Loads a model from a downloaded model.json and its weights file(s) (tf.io.browserFiles). Returns the model
 * (the caller disposes it) and its serialized form, ready for saveModel. Rejects with a ModelFilesError when
 * the files do not belong together.
 */
export async function loadModelFromFiles(
  jsonFile: File,
  weightFiles: readonly File[],
): Promise<{ model: tf.LayersModel; serialized: SerializedModel }> {
  await checkModelFiles(jsonFile, weightFiles);
  const model = await tf.loadLayersModel(tf.io.browserFiles([jsonFile, ...weightFiles]));
  try {
    return { model, serialized: await serializeModel(model) };
  } catch (error) {
    model.dispose();
    throw error;
  }
}
