import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from './errors';
import { HDDMW } from './hddm-w';
import {
  bernoulliShift,
  changeSummary,
  driftIndices,
  flagTrace,
  riverBinaryDocStream,
  riverEventLog,
} from './test-streams';

describe('HDDMW matches River', () => {
  it('River docstring (random.Random(42), error rate 0.5 → 0.7 at 1000): warning@451, drift@1077', () => {
    expect(riverEventLog(new HDDMW(), riverBinaryDocStream())).toEqual(['warning@451', 'drift@1077']);
  });
});

describe('HDDMW on a Bernoulli error stream 0.1 → 0.5 at t = 1000', () => {
  it('seed 1: drift at 1053 (delay 53), no false alarm; first warning at 1050', () => {
    const stream = bernoulliShift(1, 2000, 1000, 0.1, 0.5);
    expect(driftIndices(new HDDMW(), stream)).toEqual([1053, 1919]);
    expect(flagTrace(new HDDMW(), stream).indexOf('W')).toBe(1050);
  });

  it('over 20 seeds: always detected, delay ≤ 75, never before the change', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = changeSummary(driftIndices(new HDDMW(), bernoulliShift(seed, 2000, 1000, 0.1, 0.5)), 1000);
      expect(r.falseAlarms).toBe(0);
      expect(r.delay).not.toBeNull();
      expect(r.delay).toBeLessThanOrEqual(75);
    }
  });

  it('stationary error rate 0.1, 10,000 values (seeds 101–105): 0 false alarms', () => {
    for (let seed = 101; seed <= 105; seed++) {
      expect(driftIndices(new HDDMW(), bernoulliShift(seed, 10_000, 10_000, 0.1, 0.1))).toEqual([]);
    }
  });

  it('a decrease 0.5 → 0.1 is only detected with twoSidedTest (seed 1: at 1015)', () => {
    const down = bernoulliShift(1, 2000, 1000, 0.5, 0.1);
    expect(driftIndices(new HDDMW(), down)).toEqual([]);
    expect(driftIndices(new HDDMW({ twoSidedTest: true }), down)).toEqual([1015]);
  });
});

describe('HDDMW reset and flags', () => {
  it('after a detection it behaves exactly like a fresh detector fed the rest of the stream', () => {
    const stream = bernoulliShift(1, 3000, 1000, 0.1, 0.5);
    const trace = flagTrace(new HDDMW(), stream);
    const i = trace.indexOf('D');
    expect(i).toBe(1053);
    expect(flagTrace(new HDDMW(), stream.slice(i + 1))).toBe(trace.slice(i + 1));
  });

  it('on arbitrary 0/1 streams: reset-equivalence holds and the one-sided test never raises warning and drift together (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 20, maxLength: 800 }), (xs) => {
        const d = new HDDMW();
        for (const x of xs) {
          d.update(x);
          if (d.driftDetected && d.warningDetected) return false;
        }
        const trace = flagTrace(new HDDMW(), xs);
        const i = trace.indexOf('D');
        return i < 0 || flagTrace(new HDDMW(), xs.slice(i + 1)) === trace.slice(i + 1);
      }),
      { numRuns: 100 },
    );
  });

  it('an all-correct or all-error stream never alarms', () => {
    expect(driftIndices(new HDDMW(), Array(2000).fill(0))).toEqual([]);
    expect(driftIndices(new HDDMW(), Array(2000).fill(1))).toEqual([]);
  });
});

describe('HDDMW bad options and input', () => {
  it.each([
    [{ driftConfidence: 0 }, /HDDMW\.driftConfidence: must be a finite number > 0 and < 1, got 0/],
    [{ warningConfidence: 1 }, /HDDMW\.warningConfidence/],
    [{ twoSidedTest: 'yes' }, /HDDMW\.twoSidedTest: must be true or false, got "yes"/],
    [{ two_sided_test: true }, /HDDMW\.two_sided_test: unknown option/],
    [{ lambdaVal: 0 }, /HDDMW\.lambdaVal/],
    [{ lambdaVal: 1.5 }, /HDDMW\.lambdaVal/],
  ])('%o → InvalidOptionError', (options, message) => {
    expect(() => new HDDMW(options as never)).toThrow(InvalidOptionError);
    expect(() => new HDDMW(options as never)).toThrow(message);
  });

  it('input other than 0/1/true/false throws InvalidInputError and leaves the detector unchanged', () => {
    const stream = bernoulliShift(4, 1200, 1000, 0.1, 0.5);
    const clean = flagTrace(new HDDMW(), stream);
    const d = new HDDMW();
    let trace = '';
    stream.forEach((x, i) => {
      if (i % 100 === 0) {
        expect(() => d.update(Number.NaN)).toThrow(InvalidInputError);
        expect(() => d.update(0.3)).toThrow(
          'HDDMW.update: input must be 0 (correct) or 1 (error), or a boolean, got 0.3',
        );
      }
      d.update(x);
      trace += d.driftDetected ? 'D' : d.warningDetected ? 'W' : '.';
    });
    expect(trace).toBe(clean);
  });
});
