import { describe, expect, it } from 'vitest';
import { makeSynthetic } from '../data/synthetic';
import { Prng } from '../drift/prng';
import { createSyntheticSource } from './synthetic-source';
import type { ResolvedSliders } from './types';

const sliders = (patch: Partial<ResolvedSliders> = {}): ResolvedSliders => ({
  meanShift: new Float64Array(2),
  scale: new Float64Array([1, 1]),
  classShare: null,
  rotation: 0,
  boundaryShift: 0,
  relabel: 0,
  noise: 0,
  missing: 0,
  eventsPerSec: 50,
  ...patch,
});

function drawMany(source: ReturnType<typeof createSyntheticSource>, s: ResolvedSliders, n: number, seed = 5) {
  const rng = new Prng(seed);
  const out = new Float64Array(2 * n);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) y[i] = source.draw(0, s, rng, out, 2 * i);
  return { out, y };
}

const recipe = { id: 'd1', title: 'My circles', generator: 'circles' as const, n: 400, noise: 0.1, seed: 3 };

describe('createSyntheticSource', () => {
  it('uses the dataset its recipe rebuilds as the reference', () => {
    const source = createSyntheticSource(recipe);
    const data = makeSynthetic('circles', { n: 400, noise: 0.1, seed: 3 });
    expect(source.reference.n).toBe(400);
    expect(Array.from(source.reference.rows)).toEqual(Array.from(data.x));
    expect(Array.from(source.reference.labels)).toEqual(Array.from(data.y));
    expect(source.classes).toEqual(['0', '1']);
    expect(source.capabilities).toEqual({ meanShift: true, prior: true, rotation: false });
  });

  it('draws fresh points from the generator: inner disc for class 1, ring for class 0', () => {
    const source = createSyntheticSource({ ...recipe, noise: 0 });
    const { out, y } = drawMany(source, sliders(), 4000);
    let ones = 0;
    for (let i = 0; i < 4000; i++) {
      const r = Math.hypot(out[2 * i]!, out[2 * i + 1]!);
      if (y[i] === 1) {
        ones++;
        expect(r).toBeLessThanOrEqual(2.5 + 1e-9);
      } else {
        expect(r).toBeGreaterThanOrEqual(3.5 - 1e-9);
      }
    }
    expect(ones / 4000).toBeCloseTo(0.5, 1);
  });

  it('prior shift changes the class balance and data drift moves the inputs by reference SDs', () => {
    const source = createSyntheticSource(recipe);
    const shifted = drawMany(source, sliders({ classShare: 0.8 }), 20000);
    expect(shifted.y.reduce((a, b) => a + b, 0) / 20000).toBeCloseTo(0.8, 1);
    const moved = drawMany(source, sliders({ meanShift: new Float64Array([1, 0]) }), 20000);
    const base = drawMany(source, sliders(), 20000);
    const mean = (xs: Float64Array, j: number) => {
      let s = 0;
      for (let i = 0; i < xs.length / 2; i++) s += xs[2 * i + j]!;
      return s / (xs.length / 2);
    };
    const sd = source.features[0]!.sd;
    expect((mean(moved.out, 0) - mean(base.out, 0)) / sd).toBeCloseTo(1, 1);
    expect(Math.abs(mean(moved.out, 1) - mean(base.out, 1)) / sd).toBeLessThan(0.05);
  });

  it('is deterministic for a seed', () => {
    const source = createSyntheticSource({ ...recipe, generator: 'spiral' });
    const a = drawMany(source, sliders(), 100, 9);
    const b = drawMany(source, sliders(), 100, 9);
    expect(Array.from(a.out)).toEqual(Array.from(b.out));
  });
});
