// Shadow mode's comparison of the candidate with the live model. The candidate predicts every event but users
// get the live model's answers; per event the comparison keeps whether the two predictions agree (a window of
// 0/1 flags with their running sum), per label the candidate's windowed classification metrics.
import { RingBuffer } from './ring';
import { WindowedClassification } from './windowed-metrics';

export class ShadowComparison {
  private readonly agree: RingBuffer;
  private agreeSum = 0;
  private readonly perf: WindowedClassification;

  /** `agreementWindow`: events in the agreement window; `perfWindow`: labels in the accuracy window. */
  constructor(classes: number, agreementWindow: number, perfWindow: number) {
    this.agree = new RingBuffer(agreementWindow);
    this.perf = new WindowedClassification(classes, perfWindow);
  }

  /** One event: the class the candidate predicted and the class served by the live model. */
  pushPrediction(candidate: number, served: number): void {
    const agree = candidate === served ? 1 : 0;
    this.agreeSum += agree - (this.agree.push(agree) ?? 0);
  }

  /** One label: the true class and the candidate's prediction for that event. */
  pushLabel(y: number, candidate: number): void {
    this.perf.push(y, candidate);
  }

  /** Events in the agreement window. */
  get events(): number {
    return this.agree.size;
  }

  /** Labels in the candidate's accuracy window. */
  get labels(): number {
    return this.perf.size;
  }

  /** Share of the window's events on which the candidate agreed with the live model (NaN when empty). */
  agreement(): number {
    return this.agree.size ? this.agreeSum / this.agree.size : NaN;
  }

  /** The candidate's accuracy over its label window (NaN before any label). */
  candidateAccuracy(): number {
    return this.perf.size ? this.perf.accuracy() : NaN;
  }

  clear(): void {
    this.perf.clear();
    this.agree.clear();
    this.agreeSum = 0;
  }
}
