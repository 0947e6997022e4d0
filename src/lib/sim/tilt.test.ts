import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Prng } from '../drift/prng';
import { AliasSampler, LAMBDA_MAX, tiltWeights } from './tilt';
import type { TiltRequest } from './tilt';

/** Weighted mean and SD of x over its finite values, in units of (mean, sd): computed from scratch. */
function weightedMoments(
  x: Float64Array,
  w: Float64Array,
  mean: number,
  sd: number,
): { m: number; s: number } {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]!)) continue;
    const z = (x[i]! - mean) / sd;
    s0 += w[i]!;
    s1 += w[i]! * z;
    s2 += w[i]! * z * z;
  }
  const m = s1 / s0;
  return { m, s: Math.sqrt(s2 / s0 - m * m) };
}

function meanSd(x: Float64Array): { mean: number; sd: number } {
  const v = [...x].filter((a) => !Number.isNaN(a));
  const mean = v.reduce((s, a) => s + a, 0) / v.length;
  return { mean, sd: Math.sqrt(v.reduce((s, a) => s + (a - mean) ** 2, 0) / v.length) };
}

function normalSample(seed: number, n: number): Float64Array {
  const r = new Prng(seed);
  return Float64Array.from({ length: n }, () => r.normal(10, 3));
}

const sum = (w: Float64Array): number => w.reduce((s, v) => s + v, 0);

describe('tiltWeights: no target', () => {
  it('gives uniform weights, ESS = n, achieved (0, 1), no residual', () => {
    const x = normalSample(1, 1000);
    for (const targets of [[], [null], [{ meanShift: 0, scale: 1 }]]) {
      const res = tiltWeights({ columns: [x, x], targets });
      expect(res.weights.every((w) => w === 1 / 1000)).toBe(true);
      expect(res.effectiveSampleSize).toBeCloseTo(1000, 9);
      expect(res.achieved[0]!.meanShift).toBeCloseTo(0, 12);
      expect(res.achieved[0]!.scale).toBeCloseTo(1, 12);
      expect(res.residual).toEqual([null, null]);
      expect(res.classShares).toBeNull();
    }
  });

  it('reports the reference mean and population SD over finite values; missing values do not count', () => {
    const res = tiltWeights({ columns: [Float64Array.from([1, NaN, 3, Infinity])], targets: [] });
    expect(res.reference).toEqual([{ mean: 2, sd: 1 }]);
    expect(res.achieved).toEqual([{ meanShift: 0, scale: 1 }]);
  });
});

describe('tiltWeights: one feature', () => {
  it('three rows: the two moments fix the weights (hand-computed: [0.2, 0.3, 0.5])', () => {
    // x = [0, 1, 2]: mean 1, SD √(2/3), z = [−√1.5, 0, √1.5]. Weights [0.2, 0.3, 0.5] give
    // E z = 0.3·√1.5 and E z² = 0.7·1.5 = 1.05, so SD ratio √(1.05 − 0.135) = √0.915. Conversely these two
    // moments and Σw = 1 are three linear equations for three weights: the answer must be [0.2, 0.3, 0.5].
    // (As a tilt: θ = ln(0.5/0.2)/(2√1.5) ≈ 0.374, λ = ln(0.5·0.2/0.09)/3 ≈ 0.035, inside the bounds.)
    const res = tiltWeights({
      columns: [Float64Array.from([0, 1, 2])],
      targets: [{ meanShift: 0.3 * Math.sqrt(1.5), scale: Math.sqrt(0.915) }],
    });
    expect(res.weights[0]).toBeCloseTo(0.2, 9);
    expect(res.weights[1]).toBeCloseTo(0.3, 9);
    expect(res.weights[2]).toBeCloseTo(0.5, 9);
    expect(res.effectiveSampleSize).toBeCloseTo(1 / (0.04 + 0.09 + 0.25), 6);
    expect(res.residual[0]!.shift).toBeCloseTo(0, 9);
    expect(res.residual[0]!.scale).toBeCloseTo(1, 9);
  });

  it('mean shift of 1 SD on a normal sample: exact in-sample moments; the weights are an exponential tilt ≈ e^z', () => {
    const n = 20_000;
    const x = normalSample(11, n);
    const ref = meanSd(x);
    const res = tiltWeights({ columns: [x], targets: [{ meanShift: 1, scale: 1 }] });
    expect(sum(res.weights)).toBeCloseTo(1, 12);
    const { m, s } = weightedMoments(x, res.weights, ref.mean, ref.sd);
    expect(Math.abs(m - 1)).toBeLessThan(0.02);
    expect(Math.abs(s - 1)).toBeLessThan(0.03);
    // The solver reaches the target to 1e-6 and `achieved` says so.
    expect(m).toBeCloseTo(1, 6);
    expect(s).toBeCloseTo(1, 6);
    expect(res.achieved[0]!.meanShift).toBeCloseTo(m, 12);
    expect(res.achieved[0]!.scale).toBeCloseTo(s, 12);
    expect(Math.abs(res.residual[0]!.shift)).toBeLessThan(1e-6);
    // log w = c + θz + λz² exactly: fit through three rows, check every row.
    const z = Array.from(x, (v) => (v - ref.mean) / ref.sd);
    const lw = Array.from(res.weights, Math.log);
    const [i, j, k] = [0, 1, 2];
    // Divided differences of a quadratic: λ = [(f_k − f_i)/(z_k − z_i) − (f_j − f_i)/(z_j − z_i)]/(z_k − z_j).
    const dij = (lw[j]! - lw[i]!) / (z[j]! - z[i]!);
    const dik = (lw[k]! - lw[i]!) / (z[k]! - z[i]!);
    const lambda = (dik - dij) / (z[k]! - z[j]!);
    const theta = dij - lambda * (z[i]! + z[j]!);
    const c = lw[i]! - theta * z[i]! - lambda * z[i]! ** 2;
    let worst = 0;
    for (let r = 0; r < n; r++)
      worst = Math.max(worst, Math.abs(lw[r]! - (c + theta * z[r]! + lambda * z[r]! ** 2)));
    expect(worst).toBeLessThan(1e-7);
    // Analytic tilt from N(0, 1) to N(1, 1): θ = m/s² = 1, λ = (1 − 1/s²)/2 = 0; sample noise only.
    expect(theta).toBeCloseTo(1, 1);
    expect(Math.abs(lambda)).toBeLessThan(0.03);
    // ESS/n → 1/E[w²] with w = e^{z − ½}: E[e^{2z − 1}] = e, so ESS ≈ n/e.
    expect(res.effectiveSampleSize / n).toBeGreaterThan(1 / Math.E - 0.04);
    expect(res.effectiveSampleSize / n).toBeLessThan(1 / Math.E + 0.04);
  });

  it('scale 1.5 widens the SD to 1.5 and keeps the mean (λ ≈ (1 − 1/2.25)/2 for a Gaussian)', () => {
    const x = normalSample(12, 20_000);
    const ref = meanSd(x);
    const res = tiltWeights({ columns: [x], targets: [{ meanShift: 0, scale: 1.5 }] });
    const { m, s } = weightedMoments(x, res.weights, ref.mean, ref.sd);
    expect(Math.abs(s - 1.5)).toBeLessThan(0.03);
    expect(Math.abs(m)).toBeLessThan(0.02);
    expect(s).toBeCloseTo(1.5, 6);
    expect(m).toBeCloseTo(0, 6);
    // The weight ratio between a row at z = 2 and one at z = 0 is e^{4λ}; compare through the rows nearest.
    const z = Array.from(x, (v) => (v - ref.mean) / ref.sd);
    const nearest = (target: number): number =>
      z.reduce((best, v, r) => (Math.abs(v - target) < Math.abs(z[best]! - target) ? r : best), 0);
    const a = nearest(0);
    const b = nearest(2);
    const b2 = nearest(-2);
    const lambda =
      Math.log((res.weights[b]! * res.weights[b2]!) / res.weights[a]! ** 2) / (z[b]! ** 2 + z[b2]! ** 2);
    expect(lambda).toBeGreaterThan((1 - 1 / 2.25) / 2 - 0.04);
    expect(lambda).toBeLessThan((1 - 1 / 2.25) / 2 + 0.04);
  });

  it('scale 0.5 narrows the SD; shift and scale together', () => {
    const x = normalSample(13, 5000);
    const ref = meanSd(x);
    for (const target of [
      { meanShift: 0, scale: 0.5 },
      { meanShift: -0.7, scale: 1.2 },
      { meanShift: 1.5, scale: 0.6 },
    ]) {
      const res = tiltWeights({ columns: [x], targets: [target] });
      const { m, s } = weightedMoments(x, res.weights, ref.mean, ref.sd);
      expect(m).toBeCloseTo(target.meanShift, 6);
      expect(s).toBeCloseTo(target.scale, 6);
    }
  });

  it('a missing value gets no tilt factor and the share of missing rows is kept', () => {
    const r = new Prng(5);
    const n = 4000;
    const x = Float64Array.from({ length: n }, () => (r.next() < 0.25 ? NaN : r.normal()));
    const missing = x.filter(Number.isNaN).length;
    const res = tiltWeights({ columns: [x], targets: [{ meanShift: 0.8, scale: 1.4 }] });
    const ref = meanSd(x);
    const { m, s } = weightedMoments(x, res.weights, ref.mean, ref.sd);
    expect(m).toBeCloseTo(0.8, 6);
    expect(s).toBeCloseTo(1.4, 6);
    let wMissing = 0;
    const missingWeights = new Set<number>();
    x.forEach((v, i) => {
      if (Number.isNaN(v)) {
        wMissing += res.weights[i]!;
        missingWeights.add(res.weights[i]!);
      }
    });
    expect(wMissing).toBeCloseTo(missing / n, 9);
    expect(missingWeights.size).toBe(1); // all missing rows share one weight
  });

  it('a constant feature cannot be tilted: achieved and residual null, weights uniform', () => {
    const res = tiltWeights({
      columns: [new Float64Array(10).fill(3)],
      targets: [{ meanShift: 1, scale: 2 }],
    });
    expect(res.reference).toEqual([{ mean: 3, sd: 0 }]);
    expect(res.achieved).toEqual([null]);
    expect(res.residual).toEqual([null]);
    expect(res.weights.every((w) => w === 0.1)).toBe(true);
  });
});

describe('tiltWeights: several features', () => {
  it('a correlated feature moves along (real rows kept): corr 0.8 → its mean moves ≈ 0.8 SD', () => {
    const r = new Prng(21);
    const n = 20_000;
    const x1 = new Float64Array(n);
    const x2 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      x1[i] = z;
      x2[i] = 5 + 2 * (0.8 * z + 0.6 * r.normal());
    }
    const res = tiltWeights({ columns: [x1, x2], targets: [{ meanShift: 1, scale: 1 }] });
    expect(res.achieved[0]!.meanShift).toBeCloseTo(1, 6);
    // Under the tilt z ~ N(1, 1), so E[0.8z + 0.6e] = 0.8 and Var = 0.64 + 0.36 = 1.
    const got = weightedMoments(x2, res.weights, res.reference[1]!.mean, res.reference[1]!.sd);
    expect(Math.abs(got.m - 0.8)).toBeLessThan(0.03);
    expect(Math.abs(got.s - 1)).toBeLessThan(0.03);
    expect(res.achieved[1]!.meanShift).toBeCloseTo(got.m, 12);
    expect(res.achieved[1]!.scale).toBeCloseTo(got.s, 12);
    expect(res.residual[1]).toBeNull();
  });

  it('two correlated features with their own targets both reach them (joint solve)', () => {
    const r = new Prng(22);
    const n = 10_000;
    const cols = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
    for (let i = 0; i < n; i++) {
      const common = r.normal();
      cols[0]![i] = common + 0.5 * r.normal();
      cols[1]![i] = Math.exp(0.5 * (common + r.normal())); // skewed
      cols[2]![i] = r.next() < 0.1 ? NaN : -common + r.normal();
    }
    const targets = [
      { meanShift: 0.5, scale: 1 },
      { meanShift: -0.3, scale: 0.8 },
      { meanShift: 0.2, scale: 1.2 },
    ];
    const res = tiltWeights({ columns: cols, targets });
    targets.forEach((t, f) => {
      const got = weightedMoments(cols[f]!, res.weights, res.reference[f]!.mean, res.reference[f]!.sd);
      expect(got.m).toBeCloseTo(t.meanShift, 6);
      expect(got.s).toBeCloseTo(t.scale, 6);
    });
  });
});

describe('tiltWeights: unreachable targets', () => {
  it('a shift of 5 SD on uniform data (max z = √3): best reachable weights, the residual reports the gap', () => {
    const r = new Prng(31);
    const x = Float64Array.from({ length: 5000 }, () => r.uniform(-1, 1));
    const res = tiltWeights({ columns: [x], targets: [{ meanShift: 5, scale: 1 }] });
    expect(res.weights.every((w) => Number.isFinite(w) && w >= 0)).toBe(true);
    expect(sum(res.weights)).toBeCloseTo(1, 12);
    const a = res.achieved[0]!;
    const zMax = Math.max(...x.map((v) => (v - res.reference[0]!.mean) / res.reference[0]!.sd));
    expect(a.meanShift).toBeGreaterThan(1); // it went as far as it could…
    expect(a.meanShift).toBeLessThan(zMax); // …but no further than the data
    expect(res.residual[0]!.shift).toBeGreaterThan(5 - zMax);
    expect(res.residual[0]!.shift).toBeCloseTo(5 - a.meanShift, 12);
    expect(res.residual[0]!.scale).toBeCloseTo(1 / a.scale, 12);
    // The caller's transform x' = m̄ + scale·(x − m̄) + shift·sd, m̄ = mean + achieved.meanShift·sd, then gives
    // the target exactly over the weighted rows.
    const { mean, sd } = res.reference[0]!;
    const mBar = mean + a.meanShift * sd;
    const moved = x.map((v) => mBar + res.residual[0]!.scale * (v - mBar) + res.residual[0]!.shift * sd);
    const got = weightedMoments(moved, res.weights, mean, sd);
    expect(got.m).toBeCloseTo(5, 9);
    expect(got.s).toBeCloseTo(1, 9);
  });

  it('too wide a spread is capped (λ ≤ LAMBDA_MAX); an extreme outlier never produces NaN', () => {
    const r = new Prng(32);
    const x = Float64Array.from({ length: 2000 }, () => r.normal());
    const res = tiltWeights({ columns: [x], targets: [{ meanShift: 0, scale: 10 }] });
    // A tilt of N(0, 1) with λ ≤ 0.45 has SD ≤ 1/√(1 − 2·0.45) = √10 in the population.
    expect(res.achieved[0]!.scale).toBeGreaterThan(1.2);
    expect(res.achieved[0]!.scale).toBeLessThan(Math.sqrt(1 / (1 - 2 * LAMBDA_MAX)));
    expect(res.residual[0]!.scale).toBeGreaterThan(1);
    x[0] = 1e150; // z ≈ 45, and every other row's z rounds to one value
    const wild = tiltWeights({ columns: [x], targets: [{ meanShift: 3, scale: 0.2 }] });
    expect(wild.weights.every(Number.isFinite)).toBe(true);
    expect(Number.isFinite(wild.residual[0]!.shift) && Number.isFinite(wild.residual[0]!.scale)).toBe(true);
  });
});

describe('tiltWeights: prior shift', () => {
  it('50/50 → [0.2, 0.8]: exact shares; hand-computed weights; unlabelled rows keep theirs', () => {
    const n = 1000;
    const labels = Int32Array.from({ length: n }, (_, i) => i % 2);
    const x = normalSample(41, n);
    const res = tiltWeights({ columns: [x], targets: [null], labels, classShares: [0.2, 0.8] });
    let w0 = 0;
    res.weights.forEach((w, i) => (w0 += labels[i] === 0 ? w : 0));
    expect(w0).toBeCloseTo(0.2, 9);
    expect(res.classShares![0]).toBeCloseTo(0.2, 9);
    expect(res.classShares![1]).toBeCloseTo(0.8, 9);
    expect(res.weights[0]).toBeCloseTo(0.2 / 500, 15);
    expect(res.weights[1]).toBeCloseTo(0.8 / 500, 15);
    // Labelled mass 0.8 is split 0.2/0.8 → 0.16 and 0.64 over two rows each; the unlabelled row keeps 0.2.
    const small = tiltWeights({
      columns: [Float64Array.from([1, 2, 3, 4, 5])],
      targets: [],
      labels: Int32Array.from([0, 0, 1, 1, -1]),
      classShares: [0.2, 0.8],
    });
    [0.08, 0.08, 0.32, 0.32, 0.2].forEach((w, i) => expect(small.weights[i]).toBeCloseTo(w, 15));
    expect(small.effectiveSampleSize).toBeCloseTo(1 / (2 * 0.0064 + 2 * 0.1024 + 0.04), 9);
  });

  it('a share of 0 removes the class; a class without rows is renormalised away', () => {
    const labels = Int32Array.from([0, 1, 1, 2]);
    const cols = [Float64Array.from([1, 2, 3, 4])];
    const res = tiltWeights({ columns: cols, targets: [], labels, classShares: [0, 0.5, 0.5] });
    expect(Array.from(res.weights)).toEqual([0, 0.25, 0.25, 0.5]);
    const renorm = tiltWeights({
      columns: cols,
      targets: [],
      labels: Int32Array.from([0, 0, 1, 1]),
      classShares: [0.3, 0.3, 0.4],
    });
    expect(renorm.classShares![0]).toBeCloseTo(0.5, 12);
    expect(renorm.classShares![2]).toBe(0);
  });

  it('with a feature related to the class, both the shares and the moments hold', () => {
    const r = new Prng(43);
    const n = 10_000;
    const labels = new Int32Array(n);
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      labels[i] = r.next() < 0.5 ? 1 : r.next() < 0.05 ? -1 : 0;
      x[i] = r.normal(labels[i] === 1 ? 1 : 0, 1);
    }
    const res = tiltWeights({
      columns: [x],
      targets: [{ meanShift: 0.4, scale: 0.9 }],
      labels,
      classShares: [0.3, 0.7],
    });
    expect(res.classShares![0]).toBeCloseTo(0.3, 9);
    expect(res.classShares![1]).toBeCloseTo(0.7, 9);
    const got = weightedMoments(x, res.weights, res.reference[0]!.mean, res.reference[0]!.sd);
    expect(got.m).toBeCloseTo(0.4, 6);
    expect(got.s).toBeCloseTo(0.9, 6);
    // Unlabelled rows keep their reference share.
    let unlabelled = 0;
    res.weights.forEach((w, i) => (unlabelled += labels[i] === -1 ? w : 0));
    expect(unlabelled).toBeCloseTo(labels.filter((y) => y === -1).length / n, 9);
  });
  it('an unreachable feature target does not spoil the class shares (the prior shift comes last)', () => {
    const r = new Prng(44);
    const n = 3000;
    const labels = new Int32Array(n);
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      labels[i] = r.next() < 0.5 ? 1 : 0;
      x[i] = r.uniform(0, 1) + labels[i]!;
    }
    const res = tiltWeights({
      columns: [x],
      targets: [{ meanShift: 6, scale: 1 }],
      labels,
      classShares: [0.6, 0.4],
    });
    expect(res.classShares![0]).toBeCloseTo(0.6, 12);
    expect(res.classShares![1]).toBeCloseTo(0.4, 12);
    expect(res.residual[0]!.shift).toBeGreaterThan(4);
    expect(res.weights.every((w) => Number.isFinite(w) && w >= 0)).toBe(true);
  });
});

describe('tiltWeights: invalid requests', () => {
  const x = Float64Array.from([1, 2, 3, 4]);
  const labels = Int32Array.from([0, 1, 0, 1]);
  const bad: [string, TiltRequest, RegExp][] = [
    ['scale 0', { columns: [x], targets: [{ meanShift: 0, scale: 0 }] }, /scale must be > 0/],
    ['negative scale', { columns: [x], targets: [{ meanShift: 0, scale: -1 }] }, /scale must be > 0/],
    ['NaN shift', { columns: [x], targets: [{ meanShift: NaN, scale: 1 }] }, /meanShift must be finite/],
    [
      'infinite scale',
      { columns: [x], targets: [{ meanShift: 0, scale: Infinity }] },
      /scale must be finite/,
    ],
    ['column lengths', { columns: [x, new Float64Array(3)], targets: [] }, /columns\[1\] has 3 rows/],
    ['too many targets', { columns: [x], targets: [null, null] }, /2 targets for 1 feature/],
    ['label length', { columns: [x], targets: [], labels: new Int32Array(3) }, /labels has 3 rows/],
    ['label < −1', { columns: [x], targets: [], labels: Int32Array.from([0, -2, 0, 1]) }, /labels\[1\] = -2/],
    ['negative share', { columns: [x], targets: [], labels, classShares: [-0.2, 1.2] }, /classShares\[0\]/],
    ['shares sum', { columns: [x], targets: [], labels, classShares: [0.5, 0.4] }, /sum to 1/],
    ['label beyond shares', { columns: [x], targets: [], labels, classShares: [1] }, /only 1 classes/],
    ['shares without labels', { columns: [x], targets: [], classShares: [0.5, 0.5] }, /needs labels/],
    ['only empty classes', { columns: [x], targets: [], labels, classShares: [0, 0, 1] }, /no row belongs/],
    ['no rows', { columns: [], targets: [] }, /no rows/],
  ];
  it.each(bad)('%s', (_, req, message) => {
    expect(() => tiltWeights(req)).toThrow(RangeError);
    expect(() => tiltWeights(req)).toThrow(message);
  });
});

describe('AliasSampler (Vose)', () => {
  it('weights [1, 2, 3, 4]: 200k draws within 0.01 of [0.1, 0.2, 0.3, 0.4]', () => {
    const sampler = new AliasSampler([1, 2, 3, 4]);
    expect(sampler.size).toBe(4);
    const r = new Prng(51);
    const counts = [0, 0, 0, 0];
    for (let k = 0; k < 200_000; k++) counts[sampler.sample(r.next(), r.next())]! += 1;
    counts.forEach((c, i) => expect(Math.abs(c / 200_000 - (i + 1) / 10)).toBeLessThan(0.01));
  });

  it('hand-computed table for [1, 3]: column 0 keeps ½ and aliases to 1; column 1 is all 1', () => {
    const s = new AliasSampler([1, 3]);
    expect(s.sample(0.2, 0.49)).toBe(0);
    expect(s.sample(0.2, 0.5)).toBe(1);
    expect(s.sample(0.7, 0)).toBe(1);
    expect(s.sample(0.7, 0.999)).toBe(1);
  });

  it('a zero weight is never drawn, even on edge uniforms', () => {
    const s = new AliasSampler(Float64Array.from([0, 1, 0, 3, 0]));
    const r = new Prng(52);
    const counts = [0, 0, 0, 0, 0];
    for (let k = 0; k < 50_000; k++) counts[s.sample(r.next(), r.next())]! += 1;
    expect(counts[0]! + counts[2]! + counts[4]!).toBe(0);
    expect(Math.abs(counts[3]! / 50_000 - 0.75)).toBeLessThan(0.01);
    for (const u1 of [0, 0.2, 0.4, 0.6, 0.8, 1 - 2 ** -53]) {
      for (const u2 of [0, 0.5, 1 - 2 ** -53]) expect([1, 3]).toContain(s.sample(u1, u2));
    }
  });

  it('a midpoint grid of (u1, u2) reproduces the probabilities (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }), (w) => {
        fc.pre(w.some((v) => v > 0));
        const s = new AliasSampler(w);
        const total = w.reduce((a, b) => a + b, 0);
        const counts = new Array<number>(w.length).fill(0);
        const per = 10; // u1 midpoints per column
        const m2 = 400; // u2 midpoints
        for (let a = 0; a < w.length * per; a++) {
          for (let b = 0; b < m2; b++) counts[s.sample((a + 0.5) / (w.length * per), (b + 0.5) / m2)]! += 1;
        }
        // Each column's split point is resolved to 1/m2 of its mass 1/n.
        return counts.every((c, i) => Math.abs(c / (w.length * per * m2) - w[i]! / total) <= 2 / m2);
      }),
      { numRuns: 50 },
    );
  });

  it('rejects empty, negative, non-finite or all-zero weights', () => {
    for (const w of [[], [-1, 2], [NaN], [Infinity, 1], [0, 0]]) {
      expect(() => new AliasSampler(w)).toThrow(RangeError);
    }
  });
});
