// Option and input validation shared by the detectors and generators (see errors.ts for the policy).
import { describeValue, InvalidInputError, InvalidOptionError } from './errors';

/** Constraints a numeric option must satisfy. Bounds are inclusive unless marked exclusive. */
export interface NumberRule {
  integer?: boolean;
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

function rangeText(rule: NumberRule): string {
  const bounds: string[] = [];
  if (rule.min !== undefined) bounds.push(`${rule.minExclusive ? '>' : '≥'} ${rule.min}`);
  if (rule.max !== undefined) bounds.push(`${rule.maxExclusive ? '<' : '≤'} ${rule.max}`);
  const kind = rule.integer ? 'an integer' : 'a finite number';
  return bounds.length > 0 ? `${kind} ${bounds.join(' and ')}` : kind;
}

/** Returns `value ?? fallback` after checking it is a number obeying `rule`; throws InvalidOptionError. */
export function numberOption(name: string, value: unknown, fallback: number, rule: NumberRule = {}): number {
  const v = value === undefined ? fallback : value;
  const ok =
    typeof v === 'number' &&
    Number.isFinite(v) &&
    (!rule.integer || Number.isInteger(v)) &&
    (rule.min === undefined || (rule.minExclusive ? v > rule.min : v >= rule.min)) &&
    (rule.max === undefined || (rule.maxExclusive ? v < rule.max : v <= rule.max));
  if (!ok) throw new InvalidOptionError(name, `must be ${rangeText(rule)}, got ${describeValue(v)}`);
  return v as number;
}

/** Like numberOption, for an option without a default: missing → "is required". */
export function requiredNumberOption(name: string, value: unknown, rule: NumberRule = {}): number {
  if (value === undefined) throw new InvalidOptionError(name, `is required (${rangeText(rule)})`);
  return numberOption(name, value, Number.NaN, rule);
}

/** Returns `value ?? fallback` after checking it is a boolean. */
export function booleanOption(name: string, value: unknown, fallback: boolean): boolean {
  const v = value === undefined ? fallback : value;
  if (typeof v !== 'boolean')
    throw new InvalidOptionError(name, `must be true or false, got ${describeValue(v)}`);
  return v;
}

/** Returns `value ?? fallback` after checking it is one of `allowed`. */
export function enumOption<T extends string>(
  name: string,
  value: unknown,
  fallback: T,
  allowed: readonly T[],
): T {
  const v = value === undefined ? fallback : value;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new InvalidOptionError(
      name,
      `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${describeValue(v)}`,
    );
  }
  return v as T;
}

/**
 * Checks that `options` is undefined or a plain object whose keys are all in `known`, so a typo such as
 * `{ treshold: 10 }` fails loudly instead of silently falling back to the default.
 */
export function checkOptionKeys(owner: string, options: unknown, known: readonly string[]): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidOptionError(owner, `options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new InvalidOptionError(
        `${owner}.${key}`,
        `unknown option; valid options are ${known.join(', ')}`,
      );
    }
  }
}

/** Stream input of the numeric detectors: any finite number. */
export function finiteInput(owner: string, x: unknown): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    throw new InvalidInputError(`${owner}.update: input must be a finite number, got ${describeValue(x)}`, x);
  }
  return x;
}

/** Stream input of the binary detectors: 1 (or true) is an error, 0 (or false) a correct prediction. */
export function binaryInput(owner: string, x: unknown): 0 | 1 {
  if (x === true || x === 1) return 1;
  if (x === false || x === 0) return 0;
  throw new InvalidInputError(
    `${owner}.update: input must be 0 (correct) or 1 (error), or a boolean, got ${describeValue(x)}`,
    x,
  );
}
