// Binary ROC curve and the area under it, as sklearn.metrics.roc_curve (drop_intermediate=True) and
// roc_auc_score (sklearn 1.2): one ROC point per distinct score, so tied scores form one diagonal segment,
// and the area is the trapezoid rule over those points (= the Mann–Whitney U / (n₊n₋) with ties as ½).
import { StatsInputError } from './errors';
import { assertPaired, uniqueLabels, type Label } from './labels';

export interface RocCurve {
  fpr: number[];
  tpr: number[];
  /** Decreasing score thresholds; the first is max(score) + 1 (sklearn 1.2's convention) for the (0, 0) point. */
  thresholds: number[];
}

/** ROC curve; the positive class is the larger of yTrue's two labels (booleans: true). */
export function rocCurve(yTrue: readonly (Label | boolean)[], scores: readonly number[]): RocCurve {
  assertPaired(yTrue, scores, 'rocCurve');
  const y = yTrue.map((v) => (typeof v === 'boolean' ? Number(v) : v));
  const classes = uniqueLabels(y);
  if (classes.length !== 2) {
    throw new StatsInputError(
      classes.length < 2 ? 'single-category' : 'invalid-option',
      `ROC AUC needs exactly two classes in yTrue (found ${classes.length}).`,
    );
  }
  for (let i = 0; i < scores.length; i++) {
    if (!Number.isFinite(scores[i]!))
      throw new StatsInputError('non-finite', `scores[${i}] is ${String(scores[i])}.`);
  }
  const positive = classes[1];
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);

  // Cumulative true/false positives at the last index of each distinct score (sklearn's _binary_clf_curve).
  const tps: number[] = [];
  const fps: number[] = [];
  const thr: number[] = [];
  let tp = 0;
  for (let k = 0; k < order.length; k++) {
    if (y[order[k]!] === positive) tp++;
    const s = scores[order[k]!]!;
    if (k === order.length - 1 || scores[order[k + 1]!]! !== s) {
      tps.push(tp);
      fps.push(k + 1 - tp);
      thr.push(s);
    }
  }
  // drop_intermediate: keep the ends and every point where the curve bends (non-zero second difference).
  const keep: number[] = [];
  for (let i = 0; i < tps.length; i++) {
    const inner = tps.length > 2 && i > 0 && i < tps.length - 1;
    const bends =
      !inner ||
      fps[i - 1]! - 2 * fps[i]! + fps[i + 1]! !== 0 ||
      tps[i - 1]! - 2 * tps[i]! + tps[i + 1]! !== 0;
    if (bends) keep.push(i);
  }
  const nNeg = fps[fps.length - 1]!;
  const nPos = tps[tps.length - 1]!;
  return {
    fpr: [0, ...keep.map((i) => fps[i]! / nNeg)],
    tpr: [0, ...keep.map((i) => tps[i]! / nPos)],
    thresholds: [thr[0]! + 1, ...keep.map((i) => thr[i]!)],
  };
}

/** Area under the ROC curve by the trapezoid rule (numpy.trapz), ties handled as sklearn.roc_auc_score. */
export function rocAuc(yTrue: readonly (Label | boolean)[], scores: readonly number[]): number {
  const { fpr, tpr } = rocCurve(yTrue, scores);
  let area = 0;
  for (let i = 1; i < fpr.length; i++) area += ((fpr[i]! - fpr[i - 1]!) * (tpr[i]! + tpr[i - 1]!)) / 2;
  return area;
}
