import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from './errors';
import { ksTwoSampleEqualSizes } from './ks-two-sample';
import { KSWIN } from './kswin';
import { PythonRandom } from './python-random';
import {
  bernoulliShift,
  changeSummary,
  driftIndices,
  flagTrace,
  gaussianShift,
  riverNumericDocStream,
} from './test-streams';

describe('KSWIN matches River', () => {
  it('River docstring: KSWIN(alpha=0.0001, seed=42) on the random.Random(12345) stream → index 1016', () => {
    expect(driftIndices(new KSWIN({ alpha: 0.0001, seed: 42 }), riverNumericDocStream())).toEqual([1016]);
  });

  it('tests random.Random(seed).sample(range(70), 30) of the window against its last 30 values', () => {
    const stream = gaussianShift(4, 100, 100, 0, 0);
    const k = new KSWIN({ seed: 3 });
    stream.forEach((x) => k.update(x));
    const picks = new PythonRandom(3).sampleRange(70, 30).map((i) => stream[i] as number);
    const expected = ksTwoSampleEqualSizes(picks, stream.slice(70));
    expect(k.pValue).toBe(expected.pvalue);
    expect(k.statistic).toBe(expected.statistic);
  });

  it('no test (p-value 0, no drift) until the window holds windowSize values', () => {
    const k = new KSWIN({ seed: 1 });
    for (let i = 0; i < 99; i++) k.update(i % 2 === 0 ? 0 : 100);
    expect(k.pValue).toBe(0);
    expect(k.driftDetected).toBe(false);
    k.update(0);
    expect(k.pValue).toBeGreaterThan(0);
  });

  it('a pre-filled window (River `window`) allows a test on the first update', () => {
    const k = new KSWIN({ seed: 1, window: Array.from({ length: 99 }, (_, i) => i % 5) });
    k.update(2);
    expect(k.pValue).toBeGreaterThan(0);
  });

  it('is deterministic for a given seed', () => {
    const s = gaussianShift(6, 3000, 1500, 0, 1);
    expect(flagTrace(new KSWIN({ seed: 11 }), s)).toBe(flagTrace(new KSWIN({ seed: 11 }), s));
  });
});

describe('KSWIN on streams with a known change at t = 1000 (detector seed 7)', () => {
  it('Gaussian mean 0 → 1, sd 1 (stream seed 1): [384, 1032, 1363] — delay 32, one false alarm at 384', () => {
    expect(driftIndices(new KSWIN({ seed: 7 }), gaussianShift(1, 2000, 1000, 0, 1))).toEqual([
      384, 1032, 1363,
    ]);
  });

  it('Bernoulli 0.1 → 0.5 (seed 3): detected at 1038; 0/1 data needs D ≥ 14/30 to reach p ≤ 0.005', () => {
    expect(driftIndices(new KSWIN({ seed: 7 }), bernoulliShift(3, 2000, 1000, 0.1, 0.5))).toEqual([1038]);
    // With seed 1 the 30-value samples never differ enough: no detection at all.
    expect(driftIndices(new KSWIN({ seed: 7 }), bernoulliShift(1, 2000, 1000, 0.1, 0.5))).toEqual([]);
  });

  it('over 20 seeds (Gaussian): always detected, delay ≤ 56; 26 false alarms before the change in total', () => {
    let falseAlarms = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = changeSummary(
        driftIndices(new KSWIN({ seed: 7 }), gaussianShift(seed, 2000, 1000, 0, 1)),
        1000,
      );
      expect(r.delay).not.toBeNull();
      expect(r.delay).toBeLessThanOrEqual(56);
      falseAlarms += r.falseAlarms;
    }
    expect(falseAlarms).toBe(26);
  });

  it('stationary streams of 10,000 values: N(0, 1) → 8–21 false alarms (a test every update at α = 0.005); Bernoulli 0.1 → 0', () => {
    const counts = [101, 102, 103, 104, 105].map(
      (seed) => driftIndices(new KSWIN({ seed: 7 }), gaussianShift(seed, 10_000, 10_000, 0, 0)).length,
    );
    expect(counts).toEqual([21, 11, 11, 14, 8]);
    expect(driftIndices(new KSWIN({ seed: 7 }), bernoulliShift(101, 10_000, 10_000, 0.1, 0.1))).toEqual([]);
  });
});

describe('KSWIN reset after a detection', () => {
  it('after a detection it behaves exactly like a fresh detector (same seed) fed the rest of the stream', () => {
    const stream = gaussianShift(1, 2000, 1000, 0, 1);
    const trace = flagTrace(new KSWIN({ seed: 7 }), stream);
    const i = trace.indexOf('D');
    expect(i).toBe(384);
    expect(flagTrace(new KSWIN({ seed: 7 }), stream.slice(i + 1))).toBe(trace.slice(i + 1));
  });

  it('the window empties, so two detections are at least windowSize updates apart', () => {
    const k = new KSWIN({ seed: 7 });
    const indices = driftIndices(k, gaussianShift(102, 10_000, 10_000, 0, 0));
    expect(indices.length).toBeGreaterThan(2);
    for (let j = 1; j < indices.length; j++)
      expect((indices[j] as number) - (indices[j - 1] as number)).toBeGreaterThanOrEqual(100);
  });

  it('nSeen restarts at 1 on the update after a detection', () => {
    const k = new KSWIN({ seed: 7 });
    const stream = gaussianShift(1, 400, 400, 0, 0);
    let seen = 0;
    for (const x of stream) {
      if (k.driftDetected) {
        k.update(x);
        expect(k.nSeen).toBe(1);
        seen += 1;
        break;
      }
      k.update(x);
    }
    expect(seen).toBe(1);
  });
});

describe('KSWIN bad options and input', () => {
  it.each([
    [{ alpha: -0.1 }, /KSWIN\.alpha: must be a finite number ≥ 0 and ≤ 1, got -0.1/],
    [{ alpha: 1.1 }, /KSWIN\.alpha/],
    [{ windowSize: 50, statSize: 30 }, /KSWIN\.windowSize: must be at least 2 × statSize \(60\)/],
    [{ windowSize: 10 }, /KSWIN\.windowSize/],
    [{ statSize: 0 }, /KSWIN\.statSize/],
    [{ statSize: 20_000, windowSize: 50_000 }, /KSWIN\.statSize: must be an integer ≥ 1 and ≤ 10000/],
    [{ seed: 1.5 }, /KSWIN\.seed: must be a safe integer, got 1.5/],
    [{ window: [1, Number.NaN] }, /KSWIN\.window: must be an array of finite numbers/],
    [{ stat_size: 10 }, /KSWIN\.stat_size: unknown option/],
  ])('%o → InvalidOptionError', (options, message) => {
    expect(() => new KSWIN(options as never)).toThrow(InvalidOptionError);
    expect(() => new KSWIN(options as never)).toThrow(message);
  });

  it('non-finite input throws InvalidInputError and leaves the detector unchanged', () => {
    const k = new KSWIN({ seed: 1 });
    k.update(1);
    expect(() => k.update(Number.NEGATIVE_INFINITY)).toThrow(InvalidInputError);
    expect(() => k.update(Number.NaN)).toThrow('KSWIN.update: input must be a finite number, got NaN');
    expect(k.nSeen).toBe(1);
  });
});
