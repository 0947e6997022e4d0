import { describe, expect, it } from 'vitest';
import {
  gaussianVariance,
  makeSynthetic,
  SYNTHETIC_KINDS,
  SyntheticDataError,
  toDataTable,
  type SyntheticDataset,
} from './synthetic';

const radius = (ds: SyntheticDataset, i: number): number => Math.hypot(ds.x[2 * i]!, ds.x[2 * i + 1]!);

function rowsOf(ds: SyntheticDataset, label: 0 | 1): number[] {
  const out: number[] = [];
  for (let i = 0; i < ds.n; i++) if (ds.y[i] === label) out.push(i);
  return out;
}

describe('makeSynthetic — shapes, balance, determinism', () => {
  it.each(SYNTHETIC_KINDS)('%s: n×2 row-major x, n labels, names', (kind) => {
    const ds = makeSynthetic(kind);
    expect(ds.n).toBe(400);
    expect(ds.x).toBeInstanceOf(Float64Array);
    expect(ds.x.length).toBe(800);
    expect(ds.y).toBeInstanceOf(Uint8Array);
    expect(ds.y.length).toBe(400);
    expect(ds.featureNames).toEqual(['x1', 'x2']);
    expect(ds.classNames).toEqual(['0', '1']);
    expect(ds.noise).toBe(0.1);
    expect(ds.seed).toBe(1);
    expect(ds.x.every(Number.isFinite)).toBe(true);
  });

  it.each(SYNTHETIC_KINDS)('%s: classes are balanced to within one (even and odd n)', (kind) => {
    for (const n of [2, 3, 400, 401, 1001]) {
      const ds = makeSynthetic(kind, { n, noise: 0.5, seed: 9 });
      const ones = ds.y.reduce((s, v) => s + v, 0);
      expect(ones).toBe(Math.floor(n / 2));
      expect(n - ones).toBe(n - Math.floor(n / 2));
    }
  });

  it.each(SYNTHETIC_KINDS)('%s: same seed → identical bits; another seed → different data', (kind) => {
    const a = makeSynthetic(kind, { n: 200, noise: 0.3, seed: 42 });
    const b = makeSynthetic(kind, { n: 200, noise: 0.3, seed: 42 });
    const c = makeSynthetic(kind, { n: 200, noise: 0.3, seed: 43 });
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
  });

  it('rows are shuffled, not sorted by class', () => {
    const ds = makeSynthetic('circles', { n: 400, seed: 1 });
    // In Playground's generation order all class-1 rows come first; after Fisher–Yates the first 200 rows hold a mix.
    const firstHalfOnes = ds.y.subarray(0, 200).reduce((s, v) => s + v, 0);
    expect(firstHalfOnes).toBeGreaterThan(70);
    expect(firstHalfOnes).toBeLessThan(130);
  });

  it.each(SYNTHETIC_KINDS)('%s: every point lies in [−6, 6]² even at noise 0.5', (kind) => {
    const ds = makeSynthetic(kind, { n: 2000, noise: 0.5, seed: 3 });
    for (const v of ds.x) {
      expect(v).toBeGreaterThanOrEqual(-6);
      expect(v).toBeLessThanOrEqual(6);
    }
  });
});

describe('makeSynthetic — geometry', () => {
  it('circles, noise 0: inner disc r ≤ 2.5 < 3.5 ≤ outer ring r ≤ 5', () => {
    const ds = makeSynthetic('circles', { n: 1000, noise: 0, seed: 7 });
    const inner = rowsOf(ds, 1).map((i) => radius(ds, i));
    const outer = rowsOf(ds, 0).map((i) => radius(ds, i));
    expect(Math.max(...inner)).toBeLessThanOrEqual(2.5);
    expect(Math.min(...outer)).toBeGreaterThanOrEqual(3.5);
    expect(Math.max(...outer)).toBeLessThanOrEqual(5 + 1e-12);
  });

  it('circles, noise 0.5: the classes overlap (some inner point is farther out than some outer point)', () => {
    const ds = makeSynthetic('circles', { n: 1000, noise: 0.5, seed: 7 });
    const inner = rowsOf(ds, 1).map((i) => radius(ds, i));
    const outer = rowsOf(ds, 0).map((i) => radius(ds, i));
    expect(Math.max(...inner)).toBeGreaterThan(Math.min(...outer));
  });

  it('xor, noise 0: label 1 exactly when x1·x2 > 0, and |x| ≥ 0.3 (padding)', () => {
    const ds = makeSynthetic('xor', { n: 1000, noise: 0, seed: 5 });
    for (let i = 0; i < ds.n; i++) {
      const a = ds.x[2 * i]!;
      const b = ds.x[2 * i + 1]!;
      expect(a * b > 0 ? 1 : 0).toBe(ds.y[i]);
      expect(Math.abs(a)).toBeGreaterThanOrEqual(0.3);
      expect(Math.abs(b)).toBeLessThanOrEqual(5.3);
    }
    // Both of each class's quadrants are used.
    const quadrants = new Set<string>();
    for (let i = 0; i < ds.n; i++) quadrants.add(`${Math.sign(ds.x[2 * i]!)},${Math.sign(ds.x[2 * i + 1]!)}`);
    expect(quadrants.size).toBe(4);
  });

  it('xor, noise 0.5: the quadrant rule misclassifies some points', () => {
    const ds = makeSynthetic('xor', { n: 1000, noise: 0.5, seed: 5 });
    let wrong = 0;
    for (let i = 0; i < ds.n; i++) if ((ds.x[2 * i]! * ds.x[2 * i + 1]! > 0 ? 1 : 0) !== ds.y[i]) wrong++;
    expect(wrong).toBeGreaterThan(50);
  });

  it('gaussian: variance 0.5 at noise 0 and 4 at noise 0.5 (Playground scale); cluster means ≈ ±(2, 2)', () => {
    expect(gaussianVariance(0)).toBe(0.5);
    expect(gaussianVariance(0.5)).toBe(4);
    expect(gaussianVariance(0.25)).toBeCloseTo(2.25, 12);
    const ds = makeSynthetic('gaussian', { n: 4000, noise: 0, seed: 11 });
    for (const label of [0, 1] as const) {
      const rows = rowsOf(ds, label);
      const m1 = rows.reduce((s, i) => s + ds.x[2 * i]!, 0) / rows.length;
      const v1 = rows.reduce((s, i) => s + (ds.x[2 * i]! - m1) ** 2, 0) / (rows.length - 1);
      expect(m1).toBeCloseTo(label === 1 ? 2 : -2, 1);
      expect(v1).toBeGreaterThan(0.45);
      expect(v1).toBeLessThan(0.55);
    }
  });

  it('gaussian, noise 0: the line x1 + x2 = 0 separates the classes (seed 1, n 400)', () => {
    const ds = makeSynthetic('gaussian', { n: 400, noise: 0, seed: 1 });
    for (let i = 0; i < ds.n; i++) expect(ds.x[2 * i]! + ds.x[2 * i + 1]! > 0 ? 1 : 0).toBe(ds.y[i]);
  });

  it('spiral, noise 0: deterministic arms, every point’s nearest neighbour has its class', () => {
    const ds = makeSynthetic('spiral', { n: 400, noise: 0, seed: 2 });
    for (let i = 0; i < ds.n; i++) {
      // Both arms start at the origin (r = 0), so the two first points coincide; skip the centre r < 0.1.
      if (radius(ds, i) < 0.1) continue;
      let best = Infinity;
      let bestLabel = -1;
      for (let j = 0; j < ds.n; j++) {
        if (j === i) continue;
        const d = (ds.x[2 * i]! - ds.x[2 * j]!) ** 2 + (ds.x[2 * i + 1]! - ds.x[2 * j + 1]!) ** 2;
        if (d < best) {
          best = d;
          bestLabel = ds.y[j]!;
        }
      }
      expect(bestLabel).toBe(ds.y[i]);
    }
    // Max radius 5·(m−1)/m; the first point of each arm is the origin.
    const radii = Array.from({ length: ds.n }, (_, i) => radius(ds, i));
    expect(Math.min(...radii)).toBe(0);
    expect(Math.max(...radii)).toBeCloseTo((5 * 199) / 200, 12);
    // Point i = 100 of 200 on arm 1: r = 2.5, t = 1.75π → (2.5 sin 1.75π, 2.5 cos 1.75π) = (−1.7678, 1.7678).
    const found = Array.from({ length: ds.n }, (_, i) => i).some(
      (i) =>
        ds.y[i] === 1 &&
        Math.abs(ds.x[2 * i]! + 2.5 * Math.SQRT1_2) < 1e-12 &&
        Math.abs(ds.x[2 * i + 1]! - 2.5 * Math.SQRT1_2) < 1e-12,
    );
    expect(found).toBe(true);
  });

  it('spiral noise moves each coordinate by at most noise', () => {
    const clean = makeSynthetic('spiral', { n: 100, noise: 0, seed: 4 });
    const noisy = makeSynthetic('spiral', { n: 100, noise: 0.5, seed: 4 });
    // Compare sorted radii per class: moving a point by ≤ 0.5 per axis changes r by ≤ 0.5·√2.
    for (const label of [0, 1] as const) {
      const rc = rowsOf(clean, label)
        .map((i) => radius(clean, i))
        .sort((a, b) => a - b);
      const rn = rowsOf(noisy, label)
        .map((i) => radius(noisy, i))
        .sort((a, b) => a - b);
      expect(rn.length).toBe(rc.length);
      const meanAbs = rc.reduce((s, r, k) => s + Math.abs(r - rn[k]!), 0) / rc.length;
      expect(meanAbs).toBeLessThan(0.5 * Math.SQRT2);
    }
  });
});

describe('makeSynthetic — validation', () => {
  it('rejects unknown kinds and out-of-range options with a typed error', () => {
    expect(() => makeSynthetic('moons' as never)).toThrow(SyntheticDataError);
    expect(() => makeSynthetic('moons' as never)).toThrow(/Unknown synthetic dataset kind "moons"/);
    expect(() => makeSynthetic('xor', { n: 1 })).toThrow(/n must be an integer from 2/);
    expect(() => makeSynthetic('xor', { n: 10.5 })).toThrow(SyntheticDataError);
    expect(() => makeSynthetic('xor', { noise: 0.6 })).toThrow(/noise must be a number from 0 to 0.5/);
    expect(() => makeSynthetic('xor', { noise: -0.1 })).toThrow(SyntheticDataError);
    expect(() => makeSynthetic('xor', { noise: NaN })).toThrow(SyntheticDataError);
    expect(() => makeSynthetic('xor', { seed: 1.5 })).toThrow(/seed must be a safe integer/);
  });
});

describe('toDataTable', () => {
  it('builds columns x1, x2, label with exact round-trip text', () => {
    const ds = makeSynthetic('xor', { n: 10, seed: 8 });
    const t = toDataTable(ds);
    expect(t.columns).toEqual(['x1', 'x2', 'label']);
    expect(t.rowCount).toBe(10);
    expect(t.data).toHaveLength(3);
    for (let i = 0; i < 10; i++) {
      expect(Number(t.data[0]![i])).toBe(ds.x[2 * i]);
      expect(Number(t.data[1]![i])).toBe(ds.x[2 * i + 1]);
      expect(t.data[2]![i]).toBe(String(ds.y[i]));
    }
  });

  it('rounds to fixed digits on request and validates digits', () => {
    const ds = makeSynthetic('gaussian', { n: 4, seed: 8 });
    const t = toDataTable(ds, { digits: 3 });
    for (const cell of t.data[0]!) expect(cell).toMatch(/^-?\d+\.\d{3}$/);
    expect(() => toDataTable(ds, { digits: -1 })).toThrow(SyntheticDataError);
  });
});
