// Module worker for CSV upload: parse, infer the schema and compute statistics off the main thread.
// All logic lives in src/lib/data/csv-worker-core.ts (tested in Node); this file only connects it to the
// worker's message port. papaparse runs here, inside our own worker: its `worker: true` mode is not used
// because it does not work in Vite production builds.
//
// Main thread:
//   const worker = new Worker(new URL('../../workers/csv-parse.worker.ts', import.meta.url), { type: 'module' });
//   worker.postMessage({ type: 'parse', id, file } satisfies CsvWorkerRequest);
//   on { type: 'done', result }: const parsed = await unpackParseResult(result)   (@/lib/data/packed-table)
import { createCsvWorkerCore } from '@/lib/data/csv-worker-core';
import type { CsvWorkerRequest, CsvWorkerResponse } from '@/lib/data/csv-worker-protocol';

const core = createCsvWorkerCore();
const post = (response: CsvWorkerResponse, transfer: Transferable[] = []): void =>
  self.postMessage(response, transfer);

self.onmessage = (event: MessageEvent<CsvWorkerRequest>) => {
  void core.handleMessage(event.data, post);
};
