import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EWMean, RunningMean, RunningVar } from './running-stats';

// Expected values are River's own docstring examples (river/stats/mean.py, var.py, ewmean.py).
describe('River running statistics', () => {
  it('Mean: [-5, -3, -1, 1, 3, 5] → -5, -4, -3, -2, -1, 0', () => {
    const m = new RunningMean();
    expect([-5, -3, -1, 1, 3, 5].map((x) => m.update(x).get())).toEqual([-5, -4, -3, -2, -1, 0]);
  });

  it('Var (ddof 1): [3, 5, 4, 7, 10, 12] → 0, 2, 1, 2.916666, 7.7, 12.56666', () => {
    const v = new RunningVar();
    const out = [3, 5, 4, 7, 10, 12].map((x) => v.update(x).get());
    [0, 2, 1, 35 / 12, 7.7, 377 / 30].forEach((e, i) => expect(out[i]).toBeCloseTo(e, 12)); // River prints them truncated
  });

  it('EWMean(0.5): [1, 3, 5, 4, 6, 8, 7, 9, 11] → 1, 2, 3.5, 3.75, 4.875, 6.4375, 6.71875, 7.859375, 9.4296875', () => {
    const e = new EWMean(0.5);
    expect([1, 3, 5, 4, 6, 8, 7, 9, 11].map((x) => e.update(x).get())).toEqual([
      1, 2, 3.5, 3.75, 4.875, 6.4375, 6.71875, 7.859375, 9.4296875,
    ]);
  });

  it('EWMean keeps River’s rule "mean exactly 0 → take x": zeros then a 1 gives 1, not 0.05', () => {
    const e = new EWMean(0.05);
    [0, 0, 0].forEach((x) => e.update(x));
    expect(e.update(1).get()).toBe(1);
    expect(e.update(0).get()).toBeCloseTo(0.95, 15);
  });

  it('Mean and Var agree with the batch formulas (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 2, maxLength: 200 }),
        (xs) => {
          const m = new RunningMean();
          const v = new RunningVar();
          xs.forEach((x) => {
            m.update(x);
            v.update(x);
          });
          const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
          const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
          expect(m.get()).toBeCloseTo(mean, 6);
          expect(Math.abs(v.get() - variance)).toBeLessThanOrEqual(1e-7 * Math.max(1, variance));
          expect(m.clone().get()).toBe(m.get());
        },
      ),
    );
  });
});
