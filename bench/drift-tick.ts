// Live-monitor tick benchmark (issue 3, "Speed"). Run: npx tsx bench/drift-tick.ts
//
// 8 numeric features, each with a 10 000-row reference and a 5 000-row sliding window. A tick appends
// EVENTS_PER_TICK new events to every feature (16 ≈ 1 000 events/s at 60 frames/s), evicting as many, then
// recomputes KS (statistic + asymptotic p-value), PSI, Wasserstein and Jensen–Shannon for all 8 features.
// Half the features stay stationary and half drift progressively, so every p-value branch is exercised.
// Data is seeded; the window is filled before warm-up; timing covers the pushes and the four measures.
import { FeatureDriftMonitor, emptySnapshot, type FeatureDriftSnapshot } from '../src/lib/stats/index';
// @ts-expect-error -- plain ESM helper shared by all benchmarks, without type declarations
import { mergeResults } from './results-file.mjs';

const FEATURES = 8;
const REFERENCE = 10_000;
const WINDOW = 5_000;
const EVENTS_PER_TICK = 16;
const WARMUP_TICKS = 300;
const TICKS = 3_000;

/** mulberry32 (Tommy Ettinger): a small seeded 32-bit PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal draws by Box–Muller. */
function normals(n: number, rand: () => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rand()));
    const th = 2 * Math.PI * rand();
    out[i] = r * Math.cos(th);
    if (i + 1 < n) out[i + 1] = r * Math.sin(th);
  }
  return out;
}

const streamLength = WINDOW + (WARMUP_TICKS + TICKS) * EVENTS_PER_TICK;
const monitors: FeatureDriftMonitor[] = [];
const streams: Float64Array[] = [];
for (let f = 0; f < FEATURES; f++) {
  const rand = mulberry32(1000 + f);
  const scale = 1 + f / 4;
  const reference = normals(REFERENCE, rand).map((z) => f * 10 + scale * z);
  const stream = normals(streamLength, rand).map((z, i) => {
    const drift = f < FEATURES / 2 ? 0 : ((f - 3) * 0.15 * i) / streamLength; // up to 0.75 std for feature 7
    return f * 10 + scale * (z + drift);
  });
  const monitor = new FeatureDriftMonitor(reference, { windowSize: WINDOW });
  monitor.pushMany(stream, 0, WINDOW);
  monitors.push(monitor);
  streams.push(stream);
}

const snapshots: FeatureDriftSnapshot[] = monitors.map(() => emptySnapshot());
let cursor = WINDOW;

function tick(): void {
  const from = cursor;
  const to = cursor + EVENTS_PER_TICK;
  for (let f = 0; f < FEATURES; f++) {
    monitors[f]!.pushMany(streams[f]!, from, to);
    monitors[f]!.snapshot(snapshots[f]);
  }
  cursor = to;
}

for (let i = 0; i < WARMUP_TICKS; i++) tick();
const times = new Float64Array(TICKS);
for (let i = 0; i < TICKS; i++) {
  const t0 = performance.now();
  tick();
  times[i] = performance.now() - t0;
}

const sorted = Float64Array.from(times).sort();
const quantile = (q: number): number => sorted[Math.min(TICKS - 1, Math.floor(q * TICKS))]!;
const round = (x: number): number => Math.round(x * 1000) / 1000;
const medianMs = round(quantile(0.5));
const p95Ms = round(quantile(0.95));
const meanMs = round(times.reduce((s, t) => s + t, 0) / TICKS);

console.log(
  `drift tick: ${FEATURES} features × (KS + PSI + Wasserstein + JS), reference ${REFERENCE}, window ${WINDOW}, ${EVENTS_PER_TICK} events/tick`,
);
console.table({
  'tick (ms)': {
    median: medianMs,
    p95: p95Ms,
    mean: meanMs,
    min: round(sorted[0]!),
    max: round(sorted[TICKS - 1]!),
  },
});
console.table(
  snapshots.map((s, f) => ({
    feature: f,
    ksStatistic: s.ksStatistic.toFixed(4),
    ksPvalue: s.ksPvalue.toExponential(2),
    psi: s.psi.toFixed(4),
    wasserstein: s.wasserstein.toFixed(4),
    jensenShannon: s.jensenShannon.toFixed(4),
  })),
);
const BUDGET_MS = 2;
console.log(
  medianMs <= BUDGET_MS
    ? `median ${medianMs} ms: within the ${BUDGET_MS} ms budget`
    : `median ${medianMs} ms: OVER the ${BUDGET_MS} ms budget`,
);
if (medianMs > BUDGET_MS) process.exitCode = 1; // fails the step in bench/run.mjs, like the bundle budget

mergeResults({
  driftTick: {
    features: FEATURES,
    reference: REFERENCE,
    window: WINDOW,
    eventsPerTick: EVENTS_PER_TICK,
    ticks: TICKS,
    medianMs,
    p95Ms,
    meanMs,
  },
});
