// EDDM — Early Drift Detection Method.
// Paper: M. Baena-García, J. del Campo-Ávila, R. Fidalgo, A. Bifet, R. Gavaldà and R. Morales-Bueno,
//   "Early drift detection method", 4th International Workshop on Knowledge Discovery from Data Streams, 2006.
// Port of River: river/drift/binary/eddm.py. Input: 1 = error, 0 = correct.
// On each error, the distance (in updates) since the previous error feeds a running mean p' and sample
// standard deviation s' (River stats.Var, ddof = 1). Once more than warmStart updates have been seen:
//   if p' + 2s' exceeds its maximum so far, the maximum is updated;
//   otherwise, once more than warmStart errors have been seen, with level = (p' + 2s') / max(p' + 2s'):
//     level < beta → drift;  else level < alpha → warning;  else no warning.
// Nothing is evaluated on a correct prediction (flags keep their values). The detector resets completely
// on the update after a detection.
import { describeValue, InvalidOptionError } from './errors';
import { RunningVar } from './running-stats';
import { binaryInput, checkOptionKeys, numberOption } from './validate';
import type { BinaryDriftDetector } from './detector';

export interface EDDMOptions {
  /** Minimum number of updates, and of errors, before change can be detected (River `warm_start`). Default 30. */
  warmStart?: number;
  /** Warning threshold on the level ratio (River `alpha`). Default 0.95. */
  alpha?: number;
  /** Drift threshold on the level ratio, ≤ alpha (River `beta`). Default 0.9. */
  beta?: number;
}

const KEYS = ['warmStart', 'alpha', 'beta'] as const;

export class EDDM implements BinaryDriftDetector {
  readonly warmStart: number;
  readonly alpha: number;
  readonly beta: number;

  private _driftDetected = false;
  private _warningDetected = false;
  private distances = new RunningVar();
  private n = 0;
  private lastError = 0;
  private nErrors = 0;
  private p2sMax = -1;

  constructor(options: EDDMOptions = {}) {
    checkOptionKeys('EDDM', options, KEYS);
    this.warmStart = numberOption('EDDM.warmStart', options.warmStart, 30, { integer: true, min: 0 });
    this.alpha = numberOption('EDDM.alpha', options.alpha, 0.95, { min: 0, max: 1, minExclusive: true });
    this.beta = numberOption('EDDM.beta', options.beta, 0.9, { min: 0, max: 1, minExclusive: true });
    if (this.alpha < this.beta) {
      throw new InvalidOptionError(
        'EDDM.alpha',
        `must be ≥ beta (${this.beta}), got ${describeValue(this.alpha)}`,
      );
    }
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
    this.distances = new RunningVar();
    this.n = 0;
    this.lastError = 0;
    this.nErrors = 0;
    this.p2sMax = -1;
  }

  update(x: number | boolean): this {
    const error = binaryInput('EDDM', x);
    if (this._driftDetected) this.reset();

    this.n += 1;
    if (error === 1) {
      this.nErrors += 1;
      this.distances.update(this.n - this.lastError);
      if (this.n > this.warmStart) {
        const pPrime = this.distances.mean.get();
        const sPrime = Math.sqrt(this.distances.get());
        const p2s = pPrime + 2 * sPrime;
        if (p2s > this.p2sMax) {
          this.p2sMax = p2s;
        } else if (this.nErrors > this.warmStart) {
          const level = p2s / this.p2sMax;
          if (level < this.beta) this._driftDetected = true;
          else this._warningDetected = level < this.alpha;
        }
      }
      this.lastError = this.n;
    }
    return this;
  }
}
