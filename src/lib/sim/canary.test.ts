import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from '../drift/errors';
import { Prng } from '../drift/prng';
import { CanaryController, validateCanaryConfig, type CanaryConfig } from './canary';

const config: CanaryConfig = {
  stages: [0.1, 0.5, 1],
  stageSeconds: 60,
  margin: 0.02,
  minLabels: 5,
  window: 50,
};

function feed(c: CanaryController, who: 'live' | 'candidate', flags: string): void {
  for (const f of flags) c.observe(who, f === '1');
}

describe('CanaryController: ramp and promotion', () => {
  it('ramps through the stages on the stage clock and promotes after the last one', () => {
    const c = new CanaryController(config, 1000);
    expect(c.state).toEqual({
      phase: 'running',
      stage: 0,
      share: 0.1,
      startedAt: 1000,
      stageStartedAt: 1000,
    });
    feed(c, 'live', '1111111111');
    feed(c, 'candidate', '1111111111');
    expect(c.tick(1059)).toEqual({ state: c.state, changed: false });
    expect(c.state).toMatchObject({ stage: 0 });
    expect(c.tick(1060)).toEqual({
      state: { phase: 'running', stage: 1, share: 0.5, startedAt: 1000, stageStartedAt: 1060 },
      changed: true,
    });
    expect(c.tick(1060).changed).toBe(false);
    expect(c.tick(1119.5).state).toMatchObject({ stage: 1 });
    expect(c.tick(1120).state).toEqual({
      phase: 'running',
      stage: 2,
      share: 1,
      startedAt: 1000,
      stageStartedAt: 1120,
    });
    expect(c.tick(1179).state.phase).toBe('running');
    expect(c.tick(1180)).toEqual({ state: { phase: 'promoted', at: 1180 }, changed: true });
    expect(c.tick(5000)).toEqual({ state: { phase: 'promoted', at: 1180 }, changed: false });
    expect(c.route(5001, 0)).toBe(false);
  });

  it('a coarse tick takes one stage at a time', () => {
    const c = new CanaryController(config, 0);
    feed(c, 'candidate', '11111');
    expect(c.tick(1000).state).toMatchObject({ stage: 1, stageStartedAt: 1000 });
  });

  it('waits in the stage until the candidate has minLabels labels', () => {
    const c = new CanaryController(config, 1000);
    feed(c, 'live', '1111111111');
    feed(c, 'candidate', '1111');
    expect(c.tick(1060).changed).toBe(false);
    expect(c.tick(1090).state).toMatchObject({ stage: 0 });
    feed(c, 'candidate', '1');
    expect(c.tick(1095).state).toEqual({
      phase: 'running',
      stage: 1,
      share: 0.5,
      startedAt: 1000,
      stageStartedAt: 1095,
    });
    expect(c.tick(1154).state).toMatchObject({ stage: 1 }); // the new stage's clock started at 1095
    expect(c.tick(1155).state).toMatchObject({ stage: 2 });
  });

  it('route() applies the stage in force at its time; tick() then reports the change', () => {
    const c = new CanaryController(config, 0);
    feed(c, 'candidate', '11111');
    expect(c.route(59, 0.3)).toBe(false); // share 0.1
    expect(c.route(60, 0.3)).toBe(true); // share 0.5 from t = 60
    expect(c.tick(61)).toMatchObject({ state: { stage: 1 }, changed: true });
  });

  it('routes a fraction ≈ share of events to the candidate (seeded, 20k events, ±0.01)', () => {
    const rng = new Prng(7);
    const c = new CanaryController({ ...config, stages: [0.05, 0.25, 1] }, 0);
    const fraction = (t: number): number => {
      let hits = 0;
      for (let i = 0; i < 20_000; i++) if (c.route(t, rng.next())) hits++;
      return hits / 20_000;
    };
    expect(Math.abs(fraction(1) - 0.05)).toBeLessThan(0.01);
    feed(c, 'candidate', '11111');
    c.tick(60);
    expect(Math.abs(fraction(61) - 0.25)).toBeLessThan(0.01);
  });
});

describe('CanaryController: rollback', () => {
  it('rolls back at the first tick where the worse candidate has minLabels labels, with the numbers', () => {
    const c = new CanaryController(config, 1000);
    feed(c, 'live', '1111111110'); // 90 %
    feed(c, 'candidate', '1101'); // 75 %, but only 4 labels
    expect(c.tick(1010)).toMatchObject({ state: { phase: 'running' }, changed: false });
    feed(c, 'candidate', '0'); // 3/5 = 60 %
    expect(c.metrics()).toEqual({
      live: { accuracy: 0.9, labels: 10 },
      candidate: { accuracy: 0.6, labels: 5 },
    });
    expect(c.tick(1011)).toEqual({
      state: {
        phase: 'rolledBack',
        at: 1011,
        reason:
          "Candidate accuracy 60.0 % fell below the live model's 90.0 % by more than the 2.0-point margin (5 vs 10 labels).",
      },
      changed: true,
    });
    // Ended: no traffic, labels ignored, no further changes.
    expect(c.route(1012, 0)).toBe(false);
    feed(c, 'candidate', '11111');
    expect(c.metrics().candidate).toEqual({ accuracy: 0.6, labels: 5 });
    expect(c.tick(2000).changed).toBe(false);
  });

  it('does not roll back before the live model has minLabels labels either', () => {
    const c = new CanaryController(config, 0);
    feed(c, 'live', '1111');
    feed(c, 'candidate', '0000000000');
    expect(c.tick(10).state.phase).toBe('running');
    feed(c, 'live', '1');
    expect(c.tick(11).state).toMatchObject({ phase: 'rolledBack', at: 11 });
  });

  it('tolerates exactly the margin, and judges the sliding windows', () => {
    const c = new CanaryController(config, 0);
    feed(c, 'live', '1111111111'); // 100 %
    feed(c, 'candidate', `0${'1'.repeat(49)}`); // 49/50 = 98 %: 2.0 points below — allowed
    expect(c.tick(1).state.phase).toBe('running');
    feed(c, 'candidate', '0'); // evicts the first 0: still 49/50
    expect(c.tick(2).state.phase).toBe('running');
    feed(c, 'candidate', '0'); // evicts a 1: 48/50 = 96 %
    expect(c.tick(3).state).toEqual({
      phase: 'rolledBack',
      at: 3,
      reason:
        "Candidate accuracy 96.0 % fell below the live model's 100.0 % by more than the 2.0-point margin (50 vs 10 labels).",
    });
  });

  it('the health check comes before the stage clock', () => {
    const c = new CanaryController(config, 0);
    feed(c, 'live', '11111');
    feed(c, 'candidate', '00000');
    expect(c.tick(60).state.phase).toBe('rolledBack');
  });

  it('rejects time going backwards and bad draws', () => {
    const c = new CanaryController(config, 100);
    expect(() => c.tick(99)).toThrow(InvalidInputError);
    expect(() => c.route(100, 1)).toThrow(InvalidInputError);
    expect(() => c.route(Number.NaN, 0.5)).toThrow(InvalidInputError);
  });
});

describe('validateCanaryConfig', () => {
  it('accepts a valid config', () => {
    expect(validateCanaryConfig(config)).toEqual([]);
    expect(validateCanaryConfig({ ...config, stages: [1], margin: 0 })).toEqual([]);
  });

  it('lists every problem', () => {
    expect(
      validateCanaryConfig({
        stages: [0.5, 0.25, 1.5],
        stageSeconds: 0,
        margin: -0.1,
        minLabels: 60,
        window: 50,
      }),
    ).toEqual([
      'stages must increase: stages[1] = 0.25 is not above stages[0] = 0.5.',
      'stages[2] must be a share in (0, 1], got 1.5.',
      'stageSeconds must be a number > 0, got 0.',
      'margin must be a fraction in [0, 1), got -0.1.',
      'minLabels (60) must not exceed window (50): a window never holds more labels than that.',
    ]);
    expect(validateCanaryConfig({ ...config, stages: [], minLabels: 0.5, window: 0 })).toEqual([
      'stages must be a non-empty list of traffic shares.',
      'minLabels must be an integer ≥ 1, got 0.5.',
      'window must be an integer ≥ 1, got 0.',
    ]);
    expect(validateCanaryConfig({ ...config, stages: [0, 0.5] })).toEqual([
      'stages[0] must be a share in (0, 1], got 0.',
    ]);
  });

  it('the constructor throws on an invalid config', () => {
    expect(() => new CanaryController({ ...config, stageSeconds: -1 }, 0)).toThrow(InvalidOptionError);
    expect(() => new CanaryController(config, Number.NaN)).toThrow(InvalidOptionError);
  });
});
