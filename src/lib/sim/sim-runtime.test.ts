import * as tf from '@tensorflow/tfjs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import demoModelFile from './demo-model.json';
import { parseScenario, type Scenario } from './scenario';
import { SimRuntime, type RuntimeHost } from './sim-runtime';
import type { DemoModelFile } from './tf-serving';
import type { SimResponse, SimSetup } from './worker-protocol';

type Snapshot = Extract<SimResponse, { kind: 'snapshot' }>;

const DEMO: SimSetup = { seed: 3, source: { kind: 'factory' }, model: { kind: 'demo' } };

/** A host whose clock and timers are moved by hand. */
class FakeHost implements RuntimeHost {
  messages: SimResponse[] = [];
  clock = 1000;
  timers = new Map<number, () => void>();
  cleared: unknown[] = [];
  private nextHandle = 1;

  post(message: SimResponse): void {
    this.messages.push(message);
  }
  now(): number {
    return this.clock;
  }
  setTimeout(fn: () => void, _ms: number): unknown {
    const handle = this.nextHandle++;
    this.timers.set(handle, fn);
    return handle;
  }
  clearTimeout(handle: unknown): void {
    this.cleared.push(handle);
    this.timers.delete(handle as number);
  }

  /** Runs the pending timer callbacks once (as the event loop would after their delay). */
  fire(): void {
    const due = [...this.timers];
    this.timers.clear();
    for (const [, fn] of due) fn();
  }

  of<K extends SimResponse['kind']>(kind: K): Extract<SimResponse, { kind: K }>[] {
    return this.messages.filter((m): m is Extract<SimResponse, { kind: K }> => m.kind === kind);
  }
  lastSnapshot(): Snapshot {
    const all = this.of('snapshot');
    expect(all.length, 'a snapshot was posted').toBeGreaterThan(0);
    return all[all.length - 1]!;
  }
  notices(): string[] {
    return this.of('notice').map((m) => m.message);
  }
}

/** Lets the runtime's async tick (started by a timer callback) finish: it ends by scheduling the next one. */
async function settle(until: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !until(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(until()).toBe(true);
}

function scenario(input: object): Scenario {
  const parsed = parseScenario({
    id: 'inline',
    title: 'Inline',
    summary: 'A test scenario.',
    source: 'factory',
    seed: 5,
    ...input,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.scenario;
}

const runtimes: SimRuntime[] = [];

async function started(setup: SimSetup = DEMO): Promise<{ host: FakeHost; runtime: SimRuntime }> {
  const host = new FakeHost();
  const runtime = new SimRuntime(host);
  runtimes.push(runtime);
  await runtime.handle({ kind: 'setup', setup });
  expect(host.of('error')).toEqual([]);
  return { host, runtime };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

afterEach(() => {
  for (const r of runtimes.splice(0)) r.simulator?.liveModel.dispose?.();
});

describe('SimRuntime: setup', () => {
  it("posts 'ready' for the demo (8 features, ok/defect, focus on defect), then a first snapshot", async () => {
    const { host } = await started();
    expect(host.messages.map((m) => m.kind)).toEqual(['ready', 'snapshot']);
    const ready = host.of('ready')[0]!;
    expect(ready.features).toHaveLength(8);
    expect(ready.features.map((f) => f.name)).toContain('vibration');
    expect(ready.classes).toEqual(['ok', 'defect']);
    expect(ready.focusClass).toBe(1);
    expect(ready.sourceKind).toBe('synthetic');
    expect(ready.modelName).toBe((demoModelFile as unknown as DemoModelFile).name);
    expect(ready.backend).toBe('cpu');
    expect(ready.seed).toBe(3);
    expect(ready.scenario).toBeNull();
    const snap = host.lastSnapshot();
    expect(snap.snapshot.t).toBe(0);
    expect(snap.running).toBe(false);
    expect(snap.caption).toBeNull();
    expect(snap.retraining).toBeNull();
    expect(snap.scenarioEnd).toBeNull();
    expect(snap.snapshot.deployment.live).toBe(ready.modelName);
  });

  it("posts an 'error' (not fatal) for a request before setup, and does not throw", async () => {
    const host = new FakeHost();
    const runtime = new SimRuntime(host);
    await expect(runtime.handle({ kind: 'advance', seconds: 10 })).resolves.toBeUndefined();
    expect(host.messages).toEqual([
      { kind: 'error', message: 'The simulator is not set up yet.', fatal: false },
    ]);
    // The queue keeps working after an error.
    await runtime.handle({ kind: 'setup', setup: DEMO });
    runtimes.push(runtime);
    expect(host.of('ready')).toHaveLength(1);
  });

  it("refuses the demo model on a table source with an 'error'", async () => {
    const host = new FakeHost();
    const runtime = new SimRuntime(host);
    const rows = Array.from({ length: 40 }, (_, i) => [String(i), i % 2 ? 'a' : 'b']);
    await runtime.handle({
      kind: 'setup',
      setup: {
        seed: 1,
        model: { kind: 'demo' },
        source: {
          kind: 'table',
          id: 't',
          title: 't',
          table: {
            columns: ['x', 'y'],
            data: [rows.map((r) => r[0]!), rows.map((r) => r[1]!)],
            rowCount: 40,
          },
          label: 'y',
          features: [{ name: 'x', kind: 'numeric' }],
          mode: 'resample',
        },
      },
    });
    expect(host.of('error')).toHaveLength(1);
    // Today the encoder speaks first (the demo's inputs are missing); the runtime's own check would say
    // "The demo model serves the production-line demo only." Either way the user is told and nothing runs.
    expect(host.of('error')[0]!.message).toMatch(/input "temperature"|production-line demo only/);
    expect(runtime.simulator).toBeNull();
  });
});

describe('SimRuntime: requests', () => {
  it("'advance' 10 s moves the snapshot's time to 10 s", async () => {
    const { host, runtime } = await started();
    await runtime.handle({ kind: 'advance', seconds: 10 });
    const snap = host.lastSnapshot().snapshot;
    expect(snap.t).toBeCloseTo(10, 6);
    expect(snap.totals.events).toBeGreaterThan(400); // 50 events/s
    expect(snap.totals.events).toBeLessThan(600);
  });

  it("'setSlider' and 'resetSliders' show in the next snapshot's sliders", async () => {
    const { host, runtime } = await started();
    await runtime.handle({ kind: 'setSlider', path: 'meanShift.vibration', value: 1.5 });
    expect(host.lastSnapshot().snapshot.sliders.meanShift.vibration).toBe(1.5);
    await runtime.handle({ kind: 'setSlider', path: 'classShare', value: 0.6 });
    const moved = host.lastSnapshot().snapshot.sliders;
    expect(moved.classShare).toBe(0.6);
    expect(moved.meanShift.vibration).toBe(1.5);
    await runtime.handle({ kind: 'resetSliders' });
    const reset = host.lastSnapshot().snapshot.sliders;
    expect(reset.meanShift.vibration).toBe(0);
    expect(reset.classShare).toBeNull();
    expect(reset.eventsPerSec).toBe(50);
  });

  it("'action' rollback without a previous model posts a notice; deploying without a candidate too", async () => {
    const { host, runtime } = await started();
    await runtime.handle({ kind: 'action', action: 'rollback' });
    expect(host.notices()).toEqual(['There is no previous model to roll back to.']);
    await runtime.handle({ kind: 'action', action: 'deployCandidate' });
    expect(host.notices()[1]).toBe('Retrain first: there is no candidate model yet.');
    expect(host.of('error')).toEqual([]);
  });

  it("'action' retrain on the last 20 s after 30 s of traffic makes a named candidate", async () => {
    const { host, runtime } = await started();
    await runtime.handle({ kind: 'advance', seconds: 30 });
    const before = host.messages.length;
    await runtime.handle({ kind: 'action', action: 'retrain', windowSec: 20 });
    expect(host.of('error')).toEqual([]);
    const notice = host.notices().at(-1)!;
    const match = /^(Retrained v2 \(last 20 s, (\d+) labels\)) is ready as the candidate\.$/.exec(notice);
    expect(match, notice).not.toBeNull();
    // Labels of about 20 s of events at 50 events/s.
    expect(Number(match![2])).toBeGreaterThan(800);
    expect(Number(match![2])).toBeLessThan(1200);
    const after = host.messages.slice(before).filter((m): m is Snapshot => m.kind === 'snapshot');
    expect(after[0]!.retraining).toEqual({ epoch: 0, epochs: 1 }); // posted when training starts
    const last = host.lastSnapshot();
    expect(last.retraining).toBeNull();
    expect(last.snapshot.deployment.candidate).toBe(match![1]);
    expect(last.snapshot.t).toBeCloseTo(30, 6); // the simulated clock waits while a model trains
    runtime.simulator!.stopCandidate();
  });

  it("'speed' is kept between 0.5 and 20", async () => {
    const { host, runtime } = await started();
    await runtime.handle({ kind: 'speed', speed: 100 });
    expect(host.lastSnapshot().speed).toBe(20);
    await runtime.handle({ kind: 'speed', speed: 0.1 });
    expect(host.lastSnapshot().speed).toBe(0.5);
  });
});

describe('SimRuntime: clock', () => {
  it('play → running; a tick moves simulated time by speed × wall time, at most 1 s per tick', async () => {
    const { host, runtime } = await started();
    const sim = runtime.simulator!;
    await runtime.handle({ kind: 'play' });
    expect(host.lastSnapshot().running).toBe(true);
    expect(host.timers.size).toBe(1);

    host.clock += 1000;
    host.fire();
    await settle(() => host.timers.size === 1);
    expect(sim.time).toBeCloseTo(1, 6);
    expect(host.lastSnapshot().snapshot.t).toBeCloseTo(1, 6);

    await runtime.handle({ kind: 'speed', speed: 0.5 });
    host.clock += 1000;
    host.fire();
    await settle(() => host.timers.size === 1);
    expect(sim.time).toBeCloseTo(1.5, 6);

    await runtime.handle({ kind: 'speed', speed: 4 });
    host.clock += 1000; // 4 s asked for, 1 s allowed
    host.fire();
    await settle(() => host.timers.size === 1);
    expect(sim.time).toBeCloseTo(2.5, 6);

    host.clock += 100; // 0.4 s of simulated time
    host.fire();
    await settle(() => host.timers.size === 1);
    expect(sim.time).toBeCloseTo(2.9, 6);
  });

  it('pause stops the clock and clears the pending timer', async () => {
    const { host, runtime } = await started();
    await runtime.handle({ kind: 'play' });
    const [handle] = [...host.timers.keys()];
    await runtime.handle({ kind: 'pause' });
    expect(host.cleared).toContain(handle);
    expect(host.timers.size).toBe(0);
    expect(host.lastSnapshot().running).toBe(false);
    expect(runtime.simulator!.time).toBe(0);
  });
});

describe('SimRuntime: scenarios', () => {
  const story = scenario({
    durationSec: 10,
    speed: 2,
    sliders: { noise: 0.1 },
    steps: [
      { at: 0, caption: 'All calm.' },
      { at: 2, set: { 'meanShift.vibration': 1.5 }, caption: 'Vibration jumps.' },
    ],
  });

  it("applies the scenario's initial sliders and speed, and reports it in 'ready'", async () => {
    const { host, runtime } = await started({ ...DEMO, scenario: story });
    expect(host.of('ready')[0]!.scenario).toEqual(story);
    const snap = host.lastSnapshot();
    expect(snap.speed).toBe(2);
    expect(snap.scenarioEnd).toBe(10);
    expect(snap.snapshot.sliders.noise).toBe(0.1);
    // Reset goes back to the scenario's starting values, not to zero.
    await runtime.handle({ kind: 'setSlider', path: 'noise', value: 1 });
    await runtime.handle({ kind: 'resetSliders' });
    expect(host.lastSnapshot().snapshot.sliders.noise).toBe(0.1);
  });

  it('runs steps at their simulated times and shows the active caption', async () => {
    const { host, runtime } = await started({ ...DEMO, scenario: story });
    expect(host.lastSnapshot().caption).toBe('All calm.');
    await runtime.handle({ kind: 'advance', seconds: 1.5 });
    let snap = host.lastSnapshot();
    expect(snap.snapshot.t).toBeCloseTo(1.5, 6);
    expect(snap.snapshot.sliders.meanShift.vibration).toBe(0);
    expect(snap.caption).toBe('All calm.');
    await runtime.handle({ kind: 'advance', seconds: 1 });
    snap = host.lastSnapshot();
    expect(snap.snapshot.t).toBeCloseTo(2.5, 6);
    expect(snap.snapshot.sliders.meanShift.vibration).toBe(1.5);
    expect(snap.caption).toBe('Vibration jumps.');
    // The caption is held for 12 s after its step (the scenario ends before that).
    await runtime.handle({ kind: 'advance', seconds: 7.5 });
    expect(host.lastSnapshot().caption).toBe('Vibration jumps.');
  });

  it('stops at the end of the scenario while playing, with a notice', async () => {
    const short = scenario({ durationSec: 1, steps: [{ at: 0.5, set: { noise: 0.5 } }] });
    const { host, runtime } = await started({ ...DEMO, scenario: short });
    await runtime.handle({ kind: 'play' });
    host.clock += 1000;
    host.fire();
    await settle(() => host.notices().length > 0);
    expect(host.notices()).toEqual(['The scenario "Inline" has finished.']);
    expect(runtime.simulator!.time).toBeCloseTo(1, 6);
    expect(host.timers.size).toBe(0);
    const snap = host.lastSnapshot();
    expect(snap.running).toBe(false);
    expect(snap.snapshot.sliders.noise).toBe(0.5);
  });
});
