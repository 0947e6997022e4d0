import { describe, expect, it } from 'vitest';
import * as stats from './index';

describe('stats public API', () => {
  it('exports the names the issue lists', () => {
    const names = [
      'ks2samp',
      'wassersteinDistance',
      'jensenShannonDistance',
      'psi',
      'klDivergence',
      'hellingerDistance',
      'chiSquareTest',
      'histogram',
      'cohenKappa',
      'fleissKappa',
      'confusionMatrix',
      'precisionRecallF1',
      'rocAuc',
      'driftReport',
    ];
    for (const name of names) expect(typeof (stats as Record<string, unknown>)[name], name).toBe('function');
    expect(typeof stats.PSI_CONVENTION).toBe('string');
    expect(new stats.StatsInputError('empty', 'x')).toBeInstanceOf(Error);
  });
});
