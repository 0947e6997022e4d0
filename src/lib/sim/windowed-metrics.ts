// Sliding-window classification metrics over the last N labelled predictions, for the live monitor.
//
// Method: keep the window's k×k confusion matrix C (rows = true class, columns = predicted class, as
// sklearn.metrics.confusion_matrix) together with its row sums (true counts), column sums (predicted
// counts) and trace (correct predictions). Each push adds 1 to C[t][p] for the new pair and, once the
// window is full, subtracts 1 for the pair that falls out, so an update is O(1) and every count is an exact
// integer (no floating-point drift however long the stream). The pairs themselves sit in a ring of
// Int32 codes t·k + p.
//
// Metrics follow scikit-learn's definitions with zero_division = 0 (see stats/classification-metrics.ts):
//   accuracy      = trace(C) / n
//   precision_c   = C[c][c] / Σ_i C[i][c]   (0 if class c was never predicted)
//   recall_c      = C[c][c] / Σ_j C[c][j]   (0 if class c never occurred)
//   F1_c          = 2·P·R / (P + R)         (0 if P + R = 0; equal to 2·TP / (2·TP + FP + FN))
//   macro-F1      = unweighted mean of F1_c over the classes present in the window (true or predicted),
//                   i.e. f1_score(y_true, y_pred, average='macro') on the window's pairs.
// f1(c) with k > 2 is the one-vs-rest F1 of class c (f1_score(…, average=None)[c]). An empty window has no
// metrics: every score is NaN.
import { describeValue, InvalidInputError } from '../drift/errors';
import { numberOption } from '../drift/validate';

export class WindowedClassification {
  readonly classes: number;
  readonly capacity: number;
  private readonly ring: Int32Array; // codes yTrue·k + yPred, arrival order
  private readonly cm: Int32Array; // k×k, row-major, rows = true class
  private readonly trueCounts: Int32Array;
  private readonly predCounts: Int32Array;
  private head = 0;
  private count = 0;
  private correct = 0;

  constructor(classes: number, capacity: number) {
    this.classes = numberOption('WindowedClassification.classes', classes, Number.NaN, {
      integer: true,
      min: 2,
      max: 1024,
    });
    this.capacity = numberOption('WindowedClassification.capacity', capacity, Number.NaN, {
      integer: true,
      min: 1,
      max: 2 ** 31 - 1,
    });
    this.ring = new Int32Array(this.capacity);
    this.cm = new Int32Array(this.classes * this.classes);
    this.trueCounts = new Int32Array(this.classes);
    this.predCounts = new Int32Array(this.classes);
  }

  get size(): number {
    return this.count;
  }

  /** Adds one labelled prediction; classes are integers 0 … k − 1 (InvalidInputError otherwise). */
  push(yTrue: number, yPred: number): void {
    const k = this.classes;
    for (const v of [yTrue, yPred]) {
      if (!Number.isInteger(v) || v < 0 || v >= k)
        throw new InvalidInputError(
          `WindowedClassification.push: classes must be integers from 0 to ${k - 1}, got ${describeValue(v)}`,
          v,
        );
    }
    if (this.count === this.capacity) {
      const old = this.ring[this.head]!;
      this.apply(Math.floor(old / k), old % k, -1);
      this.ring[this.head] = yTrue * k + yPred;
      this.head = (this.head + 1) % this.capacity;
    } else {
      this.ring[(this.head + this.count) % this.capacity] = yTrue * k + yPred;
      this.count++;
    }
    this.apply(yTrue, yPred, 1);
  }

  private apply(t: number, p: number, d: 1 | -1): void {
    this.cm[t * this.classes + p]! += d;
    this.trueCounts[t]! += d;
    this.predCounts[p]! += d;
    if (t === p) this.correct += d;
  }

  /** Fraction of correct predictions in the window; NaN when empty. */
  accuracy(): number {
    return this.count === 0 ? Number.NaN : this.correct / this.count;
  }

  /** F1 of class `positive` (default 1) against the rest; 0 when it has no TP; NaN when empty. */
  f1(positive = 1): number {
    numberOption('WindowedClassification.f1.positive', positive, 1, {
      integer: true,
      min: 0,
      max: this.classes - 1,
    });
    if (this.count === 0) return Number.NaN;
    return this.classF1(positive);
  }

  /** sklearn's average='macro' F1 over the classes that occur in the window; NaN when empty. */
  macroF1(): number {
    if (this.count === 0) return Number.NaN;
    let sum = 0;
    let present = 0;
    for (let c = 0; c < this.classes; c++) {
      if (this.trueCounts[c]! === 0 && this.predCounts[c]! === 0) continue;
      sum += this.classF1(c);
      present++;
    }
    return sum / present;
  }

  private classF1(c: number): number {
    const tp = this.cm[c * this.classes + c]!;
    const predicted = this.predCounts[c]!;
    const actual = this.trueCounts[c]!;
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = actual === 0 ? 0 : tp / actual;
    const denom = precision + recall;
    return denom === 0 ? 0 : (2 * precision * recall) / denom;
  }

  /** A copy of the window's confusion matrix: [true][predicted]. */
  confusion(): number[][] {
    const k = this.classes;
    return Array.from({ length: k }, (_, t) => Array.from(this.cm.subarray(t * k, (t + 1) * k)));
  }

  /** Per-class counts in the window: how often each class was the true label and the prediction. */
  classCounts(): { actual: number[]; predicted: number[] } {
    return { actual: Array.from(this.trueCounts), predicted: Array.from(this.predCounts) };
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
    this.correct = 0;
    this.cm.fill(0);
    this.trueCounts.fill(0);
    this.predCounts.fill(0);
  }
}
