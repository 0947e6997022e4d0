// A model as the simulator deploys it: the serving model together with what is needed to monitor it, all taken
// from one pass of the model over its reference (the data it was trained on): the calibration of its
// confidence for the label-free accuracy estimate (CBPE), and the share of each predicted class as the
// baseline of the output monitor.
import { ConfidenceCalibrator } from './cbpe';
import type { ServingModel } from './types';

/** A deployed model with what is needed to monitor it. */
export interface ModelSlot {
  model: ServingModel;
  /** Calibration of its confidence for the label-free estimate. */
  calibrator: ConfidenceCalibrator;
  /** Raw rows the monitors compare live traffic with (the data it was trained on). */
  reference: { rows: Float64Array; n: number };
  /** Share of each predicted class on its reference (output drift baseline). */
  referencePredShare: number[];
}

/** The predicted class of the probability row p[at … at + k): the first of the largest. */
export function argmax(p: Float32Array, at: number, k: number): number {
  let best = 0;
  for (let c = 1; c < k; c++) if (p[at + c]! > p[at + best]!) best = c;
  return best;
}

/**
 * Runs `model` over its reference once. `predict` turns n raw rows into n × classes probabilities (the
 * simulator encodes the rows and calls the model, untimed).
 */
export function fitModelSlot(
  model: ServingModel,
  reference: { rows: Float64Array; labels: Int32Array; n: number },
  predict: (rows: Float64Array, n: number) => Float32Array,
): ModelSlot {
  const { n } = reference;
  const probs = predict(reference.rows, n);
  const k = model.classes;
  const conf = new Float64Array(n);
  const correct = new Float64Array(n);
  const share = new Array<number>(k).fill(0);
  for (let r = 0; r < n; r++) {
    const p = argmax(probs, r * k, k);
    conf[r] = probs[r * k + p]!;
    correct[r] = p === reference.labels[r] ? 1 : 0;
    share[p]! += 1 / n;
  }
  return {
    model,
    calibrator: ConfidenceCalibrator.fit(conf, correct),
    reference: { rows: reference.rows, n },
    referencePredShare: share,
  };
}
