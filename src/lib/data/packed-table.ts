// A DataTable packed for crossing a worker boundary. Posting `Cell[][]` itself makes the receiving thread
// deserialize every cell string inside one message event: for 100,000 × 20 cells that is one 200–400 ms task
// on the main thread (measured by bench/data-parse.mjs), far over the 50 ms budget. Packed, each column is a
// single string holding its cells back to back plus typed arrays (transferred, not copied), so receiving it
// costs one copy per column; the cells are then cut out on the main thread in time-sliced steps
// (unpackTableInSlices), each well under the budget.
import type { ParseResult } from './csv-format';
import type { PackedParseResult } from './csv-worker-protocol';
import type { Cell, DataTable } from './types';

export interface PackedColumn {
  /** Every cell's text, concatenated; a missing cell contributes nothing. */
  text: string;
  /** ends[r]: offset in `text` just after row r's cell (row r starts at ends[r − 1], or 0). */
  ends: Uint32Array;
  /** 1 where the cell is missing (null). */
  missing: Uint8Array;
}

export interface PackedTable {
  columns: string[];
  rowCount: number;
  packed: PackedColumn[];
}

export function packTable(table: DataTable): PackedTable {
  const packed = table.data.map((cells): PackedColumn => {
    const ends = new Uint32Array(table.rowCount);
    const missing = new Uint8Array(table.rowCount);
    let end = 0;
    for (let r = 0; r < table.rowCount; r++) {
      const cell = cells[r];
      if (cell === null || cell === undefined) missing[r] = 1;
      else end += cell.length;
      ends[r] = end;
    }
    // join() writes null and undefined as '', which is what a missing cell contributes.
    const text = cells.length === table.rowCount ? cells.join('') : cells.slice(0, table.rowCount).join('');
    return { text, ends, missing };
  });
  return { columns: [...table.columns], rowCount: table.rowCount, packed };
}

/** The ArrayBuffers to list in postMessage's transfer argument (they become unusable in the sender). */
export function packedTransferables(table: PackedTable): ArrayBuffer[] {
  return table.packed.flatMap((c) => [c.ends.buffer as ArrayBuffer, c.missing.buffer as ArrayBuffer]);
}

/** Cuts rows [from, to) of a packed column into `out`. */
function unpackRows(column: PackedColumn, out: Cell[], from: number, to: number): void {
  const { text, ends, missing } = column;
  let start = from === 0 ? 0 : ends[from - 1]!;
  for (let r = from; r < to; r++) {
    const end = ends[r]!;
    out[r] = missing[r] ? null : text.slice(start, end);
    start = end;
  }
}

/** The whole table at once: fine in a worker or for small tables, not for 100,000 rows on the main thread. */
export function unpackTable(table: PackedTable): DataTable {
  const data = table.packed.map((column) => {
    const out: Cell[] = new Array(table.rowCount);
    unpackRows(column, out, 0, table.rowCount);
    return out;
  });
  return { columns: [...table.columns], data, rowCount: table.rowCount };
}

/** Resolves in a new task, so the browser can paint and handle input; not throttled like nested timeouts. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface UnpackOptions {
  /** Work per task before yielding (default 8 ms: half a frame). */
  sliceMs?: number;
  yieldToMain?: () => Promise<void>;
  now?: () => number;
}

/** Rows between clock checks; ~0.1 ms of work each. */
const ROWS_PER_CHECK = 2048;

/** unpackTable in steps of about `sliceMs`, yielding to the event loop between them. */
export async function unpackTableInSlices(
  table: PackedTable,
  options: UnpackOptions = {},
): Promise<DataTable> {
  const { sliceMs = 8, yieldToMain = nextTask, now = () => performance.now() } = options;
  const data: Cell[][] = table.packed.map(() => new Array<Cell>(table.rowCount));
  let sliceStart = now();
  for (let c = 0; c < table.packed.length; c++) {
    for (let from = 0; from < table.rowCount; from += ROWS_PER_CHECK) {
      unpackRows(table.packed[c]!, data[c]!, from, Math.min(table.rowCount, from + ROWS_PER_CHECK));
      if (now() - sliceStart >= sliceMs) {
        await yieldToMain();
        sliceStart = now();
      }
    }
  }
  return { columns: [...table.columns], data, rowCount: table.rowCount };
}

/** The worker's 'done' result back as a ParseResult, unpacked in slices (see unpackTableInSlices). */
export async function unpackParseResult(
  result: PackedParseResult,
  options?: UnpackOptions,
): Promise<ParseResult> {
  if (!result.ok) return result;
  return { ...result, table: await unpackTableInSlices(result.table, options) };
}
