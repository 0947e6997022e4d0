import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close';
import { num, reference, values } from './fixtures/reference';
import { histogram } from './histogram';

describe('histogram against numpy.histogram_bin_edges / numpy.histogram', () => {
  it.each(reference.histogram.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const h = histogram(values(c.reference), values(c.current), c.options);
    expect(h.edges).toEqual(c.edges); // numpy.linspace, bit for bit
    for (const key of ['reference', 'current'] as const) {
      const fixture = key === 'reference' ? c.referenceSide : c.currentSide;
      const side = h[key];
      expect(side.counts).toEqual(fixture.counts);
      expect(side.outside).toBe(fixture.outside);
      side.proportions.forEach((p, i) => expectClose(p, fixture.proportions[i]!, 1e-14));
      side.densities.forEach((d, i) => expectClose(d, num(fixture.densities[i]!), 1e-12));
    }
  });
});

describe('histogram properties', () => {
  const sample = fc.array(fc.double({ min: -1e4, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 80 });

  it('bins every value once on automatic edges; densities integrate to 1', () => {
    fc.assert(
      fc.property(
        sample,
        sample,
        fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constant('sturges' as const)),
        (a, b, bins) => {
          const h = histogram(a, b, { bins });
          expect(h.reference.counts.reduce((s, c) => s + c, 0)).toBe(a.length);
          expect(h.current.counts.reduce((s, c) => s + c, 0)).toBe(b.length);
          const area = h.reference.densities.reduce((s, d, i) => s + d * (h.edges[i + 1]! - h.edges[i]!), 0);
          expect(area).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it('rejects bad edges and bins', () => {
    expect(() => histogram([1], [1], { edges: [1] })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => histogram([1], [1], { edges: [0, 2, 1] })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => histogram([1], [1], { edges: [0, Infinity] })).toThrow(
      expect.objectContaining({ code: 'non-finite' }),
    );
    expect(() => histogram([1], [1], { bins: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => histogram([], [1])).toThrow(expect.objectContaining({ code: 'empty' }));
  });
});

it('treats a range too narrow for distinct bins as constant (found by fast-check: [0] vs [5e-324])', () => {
  const h = histogram([0], [5e-324], { bins: 1 });
  expect(h.edges).toEqual([-0.5, 0.5]);
  expect(h.reference.densities).toEqual([1]);
  expect(h.current.densities).toEqual([1]);
  expect(histogram([1, 1 + 1e-17], [1], { bins: 4 }).edges).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
});
