// Python's `random.Random`, bit for bit: the MT19937 Mersenne Twister (Matsumoto & Nishimura 1998,
// "Mersenne Twister: a 623-dimensionally equidistributed uniform pseudo-random number generator",
// reference mt19937ar.c) with CPython's seeding and derived methods (Lib/random.py, Modules/_randommodule.c).
//
// Why it is here: River's KSWIN draws its reference sample with `random.Random(seed).sample(...)`, so a
// seeded KSWIN only makes the same decisions as River with the same generator. It also lets the tests
// rebuild River's docstring streams (e.g. `random.Random(12345).choices([0, 1], k=1000)`) exactly and
// check the detectors against River's published detection indices.
// `fromNumpySeed` gives numpy's legacy `RandomState(seed)` stream (init_genrand), whose `rand()` uses the
// same 53-bit formula as Python's random().
import { describeValue, InvalidOptionError } from './errors';
import type { Rng } from './prng';

const N = 624;
const M = 397;
const TWO_PI = 2 * Math.PI;

export class PythonRandom implements Rng {
  private readonly mt = new Uint32Array(N);
  private mti = N + 1;
  private gaussNext: number | null = null;

  /** Same as Python's `random.Random(seed)` for an integer seed (|seed| ≤ 2^53). */
  constructor(seed: number) {
    if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) {
      throw new InvalidOptionError('PythonRandom', `seed must be a safe integer, got ${describeValue(seed)}`);
    }
    // random_seed(): the absolute value split into 32-bit words, least significant first; 0 → [0].
    const n = Math.abs(seed);
    const lo = n % 4294967296;
    const hi = Math.floor(n / 4294967296);
    this.initByArray(hi > 0 ? [lo, hi] : [lo]);
  }

  /** numpy's legacy `np.random.RandomState(seed)` / `np.random.seed(seed)` (0 ≤ seed < 2^32). */
  static fromNumpySeed(seed: number): PythonRandom {
    if (!Number.isInteger(seed) || seed < 0 || seed >= 4294967296) {
      throw new InvalidOptionError(
        'PythonRandom.fromNumpySeed',
        `seed must be an integer in [0, 2^32), got ${seed}`,
      );
    }
    const r = new PythonRandom(0);
    r.initGenrand(seed);
    return r;
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] as number;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] as number;
      mt[i] =
        ((((mt[i] as number) ^ Math.imul(prev ^ (prev >>> 30), 1664525)) >>> 0) + (key[j] as number) + j) >>>
        0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] as number;
      mt[i] = ((((mt[i] as number) ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) >>> 0) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1] as number;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.mti = N;
  }

  /** genrand_uint32 of mt19937ar.c. */
  nextUint32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      const mix = (a: number, b: number, c: number): number => {
        const y = (a & 0x80000000) | (b & 0x7fffffff);
        return (c ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
      };
      for (; kk < N - M; kk++) mt[kk] = mix(mt[kk] as number, mt[kk + 1] as number, mt[kk + M] as number);
      for (; kk < N - 1; kk++) mt[kk] = mix(mt[kk] as number, mt[kk + 1] as number, mt[kk + M - N] as number);
      mt[N - 1] = mix(mt[N - 1] as number, mt[0] as number, mt[M - 1] as number);
      this.mti = 0;
    }
    let y = mt[this.mti++] as number;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random(): (a·2^26 + b) / 2^53 with a = 27 and b = 26 high bits of two outputs. */
  random(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** getrandbits(k) for 0 ≤ k ≤ 32. */
  getrandbits(k: number): number {
    if (!Number.isInteger(k) || k < 0 || k > 32) {
      throw new InvalidOptionError('PythonRandom.getrandbits', `k must be an integer from 0 to 32, got ${k}`);
    }
    return k === 0 ? 0 : this.nextUint32() >>> (32 - k);
  }

  /** _randbelow(n) (the getrandbits variant): draw bit_length(n) bits until the value is below n. */
  randbelow(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 4294967295) {
      throw new InvalidOptionError(
        'PythonRandom.randbelow',
        `n must be an integer from 1 to 2^32 − 1, got ${n}`,
      );
    }
    const k = 32 - Math.clz32(n); // n.bit_length()
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** randint(a, b), both ends included. */
  randint(a: number, b: number): number {
    return a + this.randbelow(b - a + 1);
  }

  /** choices(population, k=k) and choices(population, weights, k=k) (bisect on cumulative weights). */
  choices<T>(population: readonly T[], k: number, weights?: readonly number[]): T[] {
    const n = population.length;
    const out: T[] = [];
    if (weights === undefined) {
      for (let i = 0; i < k; i++) out.push(population[Math.floor(this.random() * n)] as T);
      return out;
    }
    if (weights.length !== n)
      throw new InvalidOptionError('PythonRandom.choices', 'weights must match the population');
    const cum: number[] = [];
    let acc = 0;
    for (const w of weights) cum.push((acc += w));
    const total = acc;
    for (let i = 0; i < k; i++) {
      const r = this.random() * total;
      // bisect_right(cum, r, 0, n - 1)
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (r < (cum[mid] as number)) hi = mid;
        else lo = mid + 1;
      }
      out.push(population[lo] as T);
    }
    return out;
  }

  /** sample(range(n), k): k distinct integers from 0 … n − 1 in selection order (CPython 3.11 algorithm). */
  sampleRange(n: number, k: number): number[] {
    if (!Number.isInteger(n) || !Number.isInteger(k) || k < 0 || k > n) {
      throw new InvalidOptionError('PythonRandom.sampleRange', `need 0 ≤ k ≤ n, got n = ${n}, k = ${k}`);
    }
    const result: number[] = [];
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i);
        result.push(pool[j] as number);
        pool[j] = pool[n - i - 1] as number;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result.push(j);
      }
    }
    return result;
  }

  /** gauss(mu, sigma): Python's Box–Muller variant with one cached value. */
  gauss(mu = 0, sigma = 1): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * TWO_PI;
      const g2rad = Math.sqrt(-2 * Math.log(1 - this.random()));
      z = Math.cos(x2pi) * g2rad;
      this.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  // Rng interface, mapped to the Python methods of the same meaning.
  next(): number {
    return this.random();
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  normal(mean = 0, sd = 1): number {
    return this.gauss(mean, sd);
  }

  int(n: number): number {
    return this.randbelow(n);
  }

  choice<T>(items: readonly T[]): T {
    if (items.length === 0)
      throw new InvalidOptionError('PythonRandom.choice', 'items must be a non-empty array');
    return items[this.randbelow(items.length)] as T;
  }
}
