import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from './errors';
import { PageHinkley } from './page-hinkley';
import {
  bernoulliShift,
  changeSummary,
  driftIndices,
  flagTrace,
  gaussianShift,
  riverNumericDocStream,
} from './test-streams';

describe('PageHinkley matches River', () => {
  it('River docstring: random.Random(12345) stream → "Change detected at index 1006"', () => {
    expect(driftIndices(new PageHinkley(), riverNumericDocStream())).toEqual([1006]);
  });

  it('waits for minInstances updates: a jump at index 10 is reported at index 29', () => {
    const data = [...Array(10).fill(0), ...Array(30).fill(1000)];
    expect(driftIndices(new PageHinkley(), data)[0]).toBe(29);
    expect(driftIndices(new PageHinkley({ minInstances: 12 }), data)[0]).toBe(11);
  });

  it('mode: "up" ignores a decrease, "down" ignores an increase, "both" reports the union', () => {
    const up = gaussianShift(9, 2000, 1000, 0, 1); // mean 0 → 1
    const down = gaussianShift(9, 2000, 1000, 1, 0); // mean 1 → 0
    // 590 is an upward false alarm in the first segment (same noise in both streams).
    expect(driftIndices(new PageHinkley({ mode: 'up' }), up)).toEqual([590, 1015]);
    expect(driftIndices(new PageHinkley({ mode: 'up' }), down)).toEqual([590]);
    expect(driftIndices(new PageHinkley({ mode: 'down' }), up)).toEqual([]);
    expect(driftIndices(new PageHinkley({ mode: 'down' }), down)).toEqual([1060]);
    expect(driftIndices(new PageHinkley({ mode: 'both' }), up)).toEqual([590, 1015]);
    expect(driftIndices(new PageHinkley({ mode: 'both' }), down)).toEqual([590, 1060]);
  });

  it('statistics exposes the two one-sided statistics', () => {
    const ph = new PageHinkley();
    expect(ph.statistics).toEqual({ increase: 0, decrease: 0 });
    ph.update(0).update(10);
    // mean 5: S⁺ = (0 − 0.005)·α… then + 5 − 0.005; min S⁺ = −0.005.
    expect(ph.statistics.increase).toBeCloseTo(5 - 0.005 + 0.005 * (1 - 0.9999), 9);
  });
});

describe('PageHinkley on streams with a known change at t = 1000', () => {
  it('Bernoulli error rate 0.1 → 0.5 (seed 1): detected at 1175 (delay 175), no false alarm', () => {
    expect(driftIndices(new PageHinkley(), bernoulliShift(1, 2000, 1000, 0.1, 0.5))).toEqual([1175]);
  });

  it('Gaussian mean 0 → 1, sd 1 (seed 1): detected at 1041 (delay 41), no false alarm', () => {
    expect(driftIndices(new PageHinkley(), gaussianShift(1, 2000, 1000, 0, 1))[0]).toBe(1041);
  });

  it('over 20 seeds: Bernoulli delay 89–175, Gaussian delay ≤ 61; pre-change false alarms only on the Gaussian stream (4 of 20 seeds)', () => {
    let gaussianFalseAlarms = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const b = changeSummary(
        driftIndices(new PageHinkley(), bernoulliShift(seed, 2000, 1000, 0.1, 0.5)),
        1000,
      );
      expect(b.falseAlarms).toBe(0);
      expect(b.delay).toBeGreaterThanOrEqual(89);
      expect(b.delay).toBeLessThanOrEqual(175);
      const g = changeSummary(driftIndices(new PageHinkley(), gaussianShift(seed, 2000, 1000, 0, 1)), 1000);
      expect(g.delay).toBeLessThanOrEqual(61);
      gaussianFalseAlarms += g.falseAlarms;
    }
    expect(gaussianFalseAlarms).toBe(4);
  });

  it('stationary streams of 10,000 values: Bernoulli 0.1 → 0 false alarms; N(0, 1) → 7 (λ = 50 is small for unit variance)', () => {
    expect(driftIndices(new PageHinkley(), bernoulliShift(101, 10_000, 10_000, 0.1, 0.1))).toEqual([]);
    expect(driftIndices(new PageHinkley(), gaussianShift(101, 10_000, 10_000, 0, 0))).toHaveLength(7);
    expect(
      driftIndices(new PageHinkley({ threshold: 200 }), gaussianShift(101, 10_000, 10_000, 0, 0)),
    ).toHaveLength(0);
  });
});

describe('PageHinkley reset after a detection', () => {
  it('after a detection it behaves exactly like a fresh detector fed the rest of the stream', () => {
    const stream = gaussianShift(2, 4000, 1000, 0, 1);
    const trace = flagTrace(new PageHinkley(), stream);
    const i = trace.indexOf('D');
    expect(i).toBe(1012);
    expect(flagTrace(new PageHinkley(), stream.slice(i + 1))).toBe(trace.slice(i + 1));
  });

  it('holds for arbitrary streams (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 50, maxLength: 600 }), (xs) => {
        const trace = flagTrace(new PageHinkley({ threshold: 20, minInstances: 10 }), xs);
        const i = trace.indexOf('D');
        if (i < 0) return true;
        return (
          flagTrace(new PageHinkley({ threshold: 20, minInstances: 10 }), xs.slice(i + 1)) ===
          trace.slice(i + 1)
        );
      }),
      { numRuns: 100 },
    );
  });

  it('a constant stream never alarms (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        (c) => driftIndices(new PageHinkley(), Array(500).fill(c)).length === 0,
      ),
    );
  });
});

describe('PageHinkley bad options and input', () => {
  it.each([
    [{ minInstances: 0 }, /PageHinkley\.minInstances: must be an integer ≥ 1/],
    [{ delta: -0.1 }, /PageHinkley\.delta/],
    [{ threshold: 0 }, /PageHinkley\.threshold: must be a finite number > 0/],
    [{ alpha: 1.01 }, /PageHinkley\.alpha/],
    [{ alpha: 0 }, /PageHinkley\.alpha/],
    [{ mode: 'sideways' }, /PageHinkley\.mode: must be one of 'up', 'down', 'both', got "sideways"/],
    [{ lambda: 50 }, /PageHinkley\.lambda: unknown option/],
  ])('%o → InvalidOptionError', (options, message) => {
    expect(() => new PageHinkley(options as never)).toThrow(InvalidOptionError);
    expect(() => new PageHinkley(options as never)).toThrow(message);
  });

  it('non-finite input throws InvalidInputError and leaves the detector unchanged', () => {
    const ph = new PageHinkley();
    ph.update(1).update(3);
    const before = ph.statistics;
    expect(() => ph.update(Number.POSITIVE_INFINITY)).toThrow(InvalidInputError);
    expect(() => ph.update(Number.NaN)).toThrow('PageHinkley.update: input must be a finite number, got NaN');
    expect(ph.statistics).toEqual(before);
  });
});
