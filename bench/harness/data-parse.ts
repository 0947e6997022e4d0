// Browser side of bench/data-parse.mjs: uploads a CSV to the app's real CSV worker (src/workers/
// csv-parse.worker.ts, bundled by Vite exactly as the app bundles it) and times it from postMessage until the
// main thread holds the unpacked DataTable, watching the main thread for long tasks (> 50 ms) meanwhile.
import type { CsvWorkerRequest, CsvWorkerResponse } from '../../src/lib/data/csv-worker-protocol';
import { unpackParseResult } from '../../src/lib/data/packed-table';

export interface DataParseRun {
  /** postMessage → DataTable ready on the main thread ('done' received and its table unpacked in slices). */
  ms: number;
  /** postMessage → 'done' received. */
  doneMs: number;
  rows: number;
  cols: number;
  bytes: number;
  progressMessages: number;
  /** Long tasks (PerformanceObserver 'longtask', > 50 ms) on the main thread that overlap the run. */
  longTasks: number;
  maxTaskMs: number;
  /** Worker-side figures from the 'done' message. */
  timings: { parseMs: number; inferMs: number; statsMs: number };
}

declare global {
  interface Window {
    benchDataParse: {
      load(url: string): Promise<number>;
      run(id: string): Promise<DataParseRun>;
    };
  }
}

const longTasks: { start: number; end: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
}).observe({ type: 'longtask', buffered: true });

const worker = new Worker(new URL('../../src/workers/csv-parse.worker.ts', import.meta.url), {
  type: 'module',
});
let file: File | null = null;

function parse(
  id: string,
  blob: Blob,
  onProgress?: () => void,
): Promise<Extract<CsvWorkerResponse, { type: 'done' }>> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<CsvWorkerResponse>) => {
      const m = event.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress?.();
      else if (m.type === 'done') resolve(m);
      else reject(new Error(m.type === 'error' ? m.message : `unexpected ${m.type}`));
    };
    worker.postMessage({ type: 'parse', id, file: blob } satisfies CsvWorkerRequest);
  });
}

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 100));

window.benchDataParse = {
  /** Fetches the CSV once and starts the worker (a tiny parse loads its modules), outside the timings. */
  async load(url) {
    const blob = await (await fetch(url)).blob();
    file = new File([blob], 'bench.csv', { type: 'text/csv' });
    await parse('warm-up', new Blob(['a,b\n1,x\n']));
    document.getElementById('status')!.textContent = `ready: ${file.size} bytes`;
    return file.size;
  },

  async run(id) {
    if (!file) throw new Error('call load() first');
    let progressMessages = 0;
    const t0 = performance.now();
    const done = await parse(id, file, () => progressMessages++);
    const doneMs = performance.now() - t0;
    const result = await unpackParseResult(done.result);
    const ms = performance.now() - t0;
    await nextFrame(); // let the observer deliver the last entries
    if (!result.ok) throw new Error(result.problem.message);
    const during = longTasks.filter((t) => t.end >= t0 && t.start <= t0 + ms);
    return {
      ms,
      doneMs,
      rows: result.table.rowCount,
      cols: result.table.columns.length,
      bytes: file.size,
      progressMessages,
      longTasks: during.length,
      maxTaskMs: during.reduce((m, t) => Math.max(m, t.end - t.start), 0),
      timings: done.profile!.timings,
    };
  },
};
document.getElementById('status')!.textContent = 'harness ready';
