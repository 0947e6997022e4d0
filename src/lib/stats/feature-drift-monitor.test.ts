import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeatureDriftMonitor } from './feature-drift-monitor';
import { sample } from './fixtures/samples';
import { jensenShannonDistance } from './jensen-shannon';
import { ks2samp } from './ks2samp';
import { psi, psiBinCounts } from './psi';
import { wassersteinDistance } from './wasserstein';

/** What the plain functions say about the reference against the last `size` values of a stream. */
function plain(reference: number[], window: number[], bins: number) {
  const sortedRef = Float64Array.from(reference).sort();
  const m = new FeatureDriftMonitor(reference, { bins, windowSize: window.length });
  const ks = ks2samp(reference, window, { method: 'asymp' });
  return {
    ksStatistic: ks.statistic,
    ksPvalue: ks.pvalue,
    psi: psi(reference, window, { bins }),
    wasserstein: wassersteinDistance(reference, window),
    jensenShannon: jensenShannonDistance(psiBinCounts(sortedRef, m.edges), psiBinCounts(window, m.edges)),
  };
}

describe('FeatureDriftMonitor equals the plain functions, tick after tick', () => {
  it('on a drifting seeded stream (bit-identical results)', () => {
    const reference = sample({ kind: 'normal', n: 2000, seed: 5 });
    const stream = [
      ...sample({ kind: 'normal', n: 600, seed: 6 }),
      ...sample({ kind: 'normal', n: 900, seed: 7, loc: 0.4, scale: 1.3, step: 0.1 }),
    ];
    const windowSize = 500;
    const m = new FeatureDriftMonitor(reference, { windowSize });
    const out = { windowCount: 0, ksStatistic: 0, ksPvalue: 0, psi: 0, wasserstein: 0, jensenShannon: 0 };
    for (let t = 0; t < stream.length; t += 37) {
      m.pushMany(stream, t, Math.min(t + 37, stream.length));
      expect(m.snapshot(out)).toBe(out);
      const window = stream.slice(
        Math.max(0, Math.min(t + 37, stream.length) - windowSize),
        Math.min(t + 37, stream.length),
      );
      expect(out.windowCount).toBe(window.length);
      expect({ ...out, windowCount: undefined }).toEqual({
        ...plain(reference, window, 10),
        windowCount: undefined,
      });
    }
    expect(out.ksPvalue).toBeLessThan(1e-6); // the stream really drifted
  });

  it('for arbitrary small inputs', () => {
    const values = fc.array(fc.integer({ min: -30, max: 30 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(
        values,
        values,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 12 }),
        (reference, stream, windowSize, bins) => {
          const m = new FeatureDriftMonitor(reference, { windowSize, bins });
          m.pushMany(stream);
          const { windowCount, ...got } = m.snapshot();
          const window = stream.slice(-windowSize);
          expect(windowCount).toBe(window.length);
          expect(got).toEqual(plain(reference, window, bins));
        },
      ),
    );
  });

  it('refuses to report on an empty window', () => {
    expect(() => new FeatureDriftMonitor([1, 2, 3]).snapshot()).toThrow(
      expect.objectContaining({ code: 'empty' }),
    );
  });
});
