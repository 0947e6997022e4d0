// The retraining buffer: the last `capacity` labelled events as raw rows, with their true classes and the
// simulated time each event happened, in a ring (struct of arrays, preallocated: memory stays bounded however
// long the simulation runs). The simulator adds every labelled event, whichever model served it; a retrained
// candidate learns from a recent window of it.
export class TrainingBuffer {
  private readonly rows: Float64Array;
  private readonly labels: Int32Array;
  private readonly times: Float64Array;
  private next = 0;
  private size = 0;

  /** `width`: values per raw row. */
  constructor(
    private readonly capacity: number,
    private readonly width: number,
  ) {
    this.rows = new Float64Array(capacity * width);
    this.labels = new Int32Array(capacity);
    this.times = new Float64Array(capacity);
  }

  /** Adds one event (overwriting the oldest once full); `time`: when it happened, not when its label came. */
  push(row: Float64Array, label: number, time: number): void {
    const cap = this.capacity;
    this.rows.set(row, this.next * this.width);
    this.labels[this.next] = label;
    this.times[this.next] = time;
    this.next = (this.next + 1) % cap;
    this.size = Math.min(cap, this.size + 1);
  }

  /** The kept events that happened at or after `from` (raw rows and classes), oldest first. */
  since(from: number): { rows: Float64Array; labels: Int32Array; n: number } {
    const cap = this.capacity;
    const picked: number[] = [];
    for (let i = 0; i < this.size; i++) {
      const slot = (this.next - this.size + i + cap) % cap;
      if (this.times[slot]! >= from) picked.push(slot);
    }
    const rows = new Float64Array(picked.length * this.width);
    const labels = new Int32Array(picked.length);
    picked.forEach((slot, i) => {
      rows.set(this.rows.subarray(slot * this.width, (slot + 1) * this.width), i * this.width);
      labels[i] = this.labels[slot]!;
    });
    return { rows, labels, n: picked.length };
  }
}
