// Drift patterns for the production simulator: how one numeric slider (a feature's mean shift, a class
// share, a concept rotation, a noise level…) moves from a value `from` to a value `to` over simulated time.
// The four kinds are the usual taxonomy of concept drift (Gama, Žliobaitė, Bifet, Pechenizkiy & Bouchachia,
// "A survey on concept drift adaptation", ACM Computing Surveys 46(4), 2014, fig. 2; the MOA / River stream
// generators), with t in simulated seconds, s = start, d = duration, P = period:
//
//   sudden       the new concept replaces the old at once:       value = from for t < s,  to for t ≥ s.
//   incremental  the concept itself moves through intermediate concepts; every event sees
//                value = from + (to − from)·p(t),   p(t) = clamp((t − s)/d, 0, 1)        (linear ramp).
//   gradual      two concepts coexist and the new one takes over: each event independently sees `to` with
//                probability p(t) (the same ramp) and `from` otherwise — decided by one uniform draw u per
//                event, to iff u < p(t). A single event never sees a value in between. (MOA's and River's
//                ConceptDriftStream use a sigmoid for p; a linear ramp keeps the window exact: p = 0 at s,
//                1 at s + d.)
//   recurring    the two concepts alternate, each held for P seconds: `to` during [s, s + P), `from` during
//                [s + P, s + 2P), `to` again, …, while t < s + d; from s + d on, back to `from` for good.
//                d may be Infinity (it never stops).
//
// Windows are half-open: a switch at time s applies to an event at exactly t = s. With d = 0, incremental and
// gradual are sudden. `patternProgress` is the probability that an event sees the new state (the ramp for
// incremental and gradual — for incremental it is the fraction of the way), `patternExpected` the mean value
// of the slider at t, from + (to − from)·progress, which is what a chart draws: for gradual drift it is the
// mean over events, not a value any single event sees.
// Interpolation: exactly `from` at p = 0 and exactly `to` at p = 1 (from + (to − from)·1 can miss `to` by a
// rounding: 0.1 + (0.3 − 0.1) = 0.30000000000000004); in between from + (to − from)·p, which is monotone in
// p, clamped to [min(from, to), max(from, to)] against rounding — so a ramp never overshoots or steps back
// ((1 − p)·from + p·to would be exact at the ends but can do both by an ulp).
//
// Several patterns on one slider (`applyPatterns`) are applied in order over a base value: a pattern that
// has not started (t < start) leaves the value of the base and the earlier patterns; once started it sets
// the value, later patterns winning. After its window a pattern holds its final state (to; recurring: from).

export type PatternKind = 'sudden' | 'gradual' | 'incremental' | 'recurring';

export const PATTERN_KINDS: readonly PatternKind[] = ['sudden', 'gradual', 'incremental', 'recurring'];

export interface DriftPattern {
  kind: PatternKind;
  /** simulated seconds */
  start: number;
  /** seconds; for sudden it is ignored; for recurring it is the total time the pattern runs (Infinity allowed) */
  duration: number;
  from: number;
  to: number;
  /** recurring only: seconds per half-cycle (time spent in each state), > 0 */
  period?: number;
}

function describe(v: unknown): string {
  return typeof v === 'number' ? String(v) : v === undefined ? 'nothing' : (JSON.stringify(v) ?? String(v));
}

/** Human-readable problems with a pattern; [] when it is valid. */
export function validatePattern(p: DriftPattern): string[] {
  if (p === null || typeof p !== 'object') return ['a drift pattern must be an object'];
  const problems: string[] = [];
  const finite = (name: 'start' | 'from' | 'to'): void => {
    const v: unknown = p[name];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      problems.push(`${name} must be a finite number, got ${describe(v)}`);
    }
  };
  if (!PATTERN_KINDS.includes(p.kind)) {
    problems.push(`kind must be one of ${PATTERN_KINDS.join(', ')}, got ${describe(p.kind)}`);
  }
  finite('start');
  finite('from');
  finite('to');
  const d: unknown = p.duration;
  if (p.kind === 'recurring') {
    if (typeof d !== 'number' || Number.isNaN(d) || d < 0) {
      problems.push(`duration must be ≥ 0 seconds (Infinity allowed), got ${describe(d)}`);
    }
    const period: unknown = p.period;
    if (typeof period !== 'number' || !Number.isFinite(period) || period <= 0) {
      problems.push(
        `period must be a finite number of seconds > 0 for a recurring pattern, got ${describe(period)}`,
      );
    }
  } else if (p.kind === 'incremental' || p.kind === 'gradual') {
    if (typeof d !== 'number' || !Number.isFinite(d) || d < 0) {
      problems.push(`duration must be a finite number of seconds ≥ 0, got ${describe(d)}`);
    }
  }
  return problems;
}

/** from + (to − from)·p: exact at both ends, monotone in p and never outside [from, to]. */
function lerp(from: number, to: number, p: number): number {
  if (p <= 0) return from;
  if (p >= 1) return to;
  const v = from + (to - from) * p;
  return from <= to ? Math.min(Math.max(v, from), to) : Math.min(Math.max(v, to), from);
}

/**
 * Probability that an event at time t sees the new state: sudden 0/1 (1 from `start` on), incremental and
 * gradual the ramp clamp((t − start)/duration, 0, 1), recurring 1 in the `to` half-cycles of its window.
 */
export function patternProgress(p: DriftPattern, t: number): number {
  if (!(t >= p.start)) return 0;
  switch (p.kind) {
    case 'sudden':
      return 1;
    case 'incremental':
    case 'gradual': {
      const elapsed = t - p.start;
      if (elapsed >= p.duration) return 1;
      return elapsed / p.duration;
    }
    case 'recurring': {
      const elapsed = t - p.start;
      if (elapsed >= p.duration) return 0;
      return Math.floor(elapsed / (p.period as number)) % 2 === 0 ? 1 : 0;
    }
  }
}

/** Value of the slider for one event at simulated time t; `u` (uniform on [0, 1)) is used only by gradual. */
export function patternValue(p: DriftPattern, t: number, u: number): number {
  const progress = patternProgress(p, t);
  if (p.kind === 'incremental') return lerp(p.from, p.to, progress);
  if (p.kind === 'gradual') return u < progress ? p.to : p.from;
  return progress === 1 ? p.to : p.from;
}

/** The value to draw in a chart at t, the expected value over events: from + (to − from)·progress. */
export function patternExpected(p: DriftPattern, t: number): number {
  return lerp(p.from, p.to, patternProgress(p, t));
}

/**
 * The slider's value at t under several patterns, in order over `base`: a pattern sets the value once it
 * has started (t ≥ start), so later patterns win; before its start it leaves the value as it was. The same
 * draw `u` serves every gradual pattern.
 */
export function applyPatterns(base: number, patterns: readonly DriftPattern[], t: number, u: number): number {
  let value = base;
  for (const p of patterns) if (t >= p.start) value = patternValue(p, t, u);
  return value;
}
