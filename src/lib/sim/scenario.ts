// Scenario scripts (content/scenarios/*.json): timed slider changes, drift patterns and deployment actions with
// captions, for instructors to replay a story of drift in front of a class. Validated with zod here, at build
// time by the tests, and again whenever a scenario arrives from a share link.
import { z } from 'zod';
import { SCALAR_SLIDERS, SLIDER_RANGES, type SliderPath } from './types';

const sliderKey = z
  .string()
  .regex(
    new RegExp(`^(meanShift\\.[\\w-]+|scale\\.[\\w-]+|${SCALAR_SLIDERS.join('|')})$`),
    `a slider: meanShift.<feature>, scale.<feature>, ${SCALAR_SLIDERS.slice(0, -1).join(', ')} or ${SCALAR_SLIDERS.at(-1)}`,
  );
const sliderPath = sliderKey.transform((s) => s as SliderPath);

const patternSchema = z
  .object({
    target: sliderPath,
    kind: z.enum(['sudden', 'gradual', 'incremental', 'recurring']),
    start: z.number().min(0),
    duration: z.number().min(0),
    from: z.number(),
    to: z.number(),
    period: z.number().positive().optional(),
  })
  .refine((p) => p.kind !== 'recurring' || p.period !== undefined, {
    message: 'a recurring pattern needs a period (seconds per half-cycle)',
  });

export const SCENARIO_ACTIONS = [
  'retrain',
  'deployCandidate',
  'shadow',
  'canary',
  'rollback',
  'blueGreen',
  'stopCandidate',
] as const;
export type ScenarioAction = (typeof SCENARIO_ACTIONS)[number];

const stepSchema = z
  .object({
    /** Simulated seconds. */
    at: z.number().min(0),
    caption: z.string().min(1).max(300).optional(),
    /** Slider values set at that moment. */
    set: z.record(sliderKey, z.number().nullable()).optional(),
    pattern: patternSchema.optional(),
    action: z.enum(SCENARIO_ACTIONS).optional(),
    /** For 'retrain': seconds of labelled events to train on (default 30). */
    windowSec: z.number().positive().max(600).optional(),
  })
  .refine((s) => s.caption || s.set || s.pattern || s.action, {
    message: 'a step needs a caption, slider values, a pattern or an action',
  });

export const scenarioSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,60}$/),
    title: z.string().min(1).max(120),
    summary: z.string().min(1).max(600),
    /** 'factory' (the synthetic production line) or 'seattle-weather' (time-ordered replay). */
    source: z.enum(['factory', 'seattle-weather']),
    seed: z.number().int().safe(),
    durationSec: z.number().positive().max(3600),
    /** Suggested playback speed. */
    speed: z.number().min(0.5).max(20).default(1),
    /** Initial slider values (the rest start at their defaults). */
    sliders: z.record(sliderKey, z.number().nullable()).default({}),
    labelDelaySec: z.number().min(0).max(120).optional(),
    steps: z.array(stepSchema).max(200),
  })
  .superRefine((s, ctx) => {
    s.steps.forEach((step, i) => {
      if (step.at > s.durationSec) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'at'],
          message: `is after the end (${s.durationSec} s)`,
        });
      }
      for (const [path, value] of Object.entries({ ...step.set })) {
        const problem = rangeProblem(path, value);
        if (problem) ctx.addIssue({ code: 'custom', path: ['steps', i, 'set', path], message: problem });
      }
    });
    for (let i = 1; i < s.steps.length; i++) {
      if (s.steps[i]!.at < s.steps[i - 1]!.at) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'at'], message: 'steps must be in time order' });
      }
    }
  });

export type Scenario = z.output<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
export type ScenarioStep = Scenario['steps'][number];

/** A slider value outside its range, as a sentence; null when fine. */
export function rangeProblem(path: string, value: number | null): string | null {
  if (value === null) return path === 'classShare' ? null : `${path} cannot be empty`;
  const key = path.split('.')[0] as keyof typeof SLIDER_RANGES;
  const range = SLIDER_RANGES[key];
  if (!range) return `unknown slider ${path}`;
  if (value < range.min || value > range.max) return `${path} must be between ${range.min} and ${range.max}`;
  return null;
}

/** Parses a scenario, or returns the first problems as sentences naming where they are. */
export function parseScenario(
  input: unknown,
): { ok: true; scenario: Scenario } | { ok: false; problems: string[] } {
  const result = scenarioSchema.safeParse(input);
  if (result.success) return { ok: true, scenario: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 5).map((i) => {
      // A bad record key (an unknown slider name) reports zod's generic "Invalid key in record"; the key
      // schema's own message says what a slider name looks like.
      const message = i.code === 'invalid_key' ? (i.issues[0]?.message ?? i.message) : i.message;
      return `${i.path.join('.') || 'scenario'}: ${message}`;
    }),
  };
}

/** The caption on screen at time t: the latest captioned step at or before t, for `holdSec` seconds. */
export function activeCaption(scenario: Scenario, t: number, holdSec = 12): ScenarioStep | null {
  let found: ScenarioStep | null = null;
  for (const s of scenario.steps) if (s.caption && s.at <= t + 1e-9 && t < s.at + holdSec) found = s;
  return found;
}
