import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../drift/errors';
import { Prng } from '../drift/prng';
import {
  AUTOMATION_MODES,
  AutomationWindow,
  automationTradeoff,
  decide,
  type AutomationConfig,
  type AutomationMode,
} from './automation';

const base = { threshold: 0.8, humanAccuracy: 0.9, costPerCase: 2, delaySeconds: 30 };
const cfg = (mode: AutomationMode, extra: Partial<AutomationConfig> = {}): AutomationConfig => ({
  mode,
  ...base,
  ...extra,
});

describe('decide', () => {
  it('full: the model decides, free and instant', () => {
    expect(decide(cfg('full'), 0.5, false, 0.1)).toEqual({
      byHuman: false,
      correct: false,
      cost: 0,
      delaySeconds: 0,
    });
    expect(decide(cfg('full'), 0.01, true, 0.99)).toEqual({
      byHuman: false,
      correct: true,
      cost: 0,
      delaySeconds: 0,
    });
  });

  it('human-only: the human decides every case; right iff u < humanAccuracy', () => {
    expect(decide(cfg('human-only'), 0.99, true, 0.95)).toEqual({
      byHuman: true,
      correct: false,
      cost: 2,
      delaySeconds: 30,
    });
    expect(decide(cfg('human-only'), 0.99, false, 0.3).correct).toBe(true);
    expect(decide(cfg('human-only'), 0.99, false, 0.9).correct).toBe(false); // boundary: u = 0.9 is wrong
  });

  it('shadow: same outcome, cost and delay as human-only, whatever the model did', () => {
    for (const [conf, right, u] of [
      [0.99, true, 0.95],
      [0.2, false, 0.1],
    ] as const) {
      expect(decide(cfg('shadow'), conf, right, u)).toEqual(decide(cfg('human-only'), conf, right, u));
    }
  });

  it('ai-assistance: human accuracy, cost × assistedCostFactor (default 0.6), same delay', () => {
    expect(decide(cfg('ai-assistance'), 0.99, true, 0.5)).toEqual({
      byHuman: true,
      correct: true,
      cost: 1.2,
      delaySeconds: 30,
    });
    expect(decide(cfg('ai-assistance', { assistedCostFactor: 0.25 }), 0.99, true, 0.95)).toEqual({
      byHuman: true,
      correct: false,
      cost: 0.5,
      delaySeconds: 30,
    });
  });

  it('partial: below the threshold → human, at or above → model', () => {
    expect(decide(cfg('partial'), 0.79, true, 0.95)).toEqual({
      byHuman: true,
      correct: false,
      cost: 2,
      delaySeconds: 30,
    });
    expect(decide(cfg('partial'), 0.8, false, 0.1)).toEqual({
      byHuman: false,
      correct: false,
      cost: 0,
      delaySeconds: 0,
    });
    expect(decide(cfg('partial', { threshold: 0 }), 0, false, 0).byHuman).toBe(false);
  });

  it('validates config and inputs', () => {
    expect(() => decide(cfg('partial', { threshold: 1.2 }), 0.5, true, 0.5)).toThrow(InvalidOptionError);
    expect(() => decide(cfg('partial', { humanAccuracy: -0.1 }), 0.5, true, 0.5)).toThrow(InvalidOptionError);
    expect(() => decide(cfg('partial', { assistedCostFactor: 2 }), 0.5, true, 0.5)).toThrow(
      InvalidOptionError,
    );
    expect(() => decide(cfg('robots' as AutomationMode), 0.5, true, 0.5)).toThrow(InvalidOptionError);
    expect(() => decide(cfg('full'), 1.5, true, 0.5)).toThrow(InvalidInputError);
    expect(() => decide(cfg('full'), 0.5, true, 1)).toThrow(InvalidInputError);
  });
});

describe('AutomationWindow', () => {
  const ai = (correct: boolean) => ({ byHuman: false, correct, cost: 0, delaySeconds: 0 });
  const human = (correct: boolean) => ({ byHuman: true, correct, cost: 2, delaySeconds: 30 });

  it('summarises the last `capacity` decisions', () => {
    const w = new AutomationWindow(3);
    expect(w.summary()).toEqual({
      automationRate: NaN,
      accuracy: NaN,
      costPerEvent: NaN,
      meanDelaySeconds: NaN,
      events: 0,
    });
    w.push(ai(true));
    w.push(human(true));
    w.push(human(false));
    let s = w.summary();
    expect(s.events).toBe(3);
    expect(s.automationRate).toBeCloseTo(1 / 3, 15);
    expect(s.accuracy).toBeCloseTo(2 / 3, 15);
    expect(s.costPerEvent).toBeCloseTo(4 / 3, 15);
    expect(s.meanDelaySeconds).toBeCloseTo(20, 15);
    w.push(ai(false)); // evicts ai(true): human ✓, human ✗, ai ✗
    s = w.summary();
    expect([s.automationRate, s.accuracy, s.costPerEvent, s.meanDelaySeconds]).toEqual([
      1 / 3,
      1 / 3,
      4 / 3,
      20,
    ]);
    w.push(ai(true)); // evicts human ✓: human ✗, ai ✗, ai ✓
    s = w.summary();
    expect(s.automationRate).toBeCloseTo(2 / 3, 15);
    expect(s.accuracy).toBeCloseTo(1 / 3, 15);
    expect(s.costPerEvent).toBeCloseTo(2 / 3, 15);
    expect(s.meanDelaySeconds).toBeCloseTo(10, 15);
    w.clear();
    expect(w.summary().events).toBe(0);
    expect(() => w.push({ byHuman: true, correct: true, cost: -1, delaySeconds: 0 })).toThrow(
      InvalidInputError,
    );
  });
});

describe('automationTradeoff', () => {
  // sorted by confidence: 0.55 ✗, 0.6 ✓, 0.65 ✓, 0.7 ✗, 0.8 ✓, 0.9 ✓, 0.95 ✓, 0.99 ✓ (6 of 8 right)
  const conf = [0.55, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 0.65];
  const right = [0, 1, 0, 1, 1, 1, 1, 1];

  it('hand-computed sweep (human accuracy 0.9, cost 2 per case)', () => {
    const rows = automationTradeoff(conf, right, [0, 0.7, 0.9, 1], 0.9, 2);
    const expected = [
      { threshold: 0, automationRate: 1, accuracy: 6 / 8, costPerEvent: 0 },
      // 3 below 0.7 → human; automated right: 0.7 ✗ + 4 ✓ = 4 → (4 + 0.9·3)/8
      { threshold: 0.7, automationRate: 5 / 8, accuracy: 6.7 / 8, costPerEvent: 6 / 8 },
      // 5 below 0.9 → human; automated 0.9, 0.95, 0.99 all right → (3 + 4.5)/8
      { threshold: 0.9, automationRate: 3 / 8, accuracy: 7.5 / 8, costPerEvent: 10 / 8 },
      { threshold: 1, automationRate: 0, accuracy: 0.9, costPerEvent: 2 },
    ];
    rows.forEach((r, i) => {
      const e = expected[i]!;
      expect(r.threshold).toBe(e.threshold);
      expect(r.automationRate).toBeCloseTo(e.automationRate, 14);
      expect(r.accuracy).toBeCloseTo(e.accuracy, 14);
      expect(r.costPerEvent).toBeCloseTo(e.costPerEvent, 14);
    });
  });

  it('agrees with replaying partial automation through decide() and AutomationWindow', () => {
    const rng = new Prng(3);
    const n = 500;
    const c = Array.from({ length: n }, () => 0.5 + 0.5 * rng.next());
    const ok = c.map((p) => (rng.next() < p ? 1 : 0));
    for (const threshold of [0.6, 0.75, 0.9]) {
      // humanAccuracy 1 makes the human deterministic, so replayed and expected accuracy coincide.
      const w = new AutomationWindow(n);
      const config: AutomationConfig = {
        mode: 'partial',
        threshold,
        humanAccuracy: 1,
        costPerCase: 3,
        delaySeconds: 5,
      };
      c.forEach((p, i) => w.push(decide(config, p, ok[i] === 1, rng.next())));
      const [row] = automationTradeoff(c, ok, [threshold], 1, 3);
      const s = w.summary();
      expect(row!.automationRate).toBeCloseTo(s.automationRate, 12);
      expect(row!.accuracy).toBeCloseTo(s.accuracy, 12);
      expect(row!.costPerEvent).toBeCloseTo(s.costPerEvent, 12);
    }
  });

  it('empty window → NaN rows; bad input throws', () => {
    expect(automationTradeoff([], [], [0.5], 0.9, 1)).toEqual([
      { threshold: 0.5, automationRate: NaN, accuracy: NaN, costPerEvent: NaN },
    ]);
    expect(() => automationTradeoff([0.5], [1, 0], [0.5], 0.9, 1)).toThrow(InvalidInputError);
    expect(() => automationTradeoff([0.5], [2], [0.5], 0.9, 1)).toThrow(InvalidInputError);
    expect(() => automationTradeoff([0.5], [1], [1.5], 0.9, 1)).toThrow(InvalidOptionError);
  });
});

describe('AUTOMATION_MODES', () => {
  it('describes each mode once, in course order', () => {
    expect(AUTOMATION_MODES.map((m) => m.mode)).toEqual([
      'human-only',
      'shadow',
      'ai-assistance',
      'partial',
      'full',
    ]);
    for (const m of AUTOMATION_MODES) {
      expect(m.label.length).toBeGreaterThan(0);
      expect(m.description.length).toBeGreaterThan(20);
    }
  });
});
