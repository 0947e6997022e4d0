// Events for a model trained on one of the data studio's synthetic 2-D datasets (gaussian, circles, xor,
// spiral): fresh points from the same generator (src/lib/data/synthetic.ts), not a resample of the table.
//
// The generators are class-conditional: a class is chosen first (each with probability ½, as in the dataset;
// the class-share slider changes that — prior shift, P(x|y) unchanged), then a point of that class. Data drift
// moves the drawn point: x' = μ + scale·(x − μ) + shift·σ per feature, with μ and σ of the training dataset.
// These sources have no explicit boundary to turn; concept drift comes from the simulator's relabel slider.
import { drawSyntheticPoint, makeSynthetic, type SyntheticKind } from '../data/synthetic';
import type { EventSource, RandomSource, ResolvedSliders, SourceFeature } from './types';

export interface SyntheticSourceOptions {
  id: string;
  title: string;
  generator: SyntheticKind;
  /** The dataset's recipe: the same n, noise and seed rebuild its rows exactly (the reference). */
  n: number;
  noise: number;
  seed: number;
}

const TITLES: Record<SyntheticKind, string> = {
  gaussian: 'two Gaussian blobs',
  circles: 'a circle inside a ring',
  xor: 'XOR quadrants',
  spiral: 'two spirals',
};

export function createSyntheticSource(options: SyntheticSourceOptions): EventSource {
  const data = makeSynthetic(options.generator, { n: options.n, noise: options.noise, seed: options.seed });
  const n = data.n;
  const rows = Float64Array.from(data.x);
  const labels = Int32Array.from(data.y);
  const features: SourceFeature[] = (['x1', 'x2'] as const).map((name, j) => {
    let s = 0;
    for (let r = 0; r < n; r++) s += rows[r * 2 + j]!;
    const mean = s / n;
    let ss = 0;
    for (let r = 0; r < n; r++) ss += (rows[r * 2 + j]! - mean) ** 2;
    return { name, kind: 'numeric', mean, sd: Math.sqrt(ss / Math.max(1, n - 1)) || 1 };
  });
  const share1 = labels.reduce((a, b) => a + b, 0) / n;
  return {
    id: options.id,
    title: `${options.title} (${TITLES[options.generator]}, fresh points from its generator)`,
    kind: 'synthetic',
    features,
    classes: ['0', '1'],
    focusClass: 1,
    relabelFeature: 0,
    capabilities: { meanShift: true, prior: true, rotation: false },
    reference: { rows, labels, n },
    draw(_t: number, s: ResolvedSliders, rng: RandomSource, out: Float64Array, offset: number): number {
      const y = rng.next() < (s.classShare ?? share1) ? 1 : 0;
      const [a, b] = drawSyntheticPoint(options.generator, options.noise, rng, y, rng.next());
      const raw = [a, b];
      for (let j = 0; j < 2; j++) {
        const f = features[j]!;
        out[offset + j] = f.mean + s.scale[j]! * (raw[j]! - f.mean) + s.meanShift[j]! * f.sd;
      }
      return y;
    },
  };
}
