// Typed errors of the drift library.
//
// Policy (documented once, used everywhere in src/lib/drift):
// - A bad constructor option or function argument (wrong type, out of range, unknown key) throws
//   InvalidOptionError, naming the option and the value received.
// - A bad stream input (NaN, ±Infinity, a non-number, or a value other than 0/1 for the binary
//   detectors) throws InvalidInputError. The check runs before anything else, so a rejected input
//   leaves the detector exactly as it was: nothing is silently skipped or turned into NaN.

/** A constructor option or function argument is invalid. */
export class InvalidOptionError extends Error {
  override readonly name = 'InvalidOptionError';
  /** The option or argument at fault, e.g. "ADWIN.delta". */
  readonly option: string;

  constructor(option: string, message: string) {
    super(`${option}: ${message}`);
    this.option = option;
  }
}

/** A value passed to a detector's update() is not acceptable input. */
export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
  /** The rejected value, as received. */
  readonly value: unknown;

  constructor(message: string, value: unknown) {
    super(message);
    this.value = value;
  }
}

/** Human-readable rendering of a received value for error messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}
