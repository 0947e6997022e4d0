import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close';
import { num, reference } from './fixtures/reference';
import { rocAuc, rocCurve } from './roc-auc';

describe('rocAuc / rocCurve against sklearn roc_auc_score / roc_curve', () => {
  it.each(reference.roc.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expectClose(rocAuc(c.yTrue, c.scores), num(c.auc), 1e-12, 1e-15, 'auc');
    const curve = rocCurve(c.yTrue, c.scores);
    expect(curve.fpr).toEqual(c.fpr);
    expect(curve.tpr).toEqual(c.tpr);
    curve.thresholds.forEach((t, i) => expectClose(t, num(c.thresholds[i]!), 1e-15));
  });
});

describe('rocAuc properties', () => {
  const data = fc
    .array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 6 })), { minLength: 2, maxLength: 60 })
    .filter((rows) => rows.some(([y]) => y) && rows.some(([y]) => !y));

  it('equals the Mann–Whitney probability P(s₊ > s₋) + ½·P(s₊ = s₋)', () => {
    fc.assert(
      fc.property(data, (rows) => {
        const pos = rows.filter(([y]) => y).map(([, s]) => s);
        const neg = rows.filter(([y]) => !y).map(([, s]) => s);
        let u = 0;
        for (const p of pos) for (const n of neg) u += p > n ? 1 : p === n ? 0.5 : 0;
        const auc = rocAuc(
          rows.map(([y]) => y),
          rows.map(([, s]) => s),
        );
        expect(auc).toBeCloseTo(u / (pos.length * neg.length), 12);
        expect(auc).toBeGreaterThanOrEqual(0);
        expect(auc).toBeLessThanOrEqual(1);
        expect(
          rocAuc(
            rows.map(([y]) => y),
            rows.map(([, s]) => -s),
          ),
        ).toBeCloseTo(1 - auc, 12);
      }),
    );
  });

  it('needs exactly two classes and finite scores', () => {
    expect(() => rocAuc([1, 1, 1], [0.1, 0.2, 0.3])).toThrow(
      expect.objectContaining({ code: 'single-category' }),
    );
    expect(() => rocAuc([0, 1, 2], [0.1, 0.2, 0.3])).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => rocAuc([0, 1], [0.1, NaN])).toThrow(expect.objectContaining({ code: 'non-finite' }));
    expect(() => rocAuc([0, 1], [0.1])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
  });
});
