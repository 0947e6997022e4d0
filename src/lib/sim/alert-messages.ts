// What each alert says. One pure function per alert: given the numbers the simulator measured, it returns the
// alert without its time (an AlertDraft): the monitor that fired, what it is about, the value and threshold,
// the kind, and one sentence with the diagnosis. The simulator decides *when* an alert fires (edge-triggered
// checks, detectors, deployment actions) and stamps the time; nothing here reads state or randomness.
//
// The diagnosis and the kind come from the same facts, so they are decided together:
//   accuracy fell, ADWIN / DDM fired   inputs moved → data drift hurting the model; inputs unchanged → the
//                                      x→y mapping changed, concept drift (and the label-free estimate, if it
//                                      is still above its threshold, "cannot see concept drift");
//   prediction share moved             inputs moved → data drift; inputs unchanged feature by feature → a
//                                      change in the class balance, prior shift.
// "Inputs moved" is the list of features whose enabled drift statistics are over threshold.
//
// Numbers in the sentences: shares and accuracies as percentages with one decimal ("82.4 %", see pct), drift
// statistics with three decimals or, below 0.001, in exponent form ("1.2e-5", see fmt).
import type { Alert, DriftStatistic } from './types';

/** An alert before the simulator stamps its time. */
export type AlertDraft = Omit<Alert, 't'>;

/** How each drift statistic is named in alerts (the alert's monitor). */
export const STAT_LABEL: Record<DriftStatistic, string> = {
  ks: 'KS p-value',
  psi: 'PSI',
  wasserstein: 'Wasserstein',
  js: 'Jensen–Shannon',
};

/** A share as a percentage with one decimal: 0.824 → "82.4 %". */
export function pct(v: number): string {
  return `${(v * 100).toFixed(1)} %`;
}

/** A statistic: three decimals, exponent form below 0.001, non-finite values as they are ("NaN"). */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v !== 0 && Math.abs(v) < 0.001) return v.toExponential(1);
  return v.toFixed(3);
}

// ------------------------------------------------------------------------------------------------- inputs

/**
 * A drift statistic of one feature crossed its threshold (the KS p-value fell below it, the others rose above).
 * `meanShiftSd`: live mean minus reference mean, in reference SDs (its sign gives the direction).
 */
export function featureDriftAlert(
  stat: DriftStatistic,
  feature: string,
  value: number,
  threshold: number,
  meanShiftSd: number,
): AlertDraft {
  const direction = meanShiftSd >= 0 ? 'up' : 'down';
  return {
    kind: 'data drift',
    monitor: STAT_LABEL[stat],
    subject: feature,
    value,
    threshold,
    message: `${STAT_LABEL[stat]} of ${feature} is ${fmt(value)} (${stat === 'ks' ? 'below' : 'above'} ${fmt(threshold)}): the distribution of ${feature} has moved away from the training data (mean ${direction} ${Math.abs(meanShiftSd).toFixed(2)} SD) — data drift.`,
  };
}

/** The missing share of one feature in its window went over the threshold. */
export function missingValuesAlert(feature: string, share: number, threshold: number): AlertDraft {
  return {
    kind: 'input quality',
    monitor: 'Missing values',
    subject: feature,
    value: share,
    threshold,
    message: `${pct(share)} of ${feature} values are missing (threshold ${pct(threshold)}): an input-quality problem upstream (a broken sensor or pipeline), not a change in the world.`,
  };
}

/** Page-Hinkley found a lasting change in the mean of the feature it watches. */
export function pageHinkleyAlert(feature: string): AlertDraft {
  return {
    kind: 'data drift',
    monitor: 'Page-Hinkley',
    subject: feature,
    value: NaN,
    threshold: null,
    message: `Page-Hinkley found a lasting change in the mean of ${feature}: data drift in that input.`,
  };
}

// ------------------------------------------------------------------------------------- outputs and labels

/**
 * The windowed accuracy of the live model fell below its threshold. `moved`: features over their drift
 * thresholds; `estimated`: the label-free estimate at the same second, with its own threshold.
 */
export function accuracyAlert(a: {
  model: string;
  labels: number;
  accuracy: number;
  threshold: number;
  moved: readonly string[];
  estimated: number;
  estimatedThreshold: number;
}): AlertDraft {
  const why = a.moved.length
    ? `the inputs have drifted (${a.moved.join(', ')}), so this looks like data drift that hurts the model`
    : `the inputs still match the training data, so the x→y mapping has likely changed — concept drift`;
  const blind =
    !a.moved.length && a.estimated >= a.estimatedThreshold
      ? ` The label-free estimate still says ${pct(a.estimated)}: it cannot see concept drift.`
      : '';
  return {
    kind: a.moved.length ? 'data drift' : 'concept drift',
    monitor: 'Accuracy',
    subject: a.model,
    value: a.accuracy,
    threshold: a.threshold,
    message: `Accuracy over the last ${a.labels} labels fell to ${pct(a.accuracy)} (threshold ${pct(a.threshold)}): ${why}.${blind}`,
  };
}

/** The label-free (CBPE) accuracy estimate of the live model fell below its threshold. */
export function estimatedAccuracyAlert(model: string, estimated: number, threshold: number): AlertDraft {
  return {
    kind: 'data drift',
    monitor: 'Estimated accuracy',
    subject: model,
    value: estimated,
    threshold,
    message: `Estimated accuracy without labels fell to ${pct(estimated)} (threshold ${pct(threshold)}): the inputs moved where the model is unsure — data drift that likely costs accuracy; labels will confirm.`,
  };
}

/**
 * The predicted share of one class moved further than `threshold` from its share on the reference (the class
 * that moved most). `moved`: features over their drift thresholds.
 */
export function predictionShareAlert(a: {
  className: string;
  share: number;
  referenceShare: number;
  threshold: number;
  moved: readonly string[];
}): AlertDraft {
  const cause = a.moved.length
    ? `the inputs drifted (${a.moved.join(', ')})`
    : 'with inputs unchanged feature by feature, a change in the class balance (prior shift) is the likely cause';
  return {
    kind: a.moved.length ? 'data drift' : 'prior shift',
    monitor: 'Prediction share',
    subject: a.className,
    value: a.share,
    threshold: a.threshold,
    message: `The model now predicts "${a.className}" for ${pct(a.share)} of events (training: ${pct(a.referenceShare)}): the output distribution moved — ${cause}.`,
  };
}

/**
 * ADWIN or DDM detected a change in the live model's error rate. `errorRate`: over the error window;
 * `inputsMoved`: features over their drift thresholds in the latest check.
 */
export function errorRateDetectorAlert(
  detector: 'ADWIN' | 'DDM',
  errorRate: number,
  inputsMoved: readonly string[],
): AlertDraft {
  const diagnosis = inputsMoved.length
    ? `the inputs moved too (${inputsMoved.join(', ')}), so data drift is hurting the model`
    : 'the inputs still look like the reference, which points to concept drift (the x→y mapping changed)';
  return {
    kind: inputsMoved.length ? 'data drift' : 'concept drift',
    monitor: detector,
    subject: null,
    value: errorRate,
    threshold: null,
    message: `${detector} detected a change in the error rate (now ${pct(errorRate)} over the last labels): ${diagnosis}.`,
  };
}

// ----------------------------------------------------------------------------------------------- software

/** The p95 predict latency went over its threshold. */
export function latencyAlert(model: string, p95Ms: number, thresholdMs: number): AlertDraft {
  return {
    kind: 'software',
    monitor: 'Latency p95',
    subject: model,
    value: p95Ms,
    threshold: thresholdMs,
    message: `Predict latency p95 is ${p95Ms.toFixed(2)} ms (threshold ${thresholdMs} ms): a software metric — the serving path is slower, whatever the data does.`,
  };
}

/** More events than the threshold were dropped in the last second (arrivals beyond the serving capacity). */
export function droppedEventsAlert(dropped: number, threshold: number, capacityPerSec: number): AlertDraft {
  return {
    kind: 'software',
    monitor: 'Dropped events',
    subject: null,
    value: dropped,
    threshold,
    message: `${dropped} events were dropped in the last second (capacity ${capacityPerSec} events/s): traffic is above what the service can handle — scale out or shed load.`,
  };
}

// --------------------------------------------------------------------------------------------- deployment

function deploymentEvent(monitor: string, subject: string, message: string, value = NaN): AlertDraft {
  return { kind: 'deployment', monitor, subject, value, threshold: null, message };
}

/** The candidate replaced the live model (`reason`: "Deployed", or what triggered it). */
export function deployedAlert(reason: string, model: string): AlertDraft {
  return deploymentEvent('Deployment', model, `${reason}: ${model} now serves all traffic.`);
}

/** The previous live model is back. */
export function rollbackAlert(model: string): AlertDraft {
  return deploymentEvent('Rollback', model, `Rolled back: ${model} serves all traffic again.`);
}

export function shadowStartedAlert(candidate: string, live: string): AlertDraft {
  return deploymentEvent(
    'Shadow',
    candidate,
    `Shadow mode: ${candidate} sees every event; users still get ${live}'s predictions.`,
  );
}

/** `share`: the candidate's share of the traffic now (the alert's value); `firstStage`: the share announced. */
export function canaryStartedAlert(candidate: string, share: number, firstStage: number): AlertDraft {
  return deploymentEvent(
    'Canary',
    candidate,
    `Canary started: ${candidate} gets ${pct(firstStage)} of the traffic.`,
    share,
  );
}

/** The canary passed a stage and moved on to a larger share. */
export function canaryRampedAlert(candidate: string, share: number): AlertDraft {
  return deploymentEvent(
    'Canary',
    candidate,
    `Canary healthy: ${candidate} now gets ${pct(share)} of the traffic.`,
    share,
  );
}

/** The canary controller rolled the candidate back (`reason`: its sentence with the two accuracies). */
export function canaryRolledBackAlert(candidate: string, reason: string): AlertDraft {
  return deploymentEvent('Canary rollback', candidate, `Canary rolled back automatically. ${reason}`);
}

export function canaryPromotedAlert(candidate: string): AlertDraft {
  return deploymentEvent(
    'Canary promoted',
    candidate,
    `Canary promoted: ${candidate} passed every stage and now serves all traffic.`,
  );
}

/** Blue-green switch: `color` is the environment now live. */
export function blueGreenAlert(color: 'blue' | 'green', live: string, standby: string): AlertDraft {
  return deploymentEvent(
    'Blue-green',
    live,
    `Switched to ${color}: ${live} is live, ${standby} waits on standby.`,
  );
}
