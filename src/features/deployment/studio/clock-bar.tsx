import { memo } from 'react';

export const SPEEDS = [0.5, 1, 2, 5, 10, 20] as const;

export interface ClockBarProps {
  t: number;
  timeLabel: string | null;
  running: boolean;
  speed: number;
  scenarioEnd: number | null;
  disabled: boolean;
  onPlay(): void;
  onPause(): void;
  /** Advance by this many simulated seconds at once (step and fast-forward). */
  onAdvance(seconds: number): void;
  onSpeed(speed: number): void;
  onReset(): void;
}

/** Play, pause, step, speed, fast-forward and reset, with the simulated clock. */
export const ClockBar = memo(function ClockBar(p: ClockBarProps) {
  return (
    <div className="clock-bar" role="group" aria-label="Simulation clock">
      <p className="clock-time" aria-live="off">
        <span className="clock-label">Simulated time</span>{' '}
        <strong data-testid="sim-time">{p.t.toFixed(1)} s</strong>
        {p.scenarioEnd !== null && <span className="field-hint"> of {p.scenarioEnd} s</span>}
        {p.timeLabel && <span className="field-hint"> · data from {p.timeLabel}</span>}
      </p>
      <div className="button-row">
        {p.running ? (
          <button type="button" className="primary" onClick={p.onPause} disabled={p.disabled}>
            Pause
          </button>
        ) : (
          <button type="button" className="primary" onClick={p.onPlay} disabled={p.disabled}>
            Play
          </button>
        )}
        <button type="button" onClick={() => p.onAdvance(1)} disabled={p.disabled}>
          Step 1 s
        </button>
        <button type="button" onClick={() => p.onAdvance(30)} disabled={p.disabled}>
          Fast-forward 30 s
        </button>
        <label className="inline-field">
          Speed{' '}
          <select
            value={p.speed}
            onChange={(e) => p.onSpeed(Number(e.currentTarget.value))}
            disabled={p.disabled}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                ×{s}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={p.onReset} disabled={p.disabled}>
          Reset
        </button>
      </div>
    </div>
  );
});
