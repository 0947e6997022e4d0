import { describe, expect, it } from 'vitest';
import { Prng } from '../drift/prng';
import { createFactorySource, FACTORY_CONCEPT, FACTORY_REFERENCE_SIZE, factoryLogit } from './factory-source';
import type { EventSource, ResolvedSliders } from './types';

const D = 8;
const TEMPERATURE = 0;
const VIBRATION = 2;
const HUMIDITY = 3;
const CURRENT = 6;
const TORQUE = 7;
/** Defect share of the reference drawn with the default reference seed (20261126). */
const REFERENCE_DEFECT_SHARE = 0.3174;
/**
 * P(defect) of the process itself: E[σ(k·(w·z − b))] with w·z ~ N(0, wᵀΣw), wᵀΣw = 1.2307², by 1-D quadrature.
 * The default reference sample happens to sit ≈ 3 standard errors below it (0.3174 vs 0.3372).
 */
const PROCESS_DEFECT_SHARE = 0.3372;

function sliders(overrides: Partial<ResolvedSliders> = {}): ResolvedSliders {
  return {
    meanShift: new Float64Array(D),
    scale: new Float64Array(D).fill(1),
    classShare: null,
    rotation: 0,
    boundaryShift: 0,
    relabel: 0,
    noise: 0,
    missing: 0,
    eventsPerSec: 50,
    ...overrides,
  };
}

/** `n` draws with a seeded PRNG: rows (n × 8, row-major) and classes. */
function drawMany(source: EventSource, s: ResolvedSliders, n: number, seed = 7) {
  const rng = new Prng(seed);
  const rows = new Float64Array(n * D);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = source.draw(i / 50, s, rng, rows, i * D);
  return { rows, labels, n };
}

function column(rows: Float64Array, j: number, keep?: (r: number) => boolean): number[] {
  const out: number[] = [];
  for (let r = 0; r < rows.length / D; r++) if (!keep || keep(r)) out.push(rows[r * D + j]!);
  return out;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function sd(xs: readonly number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
}

function correlation(a: readonly number[], b: readonly number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let sab = 0;
  for (let i = 0; i < a.length; i++) sab += (a[i]! - ma) * (b[i]! - mb);
  return sab / (a.length - 1) / (sd(a) * sd(b));
}

function share(labels: Int32Array, c = 1): number {
  let k = 0;
  for (const y of labels) if (y === c) k++;
  return k / labels.length;
}

const source = createFactorySource();

describe('createFactorySource: the reference', () => {
  it('is 5000 rows × 8 features with one class per row', () => {
    const { rows, labels, n } = source.reference;
    expect(FACTORY_REFERENCE_SIZE).toBe(5000);
    expect(n).toBe(5000);
    expect(rows.length).toBe(5000 * 8);
    expect(labels.length).toBe(5000);
    expect(source.features.map((f) => f.name)).toEqual([
      'temperature',
      'pressure',
      'vibration',
      'humidity',
      'spindle_speed',
      'voltage',
      'current',
      'torque',
    ]);
    expect(rows.every(Number.isFinite)).toBe(true);
    expect(labels.every((y) => y === 0 || y === 1)).toBe(true);
  });

  it('describes itself: binary ok/defect, defect is the focus class, vibration the relabel feature', () => {
    expect(source.id).toBe('factory');
    expect(source.kind).toBe('synthetic');
    expect(source.classes).toEqual(['ok', 'defect']);
    expect(source.focusClass).toBe(1);
    expect(source.relabelFeature).toBe(VIBRATION);
    expect(source.capabilities).toEqual({ meanShift: true, prior: true, rotation: true });
  });

  it('has feature means and SDs within 3 % of the declared ones (means also within 0.05 SD)', () => {
    source.features.forEach((f, j) => {
      const x = column(source.reference.rows, j);
      expect(Math.abs(mean(x) - f.mean), f.name).toBeLessThan(0.03 * Math.abs(f.mean));
      expect(Math.abs(mean(x) - f.mean) / f.sd, f.name).toBeLessThan(0.05);
      expect(Math.abs(sd(x) / f.sd - 1), f.name).toBeLessThan(0.03);
    });
  });

  it('correlates temperature with current and vibration with torque, and not humidity with anything', () => {
    const x = (j: number) => column(source.reference.rows, j);
    expect(correlation(x(TEMPERATURE), x(CURRENT))).toBeCloseTo(0.6, 1);
    expect(correlation(x(VIBRATION), x(TORQUE))).toBeCloseTo(0.5, 1);
    expect(Math.abs(correlation(x(HUMIDITY), x(TEMPERATURE)))).toBeLessThan(0.05);
  });

  it(`has a defect share of ${REFERENCE_DEFECT_SHARE} for the default seed, the same on every build`, () => {
    expect(share(source.reference.labels)).toBe(REFERENCE_DEFECT_SHARE);
    const again = createFactorySource();
    expect(again.reference.rows).toEqual(source.reference.rows);
    expect(again.reference.labels).toEqual(source.reference.labels);
    expect(Math.abs(REFERENCE_DEFECT_SHARE - PROCESS_DEFECT_SHARE)).toBeLessThan(0.025);
    // Another seed: other rows, about the same balance.
    const other = createFactorySource(1);
    expect(other.reference.rows[0]).not.toBe(source.reference.rows[0]);
    expect(Math.abs(share(other.reference.labels) - PROCESS_DEFECT_SHARE)).toBeLessThan(0.025);
  });

  it('labels rows by the concept: the mean P(defect | z) over the rows matches the defect share', () => {
    const { rows, labels, n } = source.reference;
    const z = new Float64Array(D);
    let p = 0;
    let pDefects = 0;
    let pOk = 0;
    for (let r = 0; r < n; r++) {
      source.features.forEach((f, j) => (z[j] = (rows[r * D + j]! - f.mean) / f.sd));
      const q = 1 / (1 + Math.exp(-factoryLogit(z)));
      p += q;
      if (labels[r] === 1) pDefects += q;
      else pOk += q;
    }
    const defects = share(labels) * n;
    expect(Math.abs(p / n - share(labels))).toBeLessThan(0.02);
    // Defects sit where the concept says defects are likely.
    expect(pDefects / defects).toBeGreaterThan(0.6);
    expect(pOk / (n - defects)).toBeLessThan(0.25);
  });
});

describe('createFactorySource: draw', () => {
  const N = 20_000;

  it('with untouched sliders matches the reference feature distribution and the process class balance', () => {
    const { rows, labels } = drawMany(source, sliders(), N);
    source.features.forEach((f, j) => {
      const x = column(rows, j);
      expect(Math.abs(mean(x) - f.mean) / f.sd, f.name).toBeLessThan(0.04);
      expect(Math.abs(sd(x) / f.sd - 1), f.name).toBeLessThan(0.03);
    });
    expect(Math.abs(share(labels) - PROCESS_DEFECT_SHARE)).toBeLessThan(0.015);
  });

  it('is reproducible with the same PRNG seed, and writes at the given offset only', () => {
    const a = drawMany(source, sliders(), 100, 3);
    const b = drawMany(source, sliders(), 100, 3);
    expect(a.rows).toEqual(b.rows);
    expect(a.labels).toEqual(b.labels);
    const out = new Float64Array(3 * D).fill(-1);
    source.draw(0, sliders(), new Prng(3), out, D);
    expect([...out.subarray(0, D)]).toEqual(new Array(D).fill(-1));
    expect([...out.subarray(D, 2 * D)]).toEqual([...a.rows.subarray(0, D)]);
    expect([...out.subarray(2 * D)]).toEqual(new Array(D).fill(-1));
  });

  it('meanShift +2 on vibration moves its mean by 2 SD and leaves humidity and temperature alone', () => {
    const meanShift = new Float64Array(D);
    meanShift[VIBRATION] = 2;
    const { rows, labels } = drawMany(source, sliders({ meanShift }), N);
    const vib = source.features[VIBRATION]!;
    const hum = source.features[HUMIDITY]!;
    const temp = source.features[TEMPERATURE]!;
    expect(Math.abs((mean(column(rows, VIBRATION)) - vib.mean) / vib.sd - 2)).toBeLessThan(0.1);
    expect(Math.abs(sd(column(rows, VIBRATION)) / vib.sd - 1)).toBeLessThan(0.03);
    expect(Math.abs((mean(column(rows, HUMIDITY)) - hum.mean) / hum.sd)).toBeLessThan(0.05);
    expect(Math.abs((mean(column(rows, TEMPERATURE)) - temp.mean) / temp.sd)).toBeLessThan(0.05);
    // Covariate shift: the concept is applied to the shifted inputs, so more events are defects.
    expect(share(labels)).toBeGreaterThan(PROCESS_DEFECT_SHARE + 0.2);
  });

  it('scale 2 on pressure doubles its SD around the same mean', () => {
    const scale = new Float64Array(D).fill(1);
    scale[1] = 2;
    const { rows } = drawMany(source, sliders({ scale }), N);
    const f = source.features[1]!;
    expect(Math.abs(sd(column(rows, 1)) / f.sd - 2)).toBeLessThan(0.06);
    expect(Math.abs(mean(column(rows, 1)) - f.mean) / f.sd).toBeLessThan(0.08);
  });

  it('classShare 0.8 gives about 80 % defects and keeps P(x | y) (prior shift)', () => {
    const { rows, labels } = drawMany(source, sliders({ classShare: 0.8 }), N);
    expect(Math.abs(share(labels) - 0.8)).toBeLessThan(0.02);
    // Within each class the inputs look like the reference's events of that class.
    const ref = source.reference;
    const vib = source.features[VIBRATION]!;
    for (const c of [0, 1]) {
      const drawn = mean(column(rows, VIBRATION, (r) => labels[r] === c));
      const reference = mean(column(ref.rows, VIBRATION, (r) => ref.labels[r] === c));
      expect(Math.abs(drawn - reference) / vib.sd, `class ${c}`).toBeLessThan(0.08);
    }
  });

  it('classShare 0.1 gives about 10 % defects', () => {
    const { labels } = drawMany(source, sliders({ classShare: 0.1 }), N);
    expect(Math.abs(share(labels) - 0.1)).toBeLessThan(0.02);
  });

  it('rotation changes labels but not inputs: same seed → identical x, different y for some events', () => {
    const n = 2000;
    const base = drawMany(source, sliders(), n, 11);
    const turned = drawMany(source, sliders({ rotation: 60 }), n, 11);
    expect(turned.rows).toEqual(base.rows);
    let differ = 0;
    for (let i = 0; i < n; i++) if (turned.labels[i] !== base.labels[i]) differ++;
    expect(differ / n).toBeGreaterThan(0.1);
    expect(differ / n).toBeLessThan(0.9);
  });

  it('boundaryShift +1 keeps the inputs and makes defects rarer', () => {
    const base = drawMany(source, sliders(), 5000, 5);
    const shifted = drawMany(source, sliders({ boundaryShift: 1 }), 5000, 5);
    expect(shifted.rows).toEqual(base.rows);
    expect(share(shifted.labels)).toBeLessThan(share(base.labels) - 0.15);
  });
});

describe('factoryLogit', () => {
  const { w, b, k } = FACTORY_CONCEPT;
  const z = (values: Partial<Record<number, number>>) => Array.from({ length: D }, (_, j) => values[j] ?? 0);

  it('has unit-length concept weights on temperature, vibration, current and torque only', () => {
    expect(Math.hypot(...w)).toBeCloseTo(1, 12);
    expect(w.map((v) => v !== 0)).toEqual([true, false, true, false, false, false, true, true]);
    expect(b).toBe(0.55);
    expect(k).toBe(4);
  });

  it('is −k·b at the reference mean and k·(w_j − b) one SD up feature j', () => {
    expect(factoryLogit(z({}))).toBeCloseTo(-2.2, 12);
    expect(factoryLogit(z({ [TEMPERATURE]: 1 }))).toBeCloseTo(
      4 * (1 / Math.hypot(1, 1.1, 0.35, 0.7) - 0.55),
      12,
    );
    expect(factoryLogit(z({ [VIBRATION]: 1 }))).toBeCloseTo(
      4 * (1.1 / Math.hypot(1, 1.1, 0.35, 0.7) - 0.55),
      12,
    );
    // Features outside the concept do not matter.
    expect(factoryLogit(z({ 1: 5, [HUMIDITY]: -3, 4: 2, 5: 1 }))).toBeCloseTo(-2.2, 12);
  });

  it('is 0 on the boundary point b·w and grows by k per SD along w', () => {
    expect(factoryLogit(w.map((v) => v * b))).toBeCloseTo(0, 12);
    expect(factoryLogit(w.map((v) => v * (b + 1)))).toBeCloseTo(4, 12);
  });

  it('turns the (temperature, vibration) weights by the rotation', () => {
    // 90°: w_t' = −w_v, w_v' = w_t.
    expect(factoryLogit(z({ [TEMPERATURE]: 1 }), 90)).toBeCloseTo(4 * (-w[VIBRATION]! - 0.55), 12);
    expect(factoryLogit(z({ [VIBRATION]: 1 }), 90)).toBeCloseTo(4 * (w[TEMPERATURE]! - 0.55), 12);
    // 180°: the sign of both flips; current and torque keep theirs.
    expect(factoryLogit(z({ [TEMPERATURE]: 1, [CURRENT]: 1 }), 180)).toBeCloseTo(
      4 * (-w[TEMPERATURE]! + w[CURRENT]! - 0.55),
      12,
    );
    // A full turn is no turn.
    const point = z({ [TEMPERATURE]: 0.3, [VIBRATION]: -1.2, [TORQUE]: 0.8 });
    expect(factoryLogit(point, 360)).toBeCloseTo(factoryLogit(point), 12);
    // Rotation leaves the logit at the reference mean alone.
    expect(factoryLogit(z({}), 45)).toBeCloseTo(-2.2, 12);
  });

  it('moves the boundary by boundaryShift SDs along the normal', () => {
    expect(factoryLogit(z({}), 0, 0.5)).toBeCloseTo(-4.2, 12);
    expect(
      factoryLogit(
        w.map((v) => v * (b - 0.3)),
        0,
        -0.3,
      ),
    ).toBeCloseTo(0, 12);
  });
});
