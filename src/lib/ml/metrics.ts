/**
 * From a model's validation outputs to the evaluation figures. The statistics library does the counting
 * (confusionMatrix, precisionRecallF1 and rocAuc, with scikit-learn's semantics); this file only turns
 * probabilities into predicted classes and assembles the report.
 *
 * Conventions:
 *  - probabilities are row-major n × k, class order = the preprocessor's classes;
 *  - predicted class = argmax (ties → the lower index, as numpy.argmax); for binary models with a
 *    threshold t, the positive class (index 1) is predicted when P(positive) ≥ t (sklearn's roc_curve
 *    convention), so t = 0.5 agrees with argmax except for an exact tie at 0.5;
 *  - labels are passed to the statistics library as class names, with the matrix in class order.
 */
import {
  confusionMatrix,
  precisionRecallF1,
  rocAuc,
  type ConfusionMatrixResult,
  type PrfResult,
} from '@/lib/stats';

export interface ClassMetrics extends PrfResult {
  label: string;
  /** True examples of the class. */
  support: number;
}

export interface BaselineReport {
  /** The class the baseline always predicts: the most frequent one in the training labels (ties → lower index). */
  label: string;
  accuracy: number;
  macro: PrfResult;
}

export interface ClassificationReport {
  classes: string[];
  accuracy: number;
  confusion: ConfusionMatrixResult;
  perClass: ClassMetrics[];
  /** Unweighted mean over the labels present in yTrue ∪ yPred (sklearn's average='macro'). */
  macro: PrfResult;
  /** Binary only, and only when both classes occur in yTrue; null otherwise. */
  rocAuc: number | null;
  /** The binary threshold used for the predictions; null for argmax (multiclass). */
  threshold: number | null;
  /** Majority-class baseline, when training labels are given. */
  baseline: BaselineReport | null;
}

function checkShapes(yTrue: ArrayLike<number>, proba: ArrayLike<number>, k: number): void {
  if (k < 2 || proba.length !== yTrue.length * k) {
    throw new RangeError(`Expected ${yTrue.length} × ${k} probabilities, got ${proba.length} values.`);
  }
}

/** Predicted class index per row: argmax, or for k = 2 with a threshold, P(class 1) ≥ threshold. */
export function predictedClasses(proba: ArrayLike<number>, k: number, threshold?: number): Int32Array {
  const n = proba.length / k;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (k === 2 && threshold !== undefined) {
      out[i] = proba[i * 2 + 1]! >= threshold ? 1 : 0;
      continue;
    }
    let best = 0;
    for (let c = 1; c < k; c++) if (proba[i * k + c]! > proba[i * k + best]!) best = c;
    out[i] = best;
  }
  return out;
}

/** P(positive) = the second probability of each row of a binary model's n × 2 output. */
export function positiveScores(proba: ArrayLike<number>): number[] {
  const n = proba.length / 2;
  return Array.from({ length: n }, (_, i) => proba[i * 2 + 1]!);
}

const names = (idx: ArrayLike<number>, classes: readonly string[]): string[] =>
  Array.from(idx, (c) => classes[c] ?? String(c));

function accuracyOf(yTrue: ArrayLike<number>, yPred: ArrayLike<number>): number {
  let hit = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) hit++;
  return yTrue.length === 0 ? 0 : hit / yTrue.length;
}

/** Confusion matrix, per-class and macro P/R/F1 and accuracy of class-index predictions. */
export function classificationMetrics(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  classes: readonly string[],
): Pick<ClassificationReport, 'accuracy' | 'confusion' | 'perClass' | 'macro'> {
  const t = names(yTrue, classes);
  const p = names(yPred, classes);
  const confusion = confusionMatrix(t, p, classes);
  const perClass = classes.map((label, i) => ({
    label,
    ...precisionRecallF1(t, p, { average: 'macro', labels: [label] }),
    support: confusion.matrix[i]!.reduce((s, v) => s + v, 0),
  }));
  return {
    accuracy: accuracyOf(yTrue, yPred),
    confusion,
    perClass,
    macro: precisionRecallF1(t, p, { average: 'macro' }),
  };
}

/** Most frequent training class (ties → lower index), scored on yTrue as if predicted for every row. */
export function majorityBaseline(
  trainLabels: ArrayLike<number>,
  yTrue: ArrayLike<number>,
  classes: readonly string[],
): BaselineReport {
  const counts = new Array<number>(classes.length).fill(0);
  for (let i = 0; i < trainLabels.length; i++) counts[trainLabels[i]!]! += 1;
  let best = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c]! > counts[best]!) best = c;
  const yPred = new Int32Array(yTrue.length).fill(best);
  const m = classificationMetrics(yTrue, yPred, classes);
  return { label: classes[best]!, accuracy: m.accuracy, macro: m.macro };
}

export interface ClassificationReportInput {
  /** True class index per validation row. */
  yTrue: ArrayLike<number>;
  /** Row-major n × k probabilities. */
  proba: ArrayLike<number>;
  classes: readonly string[];
  /** Binary only: decision threshold on P(positive) (default: argmax, i.e. 0.5). */
  threshold?: number;
  /** Training labels, for the majority-class baseline. */
  trainLabels?: ArrayLike<number>;
}

export function classificationReport(input: ClassificationReportInput): ClassificationReport {
  const { yTrue, proba, classes } = input;
  const k = classes.length;
  checkShapes(yTrue, proba, k);
  const binary = k === 2;
  const threshold = binary ? (input.threshold ?? 0.5) : null;
  const yPred = predictedClasses(proba, k, threshold ?? undefined);
  let auc: number | null = null;
  if (binary) {
    let pos = 0;
    for (let i = 0; i < yTrue.length; i++) pos += yTrue[i] === 1 ? 1 : 0;
    if (pos > 0 && pos < yTrue.length) auc = rocAuc(Array.from(yTrue), positiveScores(proba));
  }
  return {
    classes: [...classes],
    ...classificationMetrics(yTrue, yPred, classes),
    rocAuc: auc,
    threshold,
    baseline: input.trainLabels ? majorityBaseline(input.trainLabels, yTrue, classes) : null,
  };
}

export interface ThresholdMetrics {
  threshold: number;
  accuracy: number;
  /** 2 × 2, rows = true [negative, positive], columns = predicted. */
  confusion: ConfusionMatrixResult;
  /** Of the positive class (classes[1]), sklearn's average='binary'. */
  precision: number;
  recall: number;
  f1: number;
}

/** Binary metrics at one threshold on P(positive) — what the threshold slider shows. */
export function thresholdMetrics(
  yTrue: ArrayLike<number>,
  proba: ArrayLike<number>,
  classes: readonly string[],
  threshold: number,
): ThresholdMetrics {
  if (classes.length !== 2) throw new RangeError('Threshold metrics need a binary model (2 classes).');
  checkShapes(yTrue, proba, 2);
  const yPred = predictedClasses(proba, 2, threshold);
  const t = names(yTrue, classes);
  const p = names(yPred, classes);
  const prf = precisionRecallF1(t, p, { average: 'binary', posLabel: classes[1]! });
  return {
    threshold,
    accuracy: accuracyOf(yTrue, yPred),
    confusion: confusionMatrix(t, p, classes),
    ...prf,
  };
}

/** thresholdMetrics at each threshold (default 0, 0.05, …, 1). */
export function thresholdSweep(
  yTrue: ArrayLike<number>,
  proba: ArrayLike<number>,
  classes: readonly string[],
  thresholds: readonly number[] = Array.from({ length: 21 }, (_, i) => i / 20),
): ThresholdMetrics[] {
  return thresholds.map((th) => thresholdMetrics(yTrue, proba, classes, th));
}

export interface RegressionReport {
  mse: number;
  rmse: number;
  mae: number;
  /** 1 − SS_res / SS_tot (sklearn's r2_score; 0 when yTrue is constant and the fit is not perfect). */
  r2: number;
  /** MSE of always predicting the training mean (the regression analogue of the majority baseline). */
  baselineMse: number | null;
}

export function regressionReport(
  yTrue: ArrayLike<number>,
  yPred: ArrayLike<number>,
  trainTargets?: ArrayLike<number>,
): RegressionReport {
  const n = yTrue.length;
  if (n === 0 || yPred.length !== n) throw new RangeError(`Expected ${n} predictions, got ${yPred.length}.`);
  let se = 0;
  let ae = 0;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += yTrue[i]! / n;
  let ssTot = 0;
  for (let i = 0; i < n; i++) {
    const e = yTrue[i]! - yPred[i]!;
    se += e * e;
    ae += Math.abs(e);
    ssTot += (yTrue[i]! - mean) ** 2;
  }
  let baselineMse: number | null = null;
  if (trainTargets && trainTargets.length > 0) {
    let m = 0;
    for (let i = 0; i < trainTargets.length; i++) m += trainTargets[i]! / trainTargets.length;
    let s = 0;
    for (let i = 0; i < n; i++) s += (yTrue[i]! - m) ** 2;
    baselineMse = s / n;
  }
  const r2 = ssTot === 0 ? (se === 0 ? 1 : 0) : 1 - se / ssTot;
  return { mse: se / n, rmse: Math.sqrt(se / n), mae: ae / n, r2, baselineMse };
}
