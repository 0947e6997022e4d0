/**
 * The "always predict negative" baseline on skewed data (the course's `print("0")`). With prevalence π of
 * the positive class, it is right on every negative: accuracy = 1 − π. It never predicts positive, so it
 * finds no positive (recall 0) and its precision is 0/0, which we report as 0 (scikit-learn's
 * zero_division=0) — hence F1 = 0. Counts are for `n` examples, rounded to whole examples.
 */
export interface BaselineCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

export function alwaysNegativeBaseline(prevalence: number, n = 1000): BaselineCounts {
  if (!(prevalence >= 0 && prevalence <= 1))
    throw new RangeError('prevalence must be a probability in [0, 1]');
  if (!Number.isInteger(n) || n <= 0) throw new RangeError('n must be a positive whole number');
  const positives = Math.round(prevalence * n);
  return {
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: positives,
    trueNegatives: n - positives,
    accuracy: (n - positives) / n,
    precision: 0,
    recall: 0,
    f1: 0,
  };
}
