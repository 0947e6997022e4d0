import { describe, expect, it } from 'vitest';
import {
  classificationReport,
  majorityBaseline,
  predictedClasses,
  regressionReport,
  thresholdMetrics,
  thresholdSweep,
} from './metrics';

// Binary validation set: 4 negatives ("ham"), 3 positives ("spam"); P(spam) per row.
const classes = ['ham', 'spam'];
const yTrue = [0, 0, 0, 0, 1, 1, 1];
const pSpam = [0.1, 0.4, 0.6, 0.2, 0.9, 0.55, 0.3];
const proba = pSpam.flatMap((p) => [1 - p, p]);

describe('predictedClasses', () => {
  it('takes the argmax (ties → lower index) or thresholds P(positive)', () => {
    expect(Array.from(predictedClasses([0.2, 0.5, 0.3, 0.4, 0.4, 0.2], 3))).toEqual([1, 0]);
    expect(Array.from(predictedClasses(proba, 2, 0.5))).toEqual([0, 0, 1, 0, 1, 1, 0]);
    expect(Array.from(predictedClasses(proba, 2, 0.3))).toEqual([0, 1, 1, 0, 1, 1, 1]);
  });
});

describe('classificationReport (binary)', () => {
  const report = classificationReport({ yTrue, proba, classes, trainLabels: [0, 0, 0, 1, 1] });

  it('builds the confusion matrix, accuracy and per-class P/R/F1 by hand', () => {
    // Predicted at 0.5: [0,0,1,0,1,1,0] → TN 3, FP 1, FN 1, TP 2.
    expect(report.confusion).toEqual({
      labels: ['ham', 'spam'],
      matrix: [
        [3, 1],
        [1, 2],
      ],
    });
    expect(report.accuracy).toBeCloseTo(5 / 7, 12);
    expect(report.perClass).toEqual([
      { label: 'ham', precision: 0.75, recall: 0.75, f1: 0.75, support: 4 },
      {
        label: 'spam',
        precision: expect.closeTo(2 / 3, 12),
        recall: expect.closeTo(2 / 3, 12),
        f1: expect.closeTo(2 / 3, 12),
        support: 3,
      },
    ]);
    expect(report.macro.f1).toBeCloseTo((0.75 + 2 / 3) / 2, 12);
    expect(report.threshold).toBe(0.5);
  });

  it('computes ROC AUC from P(positive): pairs ranked correctly / all pairs', () => {
    // Positives 0.9, 0.55, 0.3 vs negatives 0.1, 0.4, 0.6, 0.2: 4 + 3 + 2 = 9 of 12 pairs.
    expect(report.rocAuc).toBeCloseTo(9 / 12, 12);
  });

  it('scores the majority-class baseline from the training labels', () => {
    expect(report.baseline).toEqual({
      label: 'ham',
      accuracy: 4 / 7,
      macro: { precision: expect.closeTo(4 / 7 / 2, 12), recall: 0.5, f1: expect.closeTo(8 / 11 / 2, 12) },
    });
  });

  it('leaves ROC AUC out when only one class is present', () => {
    const r = classificationReport({ yTrue: [1, 1], proba: [0.2, 0.8, 0.6, 0.4], classes });
    expect(r.rocAuc).toBeNull();
    expect(r.baseline).toBeNull();
  });
});

describe('classificationReport (multiclass)', () => {
  it('uses the argmax and macro-averages over the present labels', () => {
    const r = classificationReport({
      yTrue: [0, 1, 2, 2],
      proba: [0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.2, 0.2, 0.6, 0.1, 0.8, 0.1],
      classes: ['a', 'b', 'c'],
    });
    expect(r.confusion.matrix).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 1, 1],
    ]);
    expect(r.accuracy).toBe(0.5);
    expect(r.rocAuc).toBeNull();
    expect(r.threshold).toBeNull();
    expect(r.perClass.map((c) => c.f1)).toEqual([1, 0, 0.5]);
    expect(r.macro.f1).toBeCloseTo(0.5, 12);
  });

  it('checks shapes', () => {
    expect(() => classificationReport({ yTrue: [0, 1], proba: [0.5, 0.5], classes: ['a', 'b'] })).toThrow(
      /2 × 2 probabilities/,
    );
  });
});

describe('thresholdMetrics / thresholdSweep', () => {
  it('recomputes the matrix and positive-class P/R/F1 at a threshold', () => {
    const m = thresholdMetrics(yTrue, proba, classes, 0.3);
    // Predicted: [0,1,1,0,1,1,1] → TN 2, FP 2, FN 0, TP 3.
    expect(m.confusion.matrix).toEqual([
      [2, 2],
      [0, 3],
    ]);
    expect(m.precision).toBeCloseTo(3 / 5, 12);
    expect(m.recall).toBe(1);
    expect(m.f1).toBeCloseTo(0.75, 12);
    expect(m.accuracy).toBeCloseTo(5 / 7, 12);
  });

  it('sweeps 0 … 1: recall never rises as the threshold does', () => {
    const sweep = thresholdSweep(yTrue, proba, classes);
    expect(sweep).toHaveLength(21);
    expect(sweep[0]!.recall).toBe(1);
    expect(sweep[20]!.recall).toBe(0);
    for (let i = 1; i < sweep.length; i++) expect(sweep[i]!.recall).toBeLessThanOrEqual(sweep[i - 1]!.recall);
  });

  it('refuses multiclass input', () => {
    expect(() => thresholdMetrics([0], [0.2, 0.3, 0.5], ['a', 'b', 'c'], 0.5)).toThrow(/binary/);
  });
});

describe('majorityBaseline', () => {
  it('breaks ties towards the lower class index', () => {
    expect(majorityBaseline([0, 1], [1, 1, 0], ['x', 'y']).label).toBe('x');
  });
});

describe('regressionReport', () => {
  it('computes MSE, RMSE, MAE, R² and the mean-predictor baseline by hand', () => {
    const r = regressionReport([1, 2, 3, 4], [1, 2, 4, 6], [0, 10]);
    expect(r.mse).toBeCloseTo((0 + 0 + 1 + 4) / 4, 12);
    expect(r.rmse).toBeCloseTo(Math.sqrt(1.25), 12);
    expect(r.mae).toBeCloseTo(0.75, 12);
    expect(r.r2).toBeCloseTo(1 - 5 / 5, 12); // SS_tot = 2.25 + 0.25 + 0.25 + 2.25 = 5
    expect(r.baselineMse).toBeCloseTo((16 + 9 + 4 + 1) / 4, 12); // training mean 5
  });
});
