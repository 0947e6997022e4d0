import type { CsvProfile, CsvWorkerRequest, CsvWorkerResponse } from '@/lib/data/csv-worker-protocol';
import type { ParseResult } from '@/lib/data/csv-format';
import { unpackParseResult } from '@/lib/data/packed-table';

export interface ParseProgress {
  phase: 'reading' | 'profiling';
  loadedBytes: number;
  totalBytes: number;
  rows: number;
}

export type ParseOutcome =
  { kind: 'done'; result: ParseResult; profile?: CsvProfile } | { kind: 'cancelled' };

export interface ParseJob {
  promise: Promise<ParseOutcome>;
  cancel(): void;
}

/**
 * Parses a CSV Blob in a fresh module worker (parse → infer schema → statistics), reporting progress.
 * One worker per job, terminated when the job ends, so a cancelled or crashed parse leaves nothing behind.
 */
export function parseInWorker(file: Blob, onProgress?: (p: ParseProgress) => void): ParseJob {
  const id = crypto.randomUUID();
  const worker = new Worker(new URL('../../../workers/csv-parse.worker.ts', import.meta.url), {
    type: 'module',
  });
  let settle: ((o: ParseOutcome) => void) | null = null;
  const promise = new Promise<ParseOutcome>((resolve, reject) => {
    settle = resolve;
    worker.onmessage = (e: MessageEvent<CsvWorkerResponse>) => {
      const msg = e.data;
      if (msg.id !== id) return;
      if (msg.type === 'progress') onProgress?.(msg);
      else if (msg.type === 'done')
        // The table arrives packed (see packed-table.ts) and is rebuilt in slices, keeping the page responsive.
        unpackParseResult(msg.result).then(
          (result) => resolve({ kind: 'done', result, profile: msg.profile }),
          reject,
        );
      else if (msg.type === 'cancelled') resolve({ kind: 'cancelled' });
      else reject(new Error(msg.message));
    };
    worker.onerror = (e) =>
      reject(new Error(`the file reader stopped unexpectedly (${e.message || 'worker error'})`));
  }).finally(() => worker.terminate());
  worker.postMessage({ type: 'parse', id, file } satisfies CsvWorkerRequest);
  return {
    promise,
    cancel() {
      worker.postMessage({ type: 'cancel', id } satisfies CsvWorkerRequest);
      // Do not wait for the worker to notice between chunks: the user asked to stop now.
      settle?.({ kind: 'cancelled' });
    },
  };
}
