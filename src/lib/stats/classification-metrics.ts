// Confusion matrix and precision / recall / F1 with scikit-learn's semantics (sklearn 1.2,
// zero_division=0): labels sorted like unique_labels, rows = true class, columns = predicted class.
import { StatsInputError } from './errors';
import { assertLabels, assertPaired, compareLabels, uniqueLabels, type Label } from './labels';

export interface ConfusionMatrixResult {
  /** Row/column order. */
  labels: Label[];
  /** matrix[i][j] = samples with true label labels[i] predicted as labels[j]. */
  matrix: number[][];
}

/**
 * sklearn.metrics.confusion_matrix. `labels` may reorder or select a subset; samples whose true or predicted
 * label is not in it are left out, and at least one of them must occur in yTrue (as sklearn).
 */
export function confusionMatrix(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  labels?: readonly Label[],
): ConfusionMatrixResult {
  assertPaired(yTrue, yPred, 'confusionMatrix');
  const order = labels ? checkedLabelList(labels, yTrue, yPred) : uniqueLabels(yTrue, yPred);
  const index = new Map(order.map((l, i) => [l, i] as const));
  const matrix = order.map(() => new Array<number>(order.length).fill(0));
  for (let s = 0; s < yTrue.length; s++) {
    const i = index.get(yTrue[s]!);
    const j = index.get(yPred[s]!);
    if (i !== undefined && j !== undefined) matrix[i]![j]! += 1;
  }
  return { labels: order, matrix };
}

function checkedLabelList(
  labels: readonly Label[],
  yTrue: readonly Label[],
  yPred: readonly Label[],
): Label[] {
  if (labels.length === 0)
    throw new StatsInputError('invalid-option', '`labels` must contain at least one label.');
  assertLabels(labels, yTrue, yPred);
  if (new Set(labels).size !== labels.length)
    throw new StatsInputError('invalid-option', '`labels` has duplicates.');
  const present = new Set(yTrue);
  if (!labels.some((l) => present.has(l)))
    throw new StatsInputError('unknown-label', 'At least one label specified must be in yTrue.');
  return [...labels];
}

export type Average = 'binary' | 'macro' | 'micro' | 'weighted';

export interface PrfOptions {
  /** 'binary' (default, as sklearn) scores posLabel only; the others average over labels. */
  average?: Average;
  /** Positive class for average 'binary' (default 1, as sklearn). */
  posLabel?: Label;
  /** Labels to average over (default: every label in yTrue ∪ yPred). Ignored for 'binary'. */
  labels?: readonly Label[];
}

export interface PrfResult {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * sklearn.metrics.precision_recall_fscore_support(…, average, pos_label, zero_division=0):
 * precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2PR/(P+R), each 0 where its denominator is 0.
 * macro: unweighted mean over labels; weighted: mean weighted by support (true count); micro: from pooled
 * TP/FP/FN. 'binary' needs ≤ 2 distinct labels and posLabel among them (unless only one label occurs).
 */
export function precisionRecallF1(
  yTrue: readonly Label[],
  yPred: readonly Label[],
  options: PrfOptions = {},
): PrfResult {
  const { average = 'binary', posLabel = 1 } = options;
  assertPaired(yTrue, yPred, 'precisionRecallF1');
  const present = uniqueLabels(yTrue, yPred);
  let labels: Label[];
  if (average === 'binary') {
    if (present.length > 2) {
      throw new StatsInputError(
        'invalid-option',
        `Target is multiclass (${present.length} labels) but average='binary'; use 'macro', 'micro' or 'weighted'.`,
      );
    }
    if (!present.includes(posLabel) && present.length >= 2) {
      throw new StatsInputError(
        'unknown-label',
        `posLabel=${String(posLabel)} is not a valid label; it should be one of ${present.map(String).join(', ')}.`,
      );
    }
    labels = [posLabel];
  } else if (average === 'macro' || average === 'micro' || average === 'weighted') {
    labels = options.labels ? [...options.labels] : present;
    if (options.labels) assertLabels(labels, yTrue);
  } else {
    throw new StatsInputError('invalid-option', `Unknown average '${String(average)}'.`);
  }

  // Per-label TP, predicted and true counts over all samples (sklearn's multilabel_confusion_matrix).
  const tp = labels.map(() => 0);
  const predSum = labels.map(() => 0);
  const trueSum = labels.map(() => 0);
  const index = new Map(labels.map((l, i) => [l, i] as const));
  for (let s = 0; s < yTrue.length; s++) {
    const t = index.get(yTrue[s]!);
    const p = index.get(yPred[s]!);
    if (t !== undefined) trueSum[t]! += 1;
    if (p !== undefined) predSum[p]! += 1;
    if (t !== undefined && yTrue[s] === yPred[s]) tp[t]! += 1;
  }
  if (average === 'micro') return scores(sum(tp), sum(predSum), sum(trueSum));

  const perLabel = labels.map((_, i) => scores(tp[i]!, predSum[i]!, trueSum[i]!));
  if (average === 'weighted') {
    const w = sum(trueSum);
    if (w === 0) return { precision: 0, recall: 0, f1: 0 }; // zero_division = 0
    const avg = (key: keyof PrfResult): number =>
      perLabel.reduce((s, r, i) => s + r[key] * trueSum[i]!, 0) / w;
    return { precision: avg('precision'), recall: avg('recall'), f1: avg('f1') };
  }
  const mean = (key: keyof PrfResult): number => perLabel.reduce((s, r) => s + r[key], 0) / perLabel.length;
  return { precision: mean('precision'), recall: mean('recall'), f1: mean('f1') };
}

function scores(tp: number, predicted: number, actual: number): PrfResult {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = actual === 0 ? 0 : tp / actual;
  const denom = precision + recall;
  return { precision, recall, f1: (2 * precision * recall) / (denom === 0 ? 1 : denom) };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((s, v) => s + v, 0);
}

/** Labels sorted like sklearn (exported for UIs that label matrix axes). */
export function sortLabels(labels: readonly Label[]): Label[] {
  return [...labels].sort(compareLabels);
}
