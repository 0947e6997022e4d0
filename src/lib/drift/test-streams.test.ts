import { describe, expect, it } from 'vitest';
import { DDM } from './ddm';
import { PageHinkley } from './page-hinkley';
import {
  bernoulliShift,
  changeSummary,
  driftIndices,
  flagTrace,
  gaussianShift,
  riverBinaryDocStream,
  riverNumericDocStream,
} from './test-streams';

describe('test stream helpers', () => {
  it('streams are deterministic and have the requested change', () => {
    const b = bernoulliShift(1, 20_000, 10_000, 0.1, 0.5);
    expect(bernoulliShift(1, 20_000, 10_000, 0.1, 0.5)).toEqual(b);
    const mean = (xs: number[]) => xs.reduce((s, v) => s + v, 0) / xs.length;
    expect(mean(b.slice(0, 10_000))).toBeCloseTo(0.1, 2);
    expect(mean(b.slice(10_000))).toBeCloseTo(0.5, 1);
    const g = gaussianShift(1, 20_000, 10_000, 0, 1);
    expect(mean(g.slice(0, 10_000))).toBeCloseTo(0, 1);
    expect(mean(g.slice(10_000))).toBeCloseTo(1, 1);
  });

  it('River docstring streams have the documented shape', () => {
    const n = riverNumericDocStream();
    expect(n).toHaveLength(2000);
    expect(n.slice(0, 1000).every((v) => v === 0 || v === 1)).toBe(true);
    expect(n.slice(1000).every((v) => v >= 4 && v <= 7)).toBe(true);
    expect(riverBinaryDocStream()).toHaveLength(2000);
  });

  it('changeSummary, driftIndices and flagTrace agree', () => {
    expect(changeSummary([10, 1005, 1200], 1000)).toEqual({ falseAlarms: 1, delay: 5 });
    expect(changeSummary([10], 1000)).toEqual({ falseAlarms: 1, delay: null });
    const s = [...Array(10).fill(0), ...Array(30).fill(1000)];
    const trace = flagTrace(new PageHinkley(), s);
    expect(driftIndices(new PageHinkley(), s)).toEqual([...trace].flatMap((c, i) => (c === 'D' ? [i] : [])));
    expect(flagTrace(new DDM({ warmStart: 0 }), [0, 1])).toBe('.D');
  });
});
