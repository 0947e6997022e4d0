import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EDDM } from './eddm';
import { InvalidInputError, InvalidOptionError } from './errors';
import {
  bernoulliShift,
  changeSummary,
  driftIndices,
  flagTrace,
  riverBinaryDocStream,
  riverEventLog,
} from './test-streams';

describe('EDDM matches River', () => {
  it('River docstring: EDDM(alpha=0.8, beta=0.75) on the random.Random(42) stream → warning 1059, drift 1278', () => {
    expect(riverEventLog(new EDDM({ alpha: 0.8, beta: 0.75 }), riverBinaryDocStream())).toEqual([
      'warning@1059',
      'drift@1278',
    ]);
  });

  it('never signals before more than warmStart errors (and updates) have been seen (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 1, maxLength: 600 }),
        fc.integer({ min: 0, max: 40 }),
        (xs, warmStart) => {
          const trace = flagTrace(new EDDM({ warmStart }), xs);
          const first = trace.search(/[DW]/);
          if (first < 0) return true;
          const errors = xs.slice(0, first + 1).filter((x) => x === 1).length;
          return errors > warmStart && first + 1 > warmStart;
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('EDDM on a Bernoulli error stream 0.1 → 0.5 at t = 1000', () => {
  it('seed 1, River defaults (alpha 0.95, beta 0.9): 256, 614, 859, then 1056 — delay 56 but three false alarms', () => {
    const indices = driftIndices(new EDDM(), bernoulliShift(1, 2000, 1000, 0.1, 0.5));
    expect(indices.slice(0, 4)).toEqual([256, 614, 859, 1056]);
    expect(indices).toHaveLength(10); // it keeps firing at the new, higher error rate
  });

  it('seed 1 with the docstring thresholds (alpha 0.8, beta 0.75): [1187] — no false alarm, delay 187', () => {
    expect(
      driftIndices(new EDDM({ alpha: 0.8, beta: 0.75 }), bernoulliShift(1, 2000, 1000, 0.1, 0.5)),
    ).toEqual([1187]);
  });

  it('over 20 seeds (defaults): always detected, delay ≤ 73; 38 false alarms before the change in 18 seeds', () => {
    let falseAlarms = 0;
    let seeds = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const r = changeSummary(driftIndices(new EDDM(), bernoulliShift(seed, 2000, 1000, 0.1, 0.5)), 1000);
      expect(r.delay).not.toBeNull();
      expect(r.delay).toBeLessThanOrEqual(73);
      falseAlarms += r.falseAlarms;
      if (r.falseAlarms > 0) seeds += 1;
    }
    expect([falseAlarms, seeds]).toEqual([38, 18]);
  });

  it('stationary error rate 0.1, 10,000 values (seeds 101–105): 24, 19, 24, 2, 19 false alarms with the defaults', () => {
    const counts = [101, 102, 103, 104, 105].map(
      (s) => driftIndices(new EDDM(), bernoulliShift(s, 10_000, 10_000, 0.1, 0.1)).length,
    );
    expect(counts).toEqual([24, 19, 24, 2, 19]);
  });
});

describe('EDDM reset', () => {
  it('after a detection it behaves exactly like a fresh detector fed the rest of the stream', () => {
    const stream = bernoulliShift(1, 2000, 1000, 0.1, 0.5);
    const trace = flagTrace(new EDDM(), stream);
    const i = trace.indexOf('D');
    expect(i).toBe(256);
    expect(flagTrace(new EDDM(), stream.slice(i + 1))).toBe(trace.slice(i + 1));
  });

  it('holds on arbitrary 0/1 streams (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 100, maxLength: 1500 }), (xs) => {
        const trace = flagTrace(new EDDM({ warmStart: 5 }), xs);
        const i = trace.indexOf('D');
        return i < 0 || flagTrace(new EDDM({ warmStart: 5 }), xs.slice(i + 1)) === trace.slice(i + 1);
      }),
      { numRuns: 100 },
    );
  });
});

describe('EDDM bad options and input', () => {
  it.each([
    [{ alpha: 0.8, beta: 0.9 }, /EDDM\.alpha: must be ≥ beta \(0\.9\), got 0\.8/],
    [{ alpha: 1.2 }, /EDDM\.alpha/],
    [{ beta: 0 }, /EDDM\.beta: must be a finite number > 0 and ≤ 1, got 0/],
    [{ warmStart: -3 }, /EDDM\.warmStart/],
    [{ gamma: 1 }, /EDDM\.gamma: unknown option/],
  ])('%o → InvalidOptionError', (options, message) => {
    expect(() => new EDDM(options as never)).toThrow(InvalidOptionError);
    expect(() => new EDDM(options as never)).toThrow(message);
  });

  it('input other than 0/1/true/false throws InvalidInputError', () => {
    const e = new EDDM();
    for (const bad of [3, Number.NaN, Number.NEGATIVE_INFINITY, 'x'])
      expect(() => e.update(bad as never)).toThrow(InvalidInputError);
    expect(() => e.update(Number.NaN)).toThrow(
      'EDDM.update: input must be 0 (correct) or 1 (error), or a boolean, got NaN',
    );
  });
});
