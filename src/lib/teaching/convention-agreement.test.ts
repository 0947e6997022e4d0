import { expect, it } from 'vitest';
import { conventionAgreement } from './convention-agreement';

it('reproduces the 70/30 example: labelers agree 58 %, the majority model scores 70 %', () => {
  const r = conventionAgreement([0.7, 0.3]);
  expect(r.labelerAgreement).toBeCloseTo(0.58, 12);
  expect(r.majorityModelAccuracy).toBeCloseTo(0.7, 12);
  expect(r.apparentGain).toBeCloseTo(0.12, 12);
});

it('normalises shares and handles one convention and an even split', () => {
  expect(conventionAgreement([7, 3]).labelerAgreement).toBeCloseTo(0.58, 12);
  expect(conventionAgreement([1])).toEqual({
    labelerAgreement: 1,
    majorityModelAccuracy: 1,
    apparentGain: 0,
  });
  expect(conventionAgreement([1, 1, 1, 1]).labelerAgreement).toBeCloseTo(0.25, 12);
});

it('rejects empty, negative or all-zero shares', () => {
  expect(() => conventionAgreement([])).toThrow(/at least one/);
  expect(() => conventionAgreement([0.5, -0.1])).toThrow(/non-negative/);
  expect(() => conventionAgreement([0, 0])).toThrow(/all be zero/);
  expect(() => conventionAgreement([NaN])).toThrow(/finite/);
});
