import { describe, expect, it } from 'vitest';
import { DRIFT_TESTS, isDrift, populationStd, runDriftTest, type PreparedColumn } from './drift-tests';

describe('drift test registry', () => {
  it('uses Evidently’s verdicts: p < threshold for tests, value ≥ threshold for distances', () => {
    expect(isDrift('ks', 0.049, 0.05)).toBe(true);
    expect(isDrift('ks', 0.05, 0.05)).toBe(false);
    expect(isDrift('wasserstein', 0.1, 0.1)).toBe(true);
    expect(isDrift('jensen-shannon', 0.0999, 0.1)).toBe(false);
    expect(DRIFT_TESTS['l-infinity'].defaultThreshold).toBe(0.03);
    expect(DRIFT_TESTS.wasserstein.defaultThreshold).toBe(0.1);
  });

  it('normalises Wasserstein by the reference population std, floored at 0.001 (Evidently)', () => {
    const col = (reference: number[], current: number[]): PreparedColumn => ({
      numeric: { reference: Float64Array.from(reference), current: Float64Array.from(current) },
      counts: { keys: [], reference: {}, current: {} },
    });
    expect(populationStd([1, 3])).toBe(1);
    expect(runDriftTest('wasserstein', col([1, 3], [2, 4]), 'x').value).toBeCloseTo(1, 15);
    expect(runDriftTest('wasserstein', col([5, 5], [5, 5.01]), 'x').value).toBeCloseTo(0.005 / 0.001, 9);
  });
});
