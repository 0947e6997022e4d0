import { describe, expect, it } from 'vitest';
import { defaultDriftTest, driftReport } from './drift-report';
import { expectClose } from './fixtures/expect-close';
import { num, reference } from './fixtures/reference';

describe('driftReport against Evidently’s rules evaluated with scipy (generate_reference.py)', () => {
  it.each(reference.driftReport.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const report = driftReport(c.reference, c.current);
    expect(report.columns.map((r) => r.column)).toEqual(c.columns.map((r) => r.column));
    for (const [i, want] of c.columns.entries()) {
      const got = report.columns[i]!;
      expect(got.test, want.column).toBe(want.test);
      expect(got.threshold).toBe(want.threshold);
      expect(got.drifted, want.column).toBe(want.drifted);
      expectClose(got.value, num(want.value), 1e-9, 1e-300, `${want.column} value`);
      if (want.statistic !== undefined)
        expectClose(got.statistic!, num(want.statistic), 1e-10, 1e-14, `${want.column} statistic`);
      if (want.lInfinity) {
        expect(got.lInfinity?.drifted).toBe(want.lInfinity.drifted);
        expectClose(got.lInfinity!.value, want.lInfinity.value, 1e-12);
      } else {
        expect(got.lInfinity).toBeUndefined();
      }
    }
    expect(report.driftedCount).toBe(c.driftedCount);
    expect(report.datasetDrift).toBe(c.datasetDrift);
  });

  it('exercises every default test', () => {
    const tests = new Set(reference.driftReport.flatMap((c) => c.columns.map((r) => r.test)));
    expect(tests).toEqual(new Set(['ks', 'chi-square', 'z-test', 'wasserstein', 'jensen-shannon']));
  });
});

describe('defaultDriftTest (Evidently’s selection)', () => {
  it.each([
    ['numeric', 1000, 6, 'ks'],
    ['numeric', 1000, 5, 'chi-square'],
    ['numeric', 1000, 2, 'z-test'],
    ['categorical', 10, 3, 'chi-square'],
    ['categorical', 10, 2, 'z-test'],
    ['numeric', 1001, 6, 'wasserstein'],
    ['numeric', 1001, 5, 'jensen-shannon'],
    ['categorical', 5000, 40, 'jensen-shannon'],
  ] as const)('%s, %d reference rows, %d unique → %s', (type, rows, unique, test) => {
    expect(defaultDriftTest(type, rows, unique)).toBe(test);
  });
});

describe('driftReport options and policies', () => {
  const ref = { x: [1, 2, 3, 4, 5, 6, 7, 8], c: ['a', 'b', 'a', 'b', 'c', 'a', 'b', 'c'] };
  const cur = { x: [5, 6, 7, 8, 9, 10, 11, 12], c: ['a', 'a', 'a', 'a', 'b', 'a', 'a', 'c'] };

  it('excludes null, undefined, NaN and ±Infinity as missing and reports how many', () => {
    const r = driftReport({ x: [...ref.x, null, NaN] }, { x: [...cur.x, undefined, Infinity, -Infinity] });
    expect(r.columns[0]!.missing).toEqual({ reference: 2, current: 3 });
    expect(r.columns[0]!.referenceCount).toBe(8);
    expect(r.columns[0]!.pvalue).toBe(driftReport({ x: ref.x }, { x: cur.x }).columns[0]!.pvalue);
  });

  it('applies per-column test, threshold and type overrides; distances drift at value ≥ threshold', () => {
    const r = driftReport(ref, cur, {
      overrides: { x: { test: 'psi', threshold: 0.2 }, c: { test: 'l-infinity', threshold: 0.25 } },
    });
    const [x, c] = r.columns;
    expect(x!.test).toBe('psi');
    expect(x!.threshold).toBe(0.2);
    expect(x!.drifted).toBe(x!.value >= 0.2);
    expect(c!.test).toBe('l-infinity');
    expect(c!.value).toBeCloseTo(0.375, 15); // a: |3/8 − 6/8|, the largest gap
    expect(c!.drifted).toBe(true);
    const asCategory = driftReport(ref, cur, { overrides: { x: { type: 'categorical' } } }).columns[0]!;
    expect(asCategory.type).toBe('categorical');
    expect(asCategory.test).toBe('chi-square');
  });

  it('runs a numeric override test on a many-valued numeric column via shared Sturges bins', () => {
    const r = driftReport({ x: ref.x }, { x: cur.x }, { overrides: { x: { test: 'jensen-shannon' } } });
    expect(r.columns[0]!.value).toBeGreaterThan(0);
    expect(r.columns[0]!.value).toBeLessThanOrEqual(Math.sqrt(Math.LN2));
  });

  it('declares dataset drift when the drifted share reaches driftShare (default 0.5)', () => {
    const far = ref.x.map((v) => v + 100); // D = 1: exact p = 2/C(16, 8)
    const r = driftReport({ a: ref.x, b: ref.x }, { a: far, b: ref.x });
    expect(r.columns[0]!.pvalue).toBeCloseTo(2 / 12870, 15);
    expect(r.driftedCount).toBe(1);
    expect(r.share).toBe(0.5);
    expect(r.datasetDrift).toBe(true);
    expect(driftReport({ a: ref.x, b: ref.x }, { a: far, b: ref.x }, { driftShare: 0.75 }).datasetDrift).toBe(
      false,
    );
  });

  it('treats a single shared category as no evidence of drift (z-test p = 1)', () => {
    const r = driftReport({ k: ['x', 'x'] }, { k: ['x'] });
    expect(r.columns[0]).toMatchObject({ test: 'z-test', value: 1, drifted: false });
  });

  it('handles categories named like Object.prototype members', () => {
    const r = driftReport({ k: ['__proto__', 'constructor', 'x'] }, { k: ['__proto__', '__proto__', 'x'] });
    expect(r.columns[0]!.test).toBe('chi-square');
    expect(r.columns[0]!.lInfinity!.value).toBeCloseTo(1 / 3, 15);
  });

  it('throws StatsInputError on unusable input', () => {
    expect(() => driftReport(ref, { x: cur.x })).toThrow(expect.objectContaining({ code: 'unknown-column' }));
    expect(() => driftReport(ref, cur, { overrides: { nope: { test: 'ks' } } })).toThrow(
      expect.objectContaining({ code: 'unknown-column' }),
    );
    expect(() => driftReport({ x: [null, NaN] }, { x: [1] })).toThrow(
      expect.objectContaining({ code: 'empty' }),
    );
    expect(() => driftReport({}, {})).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => driftReport(ref, cur, { overrides: { c: { test: 'ks' } } })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => driftReport(ref, cur, { overrides: { c: { test: 'z-test' } } })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => driftReport(ref, cur, { overrides: { x: { threshold: 0 } } })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => driftReport(ref, cur, { overrides: { x: { test: 'ks', threshold: 1.5 } } })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => driftReport(ref, cur, { overrides: { x: { test: 'magic' as 'ks' } } })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => driftReport(ref, cur, { driftShare: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() =>
      driftReport({ x: ['a', 'b'] }, { x: ['a'] }, { overrides: { x: { type: 'numeric' } } }),
    ).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });
});
