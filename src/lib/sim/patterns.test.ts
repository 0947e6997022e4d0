import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prng } from '../drift/prng';
import { applyPatterns, patternExpected, patternProgress, patternValue, validatePattern } from './patterns';
import type { DriftPattern } from './patterns';

const before = (t: number): number => t - 1e-9;

describe('sudden', () => {
  const p: DriftPattern = { kind: 'sudden', start: 10, duration: 999, from: 0, to: 5 };
  it('switches at start (inclusive) and stays; duration is ignored', () => {
    expect(patternValue(p, before(10), 0.3)).toBe(0);
    expect(patternValue(p, 10, 0.3)).toBe(5);
    expect(patternValue(p, 500, 0.3)).toBe(5);
    expect(patternValue(p, 1e9, 0.3)).toBe(5); // long after start + duration
    expect([before(10), 10, 1e9].map((t) => patternProgress(p, t))).toEqual([0, 1, 1]);
    expect([before(10), 10].map((t) => patternExpected(p, t))).toEqual([0, 5]);
  });
});

describe('incremental', () => {
  const p: DriftPattern = { kind: 'incremental', start: 10, duration: 20, from: 2, to: 4 };
  it('moves linearly from `from` to `to` over [start, start + duration]; every event sees the ramp', () => {
    const times = [before(10), 10, 15, 20, 25, 30, 31, 1e6];
    expect(times.map((t) => patternValue(p, t, 0.99))).toEqual([2, 2, 2.5, 3, 3.5, 4, 4, 4]);
    expect(times.map((t) => patternValue(p, t, 0))).toEqual([2, 2, 2.5, 3, 3.5, 4, 4, 4]); // u is not used
    expect(times.map((t) => patternProgress(p, t))).toEqual([0, 0, 0.25, 0.5, 0.75, 1, 1, 1]);
    expect(times.map((t) => patternExpected(p, t))).toEqual([2, 2, 2.5, 3, 3.5, 4, 4, 4]);
  });

  it('ends exactly on `to` (no 0.1 + 0.2 rounding) and also runs downwards', () => {
    const q: DriftPattern = { kind: 'incremental', start: 0, duration: 3, from: 0.1, to: 0.3 };
    expect(patternValue(q, 3, 0)).toBe(0.3);
    expect(patternValue(q, 0, 0)).toBe(0.1);
    const down: DriftPattern = { kind: 'incremental', start: 0, duration: 4, from: 1, to: -1 };
    expect([0, 1, 2, 3, 4].map((t) => patternValue(down, t, 0))).toEqual([1, 0.5, 0, -0.5, -1]);
  });

  it('duration 0 is a sudden switch at start', () => {
    const q: DriftPattern = { kind: 'incremental', start: 5, duration: 0, from: 1, to: 2 };
    expect([before(5), 5, 6].map((t) => patternValue(q, t, 0))).toEqual([1, 2, 2]);
  });

  it('stays between from and to and never moves backwards (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.001, max: 100, noNaN: true }),
        fc.double({ min: -50, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (from, to, duration, t, dt) => {
          const q: DriftPattern = { kind: 'incremental', start: 0, duration, from, to };
          const v = patternValue(q, t, 0.5);
          const w = patternValue(q, t + dt, 0.5);
          const lo = Math.min(from, to);
          const hi = Math.max(from, to);
          return v >= lo && v <= hi && (to >= from ? w >= v : w <= v);
        },
      ),
    );
  });
});

describe('gradual', () => {
  const p: DriftPattern = { kind: 'gradual', start: 0, duration: 100, from: -1, to: 1 };
  it('each event sees `to` iff u < p(t), else `from` — never a value in between', () => {
    expect(patternProgress(p, 50)).toBe(0.5);
    expect(patternValue(p, 50, 0.49)).toBe(1);
    expect(patternValue(p, 50, 0.5)).toBe(-1); // u ≥ p → from
    expect(patternValue(p, 20, 0.19)).toBe(1);
    expect(patternValue(p, 20, 0.21)).toBe(-1);
    // Boundaries: before and at start p = 0 (from even for u = 0); at and after the end p = 1.
    expect(patternValue(p, before(0), 0)).toBe(-1);
    expect(patternValue(p, 0, 0)).toBe(-1);
    expect(patternValue(p, 100, 0.999)).toBe(1);
    expect(patternValue(p, 1e6, 0.999)).toBe(1);
    // The chart shows the mean over events.
    expect([before(0), 0, 25, 50, 100, 200].map((t) => patternExpected(p, t))).toEqual([
      -1, -1, -0.5, 0, 1, 1,
    ]);
  });

  it('10k seeded events mid-window: share of `to` ≈ 0.5 (± 0.02); at a quarter ≈ 0.25', () => {
    const r = new Prng(2024);
    for (const [t, share] of [
      [50, 0.5],
      [25, 0.25],
    ] as const) {
      let to = 0;
      for (let k = 0; k < 10_000; k++) {
        const v = patternValue(p, t, r.next());
        expect(v === 1 || v === -1).toBe(true);
        if (v === 1) to++;
      }
      expect(Math.abs(to / 10_000 - share)).toBeLessThan(0.02);
    }
  });

  it('averaged over a uniform grid of u, the value equals patternExpected (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 110, noNaN: true }), (t) => {
        const m = 1000;
        let s = 0;
        for (let k = 0; k < m; k++) s += patternValue(p, t, (k + 0.5) / m);
        return Math.abs(s / m - patternExpected(p, t)) <= 2 / m + 1e-12;
      }),
    );
  });
});

describe('recurring', () => {
  const p: DriftPattern = { kind: 'recurring', start: 10, duration: 30, period: 5, from: 0, to: 1 };
  it('alternates to/from every period for 3 cycles, then returns to `from` for good', () => {
    expect(patternValue(p, before(10), 0)).toBe(0);
    // Half-cycles [10,15) to, [15,20) from, [20,25) to, [25,30) from, [30,35) to, [35,40) from.
    const expected = [1, 0, 1, 0, 1, 0];
    expected.forEach((v, k) => {
      const t0 = 10 + 5 * k;
      expect(patternValue(p, t0, 0.5)).toBe(v);
      expect(patternValue(p, t0 + 2.5, 0.5)).toBe(v);
      expect(patternValue(p, t0 + 4.999, 0.5)).toBe(v);
      expect(patternProgress(p, t0 + 2.5)).toBe(v);
      expect(patternExpected(p, t0 + 2.5)).toBe(v);
    });
    // Duration over at t = 40: `from`, also where a `to` half-cycle would have been ([40, 45)).
    expect(patternValue(p, 40, 0.5)).toBe(0);
    expect(patternValue(p, 42, 0.5)).toBe(0);
    expect(patternValue(p, 1e6, 0.5)).toBe(0);
  });

  it('with an infinite duration it never stops', () => {
    const q: DriftPattern = { ...p, duration: Infinity };
    expect(patternValue(q, 10 + 5 * 2000 + 1, 0)).toBe(1);
    expect(patternValue(q, 10 + 5 * 2001 + 1, 0)).toBe(0);
  });
});

describe('applyPatterns', () => {
  const sudden: DriftPattern = { kind: 'sudden', start: 10, duration: 0, from: 0, to: 3 };
  const ramp: DriftPattern = { kind: 'incremental', start: 20, duration: 10, from: 3, to: 7 };
  it('later patterns win once started; before its start a pattern leaves the earlier value', () => {
    const list = [sudden, ramp];
    expect([5, 10, 15, 20, 25, 30, 100].map((t) => applyPatterns(-1, list, t, 0.5))).toEqual([
      -1, 3, 3, 3, 5, 7, 7,
    ]);
    // The other order: the sudden pattern (now later) wins from t = 10 on, also over the started ramp.
    expect([5, 15, 25, 100].map((t) => applyPatterns(-1, [ramp, sudden], t, 0.5))).toEqual([-1, 3, 3, 3]);
    expect(applyPatterns(-1, [], 50, 0.5)).toBe(-1);
  });

  it('a recurring pattern returns to its own `from` (not the base) when its duration is over', () => {
    const rec: DriftPattern = { kind: 'recurring', start: 0, duration: 10, period: 5, from: 0, to: 2 };
    expect([-1, 1, 6, 20].map((t) => applyPatterns(9, [rec], t, 0))).toEqual([9, 2, 0, 0]);
  });

  it('passes u to gradual patterns', () => {
    const g: DriftPattern = { kind: 'gradual', start: 0, duration: 10, from: 0, to: 1 };
    expect(applyPatterns(-5, [sudden, g], 5, 0.4)).toBe(1);
    expect(applyPatterns(-5, [sudden, g], 5, 0.6)).toBe(0);
  });
});

describe('validatePattern', () => {
  it('accepts valid patterns (sudden ignores duration; recurring may run for ever)', () => {
    expect(validatePattern({ kind: 'sudden', start: 0, duration: NaN, from: 0, to: 1 })).toEqual([]);
    expect(validatePattern({ kind: 'incremental', start: -5, duration: 0, from: 0, to: 1 })).toEqual([]);
    expect(validatePattern({ kind: 'gradual', start: 3, duration: 60, from: 1, to: 0 })).toEqual([]);
    expect(
      validatePattern({ kind: 'recurring', start: 0, duration: Infinity, period: 30, from: 0, to: 1 }),
    ).toEqual([]);
  });

  it('explains each problem', () => {
    expect(validatePattern({ kind: 'incremental', start: NaN, duration: -1, from: Infinity, to: 1 })).toEqual(
      [
        'start must be a finite number, got NaN',
        'from must be a finite number, got Infinity',
        'duration must be a finite number of seconds ≥ 0, got -1',
      ],
    );
    expect(validatePattern({ kind: 'gradual', start: 0, duration: Infinity, from: 0, to: 1 })).toEqual([
      'duration must be a finite number of seconds ≥ 0, got Infinity',
    ]);
    expect(validatePattern({ kind: 'recurring', start: 0, duration: 10, from: 0, to: 1 })).toEqual([
      'period must be a finite number of seconds > 0 for a recurring pattern, got nothing',
    ]);
    expect(validatePattern({ kind: 'recurring', start: 0, duration: -2, period: 0, from: 0, to: 1 })).toEqual(
      [
        'duration must be ≥ 0 seconds (Infinity allowed), got -2',
        'period must be a finite number of seconds > 0 for a recurring pattern, got 0',
      ],
    );
    expect(
      validatePattern({
        kind: 'wobbly' as never,
        start: 0,
        duration: 1,
        from: 0,
        to: '1' as unknown as number,
      }),
    ).toEqual([
      'kind must be one of sudden, gradual, incremental, recurring, got "wobbly"',
      'to must be a finite number, got "1"',
    ]);
  });
});
