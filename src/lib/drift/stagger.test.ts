import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from './errors';
import { PythonRandom } from './python-random';
import { STAGGER_CATEGORIES, staggerLabel, staggerStream } from './stagger';
import { take } from './stream';

describe('STAGGER generator', () => {
  it('STAGGER: the three concepts over all 27 objects', () => {
    const positives = [0, 1, 2].map((fn) => {
      let n = 0;
      for (let s = 0; s < 3; s++)
        for (let c = 0; c < 3; c++) for (let h = 0; h < 3; h++) n += staggerLabel(s, c, h, fn);
      return n;
    });
    expect(positives).toEqual([3, 15, 18]);
    expect(staggerLabel(0, 0, 2, 0)).toBe(1); // small red triangle
    expect(staggerLabel(1, 0, 0, 0)).toBe(0); // medium red circle
    expect(staggerLabel(2, 1, 0, 1)).toBe(1); // circle
    expect(staggerLabel(2, 1, 1, 1)).toBe(0); // blue square
    expect(staggerLabel(0, 2, 0, 2)).toBe(0); // small
    expect(STAGGER_CATEGORIES.color[2]).toBe('green');
  });

  it('STAGGER(classification_function=2, seed=112)', () => {
    const samples = take(staggerStream({ classificationFunction: 2, rng: new PythonRandom(112) }), 5);
    expect(samples).toEqual([
      { x: [1, 2, 2], y: 1 },
      { x: [2, 1, 2], y: 1 },
      { x: [1, 1, 2], y: 1 },
      { x: [0, 1, 0], y: 0 },
      { x: [2, 1, 0], y: 1 },
    ]);
  });

  it('balanceClasses alternates labels 1, 0, 1, …', () => {
    const expected = Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 1 : 0));
    expect(take(staggerStream({ balanceClasses: true, seed: 3 }), 50).map((s) => s.y)).toEqual(expected);
  });

  it('same seed → same stream, other seed → other stream', () => {
    const make = (seed: number) => staggerStream({ classificationFunction: 1, seed });
    const a = take(make(5), 300);
    expect(take(make(5), 300)).toEqual(a);
    expect(take(make(6), 300)).not.toEqual(a);
  });

  it.each([
    [() => staggerStream({ classificationFunction: 3 as never }), /staggerStream\.classificationFunction/],
    [
      () => staggerStream({ balanceClasses: 1 as never }),
      /staggerStream\.balanceClasses: must be true or false/,
    ],
  ])('bad options %# → InvalidOptionError', (make, message) => {
    expect(make).toThrow(InvalidOptionError);
    expect(make).toThrow(message);
  });
});
