// A hand-made, complete SimSnapshot for the monitor panels' tests: a factory line with two numeric sensors
// ("temperature" in °C and "vibration" in mm/s), classes ["ok", "defect"] and 30 simulated seconds of series.
// From t = 20 s vibration has drifted (+1.6 SD, PSI 0.412) and accuracy falls; the numbers are fixed so tests
// can assert exact text.
import type { FeatureView, SimSnapshot } from '@/lib/sim/simulator';

export const SECONDS = 30;
const ts = Array.from({ length: SECONDS }, (_, i) => i + 1);

/** One value per second: `before` until t = 20, then `after` (NaN for the first `warmup` seconds). */
function step(before: number, after: number, warmup = 0): number[] {
  return ts.map((t) => (t <= warmup ? NaN : t <= 20 ? before : after));
}

/** A ramp from `from` to `to` over the 30 seconds. */
function ramp(from: number, to: number, warmup = 0): number[] {
  return ts.map((t) => (t <= warmup ? NaN : from + ((to - from) * (t - 1)) / (SECONDS - 1)));
}

function hist(mean: number, sd: number, n: number): { edges: number[]; counts: number[] } {
  const bins = 24;
  const edges = Array.from({ length: bins + 1 }, (_, i) => mean - 4 * sd + (8 * sd * i) / bins);
  const counts = Array.from({ length: bins }, (_, i) => {
    const mid = (edges[i]! + edges[i + 1]!) / 2;
    return Math.round(n * Math.exp(-0.5 * ((mid - mean) / sd) ** 2) * ((8 / bins) * 0.3989));
  });
  return { edges, counts };
}

function temperature(): FeatureView {
  const ref = hist(20, 2, 2000);
  return {
    name: 'temperature',
    unit: '°C',
    edges: ref.edges,
    reference: ref.counts,
    live: hist(20.1, 2, 1000).counts,
    referenceMean: 20,
    referenceSd: 2,
    liveMean: 20.1,
    missingShare: 0.02,
    stats: {
      windowCount: 1000,
      ksStatistic: 0.031,
      ksPvalue: 0.52,
      psi: 0.012,
      wasserstein: 0.12,
      jensenShannon: 0.041,
    },
  };
}

function vibration(): FeatureView {
  const ref = hist(2.5, 0.5, 2000);
  const live = hist(3.3, 0.5, 1000).counts.map((c, i, all) => (i < all.length - 2 ? c : 0));
  return {
    name: 'vibration',
    unit: 'mm/s',
    edges: ref.edges,
    reference: ref.counts,
    live,
    referenceMean: 2.5,
    referenceSd: 0.5,
    liveMean: 3.3,
    missingShare: 0.15,
    stats: {
      windowCount: 1000,
      ksStatistic: 0.52,
      ksPvalue: 2.4e-7,
      psi: 0.412,
      wasserstein: 0.4,
      jensenShannon: 0.18,
    },
  };
}

function series(): Record<string, number[]> {
  return {
    t: ts,
    accuracy: step(0.92, 0.71, 3),
    f1: step(0.88, 0.6, 3),
    estimated: step(0.9, 0.86, 1),
    meanConfidence: step(0.91, 0.87),
    throughput: ts.map((t) => (t === 25 ? 1500 : 50)),
    dropped: ts.map((t) => (t === 25 ? 320 : 0)),
    latencyP95: ramp(0.8, 6.4),
    candidateAccuracy: ts.map(() => NaN),
    automationRate: step(1, 1),
    systemAccuracy: step(0.92, 0.71, 3),
    costPerEvent: step(0, 0),
    errorRate: step(0.08, 0.29, 3),
    'ks:temperature': step(0.03, 0.031, 4),
    'ksP:temperature': step(0.6, 0.52, 4),
    'psi:temperature': step(0.01, 0.012, 4),
    'w:temperature': step(0.05, 0.06, 4),
    'js:temperature': step(0.04, 0.041, 4),
    'mean:temperature': step(0, 0.05),
    'missing:temperature': step(0.02, 0.02),
    'ks:vibration': step(0.03, 0.52, 4),
    'ksP:vibration': step(0.6, 2.4e-7, 4),
    'psi:vibration': step(0.01, 0.412, 4),
    'w:vibration': step(0.05, 0.8, 4),
    'js:vibration': step(0.04, 0.18, 4),
    'mean:vibration': step(0, 1.6),
    'missing:vibration': step(0.02, 0.15),
    'pred:0': step(0.7, 0.45),
    'pred:1': step(0.3, 0.55),
  };
}

/** A complete, valid snapshot at t = 30 s; `overrides` replace whole top-level fields. */
export function testSnapshot(overrides: Partial<SimSnapshot> = {}): SimSnapshot {
  return {
    t: SECONDS,
    timeLabel: null,
    totals: { events: 12345, dropped: 320, labels: 11890 },
    software: { throughput: 50, droppedPerSec: 0, latencyMs: { p50: 0.4213, p95: 6.4, p99: 9.8765 } },
    features: [temperature(), vibration()],
    output: {
      classes: ['ok', 'defect'],
      share: [0.45, 0.55],
      referenceShare: [0.7, 0.3],
      meanConfidence: 0.87,
    },
    performance: { accuracy: 0.71, f1: 0.6, macroF1: 0.66, estimated: 0.86, labels: 300 },
    detectors: {
      adwin: { detections: [22.4, 26.1], errorRate: 0.29 },
      ddm: { warning: true, detections: [24.8] },
      pageHinkley: { feature: 'vibration', detections: [8.2, 12.5, 20.6, 21.9] },
    },
    deployment: {
      mode: 'single',
      live: 'demo-model',
      candidate: null,
      previous: null,
      color: 'blue',
      canary: null,
      shadow: null,
    },
    automation: {
      automationRate: 1,
      accuracy: 0.71,
      costPerEvent: 0,
      meanDelaySeconds: 0,
      events: 300,
      mode: 'full',
      threshold: 0.7,
      tradeoff: [{ threshold: 0.7, automationRate: 0.8, accuracy: 0.9, costPerEvent: 0.4 }],
    },
    sliders: {
      meanShift: { temperature: 0, vibration: 1.6 },
      scale: { temperature: 1, vibration: 1 },
      classShare: null,
      rotation: 0,
      boundaryShift: 0,
      relabel: 0,
      noise: 0,
      missing: 0.15,
      eventsPerSec: 50,
    },
    alerts: [
      {
        t: 21,
        monitor: 'PSI',
        subject: 'vibration',
        value: 0.412,
        threshold: 0.2,
        kind: 'data drift',
        message:
          'PSI of vibration is 0.412 (above 0.200): the distribution of vibration has moved away from the training data (mean up 1.60 SD) — data drift.',
      },
      {
        t: 22.4,
        monitor: 'ADWIN',
        subject: null,
        value: 0.29,
        threshold: null,
        kind: 'data drift',
        message: 'ADWIN detected a change in the error rate (now 29.0 % over the last labels).',
      },
      {
        t: 25,
        monitor: 'Dropped events',
        subject: null,
        value: 320,
        threshold: 1,
        kind: 'software',
        message: '320 events were dropped in the last second (capacity 1500 events/s).',
      },
    ],
    series: series(),
    ...overrides,
  };
}
