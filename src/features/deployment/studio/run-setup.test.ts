// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { PreprocessorJSON } from '@/lib/ml/preprocess';
import { DEFAULT_CONFIG } from '@/lib/sim/simulator';
import { DEFAULT_THRESHOLDS } from '@/lib/sim/types';
import { buildSetup, choiceKey, type RunChoice } from './run-setup';

const settings = {
  thresholds: DEFAULT_THRESHOLDS,
  automation: DEFAULT_CONFIG.automation,
  labelDelaySec: 5,
};
const prep: PreprocessorJSON = {
  format: 'lifecycle-lab/preprocessor',
  version: 1,
  task: 'multiclass',
  label: 'weather',
  features: [
    { name: 'temp_max', kind: 'numeric', mean: 16, std: 7 },
    { name: 'wind', kind: 'numeric', mean: 3, std: 1.4 },
  ],
  classes: ['rain', 'sun'],
};
const table = { columns: ['temp_max', 'wind', 'weather', 'date'], data: [[], [], [], []], rowCount: 0 };
const saved = (patch: Partial<Extract<RunChoice, { kind: 'saved' }>> = {}): RunChoice => ({
  kind: 'saved',
  id: 'm1',
  name: 'My model',
  url: 'indexeddb://lifecycle-lab/model/m1',
  preprocessor: prep,
  classes: ['rain', 'sun'],
  label: 'weather',
  datasetName: 'Weather',
  table,
  synthetic: null,
  replay: null,
  seed: 7,
  ...patch,
});

describe('buildSetup', () => {
  it('runs the demo with the studio settings', async () => {
    const setup = await buildSetup({ kind: 'demo', seed: 3 }, settings);
    expect(setup).toMatchObject({
      seed: 3,
      source: { kind: 'factory' },
      model: { kind: 'demo' },
      labelDelaySec: 5,
    });
    expect(choiceKey({ kind: 'demo', seed: 3 })).toBe('demo');
  });

  it('serves a saved model on its table, resampled, or replayed in time order when it is time-ordered', async () => {
    const resampled = await buildSetup(saved(), settings);
    expect(resampled.source).toMatchObject({ kind: 'table', mode: 'resample', label: 'weather' });
    expect(resampled.model).toMatchObject({ kind: 'saved', url: 'indexeddb://lifecycle-lab/model/m1' });
    const replayed = await buildSetup(
      saved({ replay: { timeColumn: 'date', referenceRows: 366 } }),
      settings,
    );
    expect(replayed.source).toMatchObject({
      kind: 'table',
      mode: 'replay',
      timeColumn: 'date',
      referenceRows: 366,
    });
    expect(choiceKey(saved())).toBe('saved:m1');
  });

  it("draws a synthetic dataset's model from the dataset's generator", async () => {
    const setup = await buildSetup(
      saved({ table: null, synthetic: { generator: 'circles', n: 400, noise: 0.1, seed: 2 } }),
      settings,
    );
    expect(setup.source).toEqual({
      kind: 'synthetic',
      id: 'm1',
      title: 'Weather',
      generator: 'circles',
      n: 400,
      noise: 0.1,
      seed: 2,
    });
  });

  it('refuses what it cannot serve, saying why', async () => {
    await expect(
      buildSetup(saved({ preprocessor: { ...prep, task: 'regression' } }), settings),
    ).rejects.toThrow(/classification models/);
    await expect(
      buildSetup(
        saved({
          preprocessor: { ...prep, features: [{ name: 'rainy', kind: 'boolean', mean: 0.5, std: 0.5 }] },
        }),
        settings,
      ),
    ).rejects.toThrow(/"rainy" is a yes\/no feature/);
    await expect(buildSetup(saved({ table: null }), settings)).rejects.toThrow(/not loaded yet/);
  });
});
