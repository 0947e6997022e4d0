/// <reference types="node" />
// The shipped scenario scripts (content/scenarios/*.json): every file must parse, and every story must really
// happen when it is played. Each factory scenario runs headless through SimRuntime (the worker's logic) on tfjs's
// cpu backend, and the alerts it raises are checked against the scenario's teaching point, with the simulated
// times taken from the script itself. The Seattle replay runs on the shipped CSV.
import * as tf from '@tensorflow/tfjs';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../data/csv-parse';
import { parseScenario, type Scenario } from './scenario';
import { SEATTLE_MODEL_NAME, seattleSourceSetup } from './seattle-setup';
import { SimRuntime } from './sim-runtime';
import type { SimSnapshot } from './simulator';
import type { Alert } from './types';
import type { SimResponse, SimSetup } from './worker-protocol';

const SCENARIO_DIR = fileURLToPath(new URL('../../../content/scenarios/', import.meta.url));
const SEATTLE_CSV = fileURLToPath(new URL('../../../public/datasets/seattle-weather.csv', import.meta.url));

const SHIPPED = [
  'sudden-data-drift',
  'gradual-concept-drift',
  'prior-shift',
  'recurring-seasonal-drift',
  'canary-rollback',
  'seattle-natural-drift',
];

const files = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();
const raw = new Map(files.map((f) => [f, JSON.parse(readFileSync(SCENARIO_DIR + f, 'utf8')) as unknown]));

function scenario(id: string): Scenario {
  const parsed = parseScenario(raw.get(`${id}.json`));
  if (!parsed.ok) throw new Error(`${id}: ${parsed.problems.join('; ')}`);
  return parsed.scenario;
}

/** Simulated time of the scenario's first step that moves `target` with a pattern or a `set`. */
function driftStart(s: Scenario, target: string): number {
  const step = s.steps.find((st) => st.pattern?.target === target || (st.set && target in st.set));
  if (!step) throw new Error(`${s.id} never moves ${target}`);
  return step.pattern?.start ?? step.at;
}

/** Simulated time of the scenario's first step with `action`. */
function actionAt(s: Scenario, action: string): number {
  const step = s.steps.find((st) => st.action === action);
  if (!step) throw new Error(`${s.id} has no '${action}' step`);
  return step.at;
}

interface Run {
  alerts: Alert[];
  snapshot: SimSnapshot;
  messages: SimResponse[];
  /** The model live at the start (from the 'ready' message) and at the end. */
  firstModel: string;
  liveModel: string;
}

async function play(s: Scenario, setup: SimSetup): Promise<Run> {
  const messages: SimResponse[] = [];
  const runtime = new SimRuntime({
    post: (m) => messages.push(m),
    now: () => performance.now(),
    setTimeout: () => 0,
    clearTimeout: () => {},
  });
  await runtime.handle({ kind: 'setup', setup });
  await runtime.handle({ kind: 'advance', seconds: s.durationSec });
  const sim = runtime.simulator!;
  const errors = messages.flatMap((m) => (m.kind === 'error' ? [m.message] : []));
  expect(errors, `errors while playing ${s.id}`).toEqual([]);
  const ready = messages.find((m) => m.kind === 'ready');
  const run: Run = {
    alerts: [...sim.alertLog],
    snapshot: sim.snapshot(),
    messages,
    firstModel: ready?.kind === 'ready' ? ready.modelName : '',
    liveModel: sim.liveModel.name,
  };
  expect(run.snapshot.t).toBeCloseTo(s.durationSec, 6);
  sim.liveModel.dispose?.();
  return run;
}

function playFactory(s: Scenario): Promise<Run> {
  return play(s, { seed: s.seed, source: { kind: 'factory' }, model: { kind: 'demo' }, scenario: s });
}

const runs = new Map<string, Promise<Run>>();
/** Each factory scenario is played once and shared by the tests that read it. */
function factoryRun(id: string): Promise<Run> {
  let run = runs.get(id);
  if (!run) {
    run = playFactory(scenario(id));
    runs.set(id, run);
  }
  return run;
}

/** Mean of a series over simulated seconds [from, to). */
function meanOver(snap: SimSnapshot, key: string, from: number, to: number): number {
  const t = snap.series.t!;
  const values = snap.series[key]!.filter((v, i) => t[i]! >= from && t[i]! < to && Number.isFinite(v));
  expect(values.length, `${key} has values in [${from}, ${to})`).toBeGreaterThan(0);
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** The series value at simulated second t. */
function at(snap: SimSnapshot, key: string, t: number): number {
  const i = snap.series.t!.indexOf(Math.round(t));
  expect(i, `a point at t = ${t}`).toBeGreaterThanOrEqual(0);
  return snap.series[key]![i]!;
}

const isDriftStat = (a: Alert) => a.monitor === 'PSI' || a.monitor === 'Jensen–Shannon';
/** Alerts that depend on the simulation only: the latency alert reads the wall clock, so it is left out. */
const simulated = (alerts: Alert[]) =>
  alerts.filter((a) => a.kind !== 'software').map((a) => `${a.t} ${a.monitor} ${a.subject}`);

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('scenario files', () => {
  it('all parse, with unique ids matching their file names, and the six shipped stories are there', () => {
    expect(files.length).toBeGreaterThanOrEqual(SHIPPED.length);
    const ids: string[] = [];
    for (const f of files) {
      const parsed = parseScenario(raw.get(f));
      expect(parsed.ok ? [] : parsed.problems, f).toEqual([]);
      if (!parsed.ok) continue;
      expect(`${parsed.scenario.id}.json`).toBe(f);
      ids.push(parsed.scenario.id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of SHIPPED) expect(ids).toContain(id);
  });

  it('tell a 60–180 s story with captions that start with their own time ("t = 20 s: …")', () => {
    for (const f of files) {
      const s = scenario(f.replace(/\.json$/, ''));
      expect(s.durationSec, s.id).toBeGreaterThanOrEqual(60);
      expect(s.durationSec, s.id).toBeLessThanOrEqual(180);
      const captions = s.steps.filter((st) => st.caption);
      expect(captions.length, s.id).toBeGreaterThanOrEqual(3);
      for (const st of captions)
        expect(st.caption, `${s.id} at ${st.at}`).toMatch(new RegExp(`^t = ${st.at} s: \\S`));
    }
  });

  it('the README documents every action', () => {
    const readme = readFileSync(SCENARIO_DIR + 'README.md', 'utf8');
    for (const action of [
      'retrain',
      'deployCandidate',
      'shadow',
      'canary',
      'rollback',
      'blueGreen',
      'stopCandidate',
    ])
      expect(readme).toContain(`\`${action}\``);
  });
});

describe('factory scenarios played headless', () => {
  it('sudden data drift: PSI / Jensen–Shannon name vibration soon after the sensor swap, and not before', async () => {
    const s = scenario('sudden-data-drift');
    const start = driftStart(s, 'meanShift.vibration');
    const { alerts } = await factoryRun(s.id);
    const onVibration = alerts.filter((a) => isDriftStat(a) && a.subject === 'vibration');
    expect(onVibration.length).toBeGreaterThan(0);
    expect(onVibration.every((a) => a.t > start)).toBe(true);
    // The window of 1,000 events (20 s of traffic) needs a few seconds of shifted readings.
    expect(onVibration[0]!.t).toBeLessThan(start + 15);
    expect(onVibration[0]!.kind).toBe('data drift');
    // No other feature is blamed: the swap moved vibration only.
    expect(alerts.filter((a) => isDriftStat(a) && a.subject !== 'vibration')).toEqual([]);
  });

  it('is deterministic: the sudden scenario played twice gives the same alerts at the same times', async () => {
    const first = await factoryRun('sudden-data-drift');
    const again = await playFactory(scenario('sudden-data-drift'));
    expect(simulated(first.alerts).length).toBeGreaterThan(0);
    expect(simulated(again.alerts)).toEqual(simulated(first.alerts));
  });

  it('gradual concept drift: accuracy falls while the label-free estimate stays high; retraining recovers it', async () => {
    const s = scenario('gradual-concept-drift');
    const start = driftStart(s, 'rotation');
    const retrainAt = actionAt(s, 'retrain');
    const deployAt = actionAt(s, 'deployCandidate');
    expect(deployAt).toBeGreaterThanOrEqual(retrainAt);
    const { alerts, snapshot, firstModel, liveModel } = await factoryRun(s.id);

    const accuracy = alerts.find((a) => a.monitor === 'Accuracy' && a.subject === firstModel);
    expect(accuracy).toBeDefined();
    expect(accuracy!.kind).toBe('concept drift');
    expect(accuracy!.t).toBeGreaterThan(start);
    expect(accuracy!.t).toBeLessThan(retrainAt);
    // P(x) never moved: no input statistic fired, and the estimate without labels stayed above its threshold.
    expect(alerts.filter(isDriftStat)).toEqual([]);
    expect(alerts.filter((a) => a.monitor === 'Estimated accuracy' && a.t < retrainAt)).toEqual([]);
    expect(at(snapshot, 'estimated', accuracy!.t)).toBeGreaterThan(0.85);

    const before = meanOver(snapshot, 'accuracy', start - 15, start);
    const drifted = meanOver(snapshot, 'accuracy', retrainAt - 20, retrainAt);
    const recovered = meanOver(snapshot, 'accuracy', s.durationSec - 25, s.durationSec + 1);
    expect(before).toBeGreaterThan(0.85);
    expect(drifted).toBeLessThan(0.78);
    expect(recovered).toBeGreaterThan(drifted + 0.1);
    expect(recovered).toBeGreaterThan(0.84);
    expect(alerts.some((a) => a.monitor === 'Deployment' && a.t === deployAt)).toBe(true);
    expect(liveModel).not.toBe(firstModel);
    expect(liveModel).toMatch(/^Retrained/);
  });

  it('prior shift: the prediction-share alert fires on the outputs, diagnosed as prior shift', async () => {
    const s = scenario('prior-shift');
    const start = driftStart(s, 'classShare');
    const { alerts, snapshot } = await factoryRun(s.id);
    const share = alerts.filter((a) => a.monitor === 'Prediction share');
    expect(share.length).toBeGreaterThan(0);
    expect(share.every((a) => a.t > start)).toBe(true);
    expect(share.some((a) => a.subject === 'defect' && a.kind === 'prior shift')).toBe(true);
    // The share of "defect" predictions rose well above the training share.
    const defect = snapshot.output.classes.indexOf('defect');
    expect(snapshot.output.share[defect]!).toBeGreaterThan(snapshot.output.referenceShare[defect]! + 0.15);
  });

  it('recurring drift: the temperature alert fires, re-arms in "winter" and fires again in each "summer"', async () => {
    const s = scenario('recurring-seasonal-drift');
    const pattern = s.steps.find((st) => st.pattern?.target === 'meanShift.temperature')!.pattern!;
    expect(pattern.kind).toBe('recurring');
    const period = pattern.period!;
    const { alerts } = await factoryRun(s.id);
    const psi = alerts.filter((a) => a.monitor === 'PSI' && a.subject === 'temperature');
    expect(psi.length).toBeGreaterThanOrEqual(2);
    for (const a of psi) {
      // Each fire falls in (or just after the start of) a 'to' half-cycle: summer.
      const phase = Math.floor((a.t - pattern.start) / period);
      expect(phase % 2, `PSI on temperature at ${a.t}`).toBe(0);
    }
    // Distinct summers: at least a whole cycle between consecutive fires.
    for (let i = 1; i < psi.length; i++)
      expect(psi[i]!.t - psi[i - 1]!.t).toBeGreaterThanOrEqual(2 * period - 5);
    expect(alerts.filter((a) => isDriftStat(a) && a.subject === 'humidity').length).toBeGreaterThanOrEqual(2);
  });

  it('canary rollback: the candidate trained on bad labels is rolled back and the live model stays', async () => {
    const s = scenario('canary-rollback');
    const canaryAt = actionAt(s, 'canary');
    const { alerts, firstModel, liveModel, snapshot } = await factoryRun(s.id);
    const started = alerts.find((a) => a.monitor === 'Canary');
    expect(started?.t).toBe(canaryAt);
    const rollback = alerts.find((a) => a.monitor === 'Canary rollback');
    expect(rollback).toBeDefined();
    expect(rollback!.t).toBeGreaterThan(canaryAt);
    expect(rollback!.subject).toMatch(/^Retrained/);
    expect(rollback!.message).toMatch(/Candidate accuracy [\d.]+ % fell below the live model's [\d.]+ %/);
    expect(alerts.some((a) => a.monitor === 'Canary promoted' || a.monitor === 'Deployment')).toBe(false);
    expect(liveModel).toBe(firstModel);
    expect(snapshot.deployment.mode).toBe('single');
    expect(snapshot.deployment.live).toBe(firstModel);
  });
});

describe('Seattle weather replay', () => {
  it('replays 2013–2015 in order and the seasons raise drift alerts on the temperatures', async () => {
    const s = scenario('seattle-natural-drift');
    expect(s.source).toBe('seattle-weather');
    expect(s.sliders.eventsPerSec).toBe(10);
    const parsed = parseCsv(readFileSync(SEATTLE_CSV, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problem.message);
    const source = seattleSourceSetup(parsed.table);
    expect(source.features.map((f) => `${f.name} ${f.unit}`)).toEqual([
      'precipitation mm',
      'temp_max °C',
      'temp_min °C',
      'wind m/s',
    ]);
    const { alerts, snapshot, firstModel } = await play(s, {
      seed: s.seed,
      source,
      model: { kind: 'train', name: SEATTLE_MODEL_NAME },
      scenario: s,
      driftWindow: 90,
    });
    expect(firstModel).toBe(SEATTLE_MODEL_NAME);
    expect(snapshot.timeLabel).toMatch(/^201[3-5]-\d\d-\d\d$/);
    expect(snapshot.totals.events).toBeGreaterThan(8 * s.durationSec);
    // The drift statistics must be computed at all on a 90-event window (the simulator waits for a full enough
    // window before it computes them).
    const psi = snapshot.series['psi:temp_max']!.filter(Number.isFinite);
    expect(psi.length, 'seconds with a PSI value for temp_max on a 90-event drift window').toBeGreaterThan(0);
    const temperature = alerts.filter(
      (a) => isDriftStat(a) && (a.subject === 'temp_max' || a.subject === 'temp_min'),
    );
    expect(temperature.length).toBeGreaterThan(0);
    expect(temperature[0]!.kind).toBe('data drift');
  });
});
