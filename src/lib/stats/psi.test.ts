import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close';
import { num, reference, values } from './fixtures/reference';
import { psi, psiBinEdges, PSI_CONVENTION, PSI_PROPORTION_FLOOR } from './psi';

describe('psi against an independent numpy implementation of PSI_CONVENTION', () => {
  it.each(reference.psi.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const ref = values(c.reference);
    const sorted = Float64Array.from(ref).sort();
    expect(Array.from(psiBinEdges(sorted, sorted.length, c.bins))).toEqual(c.edges); // numpy.quantile, bit for bit
    expectClose(psi(ref, values(c.current), { bins: c.bins }), num(c.value), 1e-10, 1e-14);
  });
});

describe('psi convention', () => {
  it('puts a value equal to an edge in the lower bin (right-closed) and floors empty bins at 1e-4', () => {
    // reference deciles of 1..10 with bins = 2: one edge at 5.5; current all at 5.5 → lower bin only.
    const v = psi([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [5.5, 5.5], { bins: 2 });
    const expected =
      (1 - 0.5) * Math.log(1 / 0.5) + (PSI_PROPORTION_FLOOR - 0.5) * Math.log(PSI_PROPORTION_FLOOR / 0.5);
    expect(v).toBeCloseTo(expected, 14);
  });

  it('is described for the UI', () => {
    expect(PSI_CONVENTION).toMatch(/quantile/);
    expect(PSI_CONVENTION).toMatch(/0\.0001/);
  });
});

describe('psi properties', () => {
  const sample = fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 60 });

  it('is non-negative and zero for a sample against itself', () => {
    fc.assert(
      fc.property(sample, sample, fc.integer({ min: 1, max: 20 }), (a, b, bins) => {
        expect(psi(a, b, { bins })).toBeGreaterThanOrEqual(0);
        expect(psi(a, [...a].reverse(), { bins })).toBe(0);
      }),
    );
  });

  it('rejects bad bins and bad samples', () => {
    expect(() => psi([1], [1], { bins: 0 })).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(() => psi([1], [1], { bins: 2.5 })).toThrow(expect.objectContaining({ code: 'invalid-option' }));
    expect(() => psi([], [1])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => psi([1], [NaN])).toThrow(expect.objectContaining({ code: 'non-finite' }));
  });
});
