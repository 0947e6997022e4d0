/**
 * Messages between the deployment studio and the simulation worker (src/workers/sim.worker.ts). Type-only.
 * The worker owns the simulator, the models (tfjs) and the clock; the page sends commands and draws the
 * snapshots it receives a few times a second.
 */
import type { DataTable } from '@/lib/data/types';
import type { PreprocessorJSON } from '@/lib/ml/preprocess';
import type { AutomationConfig } from './automation';
import type { Scenario, ScenarioAction } from './scenario';
import type { SimSnapshot } from './simulator';
import type {
  AlertThresholds,
  SliderPath,
  SliderPattern,
  Sliders,
  SourceCapabilities,
  SourceFeature,
} from './types';

export type SimSourceSetup =
  | { kind: 'factory' }
  /** A data-studio synthetic dataset's recipe: fresh points from its generator. */
  | {
      kind: 'synthetic';
      id: string;
      title: string;
      generator: 'gaussian' | 'circles' | 'xor' | 'spiral';
      n: number;
      noise: number;
      seed: number;
    }
  | {
      kind: 'table';
      id: string;
      title: string;
      table: DataTable;
      label: string;
      features: { name: string; kind: 'numeric' | 'categorical'; unit?: string }[];
      mode: 'resample' | 'replay';
      referenceRows?: number;
      timeColumn?: string;
    };

export type SimModelSetup =
  /** The shipped demo model (factory source only). */
  | { kind: 'demo' }
  /** A model the project saved (tf.io URL in IndexedDB) with its preprocessor. */
  | { kind: 'saved'; url: string; name: string; preprocessor: PreprocessorJSON; classes: string[] }
  /** Train a small model in the worker on the source's reference (seeded), e.g. for a replayed dataset. */
  | { kind: 'train'; name: string };

export interface SimSetup {
  seed: number;
  source: SimSourceSetup;
  model: SimModelSetup;
  sliders?: Partial<Sliders>;
  scenario?: Scenario | null;
  thresholds?: AlertThresholds;
  automation?: AutomationConfig;
  labelDelaySec?: number;
  /** Feature watched by Page-Hinkley. */
  phFeature?: string;
  /** Events in each feature's drift window. */
  driftWindow?: number;
}

export type SimRequest =
  | { kind: 'setup'; setup: SimSetup }
  | { kind: 'play' }
  | { kind: 'pause' }
  | { kind: 'speed'; speed: number }
  /** Advance by `seconds` of simulated time as fast as possible (step button, tests, fast-forward). */
  | { kind: 'advance'; seconds: number }
  | { kind: 'setSlider'; path: SliderPath; value: number | null }
  | { kind: 'setSliders'; sliders: Sliders }
  /** Back to the defaults (and the scenario's initial values), patterns cleared. */
  | { kind: 'resetSliders' }
  | { kind: 'addPattern'; pattern: SliderPattern }
  | { kind: 'clearPatterns' }
  | { kind: 'thresholds'; thresholds: AlertThresholds }
  | { kind: 'automation'; automation: AutomationConfig }
  | { kind: 'labelDelay'; seconds: number }
  | { kind: 'phFeature'; feature: string }
  | { kind: 'action'; action: ScenarioAction; windowSec?: number };

export interface SimReady {
  kind: 'ready';
  sourceTitle: string;
  sourceKind: 'synthetic' | 'tabular' | 'replay';
  features: SourceFeature[];
  classes: string[];
  /** Index of the class the class-share slider sets. */
  focusClass: number;
  capabilities: SourceCapabilities;
  modelName: string;
  backend: string;
  seed: number;
  scenario: Scenario | null;
}

export type SimResponse =
  | SimReady
  | {
      kind: 'snapshot';
      snapshot: SimSnapshot;
      running: boolean;
      speed: number;
      /** Caption of the scenario step on screen, if any. */
      caption: string | null;
      /** A retraining in progress: epochs done of total. */
      retraining: { epoch: number; epochs: number } | null;
      /** Seconds of the scenario, when one is loaded. */
      scenarioEnd: number | null;
    }
  | { kind: 'notice'; message: string }
  | { kind: 'error'; message: string; fatal: boolean };
