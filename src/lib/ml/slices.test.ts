import { describe, expect, it } from 'vitest';
import type { DataTable } from '@/lib/data/types';
import { MISSING_SLICE, sliceMetrics } from './slices';

// Eight table rows; rows 0–5 are in the validation set (in the order 5, 0, 1, 2, 3, 4).
const table: DataTable = {
  columns: ['device', 'x'],
  data: [
    ['phone', 'phone', 'tablet', 'phone', null, ' ', 'tablet', 'phone'],
    ['1', '2', '3', '4', '5', '6', '7', '8'],
  ],
  rowCount: 8,
};
const classes = ['no', 'yes'];

describe('sliceMetrics', () => {
  it('computes accuracy, macro F1 and error rate per value, worst first, missing cells as "(missing)"', () => {
    const rows = [5, 0, 1, 2, 3, 4];
    const yTrue = [1, 0, 1, 1, 0, 0];
    const yPred = [0, 0, 1, 0, 0, 0];
    const slices = sliceMetrics({ table, column: 'device', rows, yTrue, yPred, classes });
    // phone: rows 0, 1, 3 → true [0, 1, 0], pred [0, 1, 0] → accuracy 1, macro F1 1.
    // tablet: row 2 → true [1], pred [0] → accuracy 0; labels present {no, yes}: F1 0 and 0 → macro 0.
    // (missing): rows 5 (blank) and 4 (null) → true [1, 0], pred [0, 0] → accuracy 0.5;
    //   F1(no) = 2·0.5·1/1.5 = 2/3, F1(yes) = 0 → macro 1/3.
    expect(slices.map((s) => s.value)).toEqual(['tablet', MISSING_SLICE, 'phone']);
    expect(slices[0]).toEqual({ value: 'tablet', examples: 1, accuracy: 0, macroF1: 0, errorRate: 1 });
    expect(slices[1]!.examples).toBe(2);
    expect(slices[1]!.accuracy).toBe(0.5);
    expect(slices[1]!.errorRate).toBe(0.5);
    expect(slices[1]!.macroF1).toBeCloseTo(1 / 3, 12);
    expect(slices[2]).toEqual({ value: 'phone', examples: 3, accuracy: 1, macroF1: 1, errorRate: 0 });
  });

  it('breaks accuracy ties by size (bigger first), then by value', () => {
    const t: DataTable = {
      columns: ['g'],
      data: [['a', 'a', 'b', 'b', 'b', 'b', 'c', 'c']],
      rowCount: 8,
    };
    const rows = [0, 1, 2, 3, 4, 5, 6, 7];
    const yTrue = [1, 1, 1, 1, 1, 1, 1, 1];
    const yPred = [1, 0, 1, 0, 1, 0, 0, 1];
    const slices = sliceMetrics({ table: t, column: 'g', rows, yTrue, yPred, classes });
    expect(slices.map((s) => [s.value, s.examples, s.accuracy])).toEqual([
      ['b', 4, 0.5],
      ['a', 2, 0.5],
      ['c', 2, 0.5],
    ]);
  });

  it('rejects an unknown column, misaligned inputs and rows outside the table', () => {
    const base = { table, rows: [0], yTrue: [0], yPred: [0], classes };
    expect(() => sliceMetrics({ ...base, column: 'nope' })).toThrow(RangeError);
    expect(() => sliceMetrics({ ...base, column: 'device', yPred: [0, 1] })).toThrow(RangeError);
    expect(() => sliceMetrics({ ...base, column: 'device', rows: [8] })).toThrow(RangeError);
  });

  it('returns no slices for an empty validation set', () => {
    expect(sliceMetrics({ table, column: 'device', rows: [], yTrue: [], yPred: [], classes })).toEqual([]);
  });
});
