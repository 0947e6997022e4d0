/** Presenter-mode shortcuts: one table for the handler and the help overlay. */
export const PRESENTER_KEYS = [
  { keys: 'Space', does: 'Play or pause' },
  { keys: '→', does: 'Step one simulated second' },
  { keys: 'r', does: 'Reset the current run' },
  { keys: '1–9', does: 'Start scenario 1 to 9' },
  { keys: '?', does: 'Show or hide this help' },
  { keys: 'Esc', does: 'Close the help, then leave presenter mode' },
] as const;

export type PresenterAction =
  | { kind: 'toggle' }
  | { kind: 'step' }
  | { kind: 'reset' }
  | { kind: 'scenario'; index: number }
  | { kind: 'help' }
  | { kind: 'exit' };

/** What a key does in presenter mode (KeyboardEvent.key), or null. */
export function presenterKeyAction(key: string): PresenterAction | null {
  if (key === ' ' || key === 'Spacebar') return { kind: 'toggle' };
  if (key === 'ArrowRight') return { kind: 'step' };
  if (key === 'r' || key === 'R') return { kind: 'reset' };
  if (key === '?') return { kind: 'help' };
  if (key === 'Escape') return { kind: 'exit' };
  if (/^[1-9]$/.test(key)) return { kind: 'scenario', index: Number(key) - 1 };
  return null;
}
