// Page-Hinkley test (a CUSUM variant with a forgetting factor).
// Papers: E. S. Page, "Continuous inspection schemes", Biometrika 41(1/2), 1954, pp. 100–115;
//   R. Sebastião and J. M. Fernandes, "Supporting the Page-Hinkley test with empirical mode decomposition
//   for change detection", ISMIS 2017 (the two-sided form).
// Port of River: river/drift/page_hinkley.py. With x̄_t the running mean (including x_t):
//   S⁺_t = α·S⁺_{t−1} + (x_t − x̄_t) − δ,   m⁺_t = min(m⁺_{t−1}, S⁺_t),  m⁺_0 = +∞
//   S⁻_t = α·S⁻_{t−1} + (x_t − x̄_t) + δ,   M⁻_t = max(M⁻_{t−1}, S⁻_t),  M⁻_0 = −1 (sic, as in River)
//   once t ≥ minInstances: drift if S⁺_t − m⁺_t > λ ('up'), M⁻_t − S⁻_t > λ ('down'), either ('both').
// The detector resets completely on the update after a detection.
import { RunningMean } from './running-stats';
import { checkOptionKeys, enumOption, finiteInput, numberOption } from './validate';
import type { DriftDetector } from './detector';

export type PageHinkleyMode = 'up' | 'down' | 'both';

export interface PageHinkleyOptions {
  /** Updates needed before a drift can be signalled (River `min_instances`). Default 30. */
  minInstances?: number;
  /** Magnitude of change tolerated, δ (River `delta`). Default 0.005. */
  delta?: number;
  /** Detection threshold λ (River `threshold`). Default 50. */
  threshold?: number;
  /** Forgetting factor α applied to the cumulative sums (River `alpha`). Default 0.9999. */
  alpha?: number;
  /** Watch increases ('up'), decreases ('down') or both (River `mode`). Default 'both'. */
  mode?: PageHinkleyMode;
}

const KEYS = ['minInstances', 'delta', 'threshold', 'alpha', 'mode'] as const;

export class PageHinkley implements DriftDetector {
  readonly minInstances: number;
  readonly delta: number;
  readonly threshold: number;
  readonly alpha: number;
  readonly mode: PageHinkleyMode;

  private _driftDetected = false;
  private mean = new RunningMean();
  private sumIncrease = 0;
  private sumDecrease = 0;
  private minIncrease = Number.POSITIVE_INFINITY;
  private maxDecrease = -1;

  constructor(options: PageHinkleyOptions = {}) {
    checkOptionKeys('PageHinkley', options, KEYS);
    this.minInstances = numberOption('PageHinkley.minInstances', options.minInstances, 30, {
      integer: true,
      min: 1,
    });
    this.delta = numberOption('PageHinkley.delta', options.delta, 0.005, { min: 0 });
    this.threshold = numberOption('PageHinkley.threshold', options.threshold, 50, {
      min: 0,
      minExclusive: true,
    });
    this.alpha = numberOption('PageHinkley.alpha', options.alpha, 1 - 0.0001, {
      min: 0,
      max: 1,
      minExclusive: true,
    });
    this.mode = enumOption('PageHinkley.mode', options.mode, 'both', ['up', 'down', 'both']);
    this.reset();
  }

  get driftDetected(): boolean {
    return this._driftDetected;
  }

  /** Current one-sided statistics S⁺ − min S⁺ and max S⁻ − S⁻ (0 before the first update). */
  get statistics(): { increase: number; decrease: number } {
    if (this.mean.n === 0) return { increase: 0, decrease: 0 };
    return { increase: this.sumIncrease - this.minIncrease, decrease: this.maxDecrease - this.sumDecrease };
  }

  private reset(): void {
    this._driftDetected = false;
    this.mean = new RunningMean();
    this.sumIncrease = 0;
    this.sumDecrease = 0;
    this.minIncrease = Number.POSITIVE_INFINITY;
    this.maxDecrease = -1;
  }

  update(x: number): this {
    const value = finiteInput('PageHinkley', x);
    if (this._driftDetected) this.reset();

    this.mean.update(value);
    const dev = value - this.mean.get();
    this.sumIncrease = this.alpha * this.sumIncrease + dev - this.delta;
    this.sumDecrease = this.alpha * this.sumDecrease + dev + this.delta;
    if (this.sumIncrease < this.minIncrease) this.minIncrease = this.sumIncrease;
    if (this.sumDecrease > this.maxDecrease) this.maxDecrease = this.sumDecrease;

    if (this.mean.n >= this.minInstances) {
      const up = this.sumIncrease - this.minIncrease > this.threshold;
      const down = this.maxDecrease - this.sumDecrease > this.threshold;
      this._driftDetected = this.mode === 'up' ? up : this.mode === 'down' ? down : up || down;
    }
    return this;
  }
}
