// Special functions the tests need: log-gamma, the regularized upper incomplete gamma function and the
// χ² and normal tails built from it, plus a few exact floating-point helpers used by the KS code.

const EPS = 2.220446049250313e-16; // DBL_EPSILON
const TINY = 1e-300; // floor for the modified Lentz algorithm
const MAX_ITER = 100_000;

// Lanczos coefficients, g = 7, n = 9 (Godfrey's set, as in Numerical Recipes 3rd ed. §6.1 and Wikipedia
// "Lanczos approximation"); relative error of Γ about 1e-15 for x > 0.
const LANCZOS_G = 7;
const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.9189385332046728;

/** ln Γ(x) for x > 0 (Lanczos approximation; reflection Γ(x)Γ(1−x) = π / sin(πx) below 0.5). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0]!;
  const t = z + LANCZOS_G + 0.5;
  for (let i = 1; i < LANCZOS.length; i++) a += LANCZOS[i]! / (z + i);
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/**
 * Regularized upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a), a > 0, x ≥ 0.
 * Series for P = 1 − Q when x < a + 1, else the Legendre continued fraction evaluated with the modified
 * Lentz method (Numerical Recipes 3rd ed. §6.2). Q keeps full relative accuracy in the upper tail.
 */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  const logPrefactor = -x + a * Math.log(x) - logGamma(a); // ln(x^a e^−x / Γ(a))
  if (x < a + 1) {
    // P(a, x) = x^a e^−x / Γ(a+1) · Σ_k x^k / ((a+1)…(a+k))
    let ap = a;
    let term = 1 / a;
    let sum = term;
    for (let i = 0; i < MAX_ITER; i++) {
      ap += 1;
      term *= x / ap;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(logPrefactor);
  }
  // Q(a, x) = x^a e^−x / Γ(a) · 1/(x+1−a− 1·(1−a)/(x+3−a− 2·(2−a)/(x+5−a− …)))
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(logPrefactor) * h;
}

/** χ² survival function P(X > x) for k degrees of freedom: Q(k/2, x/2) (as scipy.stats.chi2.sf). */
export function chiSquareSf(x: number, k: number): number {
  if (x <= 0) return 1;
  return gammaQ(k / 2, x / 2);
}

/**
 * Two-sided standard-normal tail P(|Z| > |z|) = erfc(|z|/√2). Computed as the χ²₁ tail of z², which is the
 * same quantity (Z² ~ χ²₁) and keeps full relative accuracy far into the tail.
 */
export function normalTwoSidedP(z: number): number {
  return chiSquareSf(z * z, 1);
}

/** Round half to even, like numpy.round (Python's banker's rounding). */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** x · 2^e without intermediate overflow/underflow of 2^e (C's ldexp). */
export function ldexp(x: number, e: number): number {
  let r = x;
  let k = e;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  return r * 2 ** k;
}

/** Exact product a·b = hi + lo (Dekker's TwoProduct with Veltkamp splitting; no FMA in JS). */
export function twoProduct(a: number, b: number): [hi: number, lo: number] {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const err = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, err];
}

function split(a: number): [number, number] {
  const c = 134217729 * a; // 2^27 + 1
  const hi = c - (c - a);
  return [hi, a - hi];
}
