import { describe, expect, it } from 'vitest';
import { StatsInputError } from './errors';

describe('StatsInputError', () => {
  it('is an Error with a name and a machine-readable code', () => {
    const e = new StatsInputError('empty', 'reference is empty.');
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(StatsInputError);
    expect(e.name).toBe('StatsInputError');
    expect(e.code).toBe('empty');
    expect(e.message).toBe('reference is empty.');
  });
});
