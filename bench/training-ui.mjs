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

import { join } from 'node:path';
import { mergeResults, RESULTS_PATH } from './results-file.mjs';
import {
  buildAndPreview,
  choosePort,
  exitWith,
  forwardPageErrors,
  load1m,
  ROOT,
  round,
  stopOnExit,
  traceLongTasks,
  verdict,
} from './shared.mjs';

/** Names a fixed port; unset, the OS picks a free one (never 4173 or 4180). */
const PORT_ENV = 'BENCH_TRAINING_UI_PORT';
const OUT_DIR = join(ROOT, 'bench/.tmp/training-ui-dist');
const VIEWPORT = { width: 1280, height: 800 };

const SHAPE = 'Two spirals';
const EPOCHS = 2000;
const SECONDS = 10;
const TARGETS = { longTasks: 0 };

/** Until the saved workbook has been read and the page shows its heading (as tests/e2e/fixtures.ts). */
async function ready(page) {
  await page.getByText('Opening your workbook…').waitFor({ state: 'detached', timeout: 30_000 });
  await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor({ timeout: 30_000 });
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
  const port = await choosePort(PORT_ENV);
  console.log('[training-ui] building the app (production)…');
  const app = await buildAndPreview({ outDir: OUT_DIR, port });
  const { stop, launchBrowser } = stopOnExit(app.close);
  try {
    const browser = await launchBrowser();
    const context = await browser.newContext({ viewport: VIEWPORT }); // fresh storage: an empty workbook
    const page = await context.newPage();
    forwardPageErrors(page);
    const base = app.url;

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

    const load1mStart = load1m();
    const trace = await traceLongTasks(browser, page);
    await page.evaluate(startObserver, SECONDS);
    await train.click();
    const run = await page.evaluate(() => window.__trainingUiBench.result());
    const tracedTasks = (await trace.stop()).map((t) => ({ wallMs: t.wallMs, cpuMs: t.threadMs }));
    const load1mEnd = load1m();

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
      load1m: [load1mStart, load1mEnd],
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
    return verdict('training-ui', missed);
  } finally {
    await stop();
  }
}

await exitWith('training-ui', main);
