// The CSV worker's logic, without the worker: src/workers/csv-parse.worker.ts only wires `self.onmessage` to
// `handleMessage`, so this runs (and is tested) in Node with an injected reader.
//
// A parse reads the Blob 1 MB at a time (Blob.slice + arrayBuffer), decodes it as streaming UTF-8 (a
// character split between two slices is completed by the next), feeds the CSV accumulator, and posts
// progress after every slice. Cancels are honoured between slices and between the profiling steps; both are
// awaits, which is when the worker's event loop delivers the cancel message. A file over the size limit is
// rejected from `Blob.size` before anything is read. The table goes back packed (packed-table.ts), with its
// typed arrays transferred, so that receiving it does not block the main thread.
import { columnStatistics } from './column-stats';
import { createCsvAccumulator } from './csv-accumulator';
import { checkCsvSize } from './csv-format';
import type { CsvProfile, CsvWorkerRequest, CsvWorkerResponse } from './csv-worker-protocol';
import { inferSchema } from './infer-schema';
import { packedTransferables, packTable } from './packed-table';

export const CSV_CHUNK_BYTES = 1024 * 1024;

export type ChunkReader = (file: Blob, chunkBytes: number) => AsyncIterable<Uint8Array>;

export interface CsvWorkerDeps {
  /** Reads the file in slices (default: Blob.slice + arrayBuffer). */
  readChunks?: ChunkReader;
  chunkBytes?: number;
  /** Lets queued messages (a cancel) run; default a zero-delay timeout. */
  yieldToEvents?: () => Promise<void>;
  now?: () => number;
}

/** postMessage: `transfer` lists ArrayBuffers to move rather than copy. */
export type Post = (response: CsvWorkerResponse, transfer?: Transferable[]) => void;

export async function* readBlobChunks(file: Blob, chunkBytes: number): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < file.size; offset += chunkBytes) {
    yield new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
  }
}

export function createCsvWorkerCore(deps: CsvWorkerDeps = {}) {
  const {
    readChunks = readBlobChunks,
    chunkBytes = CSV_CHUNK_BYTES,
    yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    now = () => performance.now(),
  } = deps;
  const running = new Set<string>();
  const cancelled = new Set<string>();

  async function parse(request: Extract<CsvWorkerRequest, { type: 'parse' }>, post: Post): Promise<void> {
    const { id, file } = request;
    const totalBytes = file.size;
    const tooLarge = checkCsvSize(totalBytes);
    if (tooLarge) {
      post({ type: 'done', id, result: { ok: false, problem: tooLarge } });
      return;
    }
    const stop = (): boolean => {
      if (!cancelled.has(id)) return false;
      post({ type: 'cancelled', id });
      return true;
    };
    const started = now();
    const accumulator = createCsvAccumulator(request.options);
    // ignoreBOM keeps a byte-order mark in the text, so the accumulator removes and reports it as parseCsv does.
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    let loadedBytes = 0;
    for await (const chunk of readChunks(file, chunkBytes)) {
      if (stop()) return;
      accumulator.push(decoder.decode(chunk, { stream: true }));
      loadedBytes += chunk.byteLength;
      post({ type: 'progress', id, phase: 'reading', loadedBytes, totalBytes, rows: accumulator.rowCount });
      if (accumulator.fatal) break; // the outcome is decided: no need to read the rest
    }
    if (stop()) return;
    accumulator.push(decoder.decode());
    const result = accumulator.finish();
    const parseMs = now() - started;
    if (!result.ok) {
      post({ type: 'done', id, result });
      return;
    }
    post({ type: 'progress', id, phase: 'profiling', loadedBytes, totalBytes, rows: result.table.rowCount });
    await yieldToEvents();
    if (stop()) return;
    let t = now();
    const { schema, profiles } = inferSchema(result.table);
    const inferMs = now() - t;
    await yieldToEvents();
    if (stop()) return;
    t = now();
    const statistics = columnStatistics(result.table, schema, request.statistics);
    const statsMs = now() - t;
    const profile: CsvProfile = { schema, profiles, statistics, timings: { parseMs, inferMs, statsMs } };
    const table = packTable(result.table);
    post({ type: 'done', id, result: { ...result, table }, profile }, packedTransferables(table));
  }

  /** Handles one request; resolves when it has been answered (parse) or noted (cancel). */
  async function handleMessage(message: CsvWorkerRequest, post: Post): Promise<void> {
    if (message.type === 'cancel') {
      if (running.has(message.id)) cancelled.add(message.id);
      return;
    }
    const { id } = message;
    running.add(id);
    try {
      await parse(message, post);
    } catch (error) {
      post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      running.delete(id);
      cancelled.delete(id);
    }
  }

  return { handleMessage };
}
