import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortedWindow } from './sorted-window';

describe('SortedWindow', () => {
  it('always holds the last `capacity` values in ascending order and evicts FIFO', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 80 }),
        (cap, xs) => {
          const w = new SortedWindow(cap);
          xs.forEach((x, i) => {
            const evicted = w.push(x);
            expect(evicted).toBe(i >= cap ? xs[i - cap] : undefined);
            const expected = xs.slice(Math.max(0, i + 1 - cap), i + 1).sort((a, b) => a - b);
            expect(Array.from(w.sorted)).toEqual(expected);
            expect(Array.from(w.sortedWithSentinel)).toEqual([...expected, Infinity]);
          });
        },
      ),
    );
  });

  it('clears, and rejects non-finite values and bad capacities', () => {
    const w = new SortedWindow(3);
    w.push(2);
    w.clear();
    expect(w.size).toBe(0);
    expect(() => w.push(NaN)).toThrow(expect.objectContaining({ code: 'non-finite' }));
    expect(() => new SortedWindow(0)).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});
