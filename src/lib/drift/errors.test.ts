import { describe, expect, it } from 'vitest';
import { describeValue, InvalidInputError, InvalidOptionError } from './errors';

describe('typed errors', () => {
  it('errors carry the option / value and a name', () => {
    const e = new InvalidOptionError('ADWIN.delta', 'bad');
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.option, e.message]).toEqual(['InvalidOptionError', 'ADWIN.delta', 'ADWIN.delta: bad']);
    const i = new InvalidInputError('nope', Number.NaN);
    expect([i.name, Number.isNaN(i.value)]).toEqual(['InvalidInputError', true]);
    expect([describeValue(null), describeValue({}), describeValue(Number.NEGATIVE_INFINITY)]).toEqual([
      'null',
      'an object',
      '-Infinity',
    ]);
  });
});
