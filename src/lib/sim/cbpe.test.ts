import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../drift/errors';
import { Prng } from '../drift/prng';
import {
  CBPE_EXPLANATION,
  CbpeEstimator,
  ConfidenceCalibrator,
  isotonicFit,
  isotonicPredict,
  type IsotonicFit,
} from './cbpe';

const fitted = (fit: IsotonicFit, xs: readonly number[]): number[] => xs.map((x) => isotonicPredict(fit, x));

describe('isotonicFit (pool adjacent violators)', () => {
  it('y = [1, 3, 2, 4, 3, 5] → [1, 2.5, 2.5, 3.5, 3.5, 5]', () => {
    const x = [1, 2, 3, 4, 5, 6];
    const fit = isotonicFit(x, [1, 3, 2, 4, 3, 5]);
    expect(Array.from(fit.x)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(fit.y)).toEqual([1, 2.5, 2.5, 3.5, 3.5, 5]);
    expect(fitted(fit, x)).toEqual([1, 2.5, 2.5, 3.5, 3.5, 5]);
  });

  it('unsorted input gives the same fit', () => {
    const fit = isotonicFit([4, 1, 6, 3, 5, 2], [4, 1, 5, 2, 3, 3]);
    expect(Array.from(fit.y)).toEqual([1, 2.5, 2.5, 3.5, 3.5, 5]);
  });

  it('weights: pooling y = [3, 2] with weights [1, 3] gives (3 + 6)/4 = 2.25', () => {
    const fit = isotonicFit([1, 2, 3], [1, 3, 2], [1, 1, 3]);
    expect(fitted(fit, [1, 2, 3])).toEqual([1, 2.25, 2.25]);
  });

  it('a violation can cascade left: y = [1, 4, 5, 0] with weights [1, 1, 1, 3]', () => {
    // [5, 0] → (5 + 0)/4 = 1.25 < 4 → pool [4, 5, 0]: 9/5 = 1.8 > 1 → stop. Fit [1, 1.8, 1.8, 1.8].
    const fit = isotonicFit([0, 1, 2, 3], [1, 4, 5, 0], [1, 1, 1, 3]);
    expect(Array.from(fit.x)).toEqual([0, 1, 3]);
    expect(fitted(fit, [0, 1, 2, 3])).toEqual([1, 1.8, 1.8, 1.8]);
  });

  it('ties in x are pooled first: x = [1, 1, 2], y = [0, 1, 0] → one block at 1/3', () => {
    const fit = isotonicFit([1, 1, 2], [0, 1, 0]);
    expect(Array.from(fit.x)).toEqual([1, 2]);
    expect(fit.y[0]).toBeCloseTo(1 / 3, 15);
    expect(fit.y[1]).toBeCloseTo(1 / 3, 15);
  });

  it('is non-decreasing, preserves the weighted total, and leaves monotone data unchanged', () => {
    const point = fc.tuple(
      fc.integer({ min: 0, max: 20 }),
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.double({ min: 0.1, max: 5, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 40 }), (pts) => {
        const x = pts.map((p) => p[0]);
        const y = pts.map((p) => p[1]);
        const w = pts.map((p) => p[2]);
        const fit = isotonicFit(x, y, w);
        for (let i = 1; i < fit.x.length; i++) {
          expect(fit.x[i]!).toBeGreaterThan(fit.x[i - 1]!);
          expect(fit.y[i]!).toBeGreaterThanOrEqual(fit.y[i - 1]!);
        }
        const total = y.reduce((s, v, i) => s + v * w[i]!, 0);
        const fittedTotal = x.reduce((s, v, i) => s + isotonicPredict(fit, v) * w[i]!, 0);
        expect(fittedTotal).toBeCloseTo(total, 8);
        const again = isotonicFit(fit.x, fit.y);
        expect(Array.from(again.y)).toEqual(Array.from(fit.y));
      }),
    );
  });

  it('rejects bad input', () => {
    expect(() => isotonicFit([], [])).toThrow(InvalidInputError);
    expect(() => isotonicFit([1, 2], [1])).toThrow(InvalidInputError);
    expect(() => isotonicFit([1, NaN], [1, 2])).toThrow(InvalidInputError);
    expect(() => isotonicFit([1, 2], [1, 2], [1, 0])).toThrow(InvalidInputError);
  });
});

describe('isotonicPredict', () => {
  const fit = { x: Float64Array.from([0.5, 0.7, 0.9]), y: Float64Array.from([0.4, 0.6, 1]) };

  it('interpolates linearly between knots', () => {
    expect(isotonicPredict(fit, 0.6)).toBeCloseTo(0.5, 14);
    expect(isotonicPredict(fit, 0.8)).toBeCloseTo(0.8, 14);
    expect(isotonicPredict(fit, 0.85)).toBeCloseTo(0.9, 14);
    expect(isotonicPredict(fit, 0.7)).toBe(0.6);
  });

  it('clips to the end values outside the fitted range', () => {
    expect(isotonicPredict(fit, 0.3)).toBe(0.4);
    expect(isotonicPredict(fit, 0.95)).toBe(1);
    expect(isotonicPredict({ x: Float64Array.of(2), y: Float64Array.of(7) }, -5)).toBe(7);
  });

  it('rejects a non-finite x and an empty fit', () => {
    expect(() => isotonicPredict(fit, NaN)).toThrow(InvalidInputError);
    expect(() => isotonicPredict({ x: new Float64Array(0), y: new Float64Array(0) }, 1)).toThrow(
      InvalidOptionError,
    );
  });
});

describe('ConfidenceCalibrator and CbpeEstimator', () => {
  it('calibrates to the observed hit rate per confidence level and clamps to [0, 1]', () => {
    // At 0.9 the model was right 3 times in 4 (0.75); at 0.6 right 1 in 2 (0.5) — overconfident.
    const cal = ConfidenceCalibrator.fit([0.6, 0.6, 0.9, 0.9, 0.9, 0.9], [1, 0, 1, 1, 0, 1]);
    expect(Array.from(cal.fit.x)).toEqual([0.6, 0.9]);
    expect(Array.from(cal.fit.y)).toEqual([0.5, 0.75]);
    expect(cal.calibrate(0.75)).toBeCloseTo(0.625, 14);
    expect(cal.calibrate(0.55)).toBe(0.5);
    expect(cal.calibrate(1)).toBe(0.75);
    expect(() => cal.calibrate(1.2)).toThrow(InvalidInputError);
    expect(() => ConfidenceCalibrator.fit([0.5], [2])).toThrow(InvalidInputError);
    expect(() => ConfidenceCalibrator.fit([0.5, 0.6], [1])).toThrow(InvalidInputError);
  });

  it('the windowed estimate is the mean calibrated confidence of the last `capacity` pushes', () => {
    const cal = ConfidenceCalibrator.fit([0.6, 0.6, 0.9, 0.9, 0.9, 0.9], [1, 0, 1, 1, 0, 1]);
    const est = new CbpeEstimator(cal, 2);
    expect(est.estimate()).toBeNaN();
    est.push(0.6); // 0.5
    expect(est.estimate()).toBe(0.5);
    est.push(0.9); // 0.75 → mean 0.625
    expect(est.estimate()).toBeCloseTo(0.625, 14);
    est.push(0.75); // 0.625, evicts 0.5 → (0.75 + 0.625)/2
    expect(est.size).toBe(2);
    expect(est.estimate()).toBeCloseTo(0.6875, 14);
    for (let i = 0; i < 1001; i++) est.push(i % 2 === 0 ? 0.9 : 0.6); // resummed along the way
    expect(est.estimate()).toBeCloseTo(0.625, 14);
    est.clear();
    expect(est.size).toBe(0);
    expect(est.estimate()).toBeNaN();
    expect(() => new CbpeEstimator(cal, 0)).toThrow(InvalidOptionError);
  });

  it('has a plain-English explanation for the UI', () => {
    expect(CBPE_EXPLANATION).toMatch(/covariate shift/);
    expect(CBPE_EXPLANATION).toMatch(/concept drift/);
  });
});

describe('CBPE on a simulated logistic model (P(y = 1 | x) = sigmoid(2x))', () => {
  const N = 20_000;
  const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

  /** The model predicts class 1 when sigmoid(2x) ≥ 0.5; labels come from sigmoid(labelSlope·x). */
  function sample(rng: Prng, n: number, mean: number, labelSlope: number) {
    const confidence = new Float64Array(n);
    const correct = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const x = rng.normal(mean, 1);
      const p = sigmoid(2 * x);
      const pred = p >= 0.5 ? 1 : 0;
      const y = rng.next() < sigmoid(labelSlope * x) ? 1 : 0;
      confidence[i] = Math.max(p, 1 - p);
      correct[i] = pred === y ? 1 : 0;
    }
    return { confidence, correct, accuracy: correct.reduce((s, v) => s + v, 0) / n };
  }

  function estimate(cal: ConfidenceCalibrator, confidence: Float64Array): number {
    const est = new CbpeEstimator(cal, confidence.length);
    for (const c of confidence) est.push(c);
    return est.estimate();
  }

  const rng = new Prng(20240611);
  const reference = sample(rng, N, 0, 2);
  const cal = ConfidenceCalibrator.fit(reference.confidence, reference.correct);

  it('reference accuracy is about E[sigmoid(2|x|)] ≈ 0.76 and the estimate reproduces it', () => {
    expect(reference.accuracy).toBeGreaterThan(0.74);
    expect(reference.accuracy).toBeLessThan(0.78);
    expect(Math.abs(estimate(cal, reference.confidence) - reference.accuracy)).toBeLessThan(1e-9);
  });

  it('covariate shift (x ~ N(1, 1)): the estimate tracks the actual accuracy within 0.02', () => {
    const shifted = sample(rng, N, 1, 2);
    expect(shifted.accuracy - reference.accuracy).toBeGreaterThan(0.02); // easier inputs: accuracy rose
    expect(Math.abs(estimate(cal, shifted.confidence) - shifted.accuracy)).toBeLessThan(0.02);
  });

  it('concept drift (labels from sigmoid(−2x)): the estimate stays high, the accuracy collapses', () => {
    const drifted = sample(rng, N, 0, -2);
    const est = estimate(cal, drifted.confidence);
    expect(Math.abs(est - reference.accuracy)).toBeLessThan(0.02);
    expect(drifted.accuracy).toBeLessThan(0.3);
    expect(est - drifted.accuracy).toBeGreaterThan(0.3);
  });
});
