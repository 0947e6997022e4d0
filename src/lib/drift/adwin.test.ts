import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADWIN } from './adwin';
import { InvalidInputError, InvalidOptionError } from './errors';
import { PythonRandom } from './python-random';
import {
  bernoulliShift,
  changeSummary,
  driftIndices,
  flagTrace,
  gaussianShift,
  riverNumericDocStream,
} from './test-streams';

describe('ADWIN matches River', () => {
  it('River docstring: random.Random(12345) stream → "Change detected at index 1023"', () => {
    expect(driftIndices(new ADWIN(), riverNumericDocStream())).toEqual([1023]);
  });

  it('River test_adwin_regression: four segments from random.Random(42) → [1023, 2015, 3007]', () => {
    const rng = new PythonRandom(42);
    const data = [
      ...rng.choices([0, 1], 1000),
      ...rng.choices([4, 5, 6, 7], 1000),
      ...rng.choices([0, 1], 1000),
      ...rng.choices([4, 5, 6, 7], 1000),
    ];
    expect(driftIndices(new ADWIN(), data)).toEqual([1023, 2015, 3007]);
  });

  it('River test_adwin_regression: numpy seed 12345, randint(2) then randint(8) → [1023]', () => {
    const np = PythonRandom.fromNumpySeed(12345);
    const data = [
      ...Array.from({ length: 1000 }, () => np.nextUint32() & 1),
      ...Array.from({ length: 1000 }, () => np.nextUint32() & 7),
    ];
    expect(driftIndices(new ADWIN(), data)).toEqual([1023]);
  });

  it('window statistics: width, total, estimation and Σ(x − mean)² (River regression tests)', () => {
    const a = new ADWIN();
    expect(a.estimation).toBe(0);
    for (const v of [1, 2, 3, 4, 5]) a.update(v);
    expect(a.width).toBe(5);
    expect(a.total).toBe(15);
    expect(a.estimation).toBe(3);
    expect(a.variance).toBeCloseTo(10, 12);

    const b = new ADWIN({ clock: 1_000_000 }); // never checks for change
    const values = Array.from({ length: 200 }, (_, i) => i % 7);
    values.forEach((v) => b.update(v));
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(b.width).toBe(200);
    expect(b.total).toBe(values.reduce((s, v) => s + v, 0));
    expect(b.variance).toBeCloseTo(
      values.reduce((s, v) => s + (v - mean) ** 2, 0),
      6,
    );
  });

  it('grace period: nothing is detected before the window exceeds it (River test_grace_period)', () => {
    const a = new ADWIN({ gracePeriod: 100, clock: 1 });
    const data = [...Array(50).fill(0), ...Array(50).fill(1000)];
    expect(driftIndices(a, data)).toEqual([]);
  });

  it('a constant stream of 5,000 values never alarms', () => {
    expect(driftIndices(new ADWIN(), Array(5000).fill(1))).toEqual([]);
  });
});

describe('ADWIN on streams with a known change at t = 1000', () => {
  it('Bernoulli error rate 0.1 → 0.5 (seed 1): detected at 1055 (delay 55, the second clock tick), no false alarm', () => {
    const indices = driftIndices(new ADWIN(), bernoulliShift(1, 2000, 1000, 0.1, 0.5));
    expect(indices).toEqual([1055]);
  });

  it('Gaussian mean 0 → 1, sd 1 (seed 1): detected at 1055, no false alarm', () => {
    expect(driftIndices(new ADWIN(), gaussianShift(1, 2000, 1000, 0, 1))).toEqual([1055]);
  });

  it('over 20 seeds: always detected within 1–3 clock ticks (delay 23, 55 or 87), never before the change', () => {
    for (let seed = 1; seed <= 20; seed++) {
      for (const stream of [
        bernoulliShift(seed, 2000, 1000, 0.1, 0.5),
        gaussianShift(seed, 2000, 1000, 0, 1),
      ]) {
        const { falseAlarms, delay } = changeSummary(driftIndices(new ADWIN(), stream), 1000);
        expect(falseAlarms).toBe(0);
        expect(delay).not.toBeNull();
        expect(delay).toBeLessThanOrEqual(87);
        // Checks happen every 32 updates, so detections fall on index ≡ 31 (mod 32).
        expect(((delay as number) + 1000) % 32).toBe(31);
      }
    }
  });

  it('stationary streams of 10,000 values (Bernoulli 0.1 and N(0, 1), seeds 101–105): 0 false alarms', () => {
    for (let seed = 101; seed <= 105; seed++) {
      expect(driftIndices(new ADWIN(), bernoulliShift(seed, 10_000, 10_000, 0.1, 0.1))).toEqual([]);
      expect(driftIndices(new ADWIN(), gaussianShift(seed, 10_000, 10_000, 0, 0))).toEqual([]);
    }
  });
});

describe('ADWIN reset after a detection', () => {
  it('the update after a detection starts from an empty window (River test_reset_on_drift_detected)', () => {
    const a = new ADWIN({ clock: 1 });
    for (let i = 0; i < 500; i++) a.update(0);
    let found = false;
    for (let i = 0; i < 500 && !found; i++) found = a.update(100).driftDetected;
    expect(found).toBe(true);
    expect(a.nDetections).toBe(1);
    a.update(50);
    expect(a.driftDetected).toBe(false);
    expect(a.width).toBe(1);
    expect(a.total).toBe(50);
    expect(a.nDetections).toBe(0);
  });

  it('after a detection it behaves exactly like a fresh detector fed the rest of the stream', () => {
    const stream = bernoulliShift(3, 3000, 1000, 0.1, 0.5);
    const trace = flagTrace(new ADWIN(), stream);
    const i = trace.indexOf('D');
    expect(i).toBe(1055);
    expect(flagTrace(new ADWIN(), stream.slice(i + 1))).toBe(trace.slice(i + 1));
  });
});

describe('ADWIN properties', () => {
  it('without change checks, width/total/variance equal the batch values for any finite stream', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (xs) => {
          const a = new ADWIN({ clock: 1_000_000 });
          xs.forEach((x) => a.update(x));
          const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
          const ss = xs.reduce((s, v) => s + (v - mean) ** 2, 0);
          expect(a.width).toBe(xs.length);
          expect(a.total).toBeCloseTo(
            xs.reduce((s, v) => s + v, 0),
            6,
          );
          expect(Math.abs(a.variance - ss)).toBeLessThanOrEqual(1e-6 * Math.max(1, ss));
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the window never holds more values than were fed since the last reset', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 800 }), (xs) => {
        const a = new ADWIN({ clock: 1 });
        let sinceReset = 0;
        for (const x of xs) {
          sinceReset = a.driftDetected ? 1 : sinceReset + 1;
          a.update(x);
          expect(a.width).toBeLessThanOrEqual(sinceReset);
          expect(a.width).toBeGreaterThan(0);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('ADWIN bad options and input', () => {
  it.each([
    [{ delta: 0 }, /ADWIN\.delta: must be a finite number > 0 and < 1, got 0/],
    [{ delta: 1.5 }, /ADWIN\.delta/],
    [{ clock: 0 }, /ADWIN\.clock: must be an integer ≥ 1, got 0/],
    [{ clock: 2.5 }, /ADWIN\.clock/],
    [{ maxBuckets: 0 }, /ADWIN\.maxBuckets/],
    [{ minWindowLength: 0 }, /ADWIN\.minWindowLength/],
    [{ gracePeriod: -1 }, /ADWIN\.gracePeriod/],
    [{ delta: Number.NaN }, /got NaN/],
    [{ deltaa: 0.1 }, /ADWIN\.deltaa: unknown option/],
  ])('%o → InvalidOptionError', (options, message) => {
    expect(() => new ADWIN(options as never)).toThrow(InvalidOptionError);
    expect(() => new ADWIN(options as never)).toThrow(message);
  });

  it('non-finite input throws InvalidInputError and leaves the detector unchanged', () => {
    const a = new ADWIN();
    a.update(1).update(2);
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      '3',
      null,
      undefined,
    ]) {
      expect(() => a.update(bad as never)).toThrow(InvalidInputError);
    }
    expect(() => a.update(Number.NaN)).toThrow('ADWIN.update: input must be a finite number, got NaN');
    expect(a.width).toBe(2);
    expect(a.total).toBe(3);
  });
});
