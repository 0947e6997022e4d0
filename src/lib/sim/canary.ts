// Canary rollout controller: a deterministic state machine, no timers and no randomness of its own.
//
// A candidate model receives a growing share of live traffic in stages (e.g. 5 % → 25 % → 50 % → 100 %),
// each lasting at least `stageSeconds` of simulated time. Labels arrive late; each one is credited to the
// model that served the event. The controller keeps, per model, a sliding window of the last `window`
// correct/incorrect flags (a ring of 0/1 plus a hit count, O(1) per label) over the whole canary, and
// compares the two windowed accuracies:
//
//   rollback  as soon as both windows hold ≥ minLabels labels and
//             accuracy(candidate) < accuracy(live) − margin
//             (a difference of exactly `margin` is tolerated; a 1e-9 slack absorbs rounding such as
//             1 − 0.98 = 0.020000000000000018);
//   advance   when the stage has lasted ≥ stageSeconds, the health check passes at that moment, and the
//             candidate's window holds ≥ minLabels labels (so every stage is judged on real evidence;
//             otherwise the controller waits in the stage). The next stage's clock starts at that moment,
//             so at most one stage is taken per call — a coarse tick never skips a stage unobserved;
//   promote   the same test at the end of the last stage.
//
// If the live model has fewer than minLabels labels there is no comparison to fail, so the candidate's
// evidence alone decides an advance (with increasing shares the live model, serving most traffic early
// on, normally reaches minLabels first; its window is kept when it later serves little or nothing).
//
// Time is the simulator's clock in seconds and must never go backwards. route() and tick() both advance
// the machine to their time, so an event is routed by the stage in force when it arrives; tick() reports
// `changed` when the state changed since the previous tick() (including a change made inside route()).
// After rollback or promotion the candidate gets no traffic (route() → false) and labels are ignored.
import { describeValue, InvalidInputError, InvalidOptionError } from '../drift/errors';
import { RingBuffer } from './ring';

export interface CanaryConfig {
  /** Traffic shares of the candidate, strictly increasing, each in (0, 1], e.g. [0.05, 0.25, 0.5, 1]. */
  stages: number[];
  /** Minimum duration of each stage, in simulated seconds. */
  stageSeconds: number;
  /** Tolerated accuracy shortfall of the candidate, as a fraction (0.02 = 2 points). */
  margin: number;
  /** Labels each window needs before it is compared (the candidate's, before a stage can end). */
  minLabels: number;
  /** Labelled events per model kept for the comparison. */
  window: number;
}

export type CanaryState =
  | { phase: 'running'; stage: number; share: number; startedAt: number; stageStartedAt: number }
  | { phase: 'rolledBack'; at: number; reason: string }
  | { phase: 'promoted'; at: number };

/** Slack for the rollback comparison (see the header). */
const EPS = 1e-9;

/** Problems with a config, as sentences; an empty list means it is valid. */
export function validateCanaryConfig(c: CanaryConfig): string[] {
  const problems: string[] = [];
  const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const isInt = (v: unknown): v is number => isNum(v) && Number.isInteger(v);
  if (typeof c !== 'object' || c === null) return ['The canary configuration is missing.'];
  if (!Array.isArray(c.stages) || c.stages.length === 0) {
    problems.push('stages must be a non-empty list of traffic shares.');
  } else {
    c.stages.forEach((s: unknown, i) => {
      if (!isNum(s) || s <= 0 || s > 1)
        problems.push(`stages[${i}] must be a share in (0, 1], got ${describeValue(s)}.`);
      else if (i > 0 && isNum(c.stages[i - 1]) && s <= c.stages[i - 1]!)
        problems.push(
          `stages must increase: stages[${i}] = ${s} is not above stages[${i - 1}] = ${c.stages[i - 1]}.`,
        );
    });
  }
  if (!isNum(c.stageSeconds) || c.stageSeconds <= 0)
    problems.push(`stageSeconds must be a number > 0, got ${describeValue(c.stageSeconds)}.`);
  if (!isNum(c.margin) || c.margin < 0 || c.margin >= 1)
    problems.push(`margin must be a fraction in [0, 1), got ${describeValue(c.margin)}.`);
  if (!isInt(c.minLabels) || c.minLabels < 1)
    problems.push(`minLabels must be an integer ≥ 1, got ${describeValue(c.minLabels)}.`);
  if (!isInt(c.window) || c.window < 1)
    problems.push(`window must be an integer ≥ 1, got ${describeValue(c.window)}.`);
  if (isInt(c.minLabels) && isInt(c.window) && c.minLabels > c.window)
    problems.push(
      `minLabels (${c.minLabels}) must not exceed window (${c.window}): a window never holds more labels than that.`,
    );
  return problems;
}

/** Sliding window of correct/incorrect flags with an exact hit count. */
class LabelWindow {
  private readonly ring: RingBuffer;
  private hits = 0;

  constructor(capacity: number) {
    this.ring = new RingBuffer(capacity);
  }

  get size(): number {
    return this.ring.size;
  }

  push(correct: boolean): void {
    const v = correct ? 1 : 0;
    this.hits += v - (this.ring.push(v) ?? 0);
  }

  accuracy(): number {
    return this.ring.size === 0 ? Number.NaN : this.hits / this.ring.size;
  }
}

const pct = (x: number): string => `${(100 * x).toFixed(1)} %`;

export class CanaryController {
  readonly config: Readonly<CanaryConfig>;
  private _state: CanaryState;
  private readonly live: LabelWindow;
  private readonly candidate: LabelWindow;
  private now: number;
  private changedSinceTick = false;

  constructor(config: CanaryConfig, startedAt: number) {
    const problems = validateCanaryConfig(config);
    if (problems.length > 0) throw new InvalidOptionError('CanaryController.config', problems.join(' '));
    if (typeof startedAt !== 'number' || !Number.isFinite(startedAt))
      throw new InvalidOptionError(
        'CanaryController.startedAt',
        `must be a finite number, got ${describeValue(startedAt)}`,
      );
    this.config = { ...config, stages: [...config.stages] };
    this.live = new LabelWindow(config.window);
    this.candidate = new LabelWindow(config.window);
    this.now = startedAt;
    this._state = {
      phase: 'running',
      stage: 0,
      share: config.stages[0]!,
      startedAt,
      stageStartedAt: startedAt,
    };
  }

  get state(): CanaryState {
    return this._state;
  }

  /** Routes one event arriving at time t; u is a uniform [0, 1) draw. true → the candidate serves it. */
  route(t: number, u: number): boolean {
    if (typeof u !== 'number' || !(u >= 0 && u < 1))
      throw new InvalidInputError(`CanaryController.route: u must be in [0, 1), got ${describeValue(u)}`, u);
    this.advance(t);
    return this._state.phase === 'running' && u < this._state.share;
  }

  /** A delayed label arrived for an event served by `who`. Ignored once the canary has ended. */
  observe(who: 'live' | 'candidate', correct: boolean): void {
    if (who !== 'live' && who !== 'candidate')
      throw new InvalidInputError(`CanaryController.observe: unknown model ${describeValue(who)}`, who);
    if (this._state.phase !== 'running') return;
    (who === 'live' ? this.live : this.candidate).push(correct);
  }

  /** Advances to time t (health check, then the stage clock); `changed` is relative to the last tick(). */
  tick(t: number): { state: CanaryState; changed: boolean } {
    this.advance(t);
    const changed = this.changedSinceTick;
    this.changedSinceTick = false;
    return { state: this._state, changed };
  }

  metrics(): { live: { accuracy: number; labels: number }; candidate: { accuracy: number; labels: number } } {
    return {
      live: { accuracy: this.live.accuracy(), labels: this.live.size },
      candidate: { accuracy: this.candidate.accuracy(), labels: this.candidate.size },
    };
  }

  private advance(t: number): void {
    if (typeof t !== 'number' || !Number.isFinite(t))
      throw new InvalidInputError(
        `CanaryController: time must be a finite number, got ${describeValue(t)}`,
        t,
      );
    if (t < this.now)
      throw new InvalidInputError(`CanaryController: time went backwards (${t} after ${this.now})`, t);
    this.now = t;
    const s = this._state;
    if (s.phase !== 'running') return;

    const reason = this.failure();
    if (reason !== null) {
      this.setState({ phase: 'rolledBack', at: t, reason });
      return;
    }
    const { stages, stageSeconds, minLabels } = this.config;
    if (t - s.stageStartedAt < stageSeconds || this.candidate.size < minLabels) return;
    if (s.stage === stages.length - 1) {
      this.setState({ phase: 'promoted', at: t });
    } else {
      const stage = s.stage + 1;
      this.setState({
        phase: 'running',
        stage,
        share: stages[stage]!,
        startedAt: s.startedAt,
        stageStartedAt: t,
      });
    }
  }

  /** The rollback sentence when the candidate is worse than allowed, else null. */
  private failure(): string | null {
    const { minLabels, margin } = this.config;
    const nl = this.live.size;
    const nc = this.candidate.size;
    if (nl < minLabels || nc < minLabels) return null;
    const live = this.live.accuracy();
    const cand = this.candidate.accuracy();
    if (live - cand <= margin + EPS) return null;
    return (
      `Candidate accuracy ${pct(cand)} fell below the live model's ${pct(live)} by more than the ` +
      `${(100 * margin).toFixed(1)}-point margin (${nc} vs ${nl} labels).`
    );
  }

  private setState(next: CanaryState): void {
    this._state = next;
    this.changedSinceTick = true;
  }
}
