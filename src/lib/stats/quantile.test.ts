import { describe, expect, it } from 'vitest';
import { quantileSorted } from './quantile';

describe('quantileSorted (numpy linear method)', () => {
  const s = [1, 2, 4, 8, 16];

  it('interpolates between order statistics at (n − 1)·q', () => {
    expect(quantileSorted(s, 5, 0)).toBe(1);
    expect(quantileSorted(s, 5, 1)).toBe(16);
    expect(quantileSorted(s, 5, 0.5)).toBe(4);
    expect(quantileSorted(s, 5, 0.1)).toBeCloseTo(1.4, 15); // h = 0.4
    expect(quantileSorted(s, 5, 0.9)).toBeCloseTo(12.8, 14); // h = 3.6: 16 − 8·0.4, from the upper end
  });

  it('works on a single value and on the prefix of a longer buffer', () => {
    expect(quantileSorted([7], 1, 0.3)).toBe(7);
    expect(quantileSorted(new Float64Array([0, 10, 999]), 2, 0.25)).toBe(2.5);
  });
});
