// Benchmark runner for Lifecycle Lab (`npm run bench`, i.e. `node bench/run.mjs`).
//
// Runs a list of benchmark steps in order and merges each step's figures into bench/results.json
// (see bench/README.md for what each step measures and the shape of the file).
//
//   node bench/run.mjs               run every step
//   node bench/run.mjs bundle        run only the "bundle" step (builds, serves, measures JS per route)
//   node bench/run.mjs drift-tick    run only the "drift-tick" step
//   node bench/run.mjs --list        list the steps
//
// Adding a step: append an entry to STEPS below. A step is either
//   { name, describe, run: async () => boolean }   a function; return false for a failed check, throw on errors
//   { name, describe, command: ['npx', 'tsx', 'bench/x.ts'], requires?: 'bench/x.ts' }
//                                                 a command run from the project root with inherited stdio;
//                                                 a non-zero exit code fails the step. When `requires` names a
//                                                 file that does not exist, the step is skipped.
// Every step runs even if an earlier one failed; the process exits 1 if any step failed.
//
// Anything that must be torn down (the preview server, the browser, child processes) is registered with
// `onCleanup` and released in a finally block, on SIGINT/SIGTERM, and, as a last resort, on process exit.

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mergeResults, RESULTS_PATH } from './results-file.mjs';
import { HOST, launchChromium, ROOT, sleep } from './shared.mjs';

// ---------------------------------------------------------------------------------------------------------
// Configuration of the bundle step
// ---------------------------------------------------------------------------------------------------------

const PREVIEW_PORT = 4180; // not 4173: that one belongs to the e2e tests (playwright.config.ts)
const BASE_URL = `http://${HOST}:${PREVIEW_PORT}`;

/** Every route of the app; the lessons are the four ids the lesson page knows. */
const ROUTES = [
  '/',
  '/learn',
  '/learn/scoping',
  '/learn/data',
  '/learn/modeling',
  '/learn/deployment',
  '/projects',
  '/scoping',
  '/data',
  '/modeling',
  '/deployment',
];

/** Gzip budgets in KB (1 KB = 1024 bytes) for the JavaScript a route loads. Exceeding one fails the step. */
const BUDGET_KB = { '/': 150 };

/** After Playwright's "networkidle" (no requests for 500 ms), wait this much longer for late chunks. */
const SETTLE_MS = 500;

// ---------------------------------------------------------------------------------------------------------
// The steps
// ---------------------------------------------------------------------------------------------------------

const STEPS = [
  {
    name: 'bundle',
    describe: 'production build; JavaScript (raw and gzip -9) each route loads in a fresh browser context',
    run: bundleStep,
  },
  {
    name: 'drift-tick',
    describe: 'bench/drift-tick.ts via tsx (skipped if the file does not exist)',
    command: ['npx', 'tsx', 'bench/drift-tick.ts'],
    requires: 'bench/drift-tick.ts',
  },
  {
    name: 'data-parse',
    describe: 'CSV worker on 100,000 × 20 rows in Chromium: time, peak heap, main-thread long tasks',
    command: ['node', 'bench/data-parse.mjs'],
    requires: 'bench/data-parse.mjs',
  },
  {
    name: 'training',
    describe: "naive model.fit vs the app's training worker in Chromium: rows/s, accuracy, long tasks, leaks",
    command: ['node', 'bench/training.mjs'],
    requires: 'bench/training.mjs',
  },
  {
    name: 'simulation',
    describe:
      'production build, /deployment demo at 1,000 events/s for 60 s: fps, long tasks, heap growth, latency',
    command: ['node', 'bench/simulation.mjs'],
    requires: 'bench/simulation.mjs',
  },
  {
    name: 'training-ui',
    describe: 'production build, /modeling: main-thread long tasks during 10 s of training "Two spirals"',
    command: ['node', 'bench/training-ui.mjs'],
    requires: 'bench/training-ui.mjs',
  },
];

// ---------------------------------------------------------------------------------------------------------
// Cleanup: everything registered here is released exactly once, whichever way the run ends.
// ---------------------------------------------------------------------------------------------------------

/** Pending cleanups, newest last. Each entry has an async `release` and a synchronous `releaseSync` fallback. */
const cleanups = new Set();

/** Register a cleanup; returns a function that runs it now (and unregisters it). */
function onCleanup(release, releaseSync = () => {}) {
  const entry = { release, releaseSync };
  cleanups.add(entry);
  return async () => {
    if (!cleanups.delete(entry)) return;
    await release();
  };
}

/** Run every pending cleanup, newest first; errors are reported but do not stop the others. */
async function cleanupAll() {
  for (const entry of [...cleanups].reverse()) {
    cleanups.delete(entry);
    try {
      await entry.release();
    } catch (error) {
      console.error(`[bench] cleanup failed: ${error?.message ?? error}`);
    }
  }
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return; // a second Ctrl-C while cleaning up: keep cleaning up
    interrupted = true;
    console.error(`\n[bench] ${signal}: stopping the preview server, the browser and child processes…`);
    cleanupAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}
// Last resort (e.g. process.exit from elsewhere): only synchronous work is possible here.
process.on('exit', () => {
  for (const entry of cleanups) entry.releaseSync();
});

// ---------------------------------------------------------------------------------------------------------
// Child processes
// ---------------------------------------------------------------------------------------------------------

/**
 * Start `cmd args…` from the project root in its own process group (detached), so that the whole tree it
 * spawns (npx → node → vite / tsx) can be killed at once. Output goes to our stdout/stderr; stdin is closed.
 * Returns the child and a `kill` function that is also registered as a cleanup.
 */
function startChild(cmd, args) {
  const child = spawn(cmd, args, {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: process.platform !== 'win32',
    env: process.env,
  });
  // Settles when the process is gone: on 'exit', or on 'error' if it could not be spawned at all.
  let done = false;
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
    child.on('error', (error) => {
      if (child.pid === undefined) {
        done = true;
        resolve({ code: null, signal: null, error });
      }
    });
  });

  const signalTree = (signal) => {
    if (done) return;
    try {
      // Negative pid = the process group we created with `detached`.
      if (process.platform !== 'win32') process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch {
      // Already gone.
    }
  };
  const kill = onCleanup(
    async () => {
      signalTree('SIGTERM');
      // Give it 3 s to exit, then SIGKILL the group.
      const timer = setTimeout(() => signalTree('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    },
    () => signalTree('SIGKILL'),
  );
  // The child may also end on its own: then there is nothing left to clean up.
  exited.then(() => kill());
  return { child, exited, kill };
}

/** Run a command to completion with inherited output; resolves to its exit code (1 if killed by a signal). */
async function runCommand(cmd, args) {
  console.log(`[bench] $ ${[cmd, ...args].join(' ')}`);
  const { code, signal, error } = await startChild(cmd, args).exited;
  if (error) throw new Error(`could not start ${cmd}: ${error.message}`);
  return code ?? (signal ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------------------
// Step "bundle"
// ---------------------------------------------------------------------------------------------------------

async function bundleStep() {
  // Fail before spending a minute on the build if the preview port is taken.
  await assertPortFree();

  // 1. Production build into dist/.
  const buildCode = await runCommand('npx', ['vite', 'build']);
  if (buildCode !== 0) throw new Error(`vite build exited with code ${buildCode}`);

  let stopPreview = async () => {};
  let browser;
  try {
    // 2. Serve dist/ with `vite preview`.
    stopPreview = await startPreview();

    // 3. One browser for all routes; each route gets its own fresh context (empty cache, no storage).
    browser = await launchChromium({
      // We handle signals ourselves (above) so that the preview server goes down too.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    // No synchronous fallback needed: Playwright itself kills browsers it launched when Node exits.
    const closeBrowser = onCleanup(() => browser.close());

    const routes = {};
    try {
      for (const route of ROUTES) routes[route] = await measureRoute(browser, route);
    } finally {
      await closeBrowser();
    }

    // 4. Report: results.json, a table, and the budget verdict.
    mergeResults({
      bundle: {
        routes: Object.fromEntries(
          Object.entries(routes).map(([route, m]) => [
            route,
            {
              jsGzipKB: kb(m.gzipBytes),
              jsRawKB: kb(m.rawBytes),
              files: m.chunks.length,
              chunks: m.chunks.map((c) => c.file),
            },
          ]),
        ),
        budgetKB: BUDGET_KB,
        measuredAt: new Date().toISOString(),
      },
    });
    printTable(routes);
    console.log(`[bench] wrote ${RESULTS_PATH}`);

    let ok = true;
    for (const [route, budget] of Object.entries(BUDGET_KB)) {
      const measured = routes[route];
      if (!measured) continue;
      const within = measured.gzipBytes <= budget * 1024; // compare bytes, not the rounded KB
      ok &&= within;
      console.log(
        `[bench] ${route}: ${kb(measured.gzipBytes).toFixed(1)} KB gzip — ` +
          (within
            ? `within the ${budget} KB budget`
            : `OVER the ${budget} KB budget by ${(kb(measured.gzipBytes) - budget).toFixed(1)} KB`),
      );
    }
    return ok;
  } finally {
    await stopPreview();
  }
}

/** Start `vite preview` on PREVIEW_PORT and resolve (with a stop function) once it answers HTTP. */
async function startPreview() {
  await assertPortFree();

  const { exited, kill } = startChild('npx', [
    'vite',
    'preview',
    '--host',
    HOST,
    '--port',
    String(PREVIEW_PORT),
    '--strictPort',
  ]);
  const exitedEarly = exited.then(({ code, signal, error }) => {
    if (error) throw new Error(`could not start vite preview: ${error.message}`);
    throw new Error(`vite preview exited before answering (code ${code}, signal ${signal})`);
  });
  exitedEarly.catch(() => {}); // handled via the race below; avoid an unhandled rejection once we are up

  const deadline = Date.now() + 30_000;
  const ready = (async () => {
    while (Date.now() < deadline) {
      if (await answers(BASE_URL)) return;
      await sleep(200);
    }
    throw new Error(`vite preview did not answer on ${BASE_URL} within 30 s`);
  })();
  try {
    await Promise.race([ready, exitedEarly]);
  } catch (error) {
    await kill();
    throw error;
  }
  console.log(`[bench] vite preview is up on ${BASE_URL}`);
  return kill;
}

/**
 * If something already answers on the port, our --strictPort server would fail to start, but polling would
 * succeed against the stranger and we would measure someone else's build. Refuse instead.
 */
async function assertPortFree() {
  if (await answers(BASE_URL))
    throw new Error(`port ${PREVIEW_PORT} is already in use; stop whatever serves ${BASE_URL}`);
}

/** True if an HTTP server answers `url` (any status) within a second. */
async function answers(url) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Load `route` in a fresh context and collect every JavaScript response: entry, modulepreloads, dynamically
 * imported chunks, and (module) workers and their imports — context-level events include worker traffic.
 * Each distinct URL is counted once; sizes are of the response body (what the server sent, decoded), and the
 * gzip size is computed here with level 9 so the figures do not depend on the server's compression.
 */
async function measureRoute(browser, route) {
  const context = await browser.newContext(); // a new context has an empty HTTP cache and no storage
  try {
    /** url → Promise<Buffer | null>; bodies must be read before the context closes. */
    const bodies = new Map();
    const problems = [];
    context.on('response', (response) => {
      const url = response.url();
      if (!isJavaScript(response) || bodies.has(url)) return;
      if (!response.ok()) {
        problems.push(`HTTP ${response.status()} for ${url}`);
        return;
      }
      bodies.set(
        url,
        response.body().catch((error) => {
          problems.push(`could not read ${url}: ${error.message}`);
          return null;
        }),
      );
    });

    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(BASE_URL + route, { waitUntil: 'networkidle', timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);

    const chunks = [];
    for (const [url, bodyPromise] of bodies) {
      const body = await bodyPromise;
      if (!body) continue;
      chunks.push({
        file: fileName(url),
        rawBytes: body.length,
        gzipBytes: gzipSync(body, { level: 9 }).length,
      });
    }
    chunks.sort((a, b) => a.file.localeCompare(b.file));
    for (const problem of problems) console.warn(`[bench] ${route}: ${problem}`);
    return {
      chunks,
      rawBytes: sum(chunks.map((c) => c.rawBytes)),
      gzipBytes: sum(chunks.map((c) => c.gzipBytes)),
    };
  } finally {
    await context.close();
  }
}

/** A script resource (page, import, worker) or anything whose path ends in .js / .mjs. */
function isJavaScript(response) {
  const url = response.url();
  if (!url.startsWith('http')) return false; // data:, blob:
  return response.request().resourceType() === 'script' || /\.m?js$/i.test(new URL(url).pathname);
}

function fileName(url) {
  const { pathname } = new URL(url);
  return pathname.slice(pathname.lastIndexOf('/') + 1) || pathname;
}

function printTable(routes) {
  const rows = Object.entries(routes).map(([route, m]) => [
    route,
    String(m.chunks.length),
    kb(m.rawBytes).toFixed(1),
    kb(m.gzipBytes).toFixed(1),
  ]);
  const header = ['route', 'files', 'raw KB', 'gzip KB'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  // Route left-aligned, numbers right-aligned.
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('\n' + line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
  console.log('');
}

// ---------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------

/** Bytes → KB (1024 bytes), one decimal, as a number. */
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const sum = (values) => values.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------------------

/** Run one step; resolves to 'ok' | 'failed' | 'skipped'. Errors are reported, not rethrown. */
async function runStep(step, { explicit }) {
  console.log(`\n[bench] ── ${step.name}: ${step.describe}`);
  const started = Date.now();
  try {
    let ok;
    if (step.command) {
      if (step.requires && !existsSync(join(ROOT, step.requires))) {
        // Part of a full run: skip quietly. Asked for by name: not being able to run it is a failure.
        if (!explicit) {
          console.log(`[bench] ${step.name}: skipped, ${step.requires} does not exist`);
          return 'skipped';
        }
        console.error(`[bench] ${step.name}: cannot run, ${step.requires} does not exist`);
        return 'failed';
      }
      const [cmd, ...args] = step.command;
      const code = await runCommand(cmd, args);
      if (code !== 0) console.error(`[bench] ${step.name}: command exited with code ${code}`);
      ok = code === 0;
    } else {
      ok = (await step.run()) !== false;
    }
    console.log(
      `[bench] ${step.name}: ${ok ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
    return ok ? 'ok' : 'failed';
  } catch (error) {
    // After Ctrl-C the step usually fails because its browser or server went away: not worth a stack trace.
    if (interrupted) return 'interrupted';
    console.error(`[bench] ${step.name}: error: ${error?.stack ?? error}`);
    return 'failed';
  } finally {
    await cleanupAll(); // nothing a step started outlives it
  }
}

async function main() {
  const requested = process.argv.slice(2);
  if (requested.includes('--list') || requested.includes('--help') || requested.includes('-h')) {
    console.log('usage: node bench/run.mjs [step…]\n\nsteps:');
    for (const step of STEPS) console.log(`  ${step.name.padEnd(12)} ${step.describe}`);
    return 0;
  }
  const unknown = requested.filter((name) => !STEPS.some((step) => step.name === name));
  if (unknown.length > 0) {
    console.error(
      `[bench] unknown step(s): ${unknown.join(', ')}; known: ${STEPS.map((s) => s.name).join(', ')}`,
    );
    return 2;
  }
  // Keep STEPS order even if names are given in another order.
  const selected = requested.length ? STEPS.filter((step) => requested.includes(step.name)) : STEPS;

  const outcomes = [];
  for (const step of selected) {
    if (interrupted) break;
    outcomes.push([step.name, await runStep(step, { explicit: requested.length > 0 })]);
  }
  if (interrupted) return 130; // the signal handler prints its own message and exits
  console.log(`\n[bench] summary: ${outcomes.map(([name, outcome]) => `${name} ${outcome}`).join(', ')}`);
  return outcomes.some(([, outcome]) => outcome === 'failed') ? 1 : 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(`[bench] ${error?.stack ?? error}`);
} finally {
  await cleanupAll();
}
if (!interrupted) process.exit(exitCode);
