// KSWIN — Kolmogorov–Smirnov WINdowing.
// Paper: C. Raab, M. Heusinger and F.-M. Schleif, "Reactive soft prototype computing for concept drift
//   streams", Neurocomputing 416, 2020, pp. 340–351.
// Port of River: river/drift/kswin.py.
// A sliding window Ψ of windowSize values; once full, on every update:
//   R = the last statSize values, W = statSize values drawn without replacement from the first
//   windowSize − statSize (River: `random.Random(seed).sample(range(window_size - stat_size), stat_size)`,
//   reproduced bit for bit by PythonRandom, so a seeded KSWIN draws the same W as River);
//   (D, p) = scipy.stats.ks_2samp(W, R, method='auto')  (ks-two-sample.ts);
//   drift when p ≤ alpha and D > 0.1.
// On drift River keeps only R in the window, but the next update resets the detector (empty window and
// generator re-seeded), so after a detection KSWIN needs windowSize fresh values before it can fire again.
// Seed: an integer seed makes the detector deterministic; without one (River: seed=None) the generator is
// seeded from Math.random.
import { describeValue, InvalidOptionError } from './errors';
import { KS_EXACT_MAX_N, ksTwoSampleEqualSizes } from './ks-two-sample';
import { PythonRandom } from './python-random';
import { checkOptionKeys, finiteInput, numberOption } from './validate';
import type { DriftDetector } from './detector';

export interface KSWINOptions {
  /** Significance level of the KS test (River `alpha`). Default 0.005. */
  alpha?: number;
  /** Size of the sliding window (River `window_size`). Default 100. */
  windowSize?: number;
  /** Size of the two samples compared (River `stat_size`). Default 30. */
  statSize?: number;
  /** Seed of the sampling generator (River `seed`). Default: unseeded. */
  seed?: number;
  /** Values to pre-fill the window with, to avoid a cold start (River `window`). */
  window?: readonly number[];
}

const KEYS = ['alpha', 'windowSize', 'statSize', 'seed', 'window'] as const;

export class KSWIN implements DriftDetector {
  readonly alpha: number;
  readonly windowSize: number;
  readonly statSize: number;
  readonly seed: number | undefined;

  private _driftDetected = false;
  private _pValue = 0;
  private _statistic = 0;
  private n = 0;
  private window: number[] = [];
  private rng!: PythonRandom;

  constructor(options: KSWINOptions = {}) {
    checkOptionKeys('KSWIN', options, KEYS);
    this.alpha = numberOption('KSWIN.alpha', options.alpha, 0.005, { min: 0, max: 1 });
    this.windowSize = numberOption('KSWIN.windowSize', options.windowSize, 100, { integer: true, min: 2 });
    this.statSize = numberOption('KSWIN.statSize', options.statSize, 30, {
      integer: true,
      min: 1,
      max: KS_EXACT_MAX_N,
    });
    // River only rejects window_size < stat_size up front; with window_size < 2·stat_size its
    // random.sample call fails on the first test ("Sample larger than population"). Rejected here instead.
    if (this.windowSize < 2 * this.statSize) {
      throw new InvalidOptionError(
        'KSWIN.windowSize',
        `must be at least 2 × statSize (${2 * this.statSize}) so statSize values can be drawn from the older part, got ${this.windowSize}`,
      );
    }
    if (
      options.seed !== undefined &&
      (typeof options.seed !== 'number' || !Number.isSafeInteger(options.seed))
    ) {
      throw new InvalidOptionError(
        'KSWIN.seed',
        `must be a safe integer, got ${describeValue(options.seed)}`,
      );
    }
    this.seed = options.seed;
    this.reset();
    if (options.window !== undefined) {
      if (
        !Array.isArray(options.window) ||
        options.window.some((v) => typeof v !== 'number' || !Number.isFinite(v))
      ) {
        throw new InvalidOptionError('KSWIN.window', 'must be an array of finite numbers');
      }
      this.window = options.window.slice(-this.windowSize);
    }
  }

  get driftDetected(): boolean {
    return this._driftDetected;
  }

  /** p-value of the last KS test (0 before the first test, as in River). */
  get pValue(): number {
    return this._pValue;
  }

  /** KS statistic of the last test (0 before the first test). */
  get statistic(): number {
    return this._statistic;
  }

  /** Updates since the last reset. */
  get nSeen(): number {
    return this.n;
  }

  private reset(): void {
    this._driftDetected = false;
    this._pValue = 0;
    this._statistic = 0;
    this.n = 0;
    this.window = [];
    this.rng = new PythonRandom(this.seed ?? Math.floor(Math.random() * 2 ** 32));
  }

  update(x: number): this {
    const value = finiteInput('KSWIN', x);
    if (this._driftDetected) this.reset();

    this.n += 1;
    this.window.push(value);
    if (this.window.length > this.windowSize) this.window.shift();

    if (this.window.length >= this.windowSize) {
      const older = this.windowSize - this.statSize;
      const rndWindow = this.rng.sampleRange(older, this.statSize).map((r) => this.window[r] as number);
      const mostRecent = this.window.slice(older);
      const { statistic, pvalue } = ksTwoSampleEqualSizes(rndWindow, mostRecent);
      this._statistic = statistic;
      this._pValue = pvalue;
      if (pvalue <= this.alpha && statistic > 0.1) {
        this._driftDetected = true;
        this.window = mostRecent;
      } else {
        this._driftDetected = false;
      }
    } else {
      this._driftDetected = false;
    }
    return this;
  }
}
