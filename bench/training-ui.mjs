// Training-view benchmark (`node bench/training-ui.mjs`, or the "training-ui" step of `npm run bench`).
//
// Issue 6, in the app's own UI: while a model trains, the modeling page keeps the main thread free of tasks
// longer than 50 ms. (bench/training.mjs checks the same on a bare harness page; this runs the real page, with
// its live curves, progress and decision-boundary canvas.)
//
// 1. Builds the app with the project's vite.config.ts (production build) into bench/.tmp/training-ui-dist and
//    serves it with Vite's preview() on a free port.
// 2. In headless Chromium (a fresh context, so the workbook starts empty): creates a project on /projects,
//    generates "Two spirals" on /data ("Generate and add", the default 400 points), opens /modeling, sets
//    "Epochs" to EPOCHS and keeps every other setting at its default.
// 3. Starts a 'longtask' PerformanceObserver on the main thread, then clicks "Train". Long tasks that start
//    within SECONDS of the click count; the epochs completed at that moment (the "Epochs completed" progress
//    bar) are `epochsSeen`. Then "Stop", and the script waits for "Stopped after N epochs".
//    A light trace (category 'toplevel': one event per task, wall and thread time) runs alongside, so a long
//    task that worked can be told from one that mostly waited for a CPU on a busy machine.
//
// Merged into bench/results.json as {"mainThread": {"trainingUi": {…}}}; mergeResults deep-merges, so
// "mainThread.training" (bench/training.mjs) is kept. Target: 0 long tasks; a long task, an unsupported
// observer or a run that trained no epoch within SECONDS makes the script exit with code 1.
//
// Environment: BENCH_TRAINING_UI_PORT (a fixed port), CHROMIUM_PATH.

import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { mergeResults, RESULTS_PATH } from './results-file.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const HOST = '127.0.0.1';
/** A fixed port from BENCH_TRAINING_UI_PORT, else a free one picked by the OS (never 4173 or 4180). */
const PORT_OVERRIDE = process.env.BENCH_TRAINING_UI_PORT
  ? Number(process.env.BENCH_TRAINING_UI_PORT)
  : undefined;
const OUT_DIR = join(ROOT, 'bench/.tmp/training-ui-dist');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORT = { width: 1280, height: 800 };

const SHAPE = 'Two spirals';
const EPOCHS = 2000;
const SECONDS = 10;
const TARGETS = { longTasks: 0 };

const round = (x, digits = 0) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

/** A port nobody listens on right now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Until the saved workbook has been read and the page shows its heading (as tests/e2e/fixtures.ts). */
async function ready(page) {
  await page.getByText('Opening your workbook…').waitFor({ state: 'detached', timeout: 30_000 });
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
}

/**
 * The page's main-thread tasks of at least 50 ms wall time in a Chromium trace (outermost task events of the
 * busiest renderer main thread), with wall and thread (CPU) time in ms.
 */
function longTasksInTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number');
  let main = null;
  let most = -1;
  for (const t of events) {
    if (t.ph !== 'M' || t.name !== 'thread_name' || t.args?.name !== 'CrRendererMain') continue;
    const n = complete.filter((e) => e.pid === t.pid && e.tid === t.tid).length;
    if (n > most) [main, most] = [t, n];
  }
  if (!main) return [];
  const tasks = complete
    .filter(
      (e) =>
        e.pid === main.pid &&
        e.tid === main.tid &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
    )
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = [];
  let outerEnd = -Infinity;
  for (const e of tasks) {
    if (e.ts < outerEnd) continue;
    outerEnd = e.ts + e.dur;
    if (e.dur >= 50_000)
      out.push({
        wallMs: round(e.dur / 1000, 1),
        cpuMs: typeof e.tdur === 'number' ? round(e.tdur / 1000, 1) : null,
      });
  }
  return out;
}

/**
 * In the page: a long-task observer and a poll of the progress bar, started right before the click on Train.
 * `window.__trainingUiBench.result()` resolves SECONDS after the start with what happened in that window.
 */
function startObserver(seconds) {
  const supported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  const entries = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) entries.push({ startTime: e.startTime, duration: e.duration });
  });
  if (supported) observer.observe({ type: 'longtask', buffered: false });
  const start = performance.now();
  const end = start + seconds * 1000;
  const epochs = () =>
    Number(document.querySelector('progress[aria-label="Epochs completed"]')?.getAttribute('value') ?? 0);
  let firstEpochMs = null;
  const poll = setInterval(() => {
    if (firstEpochMs === null && epochs() > 0) firstEpochMs = performance.now() - start;
  }, 100);
  window.__trainingUiBench = {
    result: () =>
      new Promise((resolve) => {
        setTimeout(
          () => {
            const epochsSeen = epochs();
            clearInterval(poll);
            if (supported) for (const e of observer.takeRecords()) entries.push(e);
            observer.disconnect();
            const inWindow = entries.filter((e) => e.startTime >= start && e.startTime < end);
            resolve({
              supported,
              epochsSeen,
              firstEpochMs,
              wallMs: performance.now() - start,
              longTasks: inWindow.map((e) => ({ at: e.startTime - start, duration: e.duration })),
            });
          },
          Math.max(0, end - performance.now()),
        );
      }),
  };
}

async function main() {
  const port = PORT_OVERRIDE ?? (await freePort());
  const config = {
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    build: { outDir: OUT_DIR, emptyOutDir: true },
    preview: { host: HOST, port, strictPort: true },
  };
  console.log('[training-ui] building the app (production)…');
  await build(config);
  const server = await preview(config);
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await new Promise((resolve) => server.httpServer.close(resolve));
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143)));
  }
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: VIEWPORT }); // fresh storage: an empty workbook
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') console.error(`[browser] ${m.text()}`);
    });
    page.on('pageerror', (e) => console.error(`[browser] ${e.message}`));
    const base = `http://${HOST}:${port}`;

    const projectName = 'Training UI benchmark';
    await page.goto(`${base}/projects`);
    await ready(page);
    await page.getByLabel('New project name').fill(projectName);
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { level: 3, name: projectName }).waitFor();

    await page.goto(`${base}/data`);
    await ready(page);
    await page.getByLabel('Shape').selectOption({ label: SHAPE });
    await page.getByRole('button', { name: 'Generate and add' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Added “/ })
      .waitFor({ timeout: 60_000 });

    await page.goto(`${base}/modeling`);
    await ready(page);
    const train = page.getByRole('button', { name: 'Train', exact: true });
    await page.waitForFunction((el) => el && !el.disabled, await train.elementHandle(), { timeout: 60_000 });
    await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill(String(EPOCHS));
    console.log(`[training-ui] "${SHAPE}" loaded; training ${EPOCHS} epochs, watching ${SECONDS} s…`);

    const load1mStart = loadavg()[0];
    await browser.startTracing(page, { categories: ['toplevel'] });
    await page.evaluate(startObserver, SECONDS);
    await train.click();
    const run = await page.evaluate(() => window.__trainingUiBench.result());
    const tracedTasks = longTasksInTrace(JSON.parse((await browser.stopTracing()).toString('utf8')));
    const load1mEnd = loadavg()[0];

    await page.getByRole('button', { name: 'Stop' }).click();
    const stopped = page.getByRole('status').filter({ hasText: /^Stopped after \d+ epochs/ });
    await stopped.waitFor({ timeout: 30_000 });
    const stoppedAfter = Number(/Stopped after (\d+) epochs/.exec(await stopped.textContent())[1]);
    const backend = await page
      .getByText(/^Backend: /)
      .textContent()
      .then((t) => /^Backend: (\w+)/.exec(t)?.[1] ?? null)
      .catch(() => null);

    const longTasks = run.longTasks.length;
    const maxTaskMs = Math.max(0, ...run.longTasks.map((t) => t.duration));
    const trainingUi = {
      longTasks,
      maxTaskMs: round(maxTaskMs, 1),
      epochsSeen: run.epochsSeen,
      seconds: SECONDS,
      observerSupported: run.supported,
      firstEpochMs: round(run.firstEpochMs),
      stoppedAfterEpochs: stoppedAfter,
      backend,
      dataset: SHAPE,
      epochsPlanned: EPOCHS,
      // The window's main-thread tasks over 50 ms wall time in the trace, with their CPU time (explanation only).
      tracedLongTasks: tracedTasks,
      load1m: [round(load1mStart, 2), round(load1mEnd, 2)],
      measuredAt: new Date().toISOString(),
    };
    mergeResults({ mainThread: { trainingUi } });

    console.log('');
    console.log(`  long tasks (main)   ${longTasks} (max ${trainingUi.maxTaskMs} ms; target 0)`);
    if (longTasks)
      console.log(
        `                      at ${run.longTasks.map((t) => `${(t.at / 1000).toFixed(1)} s (${t.duration.toFixed(0)} ms)`).join(', ')}`,
      );
    if (tracedTasks.length)
      console.log(
        `  traced tasks ≥ 50 ms (wall / CPU ms): ${tracedTasks.map((t) => `${t.wallMs} / ${t.cpuMs ?? '?'}`).join(', ')}`,
      );
    console.log(
      `  epochs after ${SECONDS} s   ${run.epochsSeen} of ${EPOCHS} (first epoch after ` +
        `${trainingUi.firstEpochMs ?? '—'} ms; backend ${backend ?? '?'}; stopped after ${stoppedAfter})`,
    );
    console.log(`  load average (1 min) ${trainingUi.load1m[0]} → ${trainingUi.load1m[1]}`);
    console.log(`\n[training-ui] wrote ${RESULTS_PATH}`);

    const missed = [];
    if (!run.supported) missed.push('long tasks could not be observed');
    if (run.epochsSeen === 0) missed.push(`no epoch finished within ${SECONDS} s`);
    if (longTasks > TARGETS.longTasks)
      missed.push(`${longTasks} long task(s) (max ${maxTaskMs.toFixed(0)} ms)`);
    if (missed.length) {
      console.error(`[training-ui] missed: ${missed.join('; ')}`);
      return 1;
    }
    console.log('[training-ui] all targets met');
    return 0;
  } finally {
    await stop();
  }
}

// Exit explicitly: everything was torn down in main's finally, and a lingering handle must not keep us alive.
process.exit(
  await main().catch((error) => {
    console.error(`[training-ui] ${error?.stack ?? error}`);
    return 1;
  }),
);
