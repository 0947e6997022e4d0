// What the studio can run, turned into a worker setup: the production-line demo, a shipped scenario, or one of
// the project's saved models on its dataset (resampled with tilted weights).
import type { DataTable } from '@/lib/data/types';
import { parseCsv } from '@/lib/data/csv-parse';
import type { PreprocessorJSON } from '@/lib/ml/preprocess';
import type { AutomationConfig } from '@/lib/sim/automation';
import type { Scenario } from '@/lib/sim/scenario';
import { seattleSourceSetup } from '@/lib/sim/seattle-setup';
import type { AlertThresholds, Sliders } from '@/lib/sim/types';
import type { SimSetup } from '@/lib/sim/worker-protocol';

export const DEFAULT_SEED = 7;

export interface StudioSettings {
  thresholds: AlertThresholds;
  automation: AutomationConfig;
  labelDelaySec: number;
}

export type RunChoice =
  | { kind: 'demo'; seed: number; sliders?: Sliders }
  | { kind: 'scenario'; scenario: Scenario; seed?: number; sliders?: Sliders }
  | {
      kind: 'saved';
      id: string;
      name: string;
      url: string;
      preprocessor: PreprocessorJSON;
      classes: string[];
      label: string;
      datasetName: string;
      /** The dataset's table (resampled with tilted weights)… */
      table: DataTable | null;
      /** …or, for a synthetic dataset, its recipe (fresh points from the generator). */
      synthetic: {
        generator: 'gaussian' | 'circles' | 'xor' | 'spiral';
        n: number;
        noise: number;
        seed: number;
      } | null;
      /** A time-ordered table is replayed in order after its first `referenceRows` rows (natural drift). */
      replay: { timeColumn: string; referenceRows: number } | null;
      seed: number;
    };

export function choiceKey(choice: RunChoice): string {
  return choice.kind === 'demo'
    ? 'demo'
    : choice.kind === 'scenario'
      ? `scenario:${choice.scenario.id}`
      : `saved:${choice.id}`;
}

let seattleTable: Promise<DataTable> | null = null;

/** The time-ordered built-in dataset, fetched from the app itself once per session. */
function loadSeattle(): Promise<DataTable> {
  seattleTable ??= (async () => {
    const res = await fetch(`${import.meta.env.BASE_URL}datasets/seattle-weather.csv`);
    if (!res.ok) throw new Error(`The Seattle weather data could not be loaded (HTTP ${res.status}).`);
    const parsed = parseCsv(await res.text());
    if (!parsed.ok) throw new Error(`The Seattle weather data could not be read: ${parsed.problem.message}`);
    return parsed.table;
  })().catch((e: unknown) => {
    seattleTable = null;
    throw e;
  });
  return seattleTable;
}

export async function buildSetup(choice: RunChoice, settings: StudioSettings): Promise<SimSetup> {
  const common = {
    thresholds: settings.thresholds,
    automation: settings.automation,
    labelDelaySec: settings.labelDelaySec,
  };
  if (choice.kind === 'demo') {
    return {
      ...common,
      seed: choice.seed,
      source: { kind: 'factory' },
      model: { kind: 'demo' },
      sliders: choice.sliders,
    };
  }
  if (choice.kind === 'scenario') {
    const { scenario } = choice;
    const seed = choice.seed ?? scenario.seed;
    if (scenario.source === 'factory') {
      return {
        ...common,
        seed,
        source: { kind: 'factory' },
        model: { kind: 'demo' },
        scenario,
        sliders: choice.sliders,
      };
    }
    const table = await loadSeattle();
    return {
      ...common,
      seed,
      source: seattleSourceSetup(table),
      model: { kind: 'train', name: 'Weather model trained on 2012' },
      scenario,
      sliders: choice.sliders,
      driftWindow: 90,
    };
  }
  const features = choice.preprocessor.features.map((f) => {
    if (f.kind === 'boolean') {
      throw new Error(
        `"${f.name}" is a yes/no feature; the simulator serves models on numeric and categorical inputs.`,
      );
    }
    return { name: f.name, kind: f.kind === 'categorical' ? ('categorical' as const) : ('numeric' as const) };
  });
  if (choice.preprocessor.task === 'regression') {
    throw new Error('The deployment studio serves classification models; this one is a regression model.');
  }
  if (!choice.synthetic && !choice.table)
    throw new Error(`The data of "${choice.datasetName}" is not loaded yet.`);
  return {
    ...common,
    seed: choice.seed,
    source: choice.synthetic
      ? { kind: 'synthetic', id: choice.id, title: choice.datasetName, ...choice.synthetic }
      : {
          kind: 'table',
          id: choice.id,
          title: choice.datasetName,
          table: choice.table!,
          label: choice.label,
          features,
          ...(choice.replay ? { mode: 'replay' as const, ...choice.replay } : { mode: 'resample' as const }),
        },
    model: {
      kind: 'saved',
      url: choice.url,
      name: choice.name,
      preprocessor: choice.preprocessor,
      classes: choice.classes,
    },
  };
}
