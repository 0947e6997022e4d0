import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from './errors';
import { HDDMA } from './hddm-a';
import {
  bernoulliShift,
  changeSummary,
  driftIndices,
  flagTrace,
  riverBinaryDocStream,
  riverEventLog,
} from './test-streams';

describe('HDDMA matches River', () => {
  it('River docstring (random.Random(42), error rate 0.5 → 0.7 at 1000): warning@451, drift@1206', () => {
    expect(riverEventLog(new HDDMA(), riverBinaryDocStream())).toEqual(['warning@451', 'drift@1206']);
  });
});

describe('HDDMA on a Bernoulli error stream 0.1 → 0.5 at t = 1000', () => {
  it('seed 1: drift at 1018 (delay 18), no false alarm; first warning at 1007', () => {
    const stream = bernoulliShift(1, 2000, 1000, 0.1, 0.5);
    expect(driftIndices(new HDDMA(), stream)).toEqual([1018]);
    expect(flagTrace(new HDDMA(), stream).indexOf('W')).toBe(1007);
  });

  it('over 20 seeds: always detected, delay ≤ 98, never before the change', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = changeSummary(driftIndices(new HDDMA(), bernoulliShift(seed, 2000, 1000, 0.1, 0.5)), 1000);
      expect(r.falseAlarms).toBe(0);
      expect(r.delay).not.toBeNull();
      expect(r.delay).toBeLessThanOrEqual(98);
    }
  });

  it('stationary error rate 0.1, 10,000 values (seeds 101–105): 0 false alarms', () => {
    for (let seed = 101; seed <= 105; seed++) {
      expect(driftIndices(new HDDMA(), bernoulliShift(seed, 10_000, 10_000, 0.1, 0.1))).toEqual([]);
    }
  });

  it('a decrease 0.5 → 0.1 is only detected with twoSidedTest (seed 1: at 1037)', () => {
    const down = bernoulliShift(1, 2000, 1000, 0.5, 0.1);
    expect(driftIndices(new HDDMA(), down)).toEqual([]);
    expect(driftIndices(new HDDMA({ twoSidedTest: true }), down)).toEqual([1037]);
  });
});

describe('HDDMA reset and flags', () => {
  it('after a detection it behaves exactly like a fresh detector fed the rest of the stream', () => {
    const stream = bernoulliShift(1, 3000, 1000, 0.1, 0.5);
    const trace = flagTrace(new HDDMA(), stream);
    const i = trace.indexOf('D');
    expect(i).toBe(1018);
    expect(flagTrace(new HDDMA(), stream.slice(i + 1))).toBe(trace.slice(i + 1));
  });

  it('on arbitrary 0/1 streams: reset-equivalence holds and the one-sided test never raises warning and drift together (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 20, maxLength: 800 }), (xs) => {
        const d = new HDDMA();
        for (const x of xs) {
          d.update(x);
          if (d.driftDetected && d.warningDetected) return false;
        }
        const trace = flagTrace(new HDDMA(), xs);
        const i = trace.indexOf('D');
        return i < 0 || flagTrace(new HDDMA(), xs.slice(i + 1)) === trace.slice(i + 1);
      }),
      { numRuns: 100 },
    );
  });

  it('an all-correct or all-error stream never alarms', () => {
    expect(driftIndices(new HDDMA(), Array(2000).fill(0))).toEqual([]);
    expect(driftIndices(new HDDMA(), Array(2000).fill(1))).toEqual([]);
  });
});

describe('HDDMA bad options and input', () => {
  it.each([
    [{ driftConfidence: 0 }, /HDDMA\.driftConfidence: must be a finite number > 0 and < 1, got 0/],
    [{ warningConfidence: 1 }, /HDDMA\.warningConfidence/],
    [{ twoSidedTest: 'yes' }, /HDDMA\.twoSidedTest: must be true or false, got "yes"/],
    [{ two_sided_test: true }, /HDDMA\.two_sided_test: unknown option/],
  ])('%o → InvalidOptionError', (options, message) => {
    expect(() => new HDDMA(options as never)).toThrow(InvalidOptionError);
    expect(() => new HDDMA(options as never)).toThrow(message);
  });

  it('input other than 0/1/true/false throws InvalidInputError and leaves the detector unchanged', () => {
    const stream = bernoulliShift(4, 1200, 1000, 0.1, 0.5);
    const clean = flagTrace(new HDDMA(), stream);
    const d = new HDDMA();
    let trace = '';
    stream.forEach((x, i) => {
      if (i % 100 === 0) {
        expect(() => d.update(Number.NaN)).toThrow(InvalidInputError);
        expect(() => d.update(0.3)).toThrow(
          'HDDMA.update: input must be 0 (correct) or 1 (error), or a boolean, got 0.3',
        );
      }
      d.update(x);
      trace += d.driftDetected ? 'D' : d.warningDetected ? 'W' : '.';
    });
    expect(trace).toBe(clean);
  });
});
