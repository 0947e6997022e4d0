// The simulation worker's logic, kept free of worker globals so it runs under Vitest too: it builds the source,
// the model and the Simulator from a setup, runs the clock (wall time × speed → whole simulated steps), plays a
// scenario's steps at their simulated times, retrains in place (the simulated clock waits while a model trains,
// so a scenario stays deterministic), and posts snapshots a few times a second.
import * as tf from '@tensorflow/tfjs';
import demoModelFile from './demo-model.json';
import { EventEncoder, referencePreprocessor } from './encoder';
import { createFactorySource } from './factory-source';
import { activeCaption, type Scenario, type ScenarioAction } from './scenario';
import { DEFAULT_SLIDERS, Simulator } from './simulator';
import { createSyntheticSource } from './synthetic-source';
import { createTabularSource } from './tabular-source';
import { loadDemoModel, retrainOnWindow, TfServingModel, type DemoModelFile } from './tf-serving';
import type { EventSource, Sliders } from './types';
import type { SimRequest, SimResponse, SimSetup } from './worker-protocol';

/** Wall milliseconds between snapshots while running. */
export const SNAPSHOT_EVERY_MS = 250;
/** Wall milliseconds between clock ticks. */
const TICK_MS = 16;
/** At most this many simulated seconds per tick (keeps a tick short at ×20 on a slow machine). */
const MAX_SIM_PER_TICK = 1;

export interface RuntimeHost {
  post(message: SimResponse): void;
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export class SimRuntime {
  private sim: Simulator | null = null;
  private source: EventSource | null = null;
  private encoder: EventEncoder | null = null;
  private scenario: Scenario | null = null;
  private nextStep = 0;
  private running = false;
  private speed = 1;
  private timer: unknown = null;
  private lastWall = 0;
  private carry = 0;
  private lastSnapshot = 0;
  private retraining: { epoch: number; epochs: number } | null = null;
  private modelCounter = 1;
  private seed = 1;
  /** Setups are numbered so a late async result of an old setup is ignored. */
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly host: RuntimeHost) {}

  /** Requests run one after the other (setup and retraining are async). */
  handle(request: SimRequest): Promise<void> {
    this.queue = this.queue
      .then(() => this.dispatch(request))
      .catch((e: unknown) => {
        this.host.post({ kind: 'error', message: e instanceof Error ? e.message : String(e), fatal: false });
      });
    return this.queue;
  }

  private async dispatch(r: SimRequest): Promise<void> {
    if (r.kind === 'setup') return this.setup(r.setup);
    const sim = this.sim;
    if (!sim) throw new Error('The simulator is not set up yet.');
    switch (r.kind) {
      case 'play':
        this.play();
        break;
      case 'pause':
        this.pause();
        break;
      case 'speed':
        this.speed = Math.min(20, Math.max(0.5, r.speed));
        break;
      case 'advance':
        await this.advance(r.seconds);
        break;
      case 'setSlider':
        sim.setSlider(r.path, r.value);
        break;
      case 'setSliders':
        sim.setSliders(r.sliders);
        break;
      case 'resetSliders':
        sim.clearPatterns();
        sim.setSliders(DEFAULT_SLIDERS(this.source!));
        sim.setSliderValues(this.scenario?.sliders ?? {});
        break;
      case 'addPattern':
        sim.addPattern(r.pattern);
        break;
      case 'clearPatterns':
        sim.clearPatterns();
        break;
      case 'thresholds':
        sim.setThresholds(r.thresholds);
        break;
      case 'automation':
        sim.setAutomation(r.automation);
        break;
      case 'phFeature':
        sim.setPhFeature(r.feature);
        break;
      case 'labelDelay':
        sim.setLabelDelay(r.seconds);
        break;
      case 'action':
        await this.act(r.action, r.windowSec);
        break;
    }
    this.postSnapshot();
  }

  // -------------------------------------------------------------------------------------------------- setup

  private async setup(setup: SimSetup): Promise<void> {
    this.pause();
    const generation = ++this.generation;
    this.sim?.liveModel.dispose?.();
    this.sim = null;
    this.seed = setup.seed;
    this.modelCounter = 1;
    if (setup.model.kind === 'demo' && setup.source.kind !== 'factory') {
      throw new Error('The demo model serves the production-line demo only.');
    }
    const source =
      setup.source.kind === 'factory'
        ? createFactorySource()
        : setup.source.kind === 'synthetic'
          ? createSyntheticSource(setup.source)
          : createTabularSource({
              ...setup.source,
              classes: setup.model.kind === 'saved' ? setup.model.classes : undefined,
            });
    const prep =
      setup.model.kind === 'saved'
        ? setup.model.preprocessor
        : setup.model.kind === 'demo'
          ? (demoModelFile as unknown as DemoModelFile).preprocessor
          : referencePreprocessor(source.features, source.classes, 'label');
    const encoder = new EventEncoder(prep, source.features);
    let model: TfServingModel;
    if (setup.model.kind === 'demo') {
      const file = demoModelFile as unknown as DemoModelFile;
      model = new TfServingModel(file.name, await loadDemoModel(file), encoder.dim);
    } else if (setup.model.kind === 'saved') {
      const loaded = await tf.loadLayersModel(setup.model.url);
      model = new TfServingModel(setup.model.name, loaded, encoder.dim);
    } else {
      const trained = await retrainOnWindow(
        source.reference,
        source.features.length,
        encoder,
        source.classes.length,
        setup.seed,
      );
      model = new TfServingModel(setup.model.name, trained, encoder.dim);
    }
    if (model.classes !== source.classes.length) {
      model.dispose();
      throw new Error(
        `The model predicts ${model.classes} classes but the data has ${source.classes.length}.`,
      );
    }
    if (generation !== this.generation) {
      model.dispose();
      return;
    }
    const scenario = setup.scenario ?? null;
    const sliders: Sliders = { ...DEFAULT_SLIDERS(source), ...setup.sliders };
    this.sim = new Simulator({
      source,
      model,
      encoder,
      seed: setup.seed,
      sliders,
      config: {
        ...(setup.thresholds ? { thresholds: setup.thresholds } : {}),
        ...(setup.automation ? { automation: setup.automation } : {}),
        ...(setup.labelDelaySec !== undefined ? { labelDelaySec: setup.labelDelaySec } : {}),
        ...(scenario?.labelDelaySec !== undefined ? { labelDelaySec: scenario.labelDelaySec } : {}),
        ...(setup.phFeature ? { phFeature: setup.phFeature } : {}),
        ...(setup.driftWindow ? { driftWindow: setup.driftWindow } : {}),
      },
    });
    if (scenario) this.sim.setSliderValues(scenario.sliders);
    this.source = source;
    this.encoder = encoder;
    this.scenario = scenario;
    this.nextStep = 0;
    this.speed = scenario?.speed ?? this.speed;
    this.host.post({
      kind: 'ready',
      sourceTitle: source.title,
      sourceKind: source.kind,
      features: [...source.features],
      classes: [...source.classes],
      focusClass: source.focusClass,
      capabilities: source.capabilities,
      modelName: model.name,
      backend: tf.getBackend(),
      seed: setup.seed,
      scenario,
    });
    this.postSnapshot();
  }

  // -------------------------------------------------------------------------------------------------- clock

  private play(): void {
    if (this.running) return;
    this.running = true;
    this.lastWall = this.host.now();
    this.carry = 0;
    this.schedule();
  }

  private pause(): void {
    this.running = false;
    if (this.timer !== null) this.host.clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    this.timer = this.host.setTimeout(() => void this.tick(), TICK_MS);
  }

  private async tick(): Promise<void> {
    this.timer = null;
    if (!this.running || !this.sim) return;
    const now = this.host.now();
    const dt = this.sim.config.stepSec;
    this.carry += Math.min(MAX_SIM_PER_TICK, ((now - this.lastWall) / 1000) * this.speed);
    this.lastWall = now;
    const steps = Math.floor(this.carry / dt + 1e-9);
    this.carry -= steps * dt;
    if (steps > 0) await this.runSteps(steps);
    if (this.scenario && this.sim && this.sim.time >= this.scenario.durationSec - 1e-9) {
      this.running = false;
      this.postSnapshot();
      this.host.post({ kind: 'notice', message: `The scenario "${this.scenario.title}" has finished.` });
      return;
    }
    if (now - this.lastSnapshot >= SNAPSHOT_EVERY_MS) this.postSnapshot();
    if (this.running) this.schedule();
  }

  /** Runs `steps` simulated steps, playing scenario steps at their times (awaiting retraining). */
  private async runSteps(steps: number): Promise<void> {
    const sim = this.sim!;
    for (let i = 0; i < steps; i++) {
      await this.playScenarioUpTo(sim.time);
      if (this.sim !== sim) return;
      sim.step();
    }
    await this.playScenarioUpTo(sim.time);
  }

  private async advance(seconds: number): Promise<void> {
    const sim = this.sim!;
    const steps = Math.round(Math.max(0, seconds) / sim.config.stepSec);
    // Chunks, so a long fast-forward still answers other messages and posts progress.
    for (let done = 0; done < steps;) {
      const chunk = Math.min(steps - done, 50);
      await this.runSteps(chunk);
      done += chunk;
      if (this.sim !== sim) return;
      if (done < steps && this.host.now() - this.lastSnapshot >= SNAPSHOT_EVERY_MS) this.postSnapshot();
    }
  }

  private async playScenarioUpTo(t: number): Promise<void> {
    const scenario = this.scenario;
    if (!scenario || !this.sim) return;
    while (this.nextStep < scenario.steps.length && scenario.steps[this.nextStep]!.at <= t + 1e-9) {
      const step = scenario.steps[this.nextStep++]!;
      this.sim.setSliderValues(step.set ?? {});
      if (step.pattern) this.sim.addPattern(step.pattern);
      if (step.action) await this.act(step.action, step.windowSec);
    }
  }

  // ------------------------------------------------------------------------------------------------ actions

  private async act(action: ScenarioAction, windowSec = 30): Promise<void> {
    const sim = this.sim!;
    switch (action) {
      case 'retrain': {
        const window = sim.trainingWindow(windowSec);
        this.retraining = { epoch: 0, epochs: 1 };
        this.postSnapshot();
        try {
          const trained = await retrainOnWindow(
            window,
            this.source!.features.length,
            this.encoder!,
            this.source!.classes.length,
            this.seed + this.modelCounter,
            (epoch, epochs) => {
              this.retraining = { epoch, epochs };
              if (this.host.now() - this.lastSnapshot >= SNAPSHOT_EVERY_MS) this.postSnapshot();
            },
          );
          this.modelCounter += 1;
          const name = `Retrained v${this.modelCounter} (last ${windowSec} s, ${window.n} labels)`;
          sim.setCandidate(new TfServingModel(name, trained, this.encoder!.dim), window);
          this.host.post({ kind: 'notice', message: `${name} is ready as the candidate.` });
        } finally {
          this.retraining = null;
        }
        break;
      }
      case 'deployCandidate':
        if (!sim.deployCandidate('Redeployed')) this.noCandidate();
        break;
      case 'shadow':
        if (!sim.startShadow()) this.noCandidate();
        break;
      case 'canary':
        if (!sim.startCanary()) this.noCandidate();
        break;
      case 'blueGreen':
        if (!sim.switchBlueGreen()) this.noCandidate();
        break;
      case 'rollback':
        if (!sim.rollback())
          this.host.post({ kind: 'notice', message: 'There is no previous model to roll back to.' });
        break;
      case 'stopCandidate':
        sim.stopCandidate();
        break;
    }
  }

  private noCandidate(): void {
    this.host.post({ kind: 'notice', message: 'Retrain first: there is no candidate model yet.' });
  }

  // ----------------------------------------------------------------------------------------------- snapshot

  postSnapshot(): void {
    if (!this.sim) return;
    this.lastSnapshot = this.host.now();
    const snapshot = this.sim.snapshot();
    const caption = this.scenario ? (activeCaption(this.scenario, snapshot.t)?.caption ?? null) : null;
    this.host.post({
      kind: 'snapshot',
      snapshot,
      running: this.running,
      speed: this.speed,
      caption,
      retraining: this.retraining,
      scenarioEnd: this.scenario?.durationSec ?? null,
    });
  }

  /** For tests. */
  get simulator(): Simulator | null {
    return this.sim;
  }
}
