import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close';
import { num, reference } from './fixtures/reference';
import { jensenShannonDistance } from './jensen-shannon';

describe('jensenShannonDistance against scipy.spatial.distance.jensenshannon', () => {
  it.each(reference.jensenShannon.map((c) => [`${c.name}, base ${c.base ?? 'e'}`, c] as const))(
    '%s',
    (_, c) => {
      const d = c.base === null ? jensenShannonDistance(c.p, c.q) : jensenShannonDistance(c.p, c.q, c.base);
      // Absolute 1e-12 for the distances at 0: a square root turns 1e-32 rounding in the divergence into 1e-16.
      expectClose(d, num(c.value), 1e-10, 1e-12);
    },
  );
});

describe('jensenShannonDistance properties', () => {
  const hist = (n: number) =>
    fc
      .array(fc.integer({ min: 0, max: 1000 }), { minLength: n, maxLength: n })
      .filter((h) => h.some((v) => v > 0));
  const pair = fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(hist(n), hist(n)));

  it('is symmetric, zero on identical inputs and at most 1 in base 2 (√ln 2 in base e)', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        const d = jensenShannonDistance(p, q, 2);
        expect(d).toBeCloseTo(jensenShannonDistance(q, p, 2), 14);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(1 + 1e-15);
        expect(jensenShannonDistance(p, q)).toBeLessThanOrEqual(Math.sqrt(Math.LN2) + 1e-15);
        expect(
          jensenShannonDistance(
            p,
            p.map((v) => v * 3),
          ),
        ).toBe(0);
      }),
    );
  });

  it('reaches its maximum on disjoint supports', () => {
    expect(jensenShannonDistance([1, 0], [0, 1], 2)).toBeCloseTo(1, 15);
  });

  it('rejects bad histograms and bases', () => {
    expect(() => jensenShannonDistance([1, 2], [1])).toThrow(
      expect.objectContaining({ code: 'length-mismatch' }),
    );
    expect(() => jensenShannonDistance([], [])).toThrow(expect.objectContaining({ code: 'empty' }));
    expect(() => jensenShannonDistance([0, 0], [1, 1])).toThrow(
      expect.objectContaining({ code: 'zero-total' }),
    );
    expect(() => jensenShannonDistance([1, -1], [1, 1])).toThrow(
      expect.objectContaining({ code: 'negative' }),
    );
    expect(() => jensenShannonDistance([1, NaN], [1, 1])).toThrow(
      expect.objectContaining({ code: 'non-finite' }),
    );
    expect(() => jensenShannonDistance([1], [1], 1)).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
    expect(() => jensenShannonDistance([1], [1], -2)).toThrow(
      expect.objectContaining({ code: 'invalid-option' }),
    );
  });
});
