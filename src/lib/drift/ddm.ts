// DDM — Drift Detection Method.
// Paper: J. Gama, P. Medas, G. Castillo and P. Rodrigues, "Learning with drift detection",
//   SBIA 2004 (Brazilian Symposium on Artificial Intelligence), LNCS 3171, pp. 286–295.
// Port of River: river/drift/binary/ddm.py. Input: 1 = error, 0 = correct.
//   p_i = running error rate, s_i = √(p_i(1 − p_i)/i);
//   once i > warmStart: if p_i + s_i ≤ p_min + s_min, record p_min = p_i, s_min = s_i;
//   warning when p_i + s_i > p_min + warningThreshold·s_min,
//   drift   when p_i + s_i > p_min + driftThreshold·s_min (the warning flag is then cleared).
// Nothing is evaluated during the warm start. River quirk kept: an error-free warm start gives
// s_min = 0, so the first error afterwards is a drift.
// The detector resets completely on the update after a detection.
import { RunningMean } from './running-stats';
import { binaryInput, checkOptionKeys, numberOption } from './validate';
import type { BinaryDriftDetector } from './detector';

export interface DDMOptions {
  /** Updates before change can be detected (River `warm_start`). Default 30. */
  warmStart?: number;
  /** Warning zone threshold, in standard deviations (River `warning_threshold`). Default 2. */
  warningThreshold?: number;
  /** Drift threshold, in standard deviations (River `drift_threshold`). Default 3. */
  driftThreshold?: number;
}

const KEYS = ['warmStart', 'warningThreshold', 'driftThreshold'] as const;

export class DDM implements BinaryDriftDetector {
  readonly warmStart: number;
  readonly warningThreshold: number;
  readonly driftThreshold: number;

  private _driftDetected = false;
  private _warningDetected = false;
  private p = new RunningMean();
  private pMin = 0;
  private sMin = 0;
  private psMin = Number.POSITIVE_INFINITY;

  constructor(options: DDMOptions = {}) {
    checkOptionKeys('DDM', options, KEYS);
    this.warmStart = numberOption('DDM.warmStart', options.warmStart, 30, { integer: true, min: 0 });
    this.warningThreshold = numberOption('DDM.warningThreshold', options.warningThreshold, 2, {
      min: 0,
      minExclusive: true,
    });
    this.driftThreshold = numberOption('DDM.driftThreshold', options.driftThreshold, 3, {
      min: 0,
      minExclusive: true,
    });
    this.reset();
  }

  get driftDetected(): boolean {
    return this._driftDetected;
  }

  get warningDetected(): boolean {
    return this._warningDetected;
  }

  /** Running error rate since the last reset. */
  get errorRate(): number {
    return this.p.get();
  }

  private reset(): void {
    this._driftDetected = false;
    this._warningDetected = false;
    this.p = new RunningMean();
    this.pMin = 0;
    this.sMin = 0;
    this.psMin = Number.POSITIVE_INFINITY;
  }

  update(x: number | boolean): this {
    const error = binaryInput('DDM', x);
    if (this._driftDetected) this.reset();

    this.p.update(error);
    const pi = this.p.get();
    const n = this.p.n;
    const si = Math.sqrt((pi * (1 - pi)) / n);

    if (n > this.warmStart) {
      if (pi + si <= this.psMin) {
        this.pMin = pi;
        this.sMin = si;
        this.psMin = this.pMin + this.sMin;
      }
      this._warningDetected = pi + si > this.pMin + this.warningThreshold * this.sMin;
      if (pi + si > this.pMin + this.driftThreshold * this.sMin) {
        this._driftDetected = true;
        this._warningDetected = false;
      }
    }
    return this;
  }
}
