import { describe, expect, it } from 'vitest';
import { activeCaption, parseScenario, rangeProblem, type Scenario } from './scenario';

const MINIMAL = {
  id: 'tiny-story',
  title: 'A tiny story',
  summary: 'Vibration jumps.',
  source: 'factory',
  seed: 7,
  durationSec: 60,
  steps: [],
};

function withSteps(steps: unknown[], extra: object = {}) {
  return { ...MINIMAL, ...extra, steps };
}

function problems(input: unknown): string[] {
  const parsed = parseScenario(input);
  if (parsed.ok) throw new Error('expected the scenario to be refused');
  return parsed.problems;
}

function parsed(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.scenario;
}

describe('parseScenario', () => {
  it('accepts a minimal scenario and fills in speed 1 and no initial sliders', () => {
    expect(parseScenario(MINIMAL)).toEqual({
      ok: true,
      scenario: { ...MINIMAL, speed: 1, sliders: {} },
    });
  });

  it('keeps steps with captions, slider values, patterns and actions', () => {
    const s = parsed(
      withSteps(
        [
          { at: 0, caption: 'Normal operation.' },
          { at: 10, set: { 'meanShift.vibration': 2, classShare: null } },
          {
            at: 20,
            pattern: {
              target: 'rotation',
              kind: 'recurring',
              start: 20,
              duration: 30,
              from: 0,
              to: 40,
              period: 5,
            },
          },
          { at: 30, action: 'retrain', windowSec: 20 },
        ],
        { speed: 4, sliders: { noise: 0.2 } },
      ),
    );
    expect(s.speed).toBe(4);
    expect(s.sliders).toEqual({ noise: 0.2 });
    expect(s.steps.map((st) => st.at)).toEqual([0, 10, 20, 30]);
    expect(s.steps[1]!.set).toEqual({ 'meanShift.vibration': 2, classShare: null });
    expect(s.steps[2]!.pattern?.target).toBe('rotation');
    expect(s.steps[3]).toEqual({ at: 30, action: 'retrain', windowSec: 20 });
  });

  it('refuses an unknown slider name, with its path', () => {
    const p = problems(withSteps([{ at: 1, set: { wobble: 1 } }]));
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^steps\.0\.set\.wobble: a slider: meanShift\.<feature>/);
    expect(problems({ ...MINIMAL, sliders: { 'meanshift.x': 1 } })[0]).toMatch(
      /^sliders\.meanshift\.x: a slider/,
    );
  });

  it('refuses a slider value out of range, naming the range', () => {
    expect(problems(withSteps([{ at: 5, set: { noise: 5 } }]))).toEqual([
      'steps.0.set.noise: noise must be between 0 and 2',
    ]);
    expect(problems(withSteps([{ at: 5, set: { 'meanShift.vibration': -4 } }]))).toEqual([
      'steps.0.set.meanShift.vibration: meanShift.vibration must be between -3 and 3',
    ]);
    expect(problems(withSteps([{ at: 5, set: { rotation: null } }]))).toEqual([
      'steps.0.set.rotation: rotation cannot be empty',
    ]);
  });

  it('refuses a step after the end', () => {
    expect(problems(withSteps([{ at: 61, caption: 'Too late.' }]))).toEqual([
      'steps.0.at: is after the end (60 s)',
    ]);
    // Exactly at the end is fine.
    expect(parseScenario(withSteps([{ at: 60, caption: 'The end.' }])).ok).toBe(true);
  });

  it('refuses steps out of time order, pointing at the later step', () => {
    expect(
      problems(
        withSteps([
          { at: 10, caption: 'b' },
          { at: 20, caption: 'c' },
          { at: 5, caption: 'a' },
        ]),
      ),
    ).toEqual(['steps.2.at: steps must be in time order']);
  });

  it('refuses a recurring pattern without a period', () => {
    const pattern = { target: 'noise', kind: 'recurring', start: 0, duration: 10, from: 0, to: 1 };
    expect(problems(withSteps([{ at: 0, pattern }]))).toEqual([
      'steps.0.pattern: a recurring pattern needs a period (seconds per half-cycle)',
    ]);
    expect(parseScenario(withSteps([{ at: 0, pattern: { ...pattern, kind: 'gradual' } }])).ok).toBe(true);
  });

  it('refuses a step with nothing in it', () => {
    expect(problems(withSteps([{ at: 3 }]))).toEqual([
      'steps.0: a step needs a caption, slider values, a pattern or an action',
    ]);
  });

  it('reports wrong types with their paths, at most five problems', () => {
    const p = problems({
      ...MINIMAL,
      id: 'Not An Id',
      source: 'mars',
      seed: 1.5,
      durationSec: 0,
      speed: 50,
      steps: [{ at: -1, caption: 'x' }],
    });
    expect(p).toHaveLength(5);
    expect(p.map((m) => m.split(':')[0])).toEqual(['id', 'source', 'seed', 'durationSec', 'speed']);
    expect(problems(null)).toEqual([expect.stringMatching(/^scenario: /)]);
  });

  it('refuses an unknown action', () => {
    expect(problems(withSteps([{ at: 1, action: 'panic' }]))[0]).toMatch(/^steps\.0\.action: /);
  });
});

describe('activeCaption', () => {
  const s = parsed(
    withSteps([
      { at: 0, caption: 'First.' },
      { at: 5, set: { noise: 1 } },
      { at: 8, caption: 'Second.' },
      { at: 40, caption: 'Third.' },
    ]),
  );

  it('shows a caption from its step for 12 s, the latest one winning', () => {
    expect(activeCaption(s, 0)?.caption).toBe('First.');
    expect(activeCaption(s, 7.9)?.caption).toBe('First.');
    expect(activeCaption(s, 8)?.caption).toBe('Second.'); // latest wins while First is still held
    expect(activeCaption(s, 19.9)?.caption).toBe('Second.');
    expect(activeCaption(s, 20)).toBeNull(); // 8 + 12
    expect(activeCaption(s, 39.999)).toBeNull();
    expect(activeCaption(s, 40)?.caption).toBe('Third.');
    expect(activeCaption(s, 51.99)?.caption).toBe('Third.');
    expect(activeCaption(s, 52)).toBeNull();
  });

  it('holds captions for holdSec seconds when given, the latest active one still winning', () => {
    expect(activeCaption(s, 2.9, 3)?.caption).toBe('First.');
    expect(activeCaption(s, 3, 3)).toBeNull();
    expect(activeCaption(s, 10, 3)?.caption).toBe('Second.');
    expect(activeCaption(s, 11, 3)).toBeNull();
    const long = parsed(
      withSteps([
        { at: 0, caption: 'Long.' },
        { at: 1, caption: 'Short.' },
      ]),
    );
    expect(activeCaption(long, 30, 100)?.caption).toBe('Short.');
  });

  it('ignores steps without a caption and times before the first caption', () => {
    const late = parsed(
      withSteps([
        { at: 10, set: { noise: 1 } },
        { at: 20, caption: 'Now.' },
      ]),
    );
    expect(activeCaption(late, 15)).toBeNull();
    expect(activeCaption(late, 19.5)).toBeNull();
    expect(activeCaption(late, 20)).toEqual({ at: 20, caption: 'Now.' });
  });
});

describe('rangeProblem', () => {
  it('accepts values inside a range, at its ends, and null for classShare only', () => {
    expect(rangeProblem('noise', 0)).toBeNull();
    expect(rangeProblem('noise', 2)).toBeNull();
    expect(rangeProblem('meanShift.anything', -3)).toBeNull();
    expect(rangeProblem('scale.x', 0.25)).toBeNull();
    expect(rangeProblem('classShare', null)).toBeNull();
    expect(rangeProblem('eventsPerSec', 2000)).toBeNull();
  });

  it('describes a value outside its range', () => {
    expect(rangeProblem('noise', 2.01)).toBe('noise must be between 0 and 2');
    expect(rangeProblem('scale.x', 0.2)).toBe('scale.x must be between 0.25 and 3');
    expect(rangeProblem('classShare', 0.99)).toBe('classShare must be between 0.02 and 0.98');
    expect(rangeProblem('rotation', -91)).toBe('rotation must be between -90 and 90');
    expect(rangeProblem('eventsPerSec', 0)).toBe('eventsPerSec must be between 1 and 2000');
  });

  it('refuses an empty value for any slider but classShare, and an unknown slider', () => {
    expect(rangeProblem('missing', null)).toBe('missing cannot be empty');
    expect(rangeProblem('wobble', 1)).toBe('unknown slider wobble');
  });
});
