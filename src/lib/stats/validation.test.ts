import { describe, expect, it } from 'vitest';
import { assertHistogramPair, assertInteger, sortedCopy } from './validation';

describe('validation helpers', () => {
  it('sortedCopy sorts numerically without touching the input', () => {
    const input = [10, -1, 2];
    expect(Array.from(sortedCopy(input, 'x'))).toEqual([-1, 2, 10]);
    expect(input).toEqual([10, -1, 2]);
  });

  it('names the offending element in its messages', () => {
    expect(() => sortedCopy([1, NaN], 'reference')).toThrow('reference[1] is NaN');
    expect(() => assertHistogramPair([1, 2], [1, 2, 3])).toThrow(/2 and 3 bins/);
    expect(() => assertInteger(0, 1, 'bins')).toThrow(/bins must be an integer ≥ 1/);
  });

  it('returns the histogram totals', () => {
    expect(assertHistogramPair([1, 2], [0.5, 0.5])).toEqual([3, 1]);
  });
});
