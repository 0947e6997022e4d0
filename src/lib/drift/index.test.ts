import { describe, expect, it } from 'vitest';
import * as drift from './index';

describe('src/lib/drift public API', () => {
  it('exports the seven detectors, the PRNGs and the generators', () => {
    for (const name of [
      'ADWIN',
      'PageHinkley',
      'KSWIN',
      'DDM',
      'EDDM',
      'HDDMA',
      'HDDMW',
      'Prng',
      'PythonRandom',
    ]) {
      expect(typeof (drift as Record<string, unknown>)[name]).toBe('function');
    }
    for (const name of [
      'seaStream',
      'sineStream',
      'hyperplaneStream',
      'staggerStream',
      'gradualDrift',
      'suddenDrift',
      'incrementalDrift',
      'recurringDrift',
      'driftProbability',
    ]) {
      expect(typeof (drift as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('defaults are River’s', () => {
    const a = new drift.ADWIN();
    expect([a.delta, a.clock, a.maxBuckets, a.minWindowLength, a.gracePeriod]).toEqual([0.002, 32, 5, 5, 10]);
    const ph = new drift.PageHinkley();
    expect([ph.minInstances, ph.delta, ph.threshold, ph.alpha, ph.mode]).toEqual([
      30,
      0.005,
      50,
      1 - 0.0001,
      'both',
    ]);
    const k = new drift.KSWIN();
    expect([k.alpha, k.windowSize, k.statSize, k.seed]).toEqual([0.005, 100, 30, undefined]);
    const d = new drift.DDM();
    expect([d.warmStart, d.warningThreshold, d.driftThreshold]).toEqual([30, 2, 3]);
    const e = new drift.EDDM();
    expect([e.warmStart, e.alpha, e.beta]).toEqual([30, 0.95, 0.9]);
    const ha = new drift.HDDMA();
    expect([ha.driftConfidence, ha.warningConfidence, ha.twoSidedTest]).toEqual([0.001, 0.005, false]);
    const hw = new drift.HDDMW();
    expect([hw.driftConfidence, hw.warningConfidence, hw.lambdaVal, hw.twoSidedTest]).toEqual([
      0.001,
      0.005,
      0.05,
      false,
    ]);
  });

  it('every detector starts with no flags, and update returns the detector', () => {
    const detectors = [new drift.ADWIN(), new drift.PageHinkley(), new drift.KSWIN({ seed: 1 })];
    for (const det of detectors) {
      expect(det.driftDetected).toBe(false);
      expect(det.update(0.5)).toBe(det);
    }
    const binary = [new drift.DDM(), new drift.EDDM(), new drift.HDDMA(), new drift.HDDMW()];
    for (const det of binary) {
      expect([det.driftDetected, det.warningDetected]).toEqual([false, false]);
      expect(det.update(1)).toBe(det);
    }
  });
});
