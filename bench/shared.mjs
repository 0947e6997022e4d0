// Shared by the benchmark scripts (bench/run.mjs, data-parse.mjs, training.mjs, simulation.mjs, training-ui.mjs):
// where the project and Chromium are, how a production build is served, how a script tears down and exits,
// the DevTools-protocol relay to workers, and reading long tasks out of a Chromium trace.
// Figures go to bench/results.json through bench/results-file.mjs, which stays separate because
// bench/drift-tick.ts imports it without loading Vite or Playwright.

import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

// ---------------------------------------------------------------------------------------------------------
// Places and small helpers
// ---------------------------------------------------------------------------------------------------------

/** Project root (the folder holding package.json and vite.config.ts). */
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** The interface every benchmark server listens on. */
export const HOST = '127.0.0.1';

/** `x` rounded to `digits` decimals as a number; null for NaN and ±Infinity (so results.json holds null). */
export const round = (x, digits = 0) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

/** Bytes → MB (1024² bytes), one decimal (null if not finite). */
export const mb = (bytes) => round(bytes / 1024 / 1024, 1);

/** The median of `xs` (the mean of the two middle values for an even count); NaN for none. */
export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The machine's 1-minute load average, two decimals (the machine may be shared: it explains slow figures). */
export const load1m = () => round(loadavg()[0], 2);

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------
// Chromium
// ---------------------------------------------------------------------------------------------------------

/** Playwright does not download browsers on this machine: a system Chromium, or wherever CHROMIUM_PATH points. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless flags: no sandbox, software compositing, and none of the background traffic a profile would cause. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch headless Chromium (CHROMIUM_PATH, CHROMIUM_ARGS); `options` go to Playwright's `chromium.launch`. */
export function launchChromium(options = {}) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ...options });
}

/** Print the page's console errors and uncaught exceptions as `[browser] …` on stderr. */
export function forwardPageErrors(page) {
  page.on('console', (m) => {
    if (m.type() === 'error') console.error(`[browser] ${m.text()}`);
  });
  page.on('pageerror', (e) => console.error(`[browser] ${e.message}`));
}

// ---------------------------------------------------------------------------------------------------------
// Serving the app
// ---------------------------------------------------------------------------------------------------------

/**
 * The port to serve on: the number in environment variable `envName` if it is set, else a free one picked by
 * the OS (so never 4173, which the e2e tests use, nor 4180, which the bundle step uses, while they listen).
 */
export function choosePort(envName) {
  return process.env[envName] ? Number(process.env[envName]) : freePort();
}

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

/**
 * Build with the project's vite.config.ts (production, into `outDir`, emptied first) and serve the result
 * with Vite's `preview()` on HOST:`port` (strict). `build` adds to the build options (e.g. `sourcemap`,
 * `rolldownOptions`), `plugins` to the config's plugins. Returns the server's `url` (no trailing slash) and
 * `close()`, which resolves once the server has stopped.
 */
export async function buildAndPreview({ outDir, port, build: buildOptions = {}, plugins = [] }) {
  const config = {
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    clearScreen: false,
    plugins,
    build: { outDir, emptyOutDir: true, ...buildOptions },
    preview: { host: HOST, port, strictPort: true },
  };
  // Loaded here, not at the top: bench/run.mjs imports this module and does not need Vite in its process.
  const { build, preview } = await import('vite');
  await build(config);
  const server = await preview(config);
  return {
    url: `http://${HOST}:${port}`,
    close: () => new Promise((resolve) => server.httpServer.close(resolve)),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Teardown, verdict and exit of a standalone script
// ---------------------------------------------------------------------------------------------------------

/**
 * Teardown for a script that serves the app and drives Chromium. From now on SIGINT/SIGTERM stop everything
 * and exit with 130/143. `launchBrowser(options)` launches Chromium (launchChromium) and remembers it;
 * `stop()` closes that browser (if any) and then calls `closeServer`. Call `stop()` in main's `finally`.
 */
export function stopOnExit(closeServer) {
  let browser;
  const stop = async () => {
    await browser?.close().catch(() => {});
    await closeServer();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143)));
  }
  return {
    stop,
    launchBrowser: async (options) => (browser = await launchChromium(options)),
  };
}

/**
 * Run `main` (which resolves to an exit code) and exit with its code, or with 1 after printing `[tag] error`.
 * The exit is explicit: main tore everything down in its `finally`, and a lingering handle must not keep the
 * process alive.
 */
export async function exitWith(tag, main) {
  let code = 1;
  try {
    code = await main();
  } catch (error) {
    console.error(`[${tag}] ${error?.stack ?? error}`);
  }
  process.exit(code);
}

/**
 * The verdict on a script's targets: prints `[tag] missed: …` on stderr and returns exit code 1 if `missed`
 * lists any, else prints `[tag] all targets met` and returns 0.
 */
export function verdict(tag, missed) {
  if (missed.length) {
    console.error(`[${tag}] missed: ${missed.join('; ')}`);
    return 1;
  }
  console.log(`[${tag}] all targets met`);
  return 0;
}

// ---------------------------------------------------------------------------------------------------------
// DevTools protocol: dedicated workers
// ---------------------------------------------------------------------------------------------------------

/**
 * The page's dedicated workers, auto-attached to `cdp` (Playwright's CDPSession of the page; create this before
 * the page starts them). Messages are relayed with Target.sendMessageToTarget because Playwright's CDPSession
 * has no flat child sessions. `workers` maps each attached worker's session id to its URL; `send(sessionId,
 * method)` resolves to the method's result, or undefined if the message could not be sent.
 */
export async function workerSessions(cdp) {
  const workers = new Map();
  const pending = new Map();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.set(e.sessionId, e.targetInfo.url);
  });
  cdp.on('Target.detachedFromTarget', (e) => workers.delete(e.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message);
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const send = (sessionId, method) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
        .catch(() => resolve(undefined));
    });
  return { workers, send };
}

// ---------------------------------------------------------------------------------------------------------
// Chromium traces: the page's main-thread tasks
// ---------------------------------------------------------------------------------------------------------

/**
 * Start a light trace of `page` (category 'toplevel': one event per task, with wall and thread time), to tell
 * a long task that worked from one that mostly waited for a CPU. `stop()` ends it and resolves to
 * longTasksInTrace of the trace.
 */
export async function traceLongTasks(browser, page) {
  await browser.startTracing(page, { categories: ['toplevel'] });
  return { stop: async () => longTasksInTrace(await stopTrace(browser)) };
}

/** End the browser's trace and parse it. */
export async function stopTrace(browser) {
  return JSON.parse((await browser.stopTracing()).toString('utf8'));
}

const isTask = (e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';

/** The page's main thread in a Chromium trace: its complete events sorted by start, and its outermost tasks. */
function mainThreadOf(trace) {
  const events = trace.traceEvents ?? trace;
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number');
  // The busiest renderer main thread is the page's.
  let main = null;
  let most = -1;
  for (const t of events) {
    if (t.ph !== 'M' || t.name !== 'thread_name' || t.args?.name !== 'CrRendererMain') continue;
    const n = complete.filter((e) => e.pid === t.pid && e.tid === t.tid).length;
    if (n > most) [main, most] = [t, n];
  }
  if (!main) return { events: [], tasks: [] };
  const onMain = complete
    .filter((e) => e.pid === main.pid && e.tid === main.tid)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  let outerEnd = -Infinity;
  for (const e of onMain) {
    if (!isTask(e) || e.ts < outerEnd) continue;
    outerEnd = e.ts + e.dur;
    tasks.push(e);
  }
  return { events: onMain.filter((e) => !isTask(e)), tasks };
}

/**
 * Exclusive wall and thread (CPU) time by event name, µs: each event's duration minus that of the events
 * nested directly in it. `events` sorted by start (longest first on ties), tasks excluded.
 */
function exclusiveByName(events) {
  const wall = new Map();
  const cpu = new Map();
  const stack = [];
  const close = (upTo) => {
    while (stack.length && stack.at(-1).end <= upTo) {
      const done = stack.pop();
      wall.set(done.name, (wall.get(done.name) ?? 0) + done.dur - done.children);
      cpu.set(done.name, (cpu.get(done.name) ?? 0) + done.tdur - done.childrenT);
    }
  };
  for (const e of events) {
    close(e.ts);
    const tdur = e.tdur ?? 0;
    if (stack.length) {
      stack.at(-1).children += e.dur;
      stack.at(-1).childrenT += tdur;
    }
    stack.push({ name: e.name, end: e.ts + e.dur, dur: e.dur, tdur, children: 0, childrenT: 0 });
  }
  close(Infinity);
  return { wall, cpu };
}

/**
 * The main thread's tasks of at least 50 ms wall time in a Chromium trace (outermost only), each with its wall
 * and thread (CPU) time and the exclusive wall time of the trace events inside it by name (Layout, FunctionCall,
 * MajorGC…). A task whose thread time is far below its wall time was mostly waiting for a CPU, not working.
 */
export function longTasksInTrace(trace) {
  const { events, tasks } = mainThreadOf(trace);
  return tasks
    .filter((task) => task.dur >= 50_000)
    .map((task) => {
      const end = task.ts + task.dur;
      const { wall } = exclusiveByName(events.filter((e) => e.ts >= task.ts && e.ts + e.dur <= end));
      const covered = [...wall.values()].reduce((a, b) => a + b, 0);
      wall.set('(not traced)', Math.max(0, task.dur - covered));
      return {
        ts: task.ts,
        dur: task.dur,
        wallMs: round(task.dur / 1000, 1),
        threadMs: typeof task.tdur === 'number' ? round(task.tdur / 1000, 1) : null,
        inside: [...wall]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 6)
          .map(([name, us]) => ({ name, ms: round(us / 1000, 1) })),
      };
    });
}

/** Where the main thread's time went over the whole trace: busy wall and CPU time, and the top activities. */
export function activityInTrace(trace, top = 10) {
  const { events, tasks } = mainThreadOf(trace);
  const { wall, cpu } = exclusiveByName(events);
  const sum = (xs) => xs.reduce((a, b) => a + b, 0);
  return {
    tasks: tasks.length,
    wallMs: round(sum(tasks.map((t) => t.dur)) / 1000),
    cpuMs: round(sum(tasks.map((t) => t.tdur ?? 0)) / 1000),
    top: [...wall]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({
        name,
        wallMs: round(us / 1000, 1),
        cpuMs: round((cpu.get(name) ?? 0) / 1000, 1),
      })),
  };
}
