import { describe, expect, it } from 'vitest';
import {
  chiSquareSf,
  gammaQ,
  ldexp,
  logGamma,
  normalTwoSidedP,
  roundHalfEven,
  twoProduct,
} from './special-functions';

describe('special functions', () => {
  it('logGamma matches exact values', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(logGamma(0.1)).toBeCloseTo(2.252712651734206, 13);
  });

  it('chiSquareSf and normalTwoSidedP hit the textbook critical values', () => {
    expect(chiSquareSf(3.841458820694124, 1)).toBeCloseTo(0.05, 14); // scipy chi2.isf(0.05, 1)
    expect(chiSquareSf(11.070497693516355, 5)).toBeCloseTo(0.05, 14); // scipy chi2.isf(0.05, 5)
    expect(normalTwoSidedP(1.9599639845400545)).toBeCloseTo(0.05, 14); // scipy norm.isf(0.025)
    expect(chiSquareSf(2, 2)).toBeCloseTo(Math.exp(-1), 15); // χ²₂ tail is e^(−x/2)
    expect(chiSquareSf(0, 3)).toBe(1);
    // Far tails keep their relative accuracy: P(|Z| > 10) = 2·norm.sf(10) = 1.523970604832094e-23 (scipy).
    expect(normalTwoSidedP(10) / 1.523970604832094e-23).toBeCloseTo(1, 11);
    expect(gammaQ(1, 700) / Math.exp(-700)).toBeCloseTo(1, 12); // Q(1, x) = e^−x
  });

  it('roundHalfEven matches numpy.round', () => {
    expect([0.5, 1.5, 2.5, 3.5, 2.4, 2.6, 1666.5].map(roundHalfEven)).toEqual([0, 2, 2, 4, 2, 3, 1666]);
  });

  it('twoProduct is exact and ldexp does not overflow early', () => {
    const [hi, lo] = twoProduct(0.1, 3);
    expect(hi).toBe(0.30000000000000004);
    expect(lo).toBe(-2.7755575615628914e-17);
    expect(ldexp(1, -1074)).toBe(5e-324);
    expect(ldexp(2 ** -1000, 1500)).toBe(2 ** 500);
  });
});
