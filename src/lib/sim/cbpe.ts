// Label-free accuracy estimate in the spirit of NannyML's CBPE (Confidence-Based Performance Estimation;
// NannyML documentation, "How it works → Performance estimation").
//
// Idea. If a classifier's probabilities are calibrated, a prediction made with confidence c is right with
// probability c. The expected number of correct predictions in a window is then the sum of the calibrated
// confidences, and the expected accuracy is their mean — computable the moment the predictions are made,
// long before any label arrives. NannyML's CBPE builds whole expected confusion matrices this way; here we
// only need accuracy, i.e. E[1{ŷ = y}] = mean of P(correct | confidence).
//
// Calibration. The model's raw confidence need not be calibrated, so we learn the map
//   confidence of the predicted class  →  P(prediction is correct)
// on a labelled reference set (data the model was validated on) with isotonic regression: the
// non-decreasing step function closest in weighted least squares to the 0/1 "was it right" outcomes
// (Zadrozny & Elkan 2002, "Transforming classifier scores into accurate multiclass probability
// estimates", KDD; NannyML also calibrates with isotonic regression by default). It is fitted with the
// pool-adjacent-violators algorithm (PAV; Ayer, Brunk, Ewing, Reid & Silverman 1955, Ann. Math. Statist.
// 26:641–647): sort by x, pool tied x values into one weighted point, then scan left to right keeping a
// stack of blocks; whenever a block's weighted mean is ≥ the next one's the two are merged (their pooled
// mean is the weighted average), and merging repeats leftwards until the block means increase strictly.
// Each block is constant on its x range, so the fit is fully described by the block end points (knots);
// a new confidence is mapped by linear interpolation between knots and clipped to the first/last knot
// outside the fitted range — the behaviour of scikit-learn's IsotonicRegression(out_of_bounds='clip').
// Calibrated values are finally clamped to [0, 1] (a no-op for 0/1 targets, kept as a guard).
//
// When it works and when it cannot. CBPE assumes P(y | x) is the same in production as in the reference
// data. Under covariate shift (P(x) moves, P(y | x) does not) the model's confidence on each input is still
// as trustworthy as before, so the calibrated map still holds and the estimate follows the real accuracy
// as the mix of easy and hard inputs changes (provided the new inputs stay in a region the reference set
// covered). Under concept drift P(y | x) itself changes: the same input now has a different answer, yet
// the model sees the same input and is exactly as confident as before. The estimate therefore stays high
// while the real accuracy falls — no label-free method that only looks at the model's confidence can see
// this, which is why delayed labels (and the monitors that use them) are still needed.
import { describeValue, InvalidInputError, InvalidOptionError } from '../drift/errors';
import { numberOption } from '../drift/validate';
import { RingBuffer } from './ring';

/** Short plain-English explanation for the UI. */
export const CBPE_EXPLANATION =
  'The estimate needs no labels. On reference data with labels we learn how often the model is right at ' +
  'each confidence level; in production we average that "chance of being right" over recent predictions. ' +
  'If only the inputs shift (covariate shift), that chance still holds, so the estimate tracks the real ' +
  'accuracy. If the meaning of the inputs changes (concept drift), the model stays just as confident while ' +
  'it is now wrong more often: the estimate stays high and only real labels reveal the drop.';

/** An isotonic fit as knots: strictly increasing x, non-decreasing y; linear in between, flat outside. */
export interface IsotonicFit {
  x: Float64Array;
  y: Float64Array;
}

function checkFiniteArray(name: string, a: ArrayLike<number>): void {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new InvalidInputError(`${name}[${i}] must be a finite number, got ${describeValue(v)}`, v);
  }
}

/**
 * Weighted isotonic (non-decreasing) least-squares regression of y on x by PAV; ties in x are pooled
 * first (weighted mean of their y). Weights default to 1 and must be > 0. Returns the block end points.
 */
export function isotonicFit(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  weights?: ArrayLike<number>,
): IsotonicFit {
  const n = x.length;
  if (n === 0) throw new InvalidInputError('isotonicFit: x is empty', x);
  if (y.length !== n) throw new InvalidInputError(`isotonicFit: x has ${n} values but y has ${y.length}`, y);
  if (weights !== undefined && weights.length !== n)
    throw new InvalidInputError(`isotonicFit: x has ${n} values but weights has ${weights.length}`, weights);
  checkFiniteArray('isotonicFit: x', x);
  checkFiniteArray('isotonicFit: y', y);
  if (weights !== undefined) {
    checkFiniteArray('isotonicFit: weights', weights);
    for (let i = 0; i < n; i++)
      if (weights[i]! <= 0)
        throw new InvalidInputError(`isotonicFit: weights[${i}] must be > 0, got ${weights[i]}`, weights[i]);
  }

  // Sort by x and pool ties into (ux, uw, uwy): unique x, total weight, weighted sum of y.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]!);
  const ux = new Float64Array(n);
  const uw = new Float64Array(n);
  const uwy = new Float64Array(n);
  let m = 0;
  for (const i of order) {
    const w = weights === undefined ? 1 : weights[i]!;
    if (m > 0 && ux[m - 1] === x[i]) {
      uw[m - 1]! += w;
      uwy[m - 1]! += w * y[i]!;
    } else {
      ux[m] = x[i]!;
      uw[m] = w;
      uwy[m] = w * y[i]!;
      m++;
    }
  }

  // PAV over the pooled points. Block b covers unique points [start[b], start[b + 1]); W = weight, S = Σw·y.
  const start = new Int32Array(m + 1);
  const W = new Float64Array(m);
  const S = new Float64Array(m);
  let blocks = 0;
  for (let j = 0; j < m; j++) {
    start[blocks] = j;
    W[blocks] = uw[j]!;
    S[blocks] = uwy[j]!;
    blocks++;
    // Merge while the previous block's mean ≥ this block's mean (S/W compared by cross-multiplication).
    while (blocks > 1 && S[blocks - 2]! * W[blocks - 1]! >= S[blocks - 1]! * W[blocks - 2]!) {
      W[blocks - 2]! += W[blocks - 1]!;
      S[blocks - 2]! += S[blocks - 1]!;
      blocks--;
    }
  }
  start[blocks] = m;

  // Knots: first and last x of each block (one knot when they coincide).
  const kx: number[] = [];
  const ky: number[] = [];
  for (let b = 0; b < blocks; b++) {
    const v = S[b]! / W[b]!;
    const first = ux[start[b]!]!;
    const last = ux[start[b + 1]! - 1]!;
    kx.push(first);
    ky.push(v);
    if (last !== first) {
      kx.push(last);
      ky.push(v);
    }
  }
  return { x: Float64Array.from(kx), y: Float64Array.from(ky) };
}

/** Evaluates a fit at x: linear interpolation between knots, the end values outside the knot range. */
export function isotonicPredict(fit: IsotonicFit, x: number): number {
  const kx = fit.x;
  const ky = fit.y;
  const n = kx.length;
  if (n === 0 || ky.length !== n)
    throw new InvalidOptionError(
      'isotonicPredict.fit',
      'must have the same, non-zero number of x and y knots',
    );
  if (typeof x !== 'number' || !Number.isFinite(x))
    throw new InvalidInputError(`isotonicPredict: x must be a finite number, got ${describeValue(x)}`, x);
  if (x <= kx[0]!) return ky[0]!;
  if (x >= kx[n - 1]!) return ky[n - 1]!;
  // Largest i with kx[i] ≤ x (binary search; kx[0] ≤ x < kx[n − 1] here, so 0 ≤ i ≤ n − 2).
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (kx[mid]! <= x) lo = mid;
    else hi = mid;
  }
  const x0 = kx[lo]!;
  const y0 = ky[lo]!;
  return y0 + ((ky[lo + 1]! - y0) * (x - x0)) / (kx[lo + 1]! - x0);
}

function checkProbability(name: string, v: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 1)
    throw new InvalidInputError(`${name} must be a number in [0, 1], got ${describeValue(v)}`, v);
}

/** Maps the model's confidence in its predicted class to the probability that the prediction is right. */
export class ConfidenceCalibrator {
  readonly fit: IsotonicFit;

  private constructor(fit: IsotonicFit) {
    this.fit = fit;
  }

  /** Isotonic fit of `correct` (0/1) on `confidence` ([0, 1]) over a labelled reference set. */
  static fit(confidence: ArrayLike<number>, correct: ArrayLike<number>): ConfidenceCalibrator {
    if (confidence.length !== correct.length)
      throw new InvalidInputError(
        `ConfidenceCalibrator.fit: ${confidence.length} confidences but ${correct.length} correct flags`,
        correct,
      );
    for (let i = 0; i < confidence.length; i++) {
      checkProbability(`ConfidenceCalibrator.fit: confidence[${i}]`, confidence[i]!);
      if (correct[i] !== 0 && correct[i] !== 1)
        throw new InvalidInputError(
          `ConfidenceCalibrator.fit: correct[${i}] must be 0 or 1, got ${describeValue(correct[i])}`,
          correct[i],
        );
    }
    return new ConfidenceCalibrator(isotonicFit(confidence, correct));
  }

  /** Calibrated probability of being right at this confidence, in [0, 1]. */
  calibrate(confidence: number): number {
    checkProbability('ConfidenceCalibrator.calibrate: confidence', confidence);
    return Math.min(1, Math.max(0, isotonicPredict(this.fit, confidence)));
  }
}

/**
 * Windowed CBPE accuracy: the mean calibrated confidence of the last `capacity` predictions. A push
 * calibrates one confidence (O(log knots)) and updates a running sum (O(1)); to stop the add/subtract
 * rounding error from accumulating over an endless stream, the sum is recomputed from the window after
 * every `capacity` evictions (amortised O(1)).
 */
export class CbpeEstimator {
  readonly calibrator: ConfidenceCalibrator;
  readonly capacity: number;
  private readonly ring: RingBuffer;
  private sum = 0;
  private evictions = 0;

  constructor(calibrator: ConfidenceCalibrator, capacity: number) {
    if (!(calibrator instanceof ConfidenceCalibrator))
      throw new InvalidOptionError('CbpeEstimator.calibrator', 'must be a ConfidenceCalibrator');
    this.calibrator = calibrator;
    this.capacity = numberOption('CbpeEstimator.capacity', capacity, Number.NaN, { integer: true, min: 1 });
    this.ring = new RingBuffer(this.capacity);
  }

  get size(): number {
    return this.ring.size;
  }

  /** Adds one prediction's confidence (of its predicted class, in [0, 1]). */
  push(confidence: number): void {
    const p = this.calibrator.calibrate(confidence);
    const evicted = this.ring.push(p);
    this.sum += p;
    if (evicted !== undefined) {
      this.sum -= evicted;
      if (++this.evictions >= this.capacity) {
        this.evictions = 0;
        this.sum = this.ring.toArray().reduce((s, v) => s + v, 0);
      }
    }
  }

  /** Estimated accuracy of the window; NaN when empty. */
  estimate(): number {
    return this.ring.size === 0 ? Number.NaN : this.sum / this.ring.size;
  }

  clear(): void {
    this.ring.clear();
    this.sum = 0;
    this.evictions = 0;
  }
}
