import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confusionMatrix, precisionRecallF1, type PrfOptions } from './classification-metrics';
import { expectClose } from './fixtures/expect-close';
import { num, reference } from './fixtures/reference';

describe('confusionMatrix against sklearn.metrics.confusion_matrix', () => {
  it.each(reference.confusionMatrix.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = confusionMatrix(c.yTrue, c.yPred, c.labelsArg ?? undefined);
    expect(r.labels).toEqual(c.labels);
    expect(r.matrix).toEqual(c.matrix);
  });

  it('orders strings by code point like numpy (uppercase before lowercase)', () => {
    expect(confusionMatrix(['b', 'B', 'a'], ['a', 'a', 'a']).labels).toEqual(['B', 'a', 'b']);
  });

  it('rejects bad inputs', () => {
    expect(() => confusionMatrix([1, 2], [1])).toThrow(expect.objectContaining({ code: 'length-mismatch' }));
    expect(() => confusionMatrix([1, 'a'], [1, 1])).toThrow(
      expect.objectContaining({ code: 'mixed-labels' }),
    );
    expect(() => confusionMatrix([1, 2], [1, 2], [7])).toThrow(
      expect.objectContaining({ code: 'unknown-label' }),
    );
    expect(() => confusionMatrix([1, 2], [1, 2], [])).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => confusionMatrix([1, NaN], [1, 2])).toThrow(expect.objectContaining({ code: 'non-finite' }));
  });
});

describe('precisionRecallF1 against sklearn precision_recall_fscore_support (zero_division=0)', () => {
  it.each(reference.prf.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const options: PrfOptions = {};
    if (c.options.average) options.average = c.options.average;
    if (c.options.pos_label !== undefined) options.posLabel = c.options.pos_label;
    if (c.options.labels) options.labels = c.options.labels;
    const r = precisionRecallF1(c.yTrue, c.yPred, options);
    expectClose(r.precision, num(c.precision), 1e-12, 1e-15, 'precision');
    expectClose(r.recall, num(c.recall), 1e-12, 1e-15, 'recall');
    expectClose(r.f1, num(c.f1), 1e-12, 1e-15, 'f1');
  });

  it('keeps every score in [0, 1], and micro-averaged precision equals accuracy', () => {
    const labels = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 50 });
    fc.assert(
      fc.property(labels, labels, (t0, p0) => {
        const n = Math.min(t0.length, p0.length);
        const t = t0.slice(0, n);
        const p = p0.slice(0, n);
        for (const average of ['macro', 'micro', 'weighted'] as const) {
          for (const v of Object.values(precisionRecallF1(t, p, { average }))) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
          }
        }
        const accuracy = t.filter((v, i) => v === p[i]).length / n;
        expect(precisionRecallF1(t, p, { average: 'micro' }).precision).toBeCloseTo(accuracy, 12);
      }),
    );
  });

  it("refuses 'binary' on multiclass data and a posLabel the data lacks", () => {
    expect(() => precisionRecallF1([0, 1, 2], [0, 1, 2])).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => precisionRecallF1(['a', 'b'], ['a', 'b'])).toThrow(
      expect.objectContaining({ code: 'unknown-label' }),
    );
    expect(() => precisionRecallF1([0, 1], [0, 1], { average: 'median' as 'macro' })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });
});
