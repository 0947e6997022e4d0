import * as tf from '@tensorflow/tfjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activateBackend, selectBackend } from './backend-select';
import { useCpu } from './fixtures/datasets';
import type { ModelSpec } from './model-spec';

afterEach(useCpu);

const spec: ModelSpec = {
  task: 'binary',
  inputDim: 8,
  hiddenLayers: [16],
  activation: 'relu',
  optimizer: 'adam',
  learningRate: 0.01,
  l2: 0,
  epochs: 10,
  batchSize: 64,
  seed: 1,
};

describe('selectBackend', () => {
  it('times real training batches of the spec and picks the fastest that works', async () => {
    await useCpu();
    const Cpu = tf.findBackend('cpu')!.constructor;
    // 'webgpu' initializes but has no kernels (training fails); 'webgl' cannot initialize at all.
    tf.registerBackend('webgpu', () => new (Cpu as new () => tf.KernelBackend)());
    tf.registerBackend('webgl', () => {
      throw new Error('no GPU');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const choice = await selectBackend(spec, 2, {
        candidates: ['webgpu', 'webgl', 'cpu'],
        warmupMs: 0,
        samples: 2,
      });
      expect(choice.chosen).toBe('cpu');
      expect(tf.getBackend()).toBe('cpu');
      expect(choice.timings.cpu).toBeGreaterThan(0);
      expect(choice.timings.webgpu).toBeUndefined();
      expect(choice.errors.webgpu).toMatch(/^failed to train/);
      expect(choice.errors.webgl).toMatch(/failed to initialize/);
      expect(choice.batchSize).toBe(64);
      expect(choice.wasm).toBeNull();
      expect(choice.durationMs).toBeGreaterThan(0);
      expect(tf.memory().numTensors).toBe(0);
    } finally {
      warn.mockRestore();
      await useCpu();
      tf.removeBackend('webgpu');
      tf.removeBackend('webgl');
    }
  });

  it('reports backends that are not registered', async () => {
    expect(await activateBackend('webgpu')).toBe('not registered');
    const choice = await selectBackend(spec, 2, { candidates: ['webgpu', 'cpu'], warmupMs: 0, samples: 1 });
    expect(choice.errors).toEqual({ webgpu: 'not registered' });
    expect(choice.chosen).toBe('cpu');
  });
});
