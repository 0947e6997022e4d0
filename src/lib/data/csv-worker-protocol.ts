// Messages between the data studio and src/workers/csv-parse.worker.ts (types only, so either side can import
// it without pulling in the other's code). Every request carries an id; every response answers one id.
//
//   main → worker   parse   read and parse `file`, then infer its schema and statistics
//                   cancel  stop the parse with that id (checked between 1 MB chunks and between steps)
//   worker → main   progress  bytes read so far (phase 'reading'), then 'profiling' while inferring
//                   done      the ParseResult with its table packed (see below), and for a parsed table
//                             its schema and statistics
//                   cancelled the parse stopped after a cancel; nothing else follows for that id
//                   error     an unexpected failure (a bad file is not an error: it is a done with ok: false)
//
// Why the table is packed: posted as Cell[][], 100,000 × 20 cells take one 200–400 ms task to deserialize on
// the main thread. Packed (packed-table.ts), receiving costs a copy per column, and the main thread rebuilds
// the DataTable with `unpackParseResult` in slices of ~8 ms.
import type { ColumnStatistics, ColumnStatisticsOptions } from './column-stats';
import type { ParseCsvOptions, ParseResult } from './csv-format';
import type { PackedTable } from './packed-table';
import type { ColumnProfile } from './infer-schema';
import type { DatasetSchema } from './types';

export type CsvWorkerRequest =
  | { type: 'parse'; id: string; file: Blob; options?: ParseCsvOptions; statistics?: ColumnStatisticsOptions }
  | { type: 'cancel'; id: string };

/** ParseResult with `table` packed; `unpackParseResult` (packed-table.ts) turns it back. */
export type PackedParseResult =
  | Exclude<ParseResult, { ok: true }>
  | (Omit<Extract<ParseResult, { ok: true }>, 'table'> & { table: PackedTable });

/** What the worker computes for a parsed table, so the main thread never does the heavy work. */
export interface CsvProfile {
  schema: DatasetSchema;
  profiles: ColumnProfile[];
  statistics: ColumnStatistics[];
  /** Worker-side milliseconds per step (reading and parsing overlap, so they are one figure). */
  timings: { parseMs: number; inferMs: number; statsMs: number };
}

export type CsvWorkerResponse =
  | {
      type: 'progress';
      id: string;
      phase: 'reading' | 'profiling';
      loadedBytes: number;
      totalBytes: number;
      /** Data rows parsed so far. */
      rows: number;
    }
  | { type: 'done'; id: string; result: PackedParseResult; profile?: CsvProfile }
  | { type: 'cancelled'; id: string }
  | { type: 'error'; id: string; message: string };
