import { describe, expect, it } from 'vitest';
import { forecastErrorByQuarter, quartersToReach } from './history-forecast';

describe('forecastErrorByQuarter', () => {
  it('closes 30 % of the gap to HLP each quarter', () => {
    const points = forecastErrorByQuarter({
      currentError: 20,
      hlpError: 10,
      gapClosedPerQuarter: 0.3,
      quarters: 3,
    });
    expect(points.map((p) => p.quarter)).toEqual([0, 1, 2, 3]);
    // gap 10 → 7 → 4.9 → 3.43
    expect(points.map((p) => p.error)).toEqual([20, 17, 14.9, 13.43].map((e) => expect.closeTo(e, 10)));
    expect(points[3]!.gap).toBeCloseTo(3.43, 10);
  });

  it('stays flat when already at or better than HLP, and when nothing is closed', () => {
    expect(
      forecastErrorByQuarter({ currentError: 5, hlpError: 8, gapClosedPerQuarter: 0.3, quarters: 2 }).map(
        (p) => p.error,
      ),
    ).toEqual([5, 5, 5]);
    expect(
      forecastErrorByQuarter({ currentError: 12, hlpError: 8, gapClosedPerQuarter: 0, quarters: 2 }).map(
        (p) => p.error,
      ),
    ).toEqual([12, 12, 12]);
  });

  it('reaches HLP in one quarter when the whole gap closes', () => {
    expect(
      forecastErrorByQuarter({ currentError: 12, hlpError: 8, gapClosedPerQuarter: 1, quarters: 1 })[1]!
        .error,
    ).toBe(8);
  });

  it('rejects impossible inputs with a message naming the field', () => {
    const ok = { currentError: 20, hlpError: 10, gapClosedPerQuarter: 0.3, quarters: 4 };
    expect(() => forecastErrorByQuarter({ ...ok, currentError: 120 })).toThrow(/current error/);
    expect(() => forecastErrorByQuarter({ ...ok, hlpError: Number.NaN })).toThrow(/HLP error/);
    expect(() => forecastErrorByQuarter({ ...ok, gapClosedPerQuarter: 1.5 })).toThrow(/share of the gap/);
    expect(() => forecastErrorByQuarter({ ...ok, quarters: 0 })).toThrow(/quarters/);
  });
});

describe('quartersToReach', () => {
  const base = { currentError: 20, hlpError: 10, gapClosedPerQuarter: 0.3 };
  it('finds the first quarter at or below the target', () => {
    expect(quartersToReach(base, 15)).toBe(2); // 17 after one quarter, 14.9 after two
    expect(quartersToReach(base, 14.9)).toBe(2);
    expect(quartersToReach(base, 20)).toBe(0);
  });
  it('is null for targets beyond HLP or when no progress is made', () => {
    expect(quartersToReach(base, 10)).toBeNull();
    expect(quartersToReach({ ...base, gapClosedPerQuarter: 0 }, 15)).toBeNull();
  });
});
