import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driftProbability, gradualDrift, recurringDrift, suddenDrift } from './concept-drift';
import { InvalidOptionError } from './errors';
import { PythonRandom } from './python-random';
import { seaStream } from './sea';
import { take } from './stream';
import type { SampleStream } from './stream';

/** A concept whose samples carry their source id and a counter: x = [id, k], k = 0, 1, 2, … */
function marker(id: number): SampleStream {
  let k = 0;
  return { featureNames: ['id', 'k'], next: () => ({ x: [id, k++], y: id }) };
}

describe('driftProbability: P(new | t) = 1 / (1 + e^(−4(t − p)/w))', () => {
  it('known values', () => {
    expect(driftProbability(5000, 5000, 1000)).toBe(0.5);
    expect(driftProbability(5500, 5000, 1000)).toBeCloseTo(1 / (1 + Math.exp(-2)), 15); // 0.8808
    expect(driftProbability(4500, 5000, 1000)).toBeCloseTo(0.11920292202211755, 15);
    expect(driftProbability(5000 + (1000 * Math.log(99)) / 4, 5000, 1000)).toBeCloseTo(0.99, 12);
  });

  it('is in (0, 1), increasing in t and symmetric: f(p + d) + f(p − d) = 1 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5000, max: 5000 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 100 }),
        (d, w, step) => {
          const p = 1000;
          const f = driftProbability(p + d, p, w);
          return (
            f >= 0 &&
            f <= 1 &&
            driftProbability(p + d + step, p, w) >= f &&
            Math.abs(f + driftProbability(p - d, p, w) - 1) < 1e-12
          );
        },
      ),
    );
  });
});

describe('gradualDrift (River ConceptDriftStream)', () => {
  it('reproduces River’s docstring: SEA(42, variant 0) → SEA(42, variant 1), seed=1, position=5, width=2', () => {
    const stream = gradualDrift(
      seaStream({ rng: new PythonRandom(42) }),
      seaStream({ variant: 1, rng: new PythonRandom(42) }),
      {
        position: 5,
        width: 2,
        rng: new PythonRandom(1),
      },
    );
    const x1 = take(stream, 10).map((s) => Math.trunc((s.x[0] as number) * 1e4) / 1e4);
    expect(x1).toEqual([6.3942, 2.2321, 8.9217, 0.2979, 6.3942, 2.2321, 8.9217, 0.2979, 0.2653, 5.4494]);
  });

  it('the share of new-concept samples follows the sigmoid (position 5000, width 1000)', () => {
    const stream = gradualDrift(marker(0), marker(1), { position: 5000, width: 1000, seed: 4 });
    const ids = take(stream, 10_000).map((s) => s.x[0] as number);
    for (const [from, to] of [
      [0, 3000],
      [4000, 4500],
      [4500, 5000],
      [5000, 5500],
      [5500, 6000],
      [7000, 10_000],
    ] as const) {
      let expected = 0;
      for (let t = from + 1; t <= to; t++) expected += driftProbability(t, 5000, 1000);
      const observed = ids.slice(from, to).reduce((s, v) => s + v, 0);
      const sd = Math.sqrt(Math.max(expected * (1 - expected / (to - from)), 1));
      expect(Math.abs(observed - expected)).toBeLessThan(4 * sd);
    }
  });

  it('each concept advances only when drawn from, and lastSource/t report the draw', () => {
    const stream = gradualDrift(marker(0), marker(1), { position: 50, width: 20, seed: 2 });
    const counts = [0, 0];
    for (let i = 0; i < 200; i++) {
      const s = stream.next();
      expect(stream.t).toBe(i + 1);
      expect(stream.lastSource).toBe(s.x[0]);
      expect(s.x[1]).toBe(counts[s.x[0] as number]);
      counts[s.x[0] as number]! += 1;
    }
  });

  it('is deterministic for a seed', () => {
    const make = () =>
      gradualDrift(seaStream({ seed: 1 }), seaStream({ variant: 2, seed: 2 }), {
        position: 100,
        width: 50,
        seed: 3,
      });
    expect(take(make(), 400)).toEqual(take(make(), 400));
  });

  it('alpha sets the width to max(1, ⌊1/tan α⌋)', () => {
    // α = 0.1° → w = ⌊572.96⌋ = 572; compare with an explicit width.
    const a = gradualDrift(marker(0), marker(1), { position: 1000, alpha: 0.1, seed: 8 });
    const b = gradualDrift(marker(0), marker(1), { position: 1000, width: 572, seed: 8 });
    expect(take(a, 2000)).toEqual(take(b, 2000));
    const steep = gradualDrift(marker(0), marker(1), { position: 10, alpha: 60, seed: 8 }); // w = 1
    expect(take(steep, 20).map((s) => s.x[0])).toEqual(
      take(gradualDrift(marker(0), marker(1), { position: 10, width: 1, seed: 8 }), 20).map((s) => s.x[0]),
    );
  });
});

describe('suddenDrift and recurringDrift', () => {
  it('suddenDrift: exactly `position` samples from the old concept', () => {
    const ids = take(suddenDrift(marker(0), marker(1), { position: 1000 }), 2000).map((s) => s.x[0]);
    expect(ids.indexOf(1)).toBe(1000);
    expect(ids.slice(1000).every((v) => v === 1)).toBe(true);
  });

  it('recurringDrift with width 0: a for t ≤ period, then b, a, b, …', () => {
    const ids = take(recurringDrift(marker(0), marker(1), { period: 3 }), 12).map((s) => s.x[0]);
    expect(ids).toEqual([0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1]);
  });

  it('recurringDrift with width > 0: pure far from the switches, ≈ 50/50 around them', () => {
    const ids = take(recurringDrift(marker(0), marker(1), { period: 1000, width: 100, seed: 5 }), 4000).map(
      (s) => s.x[0] as number,
    );
    const share = (from: number, to: number) => ids.slice(from, to).reduce((s, v) => s + v, 0) / (to - from);
    expect(share(0, 700)).toBe(0);
    expect(share(1300, 1700)).toBe(1);
    expect(share(2300, 2700)).toBe(0);
    expect(share(3300, 3700)).toBe(1);
    expect(share(950, 1050)).toBeGreaterThan(0.35);
    expect(share(950, 1050)).toBeLessThan(0.65);
    expect(share(1950, 2050)).toBeGreaterThan(0.35);
    expect(share(1950, 2050)).toBeLessThan(0.65);
  });
});

describe('composition bad options', () => {
  it.each([
    [() => gradualDrift(marker(0), marker(1), {} as never), /gradualDrift\.position: is required/],
    [
      () => gradualDrift(marker(0), marker(1), { position: 5, width: 0 }),
      /gradualDrift\.width: must be a finite number > 0/,
    ],
    [() => gradualDrift(marker(0), marker(1), { position: 5, alpha: 95 }), /gradualDrift\.alpha/],
    [
      () => gradualDrift(marker(0), seaStream(), { position: 5 }),
      /different numbers of features \(2 and 3\)/,
    ],
    [
      () => suddenDrift(marker(0), marker(1), { position: -1 }),
      /suddenDrift\.position: must be an integer ≥ 0/,
    ],
    [() => recurringDrift(marker(0), marker(1), { period: 0 }), /recurringDrift\.period/],
    [() => recurringDrift(marker(0), marker(1), { period: 10, width: -1 }), /recurringDrift\.width/],
  ])('%# throws InvalidOptionError', (make, message) => {
    expect(make).toThrow(InvalidOptionError);
    expect(make).toThrow(message);
  });
});
