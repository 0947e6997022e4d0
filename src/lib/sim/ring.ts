// Fixed-capacity ring buffers for the live simulator.
//
// The simulator runs for as long as the page is open, so every history it keeps (chart series, latency
// samples, the sliding windows of the monitors) must have a hard size bound. A ring buffer stores the last
// `capacity` values in a preallocated Float64Array: a push writes one slot and, once full, overwrites the
// oldest value (which it returns, so windowed statistics can subtract it). Nothing is allocated after
// construction except the copies that toArray()/column()/quantile() hand out.
//
// Layout: `head` is the physical index of the oldest value and `count` the number of values held, so the
// logical element i (0 = oldest) lives at (head + i) mod capacity. While filling, head stays 0.
//
// Errors follow src/lib/drift/errors.ts: a bad constructor argument or index throws InvalidOptionError,
// a value a buffer cannot hold throws InvalidInputError before anything changes.
import { describeValue, InvalidInputError, InvalidOptionError } from '../drift/errors';
import { numberOption } from '../drift/validate';
import { quantileSorted } from '../stats/quantile';

function checkCapacity(owner: string, capacity: unknown, max = Number.MAX_SAFE_INTEGER): number {
  return numberOption(`${owner}.capacity`, capacity, Number.NaN, { integer: true, min: 1, max });
}

/**
 * FIFO of the last `capacity` numbers. Any number is accepted, NaN included (SeriesRing uses NaN for a
 * missing value); callers that need finite values check them first.
 */
export class RingBuffer {
  readonly capacity: number;
  private readonly buf: Float64Array;
  private head = 0;
  private count = 0;

  constructor(capacity: number) {
    this.capacity = checkCapacity('RingBuffer', capacity);
    this.buf = new Float64Array(this.capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Appends x. When the buffer was full the oldest value is overwritten and returned; otherwise undefined. */
  push(x: number): number | undefined {
    if (typeof x !== 'number') throw new InvalidInputError(`RingBuffer.push: expected a number`, x);
    if (this.count < this.capacity) {
      this.buf[(this.head + this.count) % this.capacity] = x;
      this.count++;
      return undefined;
    }
    const evicted = this.buf[this.head]!;
    this.buf[this.head] = x;
    this.head = (this.head + 1) % this.capacity;
    return evicted;
  }

  /** Logical element i: 0 = oldest, size − 1 = newest. */
  get(i: number): number {
    if (!Number.isInteger(i) || i < 0 || i >= this.count) {
      throw new InvalidOptionError(
        'RingBuffer.get',
        `index must be an integer from 0 to ${this.count - 1}, got ${describeValue(i)}`,
      );
    }
    return this.buf[(this.head + i) % this.capacity]!;
  }

  /** The newest value, or undefined when empty. */
  last(): number | undefined {
    return this.count === 0 ? undefined : this.buf[(this.head + this.count - 1) % this.capacity];
  }

  /** A copy of the contents, oldest → newest (two block copies, no per-element loop). */
  toArray(): Float64Array {
    const out = new Float64Array(this.count);
    const firstRun = Math.min(this.count, this.capacity - this.head);
    out.set(this.buf.subarray(this.head, this.head + firstRun), 0);
    if (firstRun < this.count) out.set(this.buf.subarray(0, this.count - firstRun), firstRun);
    return out;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
  }
}

/**
 * Several parallel numeric columns (e.g. time, accuracy, PSI) sharing one ring index, so row i of every
 * column belongs to the same tick. A key missing from a pushed row (or a non-number) is stored as NaN,
 * which charts draw as a gap.
 */
export class SeriesRing<K extends string> {
  readonly keys: readonly K[];
  readonly capacity: number;
  private readonly columns: Map<K, Float64Array>;
  private head = 0;
  private count = 0;

  constructor(keys: readonly K[], capacity: number) {
    if (!Array.isArray(keys) || keys.length === 0)
      throw new InvalidOptionError('SeriesRing.keys', 'must be a non-empty array of column names');
    if (new Set(keys).size !== keys.length)
      throw new InvalidOptionError('SeriesRing.keys', `has duplicates: ${keys.join(', ')}`);
    this.capacity = checkCapacity('SeriesRing', capacity);
    this.keys = [...keys];
    this.columns = new Map(keys.map((k) => [k, new Float64Array(this.capacity)] as const));
  }

  get size(): number {
    return this.count;
  }

  /** Appends one row; once full, the oldest row is dropped from every column. */
  push(row: Record<K, number>): void {
    const slot = (this.head + this.count) % this.capacity;
    for (const [k, col] of this.columns) {
      const v: unknown = row[k];
      col[slot] = typeof v === 'number' ? v : Number.NaN;
    }
    if (this.count < this.capacity) this.count++;
    else this.head = (this.head + 1) % this.capacity;
  }

  /** A copy of one column, oldest → newest. */
  column(key: K): Float64Array {
    const col = this.columns.get(key);
    if (!col) throw new InvalidOptionError('SeriesRing.column', `unknown key ${describeValue(key)}`);
    const out = new Float64Array(this.count);
    const firstRun = Math.min(this.count, this.capacity - this.head);
    out.set(col.subarray(this.head, this.head + firstRun), 0);
    if (firstRun < this.count) out.set(col.subarray(0, this.count - firstRun), firstRun);
    return out;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
  }
}

/** Largest window WindowQuantiles accepts: a sort of 4096 doubles takes well under a millisecond. */
export const WINDOW_QUANTILES_MAX_CAPACITY = 4096;

/**
 * Quantiles (p50/p95/p99 latency) of the last `capacity` values. Exact, not a sketch: the window is small,
 * so quantile() sorts a copy of the ring (O(n log n)) and caches it until the next push, which makes
 * asking for several quantiles per tick cost one sort. Quantiles use numpy.quantile's default 'linear'
 * method (Hyndman & Fan 1996, type 7) via stats/quantile.ts: h = (n − 1)·q, interpolate between the order
 * statistics ⌊h⌋ and ⌊h⌋ + 1.
 */
export class WindowQuantiles {
  readonly capacity: number;
  private readonly ring: RingBuffer;
  private sorted: Float64Array | null = null;

  constructor(capacity: number) {
    this.capacity = checkCapacity('WindowQuantiles', capacity, WINDOW_QUANTILES_MAX_CAPACITY);
    this.ring = new RingBuffer(this.capacity);
  }

  get size(): number {
    return this.ring.size;
  }

  /** Appends a finite value (InvalidInputError otherwise), evicting the oldest once full. */
  push(x: number): void {
    if (typeof x !== 'number' || !Number.isFinite(x))
      throw new InvalidInputError(
        `WindowQuantiles.push: expected a finite number, got ${describeValue(x)}`,
        x,
      );
    this.ring.push(x);
    this.sorted = null;
  }

  /** q-quantile, 0 ≤ q ≤ 1, of the window; NaN when empty. */
  quantile(q: number): number {
    numberOption('WindowQuantiles.quantile.q', q, Number.NaN, { min: 0, max: 1 });
    const n = this.ring.size;
    if (n === 0) return Number.NaN;
    if (this.sorted === null) this.sorted = this.ring.toArray().sort();
    return quantileSorted(this.sorted, n, q);
  }

  clear(): void {
    this.ring.clear();
    this.sorted = null;
  }
}
