import { describe, expect, it } from 'vitest';
import { driftCheck } from './drift-check';
import type { Cell, ColumnSchema, DataTable } from './types';

function tableOf(columns: Record<string, Cell[]>): DataTable {
  const names = Object.keys(columns);
  return { columns: names, data: names.map((n) => columns[n]!), rowCount: columns[names[0]!]!.length };
}

const col = (
  name: string,
  type: ColumnSchema['type'],
  role: ColumnSchema['role'] = 'feature',
): ColumnSchema => ({
  name,
  type,
  role,
  required: true,
  maxMissingRate: 0,
});

describe('driftCheck', () => {
  const ref = tableOf({
    x: ['1', '2', '3', '4', '5', '6', '7', 'oops'],
    y: ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b'],
    note: ['t', 't', 't', 't', 't', 't', 't', 't'],
    gone: ['1', '1', '1', '1', '1', '1', '1', '1'],
  });
  const cur = tableOf({
    x: ['1', '2', '3', '4', '5', '6', '7', '8'],
    y: ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b'],
    note: ['t', 't', 't', 't', 't', 't', 't', 't'],
  });

  it('compares feature columns only, reading non-numbers in numeric columns as missing', () => {
    const schema = {
      columns: [
        col('x', 'numeric'),
        col('y', 'categorical', 'label'),
        col('note', 'text'),
        col('gone', 'numeric'),
      ],
    };
    const check = driftCheck(schema, ref, cur);
    expect(check.report!.columns.map((c) => c.column)).toEqual(['x']);
    expect(check.report!.columns[0]).toMatchObject({
      type: 'numeric',
      referenceCount: 7,
      currentCount: 8,
      missing: { reference: 1, current: 0 },
    });
    expect(check.skipped).toEqual([
      { column: 'note', reason: 'free text is not compared' },
      { column: 'gone', reason: 'missing from the new data' },
    ]);
  });

  it('returns no report when nothing can be compared', () => {
    expect(driftCheck({ columns: [col('note', 'text')] }, ref, cur)).toEqual({
      report: null,
      distributions: [],
      skipped: [{ column: 'note', reason: 'free text is not compared' }],
    });
  });
});
