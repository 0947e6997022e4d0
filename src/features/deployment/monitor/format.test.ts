import { describe, expect, it } from 'vitest';
import {
  DASH,
  column,
  fmtCount,
  fmtMs,
  fmtNumber,
  fmtPercent,
  fmtSd,
  fmtStat,
  fmtTime,
  hasValues,
  latest,
} from './format';

describe('monitor formatting', () => {
  it('formats percentages, times, statistics and units, and shows a dash for missing values', () => {
    expect(fmtPercent(0.9123)).toBe('91.2 %');
    expect(fmtPercent(NaN)).toBe(DASH);
    expect(fmtTime(42.27)).toBe('t = 42.3 s');
    expect(fmtTime(12)).toBe('t = 12.0 s');
    expect(fmtStat(0.41234)).toBe('0.412');
    expect(fmtStat(2.4e-7)).toBe('2.4e-7');
    expect(fmtStat(0)).toBe('0.000');
    expect(fmtStat(Infinity)).toBe(DASH);
    expect(fmtNumber(20.123, 2, '°C')).toBe('20.12 °C');
    expect(fmtNumber(null)).toBe(DASH);
    expect(fmtSd(1.6)).toBe('+1.60 SD');
    expect(fmtSd(-0.5)).toBe('−0.50 SD');
    expect(fmtMs(0.4213)).toBe('0.42 ms');
    expect(fmtCount(12345)).toBe('12,345');
  });

  it('reads the newest point of a series and tells whether it holds any value', () => {
    expect(latest([1, 2, NaN])).toBeNaN();
    expect(latest([1, 2])).toBe(2);
    expect(latest([])).toBeNaN();
    expect(column({ a: [1] }, 'b')).toEqual([]);
    expect(hasValues([NaN, NaN])).toBe(false);
    expect(hasValues([NaN, 0.5])).toBe(true);
  });
});
