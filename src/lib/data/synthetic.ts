/**
 * Seeded 2-D toy datasets in the spirit of TensorFlow Playground (playground.tensorflow.org; its generators are in
 * tensorflow/playground, src/dataset.ts). Four geometries, two classes, points in the plot square [−6, 6]²:
 *
 *   gaussian — two Gaussian clusters centred at (2, 2) (class 1) and (−2, −2) (class 0). Playground maps the noise
 *              slider 0…0.5 linearly onto a variance of 0.5…4: σ² = 0.5 + 7·noise, so σ = √(0.5 + 7·noise).
 *              Linearly separable in expectation (the Bayes boundary is x1 + x2 = 0); at noise 0 the centres are
 *              2√2 / √0.5 = 4 standard deviations from the boundary along its normal, so overlaps are rare.
 *   circles  — a disc inside a ring, both centred at the origin, outer radius R = 5. Class 1: radius r ~ U(0, R/2),
 *              class 0: r ~ U(0.7R, R); angle θ ~ U(0, 2π); (x1, x2) = (r sin θ, r cos θ). Like Playground the radius
 *              (not the area) is uniform, so the inner disc is denser at its centre. Gap between classes: 2.5 < r < 3.5.
 *   xor      — the XOR quadrants: |x1|, |x2| ~ U(0, 5) + 0.3 (Playground's 0.3 padding keeps points off the axes);
 *              class 1 lies in quadrants I and III (x1·x2 > 0), class 0 in II and IV (x1·x2 < 0).
 *   spiral   — two interleaved Archimedean spirals: point i of m on a spiral has r = 5·i/m and
 *              t = 1.75 · 2π · i/m + δ, (x1, x2) = (r sin t, r cos t); class 1 uses δ = 0, class 0 δ = π.
 *              (At noise 0 the spirals are deterministic; only the row order depends on the seed.)
 *
 * Noise (0…0.5, Playground's "Noise" slider as a fraction). gaussian: the variance above. circles and xor: each
 * coordinate moves by U(−5, 5)·noise (Playground's U(−R, R)·noise). spiral: each coordinate moves by U(−1, 1)·noise.
 *
 * Deliberate differences from Playground, so that classes are exactly balanced (the brief: ±1):
 *  - Playground keeps the clean point and sets the label from the *noisy* point (so noise flips labels near the
 *    boundary and the class balance drifts). Here the label comes from the generating geometry and the *point* moves;
 *    the picture is the same (classes overlap near the boundary) but each class keeps exactly its count:
 *    class 1 gets ⌊n/2⌋ points, class 0 gets n − ⌊n/2⌋.
 *  - Because points move, a noisy point could leave the square; coordinates are reflected back into [−6, 6]
 *    (v > 6 → 12 − v, v < −6 → −12 − v), which keeps the density smooth instead of piling points on the edge.
 *  - Rows are shuffled (Fisher–Yates) so the table is not sorted by class; a naive "first 80 %" split then works.
 *
 * Randomness: the project's seeded sfc32 generator (src/lib/drift/prng.ts); the same (kind, n, noise, seed) always
 * gives the same dataset, bit for bit.
 */
import { Prng, type Rng } from '@/lib/drift/prng';
import type { DataTable } from './types';

export type SyntheticKind = 'gaussian' | 'circles' | 'xor' | 'spiral';

export const SYNTHETIC_KINDS: readonly SyntheticKind[] = ['gaussian', 'circles', 'xor', 'spiral'];

export interface SyntheticOptions {
  /** Number of points, an integer from 2 to {@link SYNTHETIC_MAX_N}. Default 400. */
  n?: number;
  /** Noise level from 0 to 0.5 (Playground's 0–50 % slider). Default 0.1. */
  noise?: number;
  /** Any safe integer. Default 1. */
  seed?: number;
}

export interface SyntheticDataset {
  kind: SyntheticKind;
  n: number;
  noise: number;
  seed: number;
  /** n × 2, row-major: point i is (x[2i], x[2i + 1]). */
  x: Float64Array;
  /** Class of each point: 0 or 1. */
  y: Uint8Array;
  featureNames: readonly ['x1', 'x2'];
  classNames: readonly ['0', '1'];
}

export const SYNTHETIC_MAX_N = 100_000;
/** Half-width of the square every point lies in (Playground's plot domain is [−6, 6]). */
export const SYNTHETIC_EXTENT = 6;

/** Bad arguments to makeSynthetic / toDataTable. */
export class SyntheticDataError extends Error {
  override readonly name = 'SyntheticDataError';
}

const FEATURE_NAMES = ['x1', 'x2'] as const;
const CLASS_NAMES = ['0', '1'] as const;

/** Reflects v into [−E, E]: v > E → 2E − v, v < −E → −2E − v, repeated for far tails. */
function reflect(v: number): number {
  const e = SYNTHETIC_EXTENT;
  let r = v;
  while (r > e || r < -e) r = r > e ? 2 * e - r : -2 * e - r;
  return r;
}

type PointGen = (rng: Rng, label: 0 | 1, i: number, m: number) => [number, number];

/** σ² = 0.5 + (noise / 0.5)·3.5, Playground's d3.scale.linear().domain([0, .5]).range([0.5, 4]). */
export function gaussianVariance(noise: number): number {
  return 0.5 + (noise / 0.5) * 3.5;
}

function generator(kind: SyntheticKind, noise: number): PointGen {
  switch (kind) {
    case 'gaussian': {
      const sd = Math.sqrt(gaussianVariance(noise));
      return (rng, label) => {
        const c = label === 1 ? 2 : -2;
        return [rng.normal(c, sd), rng.normal(c, sd)];
      };
    }
    case 'circles': {
      const radius = 5;
      return (rng, label) => {
        const r = label === 1 ? rng.uniform(0, radius * 0.5) : rng.uniform(radius * 0.7, radius);
        const angle = rng.uniform(0, 2 * Math.PI);
        const nx = rng.uniform(-radius, radius) * noise;
        const ny = rng.uniform(-radius, radius) * noise;
        return [r * Math.sin(angle) + nx, r * Math.cos(angle) + ny];
      };
    }
    case 'xor': {
      const padding = 0.3;
      return (rng, label) => {
        const s = rng.next() < 0.5 ? 1 : -1; // which of the class's two quadrants
        const ax = rng.uniform(0, 5) + padding;
        const ay = rng.uniform(0, 5) + padding;
        const nx = rng.uniform(-5, 5) * noise;
        const ny = rng.uniform(-5, 5) * noise;
        // class 1: signs equal (quadrants I, III); class 0: signs opposite (II, IV)
        return [s * ax + nx, (label === 1 ? s : -s) * ay + ny];
      };
    }
    case 'spiral': {
      return (rng, label, i, m) => {
        const r = (i / m) * 5;
        const t = ((1.75 * i) / m) * 2 * Math.PI + (label === 1 ? 0 : Math.PI);
        return [r * Math.sin(t) + rng.uniform(-1, 1) * noise, r * Math.cos(t) + rng.uniform(-1, 1) * noise];
      };
    }
  }
}

/**
 * One point of class `label` from a generator, reflected into the plot square as makeSynthetic does — for a
 * live stream of fresh points from the same process (the deployment studio). For the spiral, `position` in
 * [0, 1) says how far along its arm the point lies (makeSynthetic uses i/m).
 */
export function drawSyntheticPoint(
  kind: SyntheticKind,
  noise: number,
  rng: Rng,
  label: 0 | 1,
  position: number,
): [number, number] {
  const [a, b] = generator(kind, noise)(rng, label, position * 1_000_000, 1_000_000);
  return [reflect(a), reflect(b)];
}

function checkOptions(kind: unknown, opts: SyntheticOptions): { n: number; noise: number; seed: number } {
  if (!SYNTHETIC_KINDS.includes(kind as SyntheticKind)) {
    throw new SyntheticDataError(
      `Unknown synthetic dataset kind ${JSON.stringify(kind)}; expected one of ${SYNTHETIC_KINDS.join(', ')}.`,
    );
  }
  const { n = 400, noise = 0.1, seed = 1 } = opts;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 2 || n > SYNTHETIC_MAX_N) {
    throw new SyntheticDataError(`n must be an integer from 2 to ${SYNTHETIC_MAX_N}, got ${String(n)}.`);
  }
  if (typeof noise !== 'number' || !Number.isFinite(noise) || noise < 0 || noise > 0.5) {
    throw new SyntheticDataError(`noise must be a number from 0 to 0.5, got ${String(noise)}.`);
  }
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new SyntheticDataError(`seed must be a safe integer, got ${String(seed)}.`);
  }
  return { n, noise, seed };
}

/** A seeded 2-D two-class dataset; see the file comment for each geometry. */
export function makeSynthetic(kind: SyntheticKind, options: SyntheticOptions = {}): SyntheticDataset {
  const { n, noise, seed } = checkOptions(kind, options);
  const rng = new Prng(seed);
  const gen = generator(kind, noise);
  const n1 = Math.floor(n / 2);
  const counts: [number, number] = [n - n1, n1]; // [class 0, class 1]

  // Generate class 1 then class 0 (Playground's order), then shuffle rows.
  const x = new Float64Array(2 * n);
  const y = new Uint8Array(n);
  let row = 0;
  for (const label of [1, 0] as const) {
    const m = counts[label];
    for (let i = 0; i < m; i++) {
      const [a, b] = gen(rng, label, i, m);
      x[2 * row] = reflect(a);
      x[2 * row + 1] = reflect(b);
      y[row] = label;
      row++;
    }
  }
  // Fisher–Yates (Durstenfeld): for i = n−1 … 1, swap row i with a uniform row j ∈ {0, …, i}.
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const ta = x[2 * i]!;
    const tb = x[2 * i + 1]!;
    x[2 * i] = x[2 * j]!;
    x[2 * i + 1] = x[2 * j + 1]!;
    x[2 * j] = ta;
    x[2 * j + 1] = tb;
    const ty = y[i]!;
    y[i] = y[j]!;
    y[j] = ty;
  }
  return { kind, n, noise, seed, x, y, featureNames: FEATURE_NAMES, classNames: CLASS_NAMES };
}

export interface ToDataTableOptions {
  /**
   * Decimal places for x1, x2 (0–17). Omitted: the shortest text that reads back to the same double
   * (`String(v)`), so a round trip through the table is exact.
   */
  digits?: number;
}

/** The dataset as a column-major DataTable with columns x1, x2, label (label text is "0" or "1"). */
export function toDataTable(ds: SyntheticDataset, options: ToDataTableOptions = {}): DataTable {
  const { digits } = options;
  if (digits !== undefined && (!Number.isInteger(digits) || digits < 0 || digits > 17)) {
    throw new SyntheticDataError(`digits must be an integer from 0 to 17, got ${String(digits)}.`);
  }
  const n = ds.y.length;
  if (ds.x.length !== 2 * n) {
    throw new SyntheticDataError(`x has ${ds.x.length} values, expected 2 × ${n}.`);
  }
  const fmt = (v: number): string => (digits === undefined ? String(v) : v.toFixed(digits));
  const c1: string[] = new Array<string>(n);
  const c2: string[] = new Array<string>(n);
  const cl: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    c1[i] = fmt(ds.x[2 * i]!);
    c2[i] = fmt(ds.x[2 * i + 1]!);
    cl[i] = ds.classNames[ds.y[i]!] ?? String(ds.y[i]);
  }
  return { columns: [...ds.featureNames, 'label'], data: [c1, c2, cl], rowCount: n };
}
