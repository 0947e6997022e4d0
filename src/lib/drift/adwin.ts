// ADWIN — ADaptive WINdowing (exponential-histogram variant "ADWIN2").
// Paper: A. Bifet and R. Gavaldà, "Learning from time-changing data with adaptive windowing",
//   SIAM International Conference on Data Mining, 2007, pp. 443–448.
// Port of River: river/drift/adwin.py and river/drift/adwin_c.pyx (AdaptiveWindowing, Bucket) in its
// current form (the optimised Cython file and its Rust twin rust_src/adwin.rs), so detections land on the
// same update as in River:
// - the window is a list of bucket rows; row i holds up to maxBuckets buckets of 2^i values (total and
//   variance Σ(x − mean)² per bucket); a row that reaches maxBuckets + 1 merges its two oldest buckets
//   into one bucket of the next row (Babcock et al. 2003 for the variance merge);
// - every `clock` updates, once the window is wider than `gracePeriod`, the cut after each bucket is
//   tested, from the oldest bucket to the newest (the newest bucket itself ends the scan). Older River
//   releases looped `for k in range(bucket.current_idx - 1)`, skipping the last bucket of every row;
//   the current code (and this port) tests them all, which River's test_adwin_regression.py pins;
// - a cut (W0 = older part, W1 = newer part, n0, n1 ≥ minWindowLength) signals change when
//     |μ0 − μ1| > ε,  ε = √(2·m·σ²·δ') + (2/3)·δ'·m,
//     m = 1/(n0 − minWindowLength + 1) + 1/(n1 − minWindowLength + 1),
//     δ' = ln(2·ln(W) / δ),  σ² = variance of the whole window / W,  W = window width;
//   the oldest bucket is then dropped and the scan restarts until no cut fires;
// - River's ADWIN.update resets the whole detector on the update after a detection.
import { checkOptionKeys, finiteInput, numberOption } from './validate';
import type { DriftDetector } from './detector';

export interface ADWINOptions {
  /** Confidence δ of the cut test (River `delta`). Default 0.002. */
  delta?: number;
  /** Check for change every `clock` updates (River `clock`). Default 32. */
  clock?: number;
  /** Buckets of each size kept before two are merged (River `max_buckets`). Default 5. */
  maxBuckets?: number;
  /** Minimum length of each sub-window (River `min_window_length`). Default 5. */
  minWindowLength?: number;
  /** No change detection until the window holds more than this many values (River `grace_period`). Default 10. */
  gracePeriod?: number;
}

const KEYS = ['delta', 'clock', 'maxBuckets', 'minWindowLength', 'gracePeriod'] as const;

/** One row of the exponential histogram: up to maxBuckets + 1 buckets of equal size, oldest first. */
class BucketRow {
  readonly total: Float64Array;
  readonly variance: Float64Array;
  count = 0;

  constructor(maxBuckets: number) {
    this.total = new Float64Array(maxBuckets + 1);
    this.variance = new Float64Array(maxBuckets + 1);
  }

  insert(total: number, variance: number): void {
    this.total[this.count] = total;
    this.variance[this.count] = variance;
    this.count += 1;
  }

  /** Drops the `n` oldest buckets (River Bucket.compress). */
  compress(n: number): void {
    this.total.copyWithin(0, n);
    this.variance.copyWithin(0, n);
    this.total.fill(0, this.total.length - n);
    this.variance.fill(0, this.variance.length - n);
    this.count -= n;
  }
}

export class ADWIN implements DriftDetector {
  readonly delta: number;
  readonly clock: number;
  readonly maxBuckets: number;
  readonly minWindowLength: number;
  readonly gracePeriod: number;

  private _driftDetected = false;
  /** rows[0] holds single values (newest data); rows[rows.length − 1] the largest, oldest buckets. */
  private rows: BucketRow[] = [];
  private _width = 0;
  private _total = 0;
  private _variance = 0;
  private tick = 0;
  private _nDetections = 0;

  constructor(options: ADWINOptions = {}) {
    checkOptionKeys('ADWIN', options, KEYS);
    this.delta = numberOption('ADWIN.delta', options.delta, 0.002, {
      min: 0,
      max: 1,
      minExclusive: true,
      maxExclusive: true,
    });
    this.clock = numberOption('ADWIN.clock', options.clock, 32, { integer: true, min: 1 });
    this.maxBuckets = numberOption('ADWIN.maxBuckets', options.maxBuckets, 5, { integer: true, min: 1 });
    this.minWindowLength = numberOption('ADWIN.minWindowLength', options.minWindowLength, 5, {
      integer: true,
      min: 1,
    });
    this.gracePeriod = numberOption('ADWIN.gracePeriod', options.gracePeriod, 10, { integer: true, min: 0 });
    this.reset();
  }

  get driftDetected(): boolean {
    return this._driftDetected;
  }

  /** Number of values in the adaptive window. */
  get width(): number {
    return this._width;
  }

  /** Sum of the values in the window. */
  get total(): number {
    return this._total;
  }

  /** Σ(x − mean)² over the window (not divided by the width, as in River). */
  get variance(): number {
    return this._variance;
  }

  /** Mean of the window (0 when empty). */
  get estimation(): number {
    return this._width === 0 ? 0 : this._total / this._width;
  }

  /** Detections since the last reset; with River's reset-after-detection this is 0 or 1. */
  get nDetections(): number {
    return this._nDetections;
  }

  private reset(): void {
    this._driftDetected = false;
    this.rows = [new BucketRow(this.maxBuckets)];
    this._width = 0;
    this._total = 0;
    this._variance = 0;
    this.tick = 0;
    this._nDetections = 0;
  }

  update(x: number): this {
    const value = finiteInput('ADWIN', x);
    if (this._driftDetected) this.reset();
    this.insertElement(value);
    this._driftDetected = this.detectChange();
    return this;
  }

  private insertElement(value: number): void {
    (this.rows[0] as BucketRow).insert(value, 0);
    this._width += 1;
    if (this._width > 1) {
      const prevMean = this._total / (this._width - 1);
      this._variance += ((this._width - 1) * (value - prevMean) * (value - prevMean)) / this._width;
    }
    this._total += value;
    this.compressBuckets();
  }

  private compressBuckets(): void {
    for (let idx = 0; idx < this.rows.length; idx++) {
      const row = this.rows[idx] as BucketRow;
      if (row.count !== this.maxBuckets + 1) break;
      if (idx + 1 === this.rows.length) this.rows.push(new BucketRow(this.maxBuckets));
      const next = this.rows[idx + 1] as BucketRow;
      const size = 2 ** idx;
      const t0 = row.total[0] as number;
      const t1 = row.total[1] as number;
      const mu1 = t0 / size;
      const mu2 = t1 / size;
      // Merged variance: v1 + v2 + n1·n2·(μ1 − μ2)² / (n1 + n2), written n·0.5·(μ1 − μ2)² as n1 = n2 = n.
      const temp = size * 0.5 * (mu1 - mu2) * (mu1 - mu2);
      next.insert(t0 + t1, (row.variance[0] as number) + (row.variance[1] as number) + temp);
      row.compress(2);
      if (next.count <= this.maxBuckets) break;
    }
  }

  /** Removes the oldest bucket and returns its size. */
  private deleteElement(): number {
    const last = this.rows.length - 1;
    const row = this.rows[last] as BucketRow;
    const n = 2 ** last;
    const u = row.total[0] as number;
    const mu = u / n;
    const v = row.variance[0] as number;
    this._width -= n;
    this._total -= u;
    const muWindow = this._total / this._width;
    this._variance -= v + (n * this._width * (mu - muWindow) * (mu - muWindow)) / (n + this._width);
    row.compress(1);
    if (row.count === 0) this.rows.pop();
    return n;
  }

  private detectChange(): boolean {
    let changeDetected = false;
    this.tick += 1;
    if (this.tick % this.clock === 0 && this._width > this.gracePeriod) {
      let reduceWidth = true;
      while (reduceWidth) {
        reduceWidth = false;
        let exit = false;
        let n0 = 0;
        let n1 = this._width;
        let u0 = 0;
        let u1 = this._total;
        // River also accumulates the sub-window variances v0, v1 here, but never uses them: the cut test
        // uses the variance of the whole window. They are omitted.
        for (let idx = this.rows.length - 1; idx >= 0 && !exit; idx--) {
          const row = this.rows[idx] as BucketRow;
          const size = 2 ** idx;
          for (let k = 0; k < row.count; k++) {
            const t = row.total[k] as number;
            n0 += size;
            n1 -= size;
            u0 += t;
            u1 -= t;
            if (idx === 0 && k === row.count - 1) {
              exit = true; // the newest value: W1 would be empty
              break;
            }
            const deltaMean = u0 / n0 - u1 / n1;
            if (
              n1 >= this.minWindowLength &&
              n0 >= this.minWindowLength &&
              this.evaluateCut(n0, n1, deltaMean)
            ) {
              reduceWidth = true;
              changeDetected = true;
              if (this._width > 0) {
                this.deleteElement();
                exit = true;
                break;
              }
            }
          }
        }
      }
    }
    if (changeDetected) this._nDetections += 1;
    return changeDetected;
  }

  private evaluateCut(n0: number, n1: number, deltaMean: number): boolean {
    const deltaPrime = Math.log((2 * Math.log(this._width)) / this.delta);
    const mRecip = 1 / (n0 - this.minWindowLength + 1) + 1 / (n1 - this.minWindowLength + 1);
    const varianceInWindow = this._variance / this._width;
    const epsilon = Math.sqrt(2 * mRecip * varianceInWindow * deltaPrime) + (2 / 3) * deltaPrime * mRecip;
    return Math.abs(deltaMean) > epsilon;
  }
}
