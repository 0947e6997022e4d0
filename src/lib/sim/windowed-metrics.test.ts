import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../drift/errors';
import { precisionRecallF1 } from '../stats/classification-metrics';
import { WindowedClassification } from './windowed-metrics';

function pushAll(w: WindowedClassification, pairs: readonly (readonly [number, number])[]): void {
  for (const [t, p] of pairs) w.push(t, p);
}

const rep = (pair: readonly [number, number], n: number): (readonly [number, number])[] =>
  Array.from({ length: n }, () => pair);

describe('WindowedClassification, binary', () => {
  // (1,1)×3, (1,0)×2, (0,1)×1, (0,0)×4 → C = [[4, 1], [2, 3]]
  const pairs = [...rep([1, 1], 3), ...rep([1, 0], 2), ...rep([0, 1], 1), ...rep([0, 0], 4)];

  it('hand-computed confusion matrix, accuracy and F1', () => {
    const w = new WindowedClassification(2, 10);
    pushAll(w, pairs);
    expect(w.size).toBe(10);
    expect(w.confusion()).toEqual([
      [4, 1],
      [2, 3],
    ]);
    expect(w.classCounts()).toEqual({ actual: [5, 5], predicted: [6, 4] });
    expect(w.accuracy()).toBeCloseTo(0.7, 15);
    // class 1: TP 3, P = 3/4, R = 3/5 → 2PR/(P+R) = 0.9/1.35 = 2/3 = 2·3/(2·3 + 1 + 2)
    const p1 = 3 / 4;
    const r1 = 3 / 5;
    expect(w.f1()).toBeCloseTo((2 * p1 * r1) / (p1 + r1), 15);
    expect(w.f1()).toBeCloseTo(2 / 3, 15);
    // class 0: TP 4, P = 4/6, R = 4/5 → 8/11
    expect(w.f1(0)).toBeCloseTo(8 / 11, 15);
    expect(w.macroF1()).toBeCloseTo((2 / 3 + 8 / 11) / 2, 15); // 23/33
  });

  it('subtracts evicted pairs: the window holds only the last `capacity` pairs', () => {
    const w = new WindowedClassification(2, 4);
    pushAll(w, pairs); // last four: (0,0)×4
    expect(w.confusion()).toEqual([
      [4, 0],
      [0, 0],
    ]);
    expect(w.accuracy()).toBe(1);
    expect(w.f1(1)).toBe(0); // no positives at all: zero_division → 0
    expect(w.macroF1()).toBe(1); // only class 0 present, F1 = 1 (as sklearn's average='macro')
    w.push(1, 0); // evicts one (0,0)
    expect(w.confusion()).toEqual([
      [3, 0],
      [1, 0],
    ]);
    expect(w.accuracy()).toBe(0.75);
    expect(w.f1(1)).toBe(0); // recall 0, precision 0 (never predicted)
    // class 0: P = 3/4, R = 1 → 6/7; macro over classes 0 and 1 = 3/7
    expect(w.macroF1()).toBeCloseTo(3 / 7, 15);
  });

  it('empty window → NaN; clear() empties', () => {
    const w = new WindowedClassification(2, 3);
    expect(w.accuracy()).toBeNaN();
    expect(w.f1()).toBeNaN();
    expect(w.macroF1()).toBeNaN();
    w.push(1, 1);
    w.clear();
    expect(w.size).toBe(0);
    expect(w.accuracy()).toBeNaN();
    expect(w.confusion()).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });
});

describe('WindowedClassification, multiclass', () => {
  it('macro-F1 averages over the classes present in the window', () => {
    const w = new WindowedClassification(4, 100);
    pushAll(w, [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 1],
      [2, 1],
      [2, 2],
    ]);
    expect(w.confusion()).toEqual([
      [1, 1, 0, 0],
      [0, 2, 0, 0],
      [0, 1, 1, 0],
      [0, 0, 0, 0],
    ]);
    expect(w.accuracy()).toBeCloseTo(4 / 6, 15);
    // class 0: P 1, R 1/2 → 2/3; class 1: P 2/4, R 1 → 2/3; class 2: P 1, R 1/2 → 2/3; class 3 absent
    expect(w.f1(0)).toBeCloseTo(2 / 3, 15);
    expect(w.f1(1)).toBeCloseTo(2 / 3, 15);
    expect(w.f1(3)).toBe(0);
    expect(w.macroF1()).toBeCloseTo(2 / 3, 15); // not 0.5: class 3 is left out, as in sklearn
  });

  it('agrees with the sklearn port on the last `capacity` pairs of any stream', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }));
    fc.assert(
      fc.property(
        fc.array(pair, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 20 }),
        (ps, cap) => {
          const w = new WindowedClassification(3, cap);
          pushAll(w, ps);
          const tail = ps.slice(-cap);
          const t = tail.map((p) => p[0]);
          const p = tail.map((q) => q[1]);
          expect(w.accuracy()).toBeCloseTo(t.filter((v, i) => v === p[i]).length / t.length, 12);
          expect(w.macroF1()).toBeCloseTo(precisionRecallF1(t, p, { average: 'macro' }).f1, 12);
          const f1Of1 = precisionRecallF1(t, p, { average: 'macro', labels: [1] }).f1;
          expect(w.f1(1)).toBeCloseTo(f1Of1, 12);
        },
      ),
    );
  });

  it('rejects bad classes', () => {
    expect(() => new WindowedClassification(1, 10)).toThrow(InvalidOptionError);
    expect(() => new WindowedClassification(2, 0)).toThrow(InvalidOptionError);
    const w = new WindowedClassification(3, 10);
    expect(() => w.push(3, 0)).toThrow(InvalidInputError);
    expect(() => w.push(0, 1.5)).toThrow(InvalidInputError);
    expect(() => w.f1(3)).toThrow(InvalidOptionError);
    expect(w.size).toBe(0);
  });
});
