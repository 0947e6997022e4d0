// @vitest-environment node
// Pure key mapping: no DOM needed.
import { describe, expect, it } from 'vitest';
import { PRESENTER_KEYS, presenterKeyAction, type PresenterAction } from './presenter-keys';

/** KeyboardEvent.key values for each row of the help table. */
const KEYS_OF_ROW: Record<(typeof PRESENTER_KEYS)[number]['keys'], string[]> = {
  Space: [' ', 'Spacebar'],
  '→': ['ArrowRight'],
  r: ['r', 'R'],
  '1–9': ['1', '2', '3', '4', '5', '6', '7', '8', '9'],
  '?': ['?'],
  Esc: ['Escape'],
};

describe('presenterKeyAction', () => {
  it('has a handler for every row of the help table, and the table has no other rows', () => {
    expect(PRESENTER_KEYS.map((k) => k.keys)).toEqual(Object.keys(KEYS_OF_ROW));
    for (const row of PRESENTER_KEYS) {
      for (const key of KEYS_OF_ROW[row.keys])
        expect(presenterKeyAction(key), `${row.keys}: ${key}`).not.toBeNull();
    }
  });

  it('Space (and old browsers’ "Spacebar") toggles play and pause', () => {
    expect(presenterKeyAction(' ')).toEqual({ kind: 'toggle' });
    expect(presenterKeyAction('Spacebar')).toEqual({ kind: 'toggle' });
  });

  it('→ steps, r or R resets, ? toggles the help, Esc exits', () => {
    const expected: [string, PresenterAction][] = [
      ['ArrowRight', { kind: 'step' }],
      ['r', { kind: 'reset' }],
      ['R', { kind: 'reset' }],
      ['?', { kind: 'help' }],
      ['Escape', { kind: 'exit' }],
    ];
    for (const [key, action] of expected) expect(presenterKeyAction(key), key).toEqual(action);
  });

  it('digits 1–9 start scenarios 0–8 (zero-based)', () => {
    for (let d = 1; d <= 9; d++)
      expect(presenterKeyAction(String(d))).toEqual({ kind: 'scenario', index: d - 1 });
  });

  it('does nothing for other keys', () => {
    for (const key of [
      '0',
      '10',
      'ArrowLeft',
      'ArrowUp',
      'Enter',
      'Tab',
      'x',
      'Esc',
      'Space',
      '/',
      '',
      '１',
      'F1',
    ])
      expect(presenterKeyAction(key), JSON.stringify(key)).toBeNull();
  });
});
