import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../drift/errors';
import { RingBuffer, SeriesRing, WindowQuantiles } from './ring';

describe('RingBuffer', () => {
  it('fills, then overwrites the oldest value and returns it', () => {
    const r = new RingBuffer(3);
    expect(r.capacity).toBe(3);
    expect(r.size).toBe(0);
    expect(r.last()).toBeUndefined();
    expect(r.push(10)).toBeUndefined();
    expect(r.push(20)).toBeUndefined();
    expect(r.push(30)).toBeUndefined();
    expect(r.size).toBe(3);
    expect(r.push(40)).toBe(10);
    expect(r.push(50)).toBe(20);
    expect(r.size).toBe(3);
    expect([r.get(0), r.get(1), r.get(2)]).toEqual([30, 40, 50]);
    expect(r.last()).toBe(50);
    expect(Array.from(r.toArray())).toEqual([30, 40, 50]);
  });

  it('toArray is oldest → newest at every wrap position, and a copy', () => {
    const r = new RingBuffer(4);
    for (let i = 1; i <= 11; i++) {
      r.push(i);
      const expected = Array.from({ length: Math.min(i, 4) }, (_, j) => i - Math.min(i, 4) + 1 + j);
      expect(Array.from(r.toArray())).toEqual(expected);
    }
    const copy = r.toArray();
    copy[0] = -1;
    expect(r.get(0)).toBe(8);
  });

  it('keeps NaN, clears, and rejects bad capacities and indices', () => {
    const r = new RingBuffer(2);
    r.push(Number.NaN);
    expect(r.get(0)).toBeNaN();
    r.clear();
    expect(r.size).toBe(0);
    expect(r.toArray().length).toBe(0);
    r.push(7);
    expect(r.get(0)).toBe(7);
    expect(() => r.get(1)).toThrow(InvalidOptionError);
    expect(() => r.get(-1)).toThrow(InvalidOptionError);
    expect(() => new RingBuffer(0)).toThrow(InvalidOptionError);
    expect(() => new RingBuffer(2.5)).toThrow(InvalidOptionError);
  });
});

describe('SeriesRing', () => {
  it('keeps parallel columns aligned and bounded', () => {
    const s = new SeriesRing(['t', 'acc'] as const, 2);
    s.push({ t: 0, acc: 0.9 });
    s.push({ t: 1, acc: 0.8 });
    s.push({ t: 2, acc: 0.7 });
    expect(s.size).toBe(2);
    expect(Array.from(s.column('t'))).toEqual([1, 2]);
    expect(Array.from(s.column('acc'))).toEqual([0.8, 0.7]);
  });

  it('stores a missing key as NaN', () => {
    const s = new SeriesRing(['t', 'psi'] as const, 3);
    s.push({ t: 5 } as unknown as Record<'t' | 'psi', number>);
    expect(s.column('t')[0]).toBe(5);
    expect(s.column('psi')[0]).toBeNaN();
    s.clear();
    expect(s.size).toBe(0);
    expect(s.column('t').length).toBe(0);
  });

  it('rejects bad keys', () => {
    expect(() => new SeriesRing([], 3)).toThrow(InvalidOptionError);
    expect(() => new SeriesRing(['a', 'a'], 3)).toThrow(InvalidOptionError);
    const s = new SeriesRing(['a'], 3);
    expect(() => s.column('b' as 'a')).toThrow(InvalidOptionError);
  });
});

describe('WindowQuantiles (numpy linear interpolation)', () => {
  it('matches hand-computed numpy.quantile values', () => {
    const w = new WindowQuantiles(5);
    expect(w.quantile(0.5)).toBeNaN();
    for (const x of [40, 15, 50, 35, 20]) w.push(x);
    // sorted [15, 20, 35, 40, 50]; q = 0.4 → h = 1.6 → 20 + 0.6·15 = 29
    expect(w.quantile(0.4)).toBeCloseTo(29, 12);
    expect(w.quantile(0.5)).toBe(35);
    expect(w.quantile(0)).toBe(15);
    expect(w.quantile(1)).toBe(50);
    // q = 0.95 → h = 3.8 → 40 + 0.8·10 = 48; q = 0.99 → h = 3.96 → 49.6
    expect(w.quantile(0.95)).toBeCloseTo(48, 12);
    expect(w.quantile(0.99)).toBeCloseTo(49.6, 12);
  });

  it('only the last `capacity` values count', () => {
    const w = new WindowQuantiles(4);
    for (const x of [1000, 1, 2, 3, 4]) w.push(x); // 1000 evicted
    expect(w.size).toBe(4);
    // [1, 2, 3, 4]: p50 h = 1.5 → 2.5; p95 h = 2.85 → 3.85
    expect(w.quantile(0.5)).toBeCloseTo(2.5, 12);
    expect(w.quantile(0.95)).toBeCloseTo(3.85, 12);
    w.push(0); // [2, 3, 4, 0] → sorted [0, 2, 3, 4]: p50 = 2.5, p25 h = 0.75 → 1.5
    expect(w.quantile(0.25)).toBeCloseTo(1.5, 12);
    w.clear();
    expect(w.quantile(0.5)).toBeNaN();
  });

  it('validates capacity, q and values', () => {
    expect(() => new WindowQuantiles(4097)).toThrow(InvalidOptionError);
    const w = new WindowQuantiles(4096);
    expect(() => w.push(Number.NaN)).toThrow(InvalidInputError);
    expect(() => w.push(Infinity)).toThrow(InvalidInputError);
    expect(w.size).toBe(0);
    w.push(1);
    expect(() => w.quantile(1.5)).toThrow(InvalidOptionError);
  });
});
