// HDDM_A — drift detection based on Hoeffding's bounds with the moving-average test ("A-test").
// Paper: I. Frías-Blanco, J. del Campo-Ávila, G. Ramos-Jiménez, R. Morales-Bueno, A. Ortiz-Díaz and
//   Y. Caballero-Mota, "Online and non-parametric drift detection methods based on Hoeffding's bounds",
//   IEEE Transactions on Knowledge and Data Engineering 27(3), 2015, pp. 810–823. (River/MOA implementation.)
// Port of River: river/drift/binary/hddm_a.py. Input: 1 = error, 0 = correct.
//   Z = mean of everything seen, n_Z values; X_cut = a snapshot of Z taken where Z + ε(n) was smallest:
//     ε(n) = √(ln(1/driftConfidence) / (2n)); if X̄ + ε(n_X) ≥ Z̄ + ε(n_Z) then X := Z (same for the max
//     snapshot with −ε, used by the two-sided test).
//   Mean increase at confidence c: with m = (n_Z − n_X) / (n_X · n_Z), ε_c = √(m/2 · ln(2/c)),
//     increase when Z̄ − X̄ ≥ ε_c (never when n_X = n_Z).
//   drift if the increase holds at driftConfidence, else warning if it holds at warningConfidence.
//   With twoSidedTest, a decrease (X̄_max − Z̄ ≥ ε_c) can also set drift / warning.
// The detector resets completely on the update after a detection.
import { RunningMean } from './running-stats';
import { binaryInput, booleanOption, checkOptionKeys, numberOption } from './validate';
import type { BinaryDriftDetector } from './detector';

export interface HDDMAOptions {
  /** Confidence of the drift test (River `drift_confidence`). Default 0.001. */
  driftConfidence?: number;
  /** Confidence of the warning test (River `warning_confidence`). Default 0.005. */
  warningConfidence?: number;
  /** Also detect decreases of the error rate (River `two_sided_test`). Default false. */
  twoSidedTest?: boolean;
}

const KEYS = ['driftConfidence', 'warningConfidence', 'twoSidedTest'] as const;
const OPEN_UNIT = { min: 0, max: 1, minExclusive: true, maxExclusive: true };

export class HDDMA implements BinaryDriftDetector {
  readonly driftConfidence: number;
  readonly warningConfidence: number;
  readonly twoSidedTest: boolean;

  private _driftDetected = false;
  private _warningDetected = false;
  private xMin = new RunningMean();
  private xMax = new RunningMean();
  private z = new RunningMean();

  constructor(options: HDDMAOptions = {}) {
    checkOptionKeys('HDDMA', options, KEYS);
    this.driftConfidence = numberOption('HDDMA.driftConfidence', options.driftConfidence, 0.001, OPEN_UNIT);
    this.warningConfidence = numberOption(
      'HDDMA.warningConfidence',
      options.warningConfidence,
      0.005,
      OPEN_UNIT,
    );
    this.twoSidedTest = booleanOption('HDDMA.twoSidedTest', options.twoSidedTest, false);
    this.reset();
  }

  get driftDetected(): boolean {
    return this._driftDetected;
  }

  get warningDetected(): boolean {
    return this._warningDetected;
  }

  private reset(): void {
    this._driftDetected = false;
    this._warningDetected = false;
    this.xMin = new RunningMean();
    this.xMax = new RunningMean();
    this.z = new RunningMean();
  }

  private hoeffdingBound(n: number): number {
    return Math.sqrt((1 / (2 * n)) * Math.log(1 / this.driftConfidence));
  }

  update(x: number | boolean): this {
    const error = binaryInput('HDDMA', x);
    if (this._driftDetected) this.reset();

    this.z.update(error);
    if (this.xMin.n === 0) this.xMin = this.z.clone();
    if (this.xMax.n === 0) this.xMax = this.z.clone();

    const epsZ = this.hoeffdingBound(this.z.n);
    let epsX = this.hoeffdingBound(this.xMin.n);
    if (this.xMin.get() + epsX >= this.z.get() + epsZ) this.xMin = this.z.clone();
    epsX = this.hoeffdingBound(this.xMax.n);
    if (this.xMax.get() - epsX <= this.z.get() - epsZ) this.xMax = this.z.clone();

    if (this.meanIncreased(this.driftConfidence)) {
      this._warningDetected = false;
      this._driftDetected = true;
    } else if (this.meanIncreased(this.warningConfidence)) {
      this._warningDetected = true;
      this._driftDetected = false;
    } else {
      this._warningDetected = false;
      this._driftDetected = false;
    }

    if (this.twoSidedTest) {
      if (this.meanDecreased(this.driftConfidence)) this._driftDetected = true;
      else if (this.meanDecreased(this.warningConfidence)) this._warningDetected = true;
    }
    return this;
  }

  private bound(cut: RunningMean, confidence: number): number {
    const m = ((this.z.n - cut.n) / cut.n) * (1 / this.z.n);
    return Math.sqrt((m / 2) * Math.log(2 / confidence));
  }

  private meanIncreased(confidence: number): boolean {
    if (this.xMin.n === this.z.n) return false;
    return this.z.get() - this.xMin.get() >= this.bound(this.xMin, confidence);
  }

  private meanDecreased(confidence: number): boolean {
    if (this.xMax.n === this.z.n) return false;
    return this.xMax.get() - this.z.get() >= this.bound(this.xMax, confidence);
  }
}
