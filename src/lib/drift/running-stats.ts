// Ports of the small running statistics River's detectors are built on, kept operation-for-operation
// identical so detections happen on the same update as in River:
// - Mean   — river/stats/mean.py:   n += 1; mean += (1 / n) * (x - mean)
// - Var    — river/stats/var.py:    Welford, S += (x - mean_old) * (x - mean_new); var = S / (n - ddof)
// - EWMean — river/stats/ewmean.py (Rust backend, watermill ewmean.rs):
//            mean = x when the current mean is exactly 0, else mean = a * x + (1 - a) * mean.
//   The "exactly 0" rule is a quirk of the reference: a stream of 0s keeps the mean at 0 and the first
//   non-zero value replaces it outright. HDDM_W inherits it, so it is reproduced here on purpose.
// References: West (1979) "Updating mean and variance estimates"; Finch (2009) "Incremental calculation
// of weighted mean and variance".

/** River's stats.Mean. */
export class RunningMean {
  n = 0;
  mean = 0;

  update(x: number): this {
    this.n += 1;
    this.mean += (1 / this.n) * (x - this.mean);
    return this;
  }

  get(): number {
    return this.mean;
  }

  /** An independent copy (River: `clone(include_attributes=True)`). */
  clone(): RunningMean {
    const copy = new RunningMean();
    copy.n = this.n;
    copy.mean = this.mean;
    return copy;
  }
}

/** River's stats.Var with ddof = 1 by default. */
export class RunningVar {
  readonly mean = new RunningMean();
  private s = 0;

  constructor(private readonly ddof = 1) {}

  update(x: number): this {
    const meanOld = this.mean.get();
    this.mean.update(x);
    const meanNew = this.mean.get();
    this.s += (x - meanOld) * (x - meanNew);
    return this;
  }

  get(): number {
    return this.mean.n > this.ddof ? this.s / (this.mean.n - this.ddof) : 0;
  }
}

/** River's stats.EWMean (fading factor `alpha`, weight of the newest value). */
export class EWMean {
  mean = 0;

  constructor(readonly alpha: number) {}

  update(x: number): this {
    this.mean = this.mean === 0 ? x : this.alpha * x + (1 - this.alpha) * this.mean;
    return this;
  }

  get(): number {
    return this.mean;
  }
}
