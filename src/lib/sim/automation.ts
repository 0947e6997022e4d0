// Degrees of automation: who decides each case — the model, a person, or the model for some cases and a
// person for the rest — and what that costs in accuracy, money and waiting time.
//
// Per event the simulator knows the model's confidence in its prediction and whether the prediction was
// right. A simulated human reviewer is right with probability `humanAccuracy` (the project's human-level
// performance): with a uniform draw u ∈ [0, 1) from the simulator's seeded PRNG, the human is right iff
// u < humanAccuracy. Each human review costs `costPerCase` and takes `delaySeconds`; a model decision is
// free and instant (its serving cost is the same in every mode, so it is left out).
//
//   human-only     every case → human; the model is not run.
//   shadow         the model predicts and is logged (to measure it safely), but the human decides every
//                  case, so the outcome, cost and delay equal human-only.
//   ai-assistance  the human decides every case with the model's suggestion on screen: accuracy stays
//                  humanAccuracy (kept simple: no modelling of how suggestions sway people), the review is
//                  faster, so the cost per case is costPerCase × assistedCostFactor (default 0.6); the
//                  delay is unchanged (the case still waits in the reviewer's queue).
//   partial        confidence < threshold → human, otherwise the model's decision stands.
//   full           the model decides every case.
//
// automationTradeoff() sweeps the partial-automation threshold over a window of (confidence, correct)
// pairs with expected values (a human case counts as humanAccuracy correct), the curve a team uses to
// pick the threshold. Sorting the confidences once and keeping a prefix count of correct predictions
// makes each threshold a binary search: O(n log n + T log n) for T thresholds.
import { describeValue, InvalidInputError, InvalidOptionError } from '../drift/errors';
import { numberOption } from '../drift/validate';
import { RingBuffer } from './ring';

export type AutomationMode = 'human-only' | 'shadow' | 'ai-assistance' | 'partial' | 'full';

export interface AutomationConfig {
  mode: AutomationMode;
  /** Partial automation: cases with confidence below this go to the human. In [0, 1]. */
  threshold: number;
  /** Probability that the human reviewer is right, in [0, 1]. */
  humanAccuracy: number;
  /** Cost of one human review (any currency unit), ≥ 0. */
  costPerCase: number;
  /** Time a case waits for a human decision, in seconds, ≥ 0. */
  delaySeconds: number;
  /** ai-assistance: fraction of costPerCase an assisted review costs, in [0, 1]. Default 0.6. */
  assistedCostFactor?: number;
}

export interface Decision {
  byHuman: boolean;
  correct: boolean;
  cost: number;
  delaySeconds: number;
}

export const DEFAULT_ASSISTED_COST_FACTOR = 0.6;

export const AUTOMATION_MODES: { mode: AutomationMode; label: string; description: string }[] = [
  {
    mode: 'human-only',
    label: 'Human only',
    description: 'People decide every case; the model is not used at all.',
  },
  {
    mode: 'shadow',
    label: 'Shadow mode',
    description:
      'The model runs on every case and its answers are logged for comparison, but people still make every decision.',
  },
  {
    mode: 'ai-assistance',
    label: 'AI assistance',
    description:
      "People decide every case with the model's suggestion in front of them, which makes each review quicker and cheaper.",
  },
  {
    mode: 'partial',
    label: 'Partial automation',
    description:
      'The model decides the cases it is confident about; anything below the confidence threshold goes to a person.',
  },
  {
    mode: 'full',
    label: 'Full automation',
    description: 'The model decides every case and nobody reviews its answers.',
  },
];

const MODES = AUTOMATION_MODES.map((m) => m.mode);

function checkConfig(c: AutomationConfig): number {
  if (typeof c !== 'object' || c === null) throw new InvalidOptionError('AutomationConfig', 'is missing');
  if (!MODES.includes(c.mode))
    throw new InvalidOptionError(
      'AutomationConfig.mode',
      `must be one of ${MODES.map((m) => `'${m}'`).join(', ')}, got ${describeValue(c.mode)}`,
    );
  numberOption('AutomationConfig.threshold', c.threshold, Number.NaN, { min: 0, max: 1 });
  numberOption('AutomationConfig.humanAccuracy', c.humanAccuracy, Number.NaN, { min: 0, max: 1 });
  numberOption('AutomationConfig.costPerCase', c.costPerCase, Number.NaN, { min: 0 });
  numberOption('AutomationConfig.delaySeconds', c.delaySeconds, Number.NaN, { min: 0 });
  return numberOption(
    'AutomationConfig.assistedCostFactor',
    c.assistedCostFactor,
    DEFAULT_ASSISTED_COST_FACTOR,
    {
      min: 0,
      max: 1,
    },
  );
}

function checkUnit(name: string, v: number, upperOpen: boolean): void {
  if (typeof v !== 'number' || !(v >= 0 && (upperOpen ? v < 1 : v <= 1)))
    throw new InvalidInputError(
      `${name} must be in [0, 1${upperOpen ? ')' : ']'}, got ${describeValue(v)}`,
      v,
    );
}

/** Who decides this event under `config`, and with what outcome, cost and delay. */
export function decide(
  config: AutomationConfig,
  confidence: number,
  modelCorrect: boolean,
  u: number,
): Decision {
  const assisted = checkConfig(config);
  checkUnit('decide: confidence', confidence, false);
  checkUnit('decide: u', u, true);
  const { mode, threshold, humanAccuracy, costPerCase, delaySeconds } = config;
  const byModel = mode === 'full' || (mode === 'partial' && confidence >= threshold);
  if (byModel) return { byHuman: false, correct: modelCorrect === true, cost: 0, delaySeconds: 0 };
  return {
    byHuman: true,
    correct: u < humanAccuracy,
    cost: mode === 'ai-assistance' ? costPerCase * assisted : costPerCase,
    delaySeconds,
  };
}

/**
 * Running summary of the last `capacity` decisions. Counts are exact integers; the cost and delay sums
 * are floating point, so they are recomputed from the window after every `capacity` evictions to keep
 * rounding error from accumulating (amortised O(1) per push).
 */
export class AutomationWindow {
  readonly capacity: number;
  private readonly human: RingBuffer;
  private readonly correct: RingBuffer;
  private readonly cost: RingBuffer;
  private readonly delay: RingBuffer;
  private humanCount = 0;
  private correctCount = 0;
  private costSum = 0;
  private delaySum = 0;
  private evictions = 0;

  constructor(capacity: number) {
    this.capacity = numberOption('AutomationWindow.capacity', capacity, Number.NaN, {
      integer: true,
      min: 1,
    });
    this.human = new RingBuffer(this.capacity);
    this.correct = new RingBuffer(this.capacity);
    this.cost = new RingBuffer(this.capacity);
    this.delay = new RingBuffer(this.capacity);
  }

  push(d: Decision): void {
    if (
      typeof d !== 'object' ||
      d === null ||
      !Number.isFinite(d.cost) ||
      d.cost < 0 ||
      !Number.isFinite(d.delaySeconds) ||
      d.delaySeconds < 0
    )
      throw new InvalidInputError('AutomationWindow.push: a decision needs a finite cost and delay ≥ 0', d);
    const h = d.byHuman ? 1 : 0;
    const c = d.correct ? 1 : 0;
    this.humanCount += h - (this.human.push(h) ?? 0);
    this.correctCount += c - (this.correct.push(c) ?? 0);
    const oldCost = this.cost.push(d.cost);
    const oldDelay = this.delay.push(d.delaySeconds);
    this.costSum += d.cost - (oldCost ?? 0);
    this.delaySum += d.delaySeconds - (oldDelay ?? 0);
    if (oldCost !== undefined && ++this.evictions >= this.capacity) {
      this.evictions = 0;
      this.costSum = this.cost.toArray().reduce((s, v) => s + v, 0);
      this.delaySum = this.delay.toArray().reduce((s, v) => s + v, 0);
    }
  }

  /** Rates and means over the window (NaN when empty): automationRate = share decided by the model. */
  summary(): {
    automationRate: number;
    accuracy: number;
    costPerEvent: number;
    meanDelaySeconds: number;
    events: number;
  } {
    const n = this.human.size;
    if (n === 0)
      return { automationRate: NaN, accuracy: NaN, costPerEvent: NaN, meanDelaySeconds: NaN, events: 0 };
    return {
      automationRate: (n - this.humanCount) / n,
      accuracy: this.correctCount / n,
      costPerEvent: this.costSum / n,
      meanDelaySeconds: this.delaySum / n,
      events: n,
    };
  }

  clear(): void {
    for (const r of [this.human, this.correct, this.cost, this.delay]) r.clear();
    this.humanCount = this.correctCount = this.costSum = this.delaySum = this.evictions = 0;
  }
}

/**
 * Partial automation at each threshold τ over n events: cases with confidence < τ go to the human.
 *   automationRate = #{confidence ≥ τ} / n
 *   accuracy       = (#{confidence ≥ τ and model right} + humanAccuracy · #{confidence < τ}) / n
 *   costPerEvent   = costPerCase · #{confidence < τ} / n
 * Rows with NaN rates when there are no events.
 */
export function automationTradeoff(
  confidences: ArrayLike<number>,
  modelCorrect: ArrayLike<number>,
  thresholds: readonly number[],
  humanAccuracy: number,
  costPerCase: number,
): { threshold: number; automationRate: number; accuracy: number; costPerEvent: number }[] {
  const n = confidences.length;
  if (modelCorrect.length !== n)
    throw new InvalidInputError(
      `automationTradeoff: ${n} confidences but ${modelCorrect.length} correct flags`,
      modelCorrect,
    );
  numberOption('automationTradeoff.humanAccuracy', humanAccuracy, Number.NaN, { min: 0, max: 1 });
  numberOption('automationTradeoff.costPerCase', costPerCase, Number.NaN, { min: 0 });
  if (!Array.isArray(thresholds))
    throw new InvalidOptionError('automationTradeoff.thresholds', 'must be an array of numbers in [0, 1]');
  thresholds.forEach((t, i) =>
    numberOption(`automationTradeoff.thresholds[${i}]`, t, Number.NaN, { min: 0, max: 1 }),
  );
  for (let i = 0; i < n; i++) {
    checkUnit(`automationTradeoff: confidences[${i}]`, confidences[i]!, false);
    if (modelCorrect[i] !== 0 && modelCorrect[i] !== 1)
      throw new InvalidInputError(
        `automationTradeoff: modelCorrect[${i}] must be 0 or 1, got ${describeValue(modelCorrect[i])}`,
        modelCorrect[i],
      );
  }
  if (n === 0)
    return thresholds.map((threshold) => ({
      threshold,
      automationRate: NaN,
      accuracy: NaN,
      costPerEvent: NaN,
    }));

  // Ascending confidences; correctBelow[k] = correct predictions among the k least confident.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => confidences[a]! - confidences[b]!);
  const sorted = Float64Array.from(order, (i) => confidences[i]!);
  const correctBelow = new Int32Array(n + 1);
  order.forEach((i, k) => (correctBelow[k + 1] = correctBelow[k]! + modelCorrect[i]!));

  return thresholds.map((threshold) => {
    // human = #{confidence < threshold}: first index with sorted[idx] ≥ threshold.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! < threshold) lo = mid + 1;
      else hi = mid;
    }
    const human = lo;
    const automatedCorrect = correctBelow[n]! - correctBelow[human]!;
    return {
      threshold,
      automationRate: (n - human) / n,
      accuracy: (automatedCorrect + humanAccuracy * human) / n,
      costPerEvent: (costPerCase * human) / n,
    };
  });
}
