// Seeded pseudo-random number generator for the stream generators and simulations.
//
// Algorithm: sfc32 ("Small Fast Chaotic", Chris Doty-Humphrey, PractRand 0.94), 128-bit state, 32-bit
// output; it passes PractRand and BigCrush. The 128-bit state is filled from the seed with splitmix32
// (a 32-bit variant of Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators") and
// the first 12 outputs are discarded, so nearby seeds give unrelated streams.
// Normal deviates: Box–Muller (Box & Muller 1958), both values of each pair used (the second is cached).
import { describeValue, InvalidOptionError } from './errors';

/** What the generators need from a random source. Both Prng and PythonRandom implement it. */
export interface Rng {
  /** Uniform on [0, 1). */
  next(): number;
  /** Uniform on [a, b): a + (b − a)·next(). */
  uniform(a: number, b: number): number;
  /** Normal deviate with the given mean and standard deviation. */
  normal(mean?: number, sd?: number): number;
  /** Uniform integer in {0, …, n − 1}, without modulo bias. */
  int(n: number): number;
  /** A uniformly chosen element of a non-empty array. */
  choice<T>(items: readonly T[]): T;
}

const TWO_32 = 4294967296;

/** Checks a seed: any safe integer (negative seeds allowed; both 32-bit halves are used). */
export function checkSeed(owner: string, seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
    throw new InvalidOptionError(owner, `seed must be a safe integer, got ${describeValue(seed)}`);
  }
  return seed;
}

export function checkIntBound(owner: string, n: unknown, max: number): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) {
    throw new InvalidOptionError(owner, `n must be an integer from 1 to ${max}, got ${describeValue(n)}`);
  }
  return n;
}

function checkFinite(owner: string, values: Record<string, number>): void {
  for (const [k, v] of Object.entries(values)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new InvalidOptionError(`${owner}.${k}`, `must be a finite number, got ${describeValue(v)}`);
    }
  }
}

/** sfc32 generator. `new Prng(seed)` with the same seed always yields the same sequence. */
export class Prng implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | null = null;

  constructor(seed: number) {
    checkSeed('Prng', seed);
    const lo = seed >>> 0;
    const hi = Math.floor(seed / TWO_32) >>> 0;
    // splitmix32: x += 0x9e3779b9, then two xorshift-multiply rounds.
    let x = (lo ^ Math.imul(hi, 0x85ebca6b)) >>> 0;
    const split = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** Next raw 32-bit output. sfc32: t = a + b + d; d += 1; a = b ^ b>>>9; b = c + c<<3; c = rotl(c, 21) + t. */
  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  next(): number {
    return this.nextUint32() / TWO_32;
  }

  uniform(a: number, b: number): number {
    checkFinite('Prng.uniform', { a, b });
    return a + (b - a) * this.next();
  }

  /** Box–Muller: r = √(−2 ln u1), z0 = r cos 2πu2, z1 = r sin 2πu2 (z1 is returned by the next call). */
  normal(mean = 0, sd = 1): number {
    checkFinite('Prng.normal', { mean, sd });
    if (sd < 0) throw new InvalidOptionError('Prng.normal.sd', `must be ≥ 0, got ${sd}`);
    let z: number;
    if (this.spareNormal !== null) {
      z = this.spareNormal;
      this.spareNormal = null;
    } else {
      const u1 = 1 - this.next(); // (0, 1], so the log is finite
      const u2 = this.next();
      const r = Math.sqrt(-2 * Math.log(u1));
      z = r * Math.cos(2 * Math.PI * u2);
      this.spareNormal = r * Math.sin(2 * Math.PI * u2);
    }
    return mean + sd * z;
  }

  /** Rejection sampling on 32-bit outputs: values ≥ the largest multiple of n below 2³² are redrawn. */
  int(n: number): number {
    checkIntBound('Prng.int', n, TWO_32);
    const limit = TWO_32 - (TWO_32 % n);
    for (;;) {
      const r = this.nextUint32();
      if (r < limit) return r % n;
    }
  }

  choice<T>(items: readonly T[]): T {
    if (!Array.isArray(items) || items.length === 0) {
      throw new InvalidOptionError('Prng.choice', 'items must be a non-empty array');
    }
    return items[this.int(items.length)] as T;
  }
}
