import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packedTransferables, packTable, unpackTable, unpackTableInSlices } from './packed-table';
import type { Cell, DataTable } from './types';

const table: DataTable = {
  columns: ['a', 'b'],
  data: [
    ['x', null, '', 'long value with spaces'],
    [null, null, 'é😀', '1'],
  ],
  rowCount: 4,
};

describe('packed tables', () => {
  it('packs each column into one string with end offsets and missing flags', () => {
    const packed = packTable(table);
    expect(packed.packed[0]!.text).toBe('xlong value with spaces');
    expect([...packed.packed[0]!.ends]).toEqual([1, 1, 1, 23]);
    expect([...packed.packed[0]!.missing]).toEqual([0, 1, 0, 0]);
    expect(packedTransferables(packed)).toHaveLength(4);
  });

  it('round-trips any table, keeping empty strings apart from missing cells (property)', async () => {
    const cell = fc.option(fc.string({ unit: 'grapheme', maxLength: 6 }), { nil: null });
    const tables = fc
      .integer({ min: 0, max: 30 })
      .chain((rows) =>
        fc
          .array(fc.array(cell, { minLength: rows, maxLength: rows }), { minLength: 1, maxLength: 4 })
          .map((data): DataTable => ({ columns: data.map((_, i) => `c${i}`), data, rowCount: rows })),
      );
    await fc.assert(
      fc.asyncProperty(tables, async (t) => {
        expect(unpackTable(packTable(t))).toEqual(t);
        expect(await unpackTableInSlices(packTable(t), { sliceMs: 0, yieldToMain: async () => {} })).toEqual(
          t,
        );
      }),
    );
  });

  it('yields between slices of about sliceMs', async () => {
    const rows = 10_000;
    const big: DataTable = {
      columns: ['a', 'b', 'c'],
      data: Array.from({ length: 3 }, () => Array.from({ length: rows }, (_, r): Cell => String(r))),
      rowCount: rows,
    };
    let clock = 0;
    let yields = 0;
    // A fake clock that advances 1 ms per check: 2048-row steps, a yield every 4 steps (sliceMs = 4).
    const result = await unpackTableInSlices(packTable(big), {
      sliceMs: 4,
      now: () => clock++,
      yieldToMain: async () => {
        yields++;
      },
    });
    expect(result).toEqual(big);
    expect(yields).toBeGreaterThanOrEqual(2);
    expect(yields).toBeLessThanOrEqual(8);
  });
});
