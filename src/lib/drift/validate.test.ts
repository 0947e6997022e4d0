import { describe, expect, it } from 'vitest';
import { InvalidInputError, InvalidOptionError } from './errors';
import {
  binaryInput,
  booleanOption,
  checkOptionKeys,
  enumOption,
  finiteInput,
  numberOption,
} from './validate';

describe('option validation', () => {
  it('numberOption applies the default and enforces type, integrality and bounds', () => {
    expect(numberOption('X.a', undefined, 3)).toBe(3);
    expect(numberOption('X.a', 0.5, 3, { min: 0, max: 1 })).toBe(0.5);
    expect(() => numberOption('X.a', 0, 3, { min: 0, minExclusive: true })).toThrow(
      'X.a: must be a finite number > 0, got 0',
    );
    expect(() => numberOption('X.a', 2.5, 3, { integer: true, min: 1 })).toThrow(
      'X.a: must be an integer ≥ 1, got 2.5',
    );
    expect(() => numberOption('X.a', 1, 3, { max: 1, maxExclusive: true })).toThrow(
      'X.a: must be a finite number < 1, got 1',
    );
    expect(() => numberOption('X.a', '2', 3)).toThrow('X.a: must be a finite number, got "2"');
    expect(() => numberOption('X.a', Number.NaN, 3)).toThrow(InvalidOptionError);
  });

  it('booleanOption, enumOption and checkOptionKeys', () => {
    expect(booleanOption('X.b', undefined, true)).toBe(true);
    expect(() => booleanOption('X.b', 1, true)).toThrow('X.b: must be true or false, got 1');
    expect(enumOption('X.m', undefined, 'a', ['a', 'b'])).toBe('a');
    expect(() => enumOption('X.m', 'c', 'a', ['a', 'b'])).toThrow(`X.m: must be one of 'a', 'b', got "c"`);
    expect(() => checkOptionKeys('X', { a: 1, z: 2 }, ['a'])).toThrow(
      'X.z: unknown option; valid options are a',
    );
    expect(() => checkOptionKeys('X', [1], ['a'])).toThrow('X: options must be an object, got an array');
    expect(() => checkOptionKeys('X', undefined, ['a'])).not.toThrow();
  });
});

describe('input validation', () => {
  it('finiteInput accepts finite numbers only', () => {
    expect(finiteInput('D', -3.5)).toBe(-3.5);
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      '1',
      null,
      undefined,
      true,
    ]) {
      expect(() => finiteInput('D', bad)).toThrow(InvalidInputError);
    }
  });

  it('binaryInput maps 1/true to 1 and 0/false to 0, nothing else', () => {
    expect([
      binaryInput('D', 1),
      binaryInput('D', true),
      binaryInput('D', 0),
      binaryInput('D', false),
    ]).toEqual([1, 1, 0, 0]);
    for (const bad of [0.5, 2, -1, Number.NaN, '0', null])
      expect(() => binaryInput('D', bad)).toThrow(InvalidInputError);
  });
});
