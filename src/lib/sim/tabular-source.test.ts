import { describe, expect, it } from 'vitest';
import type { Cell, DataTable } from '../data/types';
import { Prng } from '../drift/prng';
import { createTabularSource, TabularSourceError, type TabularSourceOptions } from './tabular-source';
import type { EventSource, ResolvedSliders } from './types';

function table(columns: string[], rows: Cell[][]): DataTable {
  return { columns, data: columns.map((_, c) => rows.map((r) => r[c] ?? null)), rowCount: rows.length };
}

/**
 * 16 days; row 4 has no temperature, row 6 is labelled "maybe" and row 10 has no label: with classes
 * ['no', 'yes'] those two are left out, leaving 14 rows (5 "yes"). Every kept (temp, kind, label) is unique.
 */
const HAND_ROWS: Cell[][] = [
  ['2024-01-01', '10', 'a', 'no'],
  ['2024-01-02', '12', 'b', 'no'],
  ['2024-01-03', '11', 'a', 'yes'],
  ['2024-01-04', '15', 'c', 'no'],
  ['2024-01-05', null, 'b', 'no'],
  ['2024-01-06', '14', 'a', 'yes'],
  ['2024-01-07', '9', 'c', 'maybe'],
  ['2024-01-08', '13', 'b', 'no'],
  ['2024-01-09', '16', 'a', 'yes'],
  ['2024-01-10', '12', 'c', 'no'],
  ['2024-01-11', '11', 'a', null],
  ['2024-01-12', '10', 'b', 'no'],
  ['2024-01-13', '18', 'a', 'yes'],
  ['2024-01-14', '17', 'c', 'no'],
  ['2024-01-15', '20', 'b', 'yes'],
  ['2024-01-16', '19', 'a', 'no'],
];
const HAND = table(['date', 'temp', 'kind', 'label'], HAND_ROWS);
/** The kept rows as (temp, kind index, class) in table order; kinds sort to a = 0, b = 1, c = 2. */
const KEPT: [number, number, number][] = [
  [10, 0, 0],
  [12, 1, 0],
  [11, 0, 1],
  [15, 2, 0],
  [NaN, 1, 0],
  [14, 0, 1],
  [13, 1, 0],
  [16, 0, 1],
  [12, 2, 0],
  [10, 1, 0],
  [18, 0, 1],
  [17, 2, 0],
  [20, 1, 1],
  [19, 0, 0],
];
const KEPT_DATES = [1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 16].map(
  (d) => `2024-01-${String(d).padStart(2, '0')}`,
);

const HAND_OPTIONS: TabularSourceOptions = {
  id: 'hand',
  title: 'Hand-made',
  table: HAND,
  label: 'label',
  features: [
    { name: 'temp', kind: 'numeric', unit: '°C' },
    { name: 'kind', kind: 'categorical' },
  ],
  mode: 'resample',
  classes: ['no', 'yes'],
};

/**
 * 400 rows: x ~ N(50, 10) (a shift of 1 SD is within reach of reweighting), u ~ U(0, 1) (bounded: +3 SD lies
 * beyond its largest value), label "yes" when x plus noise exceeds 57 (≈ 29 %).
 */
function generatedTable(): DataTable {
  const r = new Prng(5);
  const rows: Cell[][] = [];
  for (let i = 0; i < 400; i++) {
    const x = r.normal(50, 10);
    rows.push([x.toFixed(2), r.next().toFixed(3), x + r.normal(0, 5) > 57 ? 'yes' : 'no']);
  }
  return table(['x', 'u', 'label'], rows);
}
const GENERATED = createTabularSource({
  id: 'gen',
  title: 'Generated',
  table: generatedTable(),
  label: 'label',
  features: [
    { name: 'x', kind: 'numeric' },
    { name: 'u', kind: 'numeric' },
  ],
  mode: 'resample',
});
const X = 0;
const U = 1;

function sliders(width: number, overrides: Partial<ResolvedSliders> = {}): ResolvedSliders {
  return {
    meanShift: new Float64Array(width),
    scale: new Float64Array(width).fill(1),
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

function shifted(width: number, j: number, by: number): Float64Array {
  const m = new Float64Array(width);
  m[j] = by;
  return m;
}

function drawMany(source: EventSource, s: ResolvedSliders, n: number, seed = 1) {
  const w = source.features.length;
  const rng = new Prng(seed);
  const rows = new Float64Array(n * w);
  const labels = new Int32Array(n);
  for (let i = 0; i < n; i++) labels[i] = source.draw(i, s, rng, rows, i * w);
  return { rows, labels, n, w };
}

function columnOf(d: { rows: Float64Array; n: number; w: number }, j: number): number[] {
  return Array.from({ length: d.n }, (_, i) => d.rows[i * d.w + j]!);
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sdOf = (xs: readonly number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length);
};
const shareOf = (labels: Int32Array, c: number) => labels.filter((y) => y === c).length / labels.length;

describe('createTabularSource: resample mode', () => {
  const source = createTabularSource(HAND_OPTIONS);

  it('uses every kept row as the reference: unknown and missing labels left out, categories as indices', () => {
    expect(source.kind).toBe('tabular');
    expect(source.classes).toEqual(['no', 'yes']);
    expect(source.reference.n).toBe(14);
    const rows = Array.from({ length: 14 }, (_, r) => [
      source.reference.rows[r * 2]!,
      source.reference.rows[r * 2 + 1]!,
      source.reference.labels[r]!,
    ]);
    expect(rows).toEqual(KEPT);
    expect(source.features[1]).toMatchObject({
      name: 'kind',
      kind: 'categorical',
      categories: ['a', 'b', 'c'],
    });
    expect(source.capabilities).toEqual({ meanShift: true, prior: true, rotation: false });
    expect(source.describeTime).toBeUndefined();
  });

  it('takes the mean and sample SD of the observed reference values, the minority class as focus', () => {
    const temps = KEPT.map((r) => r[0]).filter((v) => !Number.isNaN(v));
    const m = mean(temps);
    expect(m).toBeCloseTo(187 / 13, 12);
    const sd = Math.sqrt(temps.reduce((a, v) => a + (v - m) ** 2, 0) / (temps.length - 1));
    expect(source.features[0]).toMatchObject({ name: 'temp', kind: 'numeric', unit: '°C' });
    expect(source.features[0]!.mean).toBeCloseTo(m, 12);
    expect(source.features[0]!.sd).toBeCloseTo(sd, 12);
    expect(source.focusClass).toBe(1); // 5 "yes" among 14
    expect(source.relabelFeature).toBe(0);
  });

  it('finds the classes itself when none are given (sorted; only empty labels left out)', () => {
    const own = createTabularSource({ ...HAND_OPTIONS, classes: undefined });
    expect(own.classes).toEqual(['maybe', 'no', 'yes']);
    expect(own.reference.n).toBe(15);
    expect(own.focusClass).toBe(0); // one "maybe"
  });

  it('with untouched sliders draws only reference rows, each about equally often', () => {
    const n = 14_000;
    const d = drawMany(source, sliders(2), n, 3);
    const key = (t: number, k: number, y: number) => `${t}|${k}|${y}`;
    const counts = new Map(KEPT.map(([t, k, y]) => [key(t, k, y), 0]));
    for (let i = 0; i < n; i++) {
      const k = key(d.rows[i * 2]!, d.rows[i * 2 + 1]!, d.labels[i]!);
      expect(counts.has(k), k).toBe(true);
      counts.set(k, counts.get(k)! + 1);
    }
    for (const [k, c] of counts) expect(Math.abs(c / n - 1 / 14), k).toBeLessThan(0.02);
  });

  it('is reproducible for a seed and keeps a missing value missing', () => {
    const a = drawMany(source, sliders(2), 500, 9);
    const b = drawMany(source, sliders(2), 500, 9);
    expect(a.rows).toEqual(b.rows);
    expect(a.labels).toEqual(b.labels);
    expect(columnOf(a, 0).some(Number.isNaN)).toBe(true);
  });

  it('classShare moves the class balance by reweighting real rows', () => {
    const d = drawMany(source, sliders(2, { classShare: 0.7 }), 20_000, 4);
    expect(Math.abs(shareOf(d.labels, 1) - 0.7)).toBeLessThan(0.02);
    const g = drawMany(GENERATED, sliders(2, { classShare: 0.6 }), 20_000);
    expect(shareOf(drawMany(GENERATED, sliders(2), 20_000).labels, 1)).toBeLessThan(0.35);
    expect(Math.abs(shareOf(g.labels, 1) - 0.6)).toBeLessThan(0.02);
  });

  it('meanShift +1 SD on a feature with room moves the drawn mean by 1 SD using reference values only', () => {
    const f = GENERATED.features[X]!;
    const d = drawMany(GENERATED, sliders(2, { meanShift: shifted(2, X, 1) }), 20_000);
    const x = columnOf(d, X);
    expect(Math.abs((mean(x) - f.mean) / f.sd - 1)).toBeLessThan(0.1);
    expect(Math.abs(sdOf(x) / f.sd - 1)).toBeLessThan(0.1);
    // Reached by the weights: no transform, every drawn value is a reference value.
    const reference = new Set<number>();
    for (let r = 0; r < GENERATED.reference.n; r++) reference.add(GENERATED.reference.rows[r * 2 + X]!);
    expect(x.every((v) => reference.has(v))).toBe(true);
  });

  it('meanShift +3 SD on a bounded feature still gives +3 SD, through the residual transform', () => {
    const f = GENERATED.features[U]!;
    let max = -Infinity;
    for (let r = 0; r < GENERATED.reference.n; r++) max = Math.max(max, GENERATED.reference.rows[r * 2 + U]!);
    expect(max).toBeLessThanOrEqual(1);
    expect((max - f.mean) / f.sd).toBeLessThan(2); // +3 SD lies beyond every reference value
    const d = drawMany(GENERATED, sliders(2, { meanShift: shifted(2, U, 3) }), 20_000);
    const u = columnOf(d, U);
    expect(Math.abs((mean(u) - f.mean) / f.sd - 3)).toBeLessThan(0.1);
    expect(Math.abs(sdOf(u) / f.sd - 1)).toBeLessThan(0.1);
    expect(u.filter((v) => v > max).length / u.length).toBeGreaterThan(0.5);
  });

  it('scale 0.5 on x halves its drawn SD around the reference mean', () => {
    const f = GENERATED.features[X]!;
    const scale = Float64Array.from([0.5, 1]);
    const x = columnOf(drawMany(GENERATED, sliders(2, { scale }), 20_000), X);
    expect(Math.abs(sdOf(x) / f.sd - 0.5)).toBeLessThan(0.05);
    expect(Math.abs(mean(x) - f.mean) / f.sd).toBeLessThan(0.1);
  });
});

describe('createTabularSource: replay mode', () => {
  const replay = () =>
    createTabularSource({ ...HAND_OPTIONS, mode: 'replay', referenceRows: 10, timeColumn: 'date' });

  it('takes the first referenceRows kept rows as the reference; prior shift is not offered', () => {
    const source = replay();
    expect(source.kind).toBe('replay');
    expect(source.reference.n).toBe(10);
    expect([...source.reference.labels]).toEqual(KEPT.slice(0, 10).map((r) => r[2]));
    expect(source.capabilities).toEqual({ meanShift: true, prior: false, rotation: false });
    expect(source.focusClass).toBe(1); // 3 "yes" among the first 10
    const temps = KEPT.slice(0, 10)
      .map((r) => r[0])
      .filter((v) => !Number.isNaN(v));
    expect(source.features[0]!.mean).toBeCloseTo(mean(temps), 12);
  });

  it('serves the rows after the reference in order, wraps around, and names their date', () => {
    const source = replay();
    const rng = new Prng(1);
    const out = new Float64Array(2);
    expect(source.describeTime!(0)).toBe(KEPT_DATES[10]);
    const served: number[][] = [];
    const dates: string[] = [];
    for (let i = 0; i < 9; i++) {
      const y = source.draw(i, sliders(2), rng, out, 0);
      served.push([out[0]!, out[1]!, y]);
      dates.push(source.describeTime!(i));
    }
    const order = [10, 11, 12, 13, 10, 11, 12, 13, 10];
    expect(served).toEqual(order.map((k) => KEPT[k]));
    expect(dates).toEqual(order.map((k) => KEPT_DATES[k]));
  });

  it('does not depend on the random source', () => {
    const a = replay();
    const b = replay();
    const outA = new Float64Array(2);
    const outB = new Float64Array(2);
    for (let i = 0; i < 5; i++) {
      a.draw(i, sliders(2), new Prng(1), outA, 0);
      b.draw(i, sliders(2), new Prng(999), outB, 0);
      expect(outB).toEqual(outA);
    }
  });

  it('applies meanShift and scale as a transform around the reference mean', () => {
    const source = replay();
    const f = source.features[0]!;
    const rng = new Prng(1);
    const out = new Float64Array(2);
    source.draw(0, sliders(2, { meanShift: shifted(2, 0, 1) }), rng, out, 0);
    expect(out[0]).toBeCloseTo(18 + f.sd, 12); // row 10: 18 °C
    expect(out[1]).toBe(0); // the categorical value is untouched
    const scale = Float64Array.from([2, 1]);
    source.draw(1, sliders(2, { meanShift: shifted(2, 0, -0.5), scale }), rng, out, 0);
    expect(out[0]).toBeCloseTo(f.mean + 2 * (17 - f.mean) - 0.5 * f.sd, 12); // row 11: 17 °C
  });

  it('defaults the reference to a quarter of the rows, at least 10', () => {
    const rows: Cell[][] = Array.from({ length: 60 }, (_, i) => [String(i), i % 3 ? 'p' : 'q']);
    const source = createTabularSource({
      id: 'r',
      title: 'r',
      table: table(['v', 'y'], rows),
      label: 'y',
      features: [{ name: 'v', kind: 'numeric' }],
      mode: 'replay',
    });
    expect(source.reference.n).toBe(15);
    const out = new Float64Array(1);
    source.draw(0, sliders(1), new Prng(1), out, 0);
    expect(out[0]).toBe(15);
  });
});

describe('createTabularSource: errors', () => {
  it('names a missing column (label, feature or time column)', () => {
    expect(() => createTabularSource({ ...HAND_OPTIONS, label: 'outcome' })).toThrow(
      'The dataset has no column "outcome".',
    );
    expect(() =>
      createTabularSource({ ...HAND_OPTIONS, features: [{ name: 'pressure', kind: 'numeric' }] }),
    ).toThrow(TabularSourceError);
    expect(() =>
      createTabularSource({ ...HAND_OPTIONS, features: [{ name: 'pressure', kind: 'numeric' }] }),
    ).toThrow('The dataset has no column "pressure".');
    expect(() =>
      createTabularSource({ ...HAND_OPTIONS, mode: 'replay', referenceRows: 10, timeColumn: 'when' }),
    ).toThrow('The dataset has no column "when".');
  });

  it('needs at least two classes', () => {
    const oneClass = table(
      ['v', 'y'],
      Array.from({ length: 20 }, (_, i) => [String(i), 'same']),
    );
    expect(() =>
      createTabularSource({
        ...HAND_OPTIONS,
        table: oneClass,
        label: 'y',
        features: [{ name: 'v', kind: 'numeric' }],
        classes: undefined,
      }),
    ).toThrow('"y" needs at least two classes.');
    expect(() => createTabularSource({ ...HAND_OPTIONS, classes: ['yes'] })).toThrow(
      '"label" needs at least two classes.',
    );
  });

  it('needs a numeric feature', () => {
    expect(() =>
      createTabularSource({ ...HAND_OPTIONS, features: [{ name: 'kind', kind: 'categorical' }] }),
    ).toThrow('The deployment studio needs at least one numeric feature.');
  });

  it('needs at least 10 labelled reference rows', () => {
    expect(() =>
      // The first 9 rows keep 8 labelled ones.
      createTabularSource({ ...HAND_OPTIONS, table: table(HAND.columns, HAND_ROWS.slice(0, 9)) }),
    ).toThrow('The reference needs at least 10 labelled rows.');
    expect(() => createTabularSource({ ...HAND_OPTIONS, mode: 'replay', referenceRows: 5 })).toThrow(
      TabularSourceError,
    );
  });
});
