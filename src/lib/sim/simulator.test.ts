import * as tf from '@tensorflow/tfjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demoModelFile from './demo-model.json';
import { EventEncoder } from './encoder';
import { createFactorySource } from './factory-source';
import { Simulator, type SimulatorOptions } from './simulator';
import { loadDemoModel, retrainOnWindow, TfServingModel, type DemoModelFile } from './tf-serving';
import type { ServingModel } from './types';

const file = demoModelFile as unknown as DemoModelFile;
const source = createFactorySource();
const encoder = new EventEncoder(file.preprocessor, source.features);
let demo: tf.LayersModel;

beforeAll(async () => {
  await tf.setBackend('cpu');
  demo = await loadDemoModel(file);
});
afterAll(() => demo.dispose());

/** The demo model without disposal, so several simulators can share it. */
function demoModel(name = file.name): ServingModel {
  const m = new TfServingModel(name, demo, encoder.dim);
  return { name, classes: m.classes, predict: (x, n) => m.predict(x, n) };
}

/** A model that always predicts "ok" with confidence 0.9: worse than the demo on any traffic. */
const alwaysOk: ServingModel = {
  name: 'always ok',
  classes: 2,
  predict: (_x, n) => Float32Array.from({ length: n * 2 }, (_, i) => (i % 2 === 0 ? 0.9 : 0.1)),
};

function make(options: Partial<SimulatorOptions> = {}): Simulator {
  let clock = 0;
  return new Simulator({
    source,
    encoder,
    model: demoModel(),
    seed: 42,
    now: () => (clock += 0.01),
    ...options,
  });
}

const last = (xs: number[]) => xs[xs.length - 1]!;

describe('Simulator', () => {
  it('is deterministic: the same seed and actions give the same alerts at the same simulated times', () => {
    const run = () => {
      const sim = make();
      sim.run(10);
      sim.setSlider('meanShift.vibration', 2);
      sim.run(15);
      return { alerts: sim.alertLog.map((a) => `${a.t} ${a.monitor} ${a.subject}`), snap: sim.snapshot() };
    };
    const a = run();
    const b = run();
    expect(a.alerts.length).toBeGreaterThan(0);
    expect(a.alerts).toEqual(b.alerts);
    expect(a.snap.series.accuracy).toEqual(b.snap.series.accuracy);
    expect(a.snap.totals).toEqual(b.snap.totals);
  });

  it("runs quietly on undrifted traffic at about the demo model's accuracy", () => {
    const sim = make();
    sim.run(40);
    const snap = sim.snapshot();
    expect(snap.totals.events).toBeGreaterThan(1800); // 50 events/s × 40 s, Poisson
    expect(snap.totals.events).toBeLessThan(2200);
    expect(snap.performance.accuracy).toBeGreaterThan(0.82);
    expect(Math.abs(snap.performance.estimated - snap.performance.accuracy)).toBeLessThan(0.06);
    expect(sim.alertLog.filter((a) => a.kind === 'data drift' && a.monitor === 'PSI')).toEqual([]);
  });

  it('keeps the detectors quiet on two minutes of undrifted traffic', () => {
    for (const seed of [1, 2, 3]) {
      const sim = make({ seed });
      sim.run(120);
      const detections = sim.alertLog.filter((a) => ['ADWIN', 'DDM', 'Page-Hinkley'].includes(a.monitor));
      expect(detections.map((a) => `seed ${seed}: ${a.t} ${a.monitor}`)).toEqual([]);
    }
  });

  it('names the shifted feature in a drift alert, with the time after the shift', () => {
    const sim = make();
    sim.run(20);
    sim.setSlider('meanShift.vibration', 2);
    sim.run(20);
    const psi = sim.alertLog.filter((a) => a.monitor === 'PSI');
    expect(psi.map((a) => a.subject)).toContain('vibration');
    const first = psi.find((a) => a.subject === 'vibration')!;
    expect(first.t).toBeGreaterThan(20);
    expect(first.t).toBeLessThan(30);
    expect(first.value).toBeGreaterThan(0.2);
    expect(first.message).toMatch(/vibration.*data drift/);
    // Only vibration and the features correlated with it (torque, spindle speed) move.
    expect(psi.map((a) => a.subject)).not.toContain('humidity');
  });

  it('concept drift drops the windowed accuracy while the label-free estimate stays high', () => {
    const sim = make();
    sim.run(20);
    sim.setSlider('rotation', 80);
    sim.run(30);
    const snap = sim.snapshot();
    expect(snap.performance.accuracy).toBeLessThan(0.75);
    expect(snap.performance.estimated).toBeGreaterThan(0.82);
    const acc = sim.alertLog.find((a) => a.monitor === 'Accuracy');
    expect(acc?.kind).toBe('concept drift');
    expect(acc?.message).toMatch(/label-free estimate/);
    // P(x) did not move: no input drift alert.
    expect(sim.alertLog.filter((a) => a.monitor === 'PSI')).toEqual([]);
  });

  it('retraining on a recent window and redeploying recovers accuracy after concept drift', async () => {
    const sim = make();
    sim.setSlider('rotation', 80);
    sim.run(60);
    const before = sim.snapshot().performance.accuracy;
    const window = sim.trainingWindow(45);
    expect(window.n).toBeGreaterThan(1500);
    const retrained = await retrainOnWindow(window, source.features.length, encoder, 2, 3);
    sim.setCandidate(new TfServingModel('retrained', retrained, encoder.dim), window);
    expect(sim.deployCandidate()).toBe(true);
    sim.run(15);
    const after = sim.snapshot();
    expect(after.deployment.live).toBe('retrained');
    expect(after.deployment.previous).toBe(file.name);
    expect(after.performance.accuracy).toBeGreaterThan(before + 0.1);
    sim.rollback();
    expect(sim.snapshot().deployment.live).toBe(file.name);
  });

  it('a worse canary rolls back by itself with the numbers in the reason', () => {
    const sim = make();
    sim.run(10);
    sim.setCandidate(alwaysOk);
    sim.startCanary({ stages: [0.2, 0.5, 1], stageSeconds: 20, minLabels: 40, margin: 0.03, window: 200 });
    sim.run(60);
    const snap = sim.snapshot();
    expect(snap.deployment.mode).toBe('single');
    expect(snap.deployment.live).toBe(file.name);
    const rollback = sim.alertLog.find((a) => a.monitor === 'Canary rollback');
    expect(rollback?.message).toMatch(/fell below the live model/);
  });

  it('shadow mode logs the candidate without serving it', () => {
    const sim = make();
    sim.setCandidate(alwaysOk);
    sim.startShadow();
    sim.run(20);
    const snap = sim.snapshot();
    expect(snap.deployment.shadow!.events).toBeGreaterThan(500);
    expect(snap.deployment.shadow!.candidateAccuracy).toBeLessThan(snap.deployment.shadow!.liveAccuracy);
    expect(snap.performance.accuracy).toBeGreaterThan(0.82); // users still get the live model
  });

  it('prior shift moves the output distribution and fires a prediction-share alert', () => {
    const sim = make();
    sim.run(10);
    sim.setSlider('classShare', 0.8);
    sim.run(20);
    const snap = sim.snapshot();
    expect(snap.output.share[1]).toBeGreaterThan(snap.output.referenceShare[1]! + 0.2);
    expect(sim.alertLog.some((a) => a.monitor === 'Prediction share')).toBe(true);
  });

  it('drops events above the serving capacity and says so', () => {
    const sim = make({ config: { capacityPerSec: 100 } });
    sim.setSlider('eventsPerSec', 300);
    sim.run(5);
    const snap = sim.snapshot();
    expect(snap.totals.dropped).toBeGreaterThan(800);
    expect(sim.alertLog.some((a) => a.monitor === 'Dropped events' && a.kind === 'software')).toBe(true);
  });

  it('missing values raise an input-quality alert naming the feature set', () => {
    const sim = make();
    sim.setSlider('missing', 0.3);
    sim.run(10);
    const missing = sim.alertLog.filter((a) => a.monitor === 'Missing values');
    expect(missing.length).toBe(8);
    expect(missing[0]!.kind).toBe('input quality');
  });

  it('keeps memory bounded: the series and windows stop growing', () => {
    const sim = make({ config: { seriesCapacity: 30 } });
    sim.setSlider('eventsPerSec', 200);
    sim.run(60);
    const snap = sim.snapshot();
    expect(snap.series.t!.length).toBe(30);
    expect(last(snap.series.t!)).toBe(60);
    expect(snap.features[0]!.live.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1000);
  });
});
