/**
 * A trained model as plain data that survives postMessage (structured clone, weights transferable): the Keras
 * topology JSON, the weight manifest and one ArrayBuffer of weights — the same pieces tf.io writes to
 * `indexeddb://…` or to model.json + weights.bin. The main thread turns it back into a model with
 * deserializeModel and saves that with model.save('indexeddb://<key>').
 */
import * as tf from '@tensorflow/tfjs';

export interface SerializedModel {
  /** Keras model topology (JSON object). */
  modelTopology: object;
  weightSpecs: tf.io.WeightsManifestEntry[];
  /** All weights, concatenated in weightSpecs order. Transfer it, do not copy it. */
  weightData: ArrayBuffer;
}

export async function serializeModel(model: tf.LayersModel): Promise<SerializedModel> {
  let captured: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      captured = artifacts;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (!captured?.modelTopology || !captured.weightSpecs || !captured.weightData) {
    throw new Error('The model could not be serialized (no topology or weights).');
  }
  const data = captured.weightData;
  return {
    modelTopology: captured.modelTopology as object,
    weightSpecs: captured.weightSpecs,
    weightData: Array.isArray(data) ? tf.io.CompositeArrayBuffer.join(data) : data,
  };
}

/** tf.io artifacts of a serialized model (e.g. for tf.io.fromMemory). */
export function toArtifacts(serialized: SerializedModel): tf.io.ModelArtifacts {
  return {
    modelTopology: serialized.modelTopology,
    weightSpecs: serialized.weightSpecs,
    weightData: serialized.weightData,
  };
}

/** Rebuilds the model on the current backend. The caller owns it: dispose it. */
export function deserializeModel(serialized: SerializedModel): Promise<tf.LayersModel> {
  return tf.loadLayersModel(tf.io.fromMemory(toArtifacts(serialized)));
}
