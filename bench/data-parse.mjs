// CSV upload benchmark (`node bench/data-parse.mjs`, or the "data-parse" step of `npm run bench`).
//
// Issue 5, "Speed": parse, infer the schema and compute statistics for a 100,000-row × 20-column CSV, report
// the time and peak memory, and keep the main thread free of tasks longer than 50 ms throughout.
//
// 1. Generates a seeded CSV (GENERATED below: numeric, categorical, boolean and date columns, ~2 % missing
//    cells, some quoted fields with commas), about 12 MB, kept in memory.
// 2. Builds bench/harness/data-parse.html with the project's vite.config.ts (production build, so the worker
//    and papaparse are bundled exactly as in the app) into bench/.tmp/data-parse-dist, and serves it with
//    `vite preview`, which also serves the CSV at /__bench/data-parse.csv.
// 3. In headless Chromium the harness fetches the CSV as a File, warms the worker up with a tiny parse, then
//    for each of RUNS runs posts the File to src/workers/csv-parse.worker.ts and waits for 'done'.
//
// Figures (median over RUNS for times; worst run for memory and long tasks; a full GC in page and worker
// before each run):
//   ms          postMessage → DataTable ready on the main thread: reading + parsing + inference + statistics
//               in the worker, receiving the packed result, and unpacking it in ~8 ms slices (packed-table.ts).
//   doneMs      postMessage → 'done' received (the worker's share).
//   peakHeapMB  largest (main-thread JS heap + worker JS heap) among samples taken every HEAP_SAMPLE_MS ms with
//               the DevTools protocol's Runtime.getHeapUsage (the page's session, and the worker's through
//               Target.sendMessageToTarget); `usedSize`, MB = 1024² bytes. Sampling can miss a short spike.
//   longTasks   PerformanceObserver({ type: 'longtask', buffered: true }) entries (> 50 ms) on the main thread
//   maxTaskMs   overlapping the run, and the longest one; the target is 0.
// Merged into bench/results.json as {"data": {"rows", "cols", "ms", "peakHeapMB", "longTasks", "maxTaskMs", …}}.
// A long task makes the script exit with code 1.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeResults } from './results-file.mjs';
import {
  buildAndPreview,
  choosePort,
  exitWith,
  forwardPageErrors,
  mb,
  ROOT,
  stopOnExit,
  workerSessions,
} from './shared.mjs';

/** Names a fixed port; unset, the OS picks a free one (other benchmarks use 4173–4191). */
const PORT_ENV = 'BENCH_DATA_PORT';
const OUT_DIR = join(ROOT, 'bench/.tmp/data-parse-dist');
const CSV_PATH = '/__bench/data-parse.csv';

export const ROWS = 100_000;
export const SEED = 20240601;
const RUNS = Number(process.env.BENCH_DATA_RUNS ?? 3);
const HEAP_SAMPLE_MS = 25;
const LONG_TASK_TARGET = 0;

// ---------------------------------------------------------------------------------------------------------
// The data: 20 columns, seeded
// ---------------------------------------------------------------------------------------------------------

/** mulberry32 (Tommy Ettinger): a small seeded 32-bit PRNG, as bench/drift-tick.ts. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, values) => values[Math.floor(rand() * values.length)];
const pad2 = (n) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;
const START_2023 = Date.UTC(2023, 0, 1);

/** The 20 columns: [name, cell generator]. 8 numeric, 4 categorical, 4 boolean, 4 date. */
const GENERATED = [
  ['bill_length_mm', (r, z) => (44 + 5.5 * z()).toFixed(1)],
  ['bill_depth_mm', (r, z) => (17 + 2 * z()).toFixed(1)],
  ['flipper_length_mm', (r, z) => String(Math.round(200 + 14 * z()))],
  ['body_mass_g', (r, z) => String(Math.round(4200 + 800 * z()))],
  ['temperature_c', (r, z) => (12 + 8 * z()).toFixed(2)],
  ['humidity', (r) => r().toFixed(3)],
  ['income', (r, z) => (Math.exp(10 + 0.8 * z()) / 1000).toFixed(3)],
  ['score', (r, z) => (z() * 1e-3).toExponential(3)],
  ['species', (r) => pick(r, ['Adelie', 'Chinstrap', 'Gentoo'])],
  ['island', (r) => pick(r, ['Biscoe', 'Dream', 'Torgersen', '"Biscoe, north"'])],
  ['weather', (r) => pick(r, ['sun', 'rain', 'fog', 'snow', 'drizzle', 'storm', 'overcast'])],
  ['plan', (r) => pick(r, ['free', 'basic', 'pro', 'team', 'enterprise'])],
  ['smoker', (r) => pick(r, ['yes', 'no'])],
  ['active', (r) => pick(r, ['true', 'false'])],
  ['churned', (r) => pick(r, ['0', '1'])],
  ['verified', (r) => pick(r, ['Y', 'N'])],
  ['signup_date', (r) => new Date(START_2023 + Math.floor(r() * 730) * DAY_MS).toISOString().slice(0, 10)],
  [
    'last_seen',
    (r) => new Date(START_2023 + Math.floor(r() * 730 * 24) * 3_600_000).toISOString().slice(0, 16),
  ],
  ['observed', (r) => `2024-${pad2(1 + Math.floor(r() * 12))}-${pad2(1 + Math.floor(r() * 28))}`],
  ['shipped', (r) => `2024-06-${pad2(1 + Math.floor(r() * 30))} ${pad2(Math.floor(r() * 24))}:00:00`],
];

/** The benchmark CSV (LF line endings, header row, ~2 % missing cells written as '' or 'NA'). */
export function generateCsv(rows = ROWS, seed = SEED) {
  const rand = mulberry32(seed);
  // Standard normal draws by Box–Muller.
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const lines = [GENERATED.map(([name]) => name).join(',')];
  for (let i = 0; i < rows; i++) {
    const cells = GENERATED.map(([, cell]) =>
      rand() < 0.02 ? (rand() < 0.5 ? '' : 'NA') : cell(rand, normal),
    );
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------
// Heap sampling through the DevTools protocol
// ---------------------------------------------------------------------------------------------------------

/** Samples Runtime.getHeapUsage of the page and of every dedicated worker it starts (workerSessions). */
async function heapSampler(page) {
  const cdp = await page.context().newCDPSession(page);
  const { workers, send } = await workerSessions(cdp);

  const workerHeap = async (sessionId) => (await send(sessionId, 'Runtime.getHeapUsage'))?.usedSize ?? 0;

  /** A full garbage collection in the page and every worker, so each run starts from the same heap. */
  const collectGarbage = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await Promise.all([...workers.keys()].map((sessionId) => send(sessionId, 'HeapProfiler.collectGarbage')));
  };

  let running = false;
  let peak = { total: 0, main: 0, worker: 0 };
  let loop = Promise.resolve();
  return {
    collectGarbage,
    start() {
      running = true;
      peak = { total: 0, main: 0, worker: 0 };
      loop = (async () => {
        while (running) {
          const [main, ...perWorker] = await Promise.all([
            cdp.send('Runtime.getHeapUsage').then((h) => h.usedSize),
            ...[...workers.keys()].map(workerHeap),
          ]);
          const worker = perWorker.reduce((a, b) => a + b, 0);
          if (main + worker > peak.total) peak = { total: main + worker, main, worker };
          await new Promise((resolve) => setTimeout(resolve, HEAP_SAMPLE_MS));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
      return peak;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------

/** The middle value (the upper of the two middle ones for an even count). */
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const csv = generateCsv();
  console.log(
    `[data-parse] generated ${ROWS} rows × ${GENERATED.length} columns, ${mb(Buffer.byteLength(csv))} MB`,
  );

  const serveCsv = {
    name: 'bench:data-parse-csv',
    configurePreviewServer(server) {
      server.middlewares.use(CSV_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.end(csv);
      });
    },
  };
  const port = await choosePort(PORT_ENV);
  const app = await buildAndPreview({
    outDir: OUT_DIR,
    port,
    plugins: [serveCsv],
    build: { rolldownOptions: { input: join(ROOT, 'bench/harness/data-parse.html') } },
  });
  const { stop, launchBrowser } = stopOnExit(app.close);
  try {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    forwardPageErrors(page);
    const sampler = await heapSampler(page);
    await page.goto(`${app.url}/bench/harness/data-parse.html`);
    await page.waitForFunction(() => window.benchDataParse !== undefined, null, { timeout: 60_000 });
    await page.evaluate((url) => window.benchDataParse.load(url), CSV_PATH);

    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      await sampler.collectGarbage();
      sampler.start();
      const run = await page.evaluate((id) => window.benchDataParse.run(id), `run-${i}`);
      const heap = await sampler.stop();
      runs.push({ ...run, heap });
      console.log(
        `[data-parse] run ${i + 1}/${RUNS}: ${run.ms.toFixed(0)} ms, done after ${run.doneMs.toFixed(0)} ` +
          `(worker: parse ${run.timings.parseMs.toFixed(0)}, ` +
          `infer ${run.timings.inferMs.toFixed(0)}, stats ${run.timings.statsMs.toFixed(0)}), ` +
          `heap ${mb(heap.total)} MB, long tasks ${run.longTasks} (max ${run.maxTaskMs.toFixed(0)} ms)`,
      );
    }

    const first = runs[0];
    const worst = (key) => Math.max(...runs.map((r) => r[key]));
    const peakHeap = runs.reduce((a, r) => (r.heap.total > a.total ? r.heap : a), runs[0].heap);
    const data = {
      rows: first.rows,
      cols: first.cols,
      fileMB: mb(first.bytes),
      ms: Math.round(median(runs.map((r) => r.ms))),
      doneMs: Math.round(median(runs.map((r) => r.doneMs))),
      peakHeapMB: mb(peakHeap.total),
      peakHeapMainMB: mb(peakHeap.main),
      peakHeapWorkerMB: mb(peakHeap.worker),
      longTasks: worst('longTasks'),
      maxTaskMs: Math.round(worst('maxTaskMs')),
      workerMs: {
        parse: Math.round(median(runs.map((r) => r.timings.parseMs))),
        infer: Math.round(median(runs.map((r) => r.timings.inferMs))),
        stats: Math.round(median(runs.map((r) => r.timings.statsMs))),
      },
      runs: RUNS,
      measuredAt: new Date().toISOString(),
    };
    mergeResults({ data });
    printTable(data);
    if (data.longTasks > LONG_TASK_TARGET) {
      console.error(
        `[data-parse] FAILED: ${data.longTasks} long task(s) on the main thread (max ${data.maxTaskMs} ms)`,
      );
      return 1;
    }
    return 0;
  } finally {
    await stop();
  }
}

function printTable(d) {
  const rows = [
    ['rows × cols', `${d.rows} × ${d.cols} (${d.fileMB} MB)`],
    ['post → table on main thread (median)', `${d.ms} ms (done after ${d.doneMs} ms)`],
    ['  worker parse / infer / stats', `${d.workerMs.parse} / ${d.workerMs.infer} / ${d.workerMs.stats} ms`],
    ['peak JS heap (main + worker)', `${d.peakHeapMB} MB (${d.peakHeapMainMB} + ${d.peakHeapWorkerMB})`],
    ['main-thread long tasks (worst run)', `${d.longTasks} (max ${d.maxTaskMs} ms)`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('');
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await exitWith('data-parse', main);
