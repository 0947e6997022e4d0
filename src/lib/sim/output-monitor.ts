// The output monitor: the last `window` served predictions (whichever model served them) with a count per
// predicted class and the running sum of their confidences, so the predicted shares (output drift) and the
// mean confidence are O(1) per event and per read.
import { RingBuffer } from './ring';

export class OutputMonitor {
  private readonly predictions: RingBuffer;
  private readonly counts: number[];
  private readonly confidences: RingBuffer;
  private confidenceSum = 0;

  constructor(classes: number, window: number) {
    this.predictions = new RingBuffer(window);
    this.counts = new Array<number>(classes).fill(0);
    this.confidences = new RingBuffer(window);
  }

  /** Predictions in the window. */
  get size(): number {
    return this.predictions.size;
  }

  push(predicted: number, confidence: number): void {
    const evictedPred = this.predictions.push(predicted);
    this.counts[predicted]! += 1;
    if (evictedPred !== undefined) this.counts[evictedPred]! -= 1;
    const evictedConf = this.confidences.push(confidence);
    this.confidenceSum += confidence - (evictedConf ?? 0);
  }

  /** Share of class c among the window's predictions (NaN when empty). */
  share(c: number): number {
    const total = this.predictions.size;
    return total ? this.counts[c]! / total : NaN;
  }

  /** Mean confidence over the window (NaN when empty). */
  meanConfidence(): number {
    return this.confidences.size ? this.confidenceSum / this.confidences.size : NaN;
  }

  clear(): void {
    this.predictions.clear();
    this.counts.fill(0);
    this.confidences.clear();
    this.confidenceSum = 0;
  }
}
