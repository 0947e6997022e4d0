import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from './errors';
import { hyperplaneConcept, hyperplaneLabel } from './hyperplane';
import { incrementalDrift, interpolationWeight, parametricStream } from './incremental-drift';
import { seaConcept, seaLabel } from './sea';
import { take } from './stream';

describe('incrementalDrift', () => {
  it('λ(t) = clamp((t − start)/width, 0, 1)', () => {
    expect([0, 1000, 1250, 1500, 2000, 5000].map((t) => interpolationWeight(t, 1000, 1000))).toEqual([
      0, 0, 0.25, 0.5, 1, 1,
    ]);
  });

  it('SEA threshold sliding 8 → 9.5 over samples 1000–2000: every label uses θ(t)', () => {
    const stream = incrementalDrift(seaConcept(), [8], [9.5], { start: 1000, width: 1000, seed: 3 });
    for (let t = 1; t <= 2500; t++) {
      const s = stream.next();
      const theta = 8 + 1.5 * interpolationWeight(t, 1000, 1000);
      expect(stream.t).toBe(t);
      expect(stream.params[0]).toBeCloseTo(theta, 12);
      expect(s.y).toBe(seaLabel(s.x[0] as number, s.x[1] as number, stream.params[0] as number));
    }
    expect(stream.params).toEqual([9.5]);
  });

  it('the share of positive SEA labels rises with θ (8 → 9.5: P(x1 + x2 ≤ θ) from 0.32 to 0.45125)', () => {
    const stream = incrementalDrift(seaConcept(), [8], [9.5], { start: 20_000, width: 20_000, seed: 1 });
    const y = take(stream, 60_000).map((s) => s.y);
    const share = (from: number, to: number) => y.slice(from, to).reduce((a, b) => a + b, 0) / (to - from);
    // P(U1 + U2 ≤ θ) for U ~ U[0, 10): θ²/200 for θ ≤ 10.
    expect(share(0, 20_000)).toBeCloseTo(64 / 200, 1);
    expect(share(40_000, 60_000)).toBeCloseTo(90.25 / 200, 1);
  });

  it('a hyperplane rotating between two weight vectors', () => {
    const concept = hyperplaneConcept({ nFeatures: 2 });
    const stream = incrementalDrift(concept, [1, 0], [0, 1], { start: 0, width: 100, seed: 2 });
    for (let t = 1; t <= 150; t++) {
      const s = stream.next();
      const l = interpolationWeight(t, 0, 100);
      expect(stream.params[0]).toBeCloseTo(1 - l, 12);
      expect(s.y).toBe(hyperplaneLabel(stream.params, s.x));
    }
  });

  it('is deterministic; parametricStream gives a fixed-parameter stream', () => {
    const make = () =>
      incrementalDrift(seaConcept({ noise: 0.1 }), [7], [9], { start: 10, width: 50, seed: 8 });
    expect(take(make(), 200)).toEqual(take(make(), 200));
    const fixed = take(parametricStream(seaConcept(), [9], { seed: 4 }), 100);
    expect(fixed.every((s) => s.y === seaLabel(s.x[0] as number, s.x[1] as number, 9))).toBe(true);
  });

  it('rejects bad arguments with InvalidOptionError', () => {
    expect(() => incrementalDrift(seaConcept(), [8], [9, 1], { start: 0, width: 10 })).toThrow(
      InvalidOptionError,
    );
    expect(() => incrementalDrift(seaConcept(), [8], [Number.NaN], { start: 0, width: 10 })).toThrow(
      /finite numbers/,
    );
    expect(() => incrementalDrift(seaConcept(), [8], [9], { start: 0, width: 0 })).toThrow(
      /incrementalDrift\.width/,
    );
    expect(() => incrementalDrift(seaConcept(), [8], [9], { width: 5 } as never)).toThrow(
      /incrementalDrift\.start: is required/,
    );
    expect(() => seaConcept({ noise: 2 })).toThrow(/seaConcept\.noise/);
    expect(() => hyperplaneConcept({ nFeatures: 2 }).draw([1], { next: () => 0.5 } as never)).toThrow(
      /expects 2 weights, got 1/,
    );
  });
});
