import { expect, it } from 'vitest';
import { alwaysNegativeBaseline } from './skewed-baseline';

it('is 99.7 % accurate at 0.3 % prevalence yet finds nothing', () => {
  expect(alwaysNegativeBaseline(0.003, 1000)).toEqual({
    truePositives: 0,
    falsePositives: 0,
    falseNegatives: 3,
    trueNegatives: 997,
    accuracy: 0.997,
    precision: 0,
    recall: 0,
    f1: 0,
  });
});

it('rejects impossible inputs', () => {
  expect(() => alwaysNegativeBaseline(1.2)).toThrow(/probability/);
  expect(() => alwaysNegativeBaseline(Number.NaN)).toThrow(/probability/);
  expect(() => alwaysNegativeBaseline(0.1, 0)).toThrow(/positive whole/);
});
