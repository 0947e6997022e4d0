// HDDM_W — drift detection based on McDiarmid's bounds with the weighted-moving-average test ("W-test").
// Paper: I. Frías-Blanco, J. del Campo-Ávila, G. Ramos-Jiménez, R. Morales-Bueno, A. Ortiz-Díaz and
//   Y. Caballero-Mota, "Online and non-parametric drift detection methods based on Hoeffding's bounds",
//   IEEE Transactions on Knowledge and Data Engineering 27(3), 2015, pp. 810–823. (River/MOA implementation.)
// Port of River: river/drift/binary/hddm_w.py. Input: 1 = error, 0 = correct.
// Each sample summary keeps an EWMA with weight λ (River stats.EWMean, including its "mean exactly 0 →
// take x" rule, see running-stats.ts) and the independent bound condition
//   ibc ← λ² + (1 − λ)²·ibc  (starting at 1),   bound(ibc, c) = √(ibc · ln(1/c) / 2).
// Increase side: whenever total.ewma + bound(total.ibc, driftConfidence) drops below the best cut point,
// S1 := copy of total and S2 restarts empty; otherwise S2 takes x. An increase at confidence c is
// S2.ewma − S1.ewma > bound(S1.ibc + S2.ibc, c) (both summaries must have seen data).
// drift at driftConfidence, else warning at warningConfidence. The decrease side mirrors it and is only
// tested with twoSidedTest (its statistics are updated regardless, as in River).
// The detector resets completely on the update after a detection.
import { EWMean } from './running-stats';
import { binaryInput, booleanOption, checkOptionKeys, numberOption } from './validate';
import type { BinaryDriftDetector } from './detector';

export interface HDDMWOptions {
  /** Confidence of the drift test (River `drift_confidence`). Default 0.001. */
  driftConfidence?: number;
  /** Confidence of the warning test (River `warning_confidence`). Default 0.005. */
  warningConfidence?: number;
  /** Weight λ of the newest value in the EWMA (River `lambda_val`). Default 0.05. */
  lambdaVal?: number;
  /** Also detect decreases of the error rate (River `two_sided_test`). Default false. */
  twoSidedTest?: boolean;
}

const KEYS = ['driftConfidence', 'warningConfidence', 'lambdaVal', 'twoSidedTest'] as const;
const OPEN_UNIT = { min: 0, max: 1, minExclusive: true, maxExclusive: true };

/** River's SampleInfo: an EWMA plus its independent bound condition. */
class SampleInfo {
  readonly ewma: EWMean;
  isInit = false;
  ibc = 1;

  constructor(private readonly lambda: number) {
    this.ewma = new EWMean(lambda);
  }

  update(x: number): void {
    this.ewma.update(x);
    this.isInit = true;
    this.ibc = this.lambda * this.lambda + (1 - this.lambda) ** 2 * this.ibc;
  }

  clone(): SampleInfo {
    const copy = new SampleInfo(this.lambda);
    copy.ewma.mean = this.ewma.mean;
    copy.isInit = this.isInit;
    copy.ibc = this.ibc;
    return copy;
  }
}

export class HDDMW implements BinaryDriftDetector {
  readonly driftConfidence: number;
  readonly warningConfidence: number;
  readonly lambdaVal: number;
  readonly twoSidedTest: boolean;

  private _driftDetected = false;
  private _warningDetected = false;
  private total!: SampleInfo;
  private s1Incr!: SampleInfo;
  private s2Incr!: SampleInfo;
  private s1Decr!: SampleInfo;
  private s2Decr!: SampleInfo;
  private incrCutpoint = Number.POSITIVE_INFINITY;
  private decrCutpoint = Number.NEGATIVE_INFINITY;

  constructor(options: HDDMWOptions = {}) {
    checkOptionKeys('HDDMW', options, KEYS);
    this.driftConfidence = numberOption('HDDMW.driftConfidence', options.driftConfidence, 0.001, OPEN_UNIT);
    this.warningConfidence = numberOption(
      'HDDMW.warningConfidence',
      options.warningConfidence,
      0.005,
      OPEN_UNIT,
    );
    this.lambdaVal = numberOption('HDDMW.lambdaVal', options.lambdaVal, 0.05, {
      min: 0,
      max: 1,
      minExclusive: true,
    });
    this.twoSidedTest = booleanOption('HDDMW.twoSidedTest', options.twoSidedTest, false);
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
    this.total = new SampleInfo(this.lambdaVal);
    this.s1Decr = new SampleInfo(this.lambdaVal);
    this.s1Incr = new SampleInfo(this.lambdaVal);
    this.s2Decr = new SampleInfo(this.lambdaVal);
    this.s2Incr = new SampleInfo(this.lambdaVal);
    this.incrCutpoint = Number.POSITIVE_INFINITY;
    this.decrCutpoint = Number.NEGATIVE_INFINITY;
  }

  private static mcdiarmidBound(ibc: number, confidence: number): number {
    return Math.sqrt((ibc * Math.log(1 / confidence)) / 2);
  }

  update(x: number | boolean): this {
    const error = binaryInput('HDDMW', x);
    if (this._driftDetected) this.reset();

    this.total.update(error);

    this.updateIncrStats(error);
    if (this.hasMeanChanged(this.s1Incr, this.s2Incr, this.driftConfidence)) {
      this._warningDetected = false;
      this._driftDetected = true;
    } else if (this.hasMeanChanged(this.s1Incr, this.s2Incr, this.warningConfidence)) {
      this._warningDetected = true;
      this._driftDetected = false;
    } else {
      this._warningDetected = false;
      this._driftDetected = false;
    }

    this.updateDecrStats(error);
    if (this.twoSidedTest) {
      if (this.hasMeanChanged(this.s2Decr, this.s1Decr, this.driftConfidence)) this._driftDetected = true;
      else if (this.hasMeanChanged(this.s2Decr, this.s1Decr, this.warningConfidence))
        this._warningDetected = true;
    }
    return this;
  }

  /** True when sample2's EWMA exceeds sample1's by more than the McDiarmid bound. */
  private hasMeanChanged(sample1: SampleInfo, sample2: SampleInfo, confidence: number): boolean {
    if (!(sample1.isInit && sample2.isInit)) return false;
    const bound = HDDMW.mcdiarmidBound(sample1.ibc + sample2.ibc, confidence);
    return sample2.ewma.get() - sample1.ewma.get() > bound;
  }

  private updateIncrStats(x: number): void {
    const eps = HDDMW.mcdiarmidBound(this.total.ibc, this.driftConfidence);
    if (this.total.ewma.get() + eps < this.incrCutpoint) {
      this.incrCutpoint = this.total.ewma.get() + eps;
      this.s1Incr = this.total.clone();
      this.s2Incr = new SampleInfo(this.lambdaVal);
    } else {
      this.s2Incr.update(x);
    }
  }

  private updateDecrStats(x: number): void {
    const eps = HDDMW.mcdiarmidBound(this.total.ibc, this.driftConfidence);
    if (this.total.ewma.get() - eps > this.decrCutpoint) {
      this.decrCutpoint = this.total.ewma.get() - eps;
      this.s1Decr = this.total.clone();
      this.s2Decr = new SampleInfo(this.lambdaVal);
    } else {
      this.s2Decr.update(x);
    }
  }
}
