import { describe, expect, it } from 'vitest';
import { compareLabels, uniqueLabels } from './labels';

describe('labels in sklearn order', () => {
  it('sorts numbers ascending and strings by code point', () => {
    expect(uniqueLabels([3, 1, 2, 1], [10])).toEqual([1, 2, 3, 10]);
    expect(uniqueLabels(['b', 'a', 'B', 'é'])).toEqual(['B', 'a', 'b', 'é']);
    // U+1F600 (astral) sorts after U+FF5E although its first UTF-16 unit is smaller.
    expect(compareLabels('😀', '～')).toBeGreaterThan(0);
    expect(compareLabels('ab', 'a')).toBeGreaterThan(0);
  });

  it('refuses mixed and non-finite labels', () => {
    expect(() => uniqueLabels([1, '1'])).toThrow(expect.objectContaining({ code: 'mixed-labels' }));
    expect(() => uniqueLabels([1, Infinity])).toThrow(expect.objectContaining({ code: 'non-finite' }));
  });
});
