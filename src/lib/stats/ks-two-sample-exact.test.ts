import { describe, expect, it } from 'vitest';
import { expectClose } from './fixtures/expect-close';
import { probOutsideInside, probOutsideSquare } from './ks-two-sample-exact';

/** P(D_{m,n} ≥ h/lcm) by enumerating every arrangement of m x's and n y's (all C(m+n, n) lattice paths). */
function bruteForce(m: number, n: number, h: number): number {
  const lcm = (m * n) / gcd(m, n);
  let outside = 0;
  let total = 0;
  const walk = (x: number, y: number, maxDev: number): void => {
    if (x === m && y === n) {
      total++;
      if (maxDev >= h) outside++;
      return;
    }
    const dev = (px: number, py: number): number => Math.abs(px * (lcm / m) - py * (lcm / n)); // lcm·|x/m − y/n|
    if (x < m) walk(x + 1, y, Math.max(maxDev, dev(x + 1, y)));
    if (y < n) walk(x, y + 1, Math.max(maxDev, dev(x, y + 1)));
  };
  walk(0, 0, 0);
  return outside / total;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

describe('exact two-sample KS null distribution (Hodges 1958)', () => {
  it('equal sizes: matches brute-force path counting', () => {
    for (const n of [1, 2, 3, 5, 7]) {
      for (let h = 1; h <= n; h++)
        expectClose(probOutsideSquare(n, h), bruteForce(n, n, h * 1), 1e-12, 0, `n=${n} h=${h}`);
    }
  });

  it('unequal sizes: matches brute-force path counting', () => {
    for (const [m, n] of [
      [2, 3],
      [3, 5],
      [4, 6],
      [6, 4],
      [7, 3],
      [5, 8],
    ] as const) {
      const g = gcd(m, n);
      const lcm = (m * n) / g;
      for (let h = 1; h <= lcm; h++)
        expectClose(probOutsideInside(m, n, g, h), bruteForce(m, n, h), 1e-12, 0, `m=${m} n=${n} h=${h}`);
    }
  });

  it('P(D ≥ 1) for 4 vs 6 is 2/C(10,4)', () => {
    expectClose(probOutsideInside(4, 6, 2, 12), 2 / 210, 1e-14);
    expect(probOutsideSquare(5, 5)).toBeCloseTo(2 / 252, 15);
  });
});
