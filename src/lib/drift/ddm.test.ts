import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DDM } from './ddm';
import { InvalidInputError, InvalidOptionError } from './errors';
import {
  bernoulliShift,
  changeSummary,
  driftIndices,
  flagTrace,
  riverBinaryDocStream,
  riverEventLog,
} from './test-streams';

describe('DDM matches River', () => {
  it('River docstring (random.Random(42), error rate 0.5 → 0.7 at 1000): warning 1084, drift 1334, warning 1492', () => {
    expect(riverEventLog(new DDM(), riverBinaryDocStream())).toEqual([
      'warning@1084',
      'drift@1334',
      'warning@1492',
    ]);
  });

  it('River quirk: after an error-free warm start s_min = 0, so the first error is a drift', () => {
    expect(flagTrace(new DDM(), [...Array(31).fill(0), 1])).toBe(`${'.'.repeat(31)}D`);
  });

  it('nothing is evaluated during the warm start', () => {
    expect(flagTrace(new DDM(), [...Array(25).fill(0), ...Array(5).fill(1)])).toBe('.'.repeat(30));
    expect(flagTrace(new DDM({ warmStart: 5 }), [...Array(25).fill(0), 1])).toBe(`${'.'.repeat(25)}D`);
  });
});

describe('DDM on a Bernoulli error stream 0.1 → 0.5 at t = 1000', () => {
  it('seed 1: drift at 1059 (delay 59), no false alarm; first warning at 175', () => {
    const stream = bernoulliShift(1, 2000, 1000, 0.1, 0.5);
    expect(driftIndices(new DDM(), stream)).toEqual([1059, 1125]);
    expect(flagTrace(new DDM(), stream).indexOf('W')).toBe(175);
  });

  it('over 20 seeds: always detected, delay ≤ 132; 19 false alarms before the change (9 seeds), mostly early, when p_min + s_min is still noisy', () => {
    let falseAlarms = 0;
    let seedsWithFalseAlarm = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = changeSummary(driftIndices(new DDM(), bernoulliShift(seed, 2000, 1000, 0.1, 0.5)), 1000);
      expect(r.delay).not.toBeNull();
      expect(r.delay).toBeLessThanOrEqual(132);
      falseAlarms += r.falseAlarms;
      if (r.falseAlarms > 0) seedsWithFalseAlarm += 1;
    }
    expect(falseAlarms).toBe(19);
    expect(seedsWithFalseAlarm).toBe(9);
  });

  it('stationary error rate 0.1, 10,000 values (seeds 101–105): 6, 0, 2, 0, 0 false alarms', () => {
    const counts = [101, 102, 103, 104, 105].map(
      (s) => driftIndices(new DDM(), bernoulliShift(s, 10_000, 10_000, 0.1, 0.1)).length,
    );
    expect(counts).toEqual([6, 0, 2, 0, 0]);
  });
});

describe('DDM reset and flags', () => {
  it('after a detection it behaves exactly like a fresh detector fed the rest of the stream', () => {
    const stream = bernoulliShift(1, 2000, 1000, 0.1, 0.5);
    const trace = flagTrace(new DDM(), stream);
    const i = trace.indexOf('D');
    expect(i).toBe(1059);
    expect(flagTrace(new DDM(), stream.slice(i + 1))).toBe(trace.slice(i + 1));
    const d = new DDM();
    stream.slice(0, i + 1).forEach((x) => d.update(x));
    d.update(1);
    expect(d.errorRate).toBe(1);
  });

  it('reset-equivalence and "never warning and drift at once" hold on arbitrary 0/1 streams (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 40, maxLength: 800 }), (xs) => {
        const d = new DDM();
        for (const x of xs) {
          d.update(x);
          if (d.driftDetected && d.warningDetected) return false;
        }
        const trace = flagTrace(new DDM(), xs);
        const i = trace.indexOf('D');
        return i < 0 || flagTrace(new DDM(), xs.slice(i + 1)) === trace.slice(i + 1);
      }),
      { numRuns: 100 },
    );
  });

  it('booleans are accepted: true is an error, false a correct prediction', () => {
    const stream = bernoulliShift(2, 1500, 1000, 0.1, 0.5);
    const asBool = new DDM();
    const trace = stream.map((x) => {
      asBool.update(x === 1);
      return asBool.driftDetected ? 'D' : asBool.warningDetected ? 'W' : '.';
    });
    expect(trace.join('')).toBe(flagTrace(new DDM(), stream));
  });
});

describe('DDM bad options and input', () => {
  it.each([
    [{ warmStart: -1 }, /DDM\.warmStart: must be an integer ≥ 0, got -1/],
    [{ warmStart: 2.5 }, /DDM\.warmStart/],
    [{ warningThreshold: 0 }, /DDM\.warningThreshold: must be a finite number > 0/],
    [{ driftThreshold: Number.POSITIVE_INFINITY }, /DDM\.driftThreshold: .* got Infinity/],
    [{ warning_threshold: 2 }, /DDM\.warning_threshold: unknown option/],
  ])('%o → InvalidOptionError', (options, message) => {
    expect(() => new DDM(options as never)).toThrow(InvalidOptionError);
    expect(() => new DDM(options as never)).toThrow(message);
  });

  it('input other than 0/1/true/false throws InvalidInputError and leaves the detector unchanged', () => {
    const d = new DDM();
    d.update(1).update(0);
    for (const bad of [0.5, 2, -1, Number.NaN, Number.POSITIVE_INFINITY, '1', null]) {
      expect(() => d.update(bad as never)).toThrow(InvalidInputError);
    }
    expect(() => d.update(0.5)).toThrow(
      'DDM.update: input must be 0 (correct) or 1 (error), or a boolean, got 0.5',
    );
    expect(d.errorRate).toBe(0.5);
  });
});
