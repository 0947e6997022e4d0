import { memo, useId, useState } from 'react';
import { NumberField } from '@/components/fields';
import type { ScenarioAction } from '@/lib/sim/scenario';
import type { SimSnapshot } from '@/lib/sim/simulator';

export interface DeployPanelProps {
  deployment: SimSnapshot['deployment'];
  /** Progress of a running retrain, or null. */
  retraining: { epoch: number; epochs: number } | null;
  /** `windowSec` is given for 'retrain' only: seconds of labelled events to train on. */
  onAction(action: ScenarioAction, windowSec?: number): void;
  /** Disables every control (e.g. while a scenario drives the simulator). */
  disabled?: boolean;
}

const MAX_WINDOW = 600;

export function pct(v: number): string {
  return Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '—';
}

interface ActionSpec {
  action: Exclude<ScenarioAction, 'retrain'>;
  label: string;
  explain: string;
}

const ACTIONS: ActionSpec[] = [
  {
    action: 'deployCandidate',
    label: 'Deploy candidate now',
    explain: 'All traffic moves to the candidate at once; the current model is kept for a rollback.',
  },
  {
    action: 'shadow',
    label: 'Shadow mode',
    explain:
      'The candidate sees every event and its predictions are logged and compared, but users only ever get the live model’s answers.',
  },
  {
    action: 'canary',
    label: 'Start canary',
    explain:
      'The candidate serves a small share of traffic that grows stage by stage; if its windowed accuracy falls below the live model’s by more than the margin, it is rolled back automatically.',
  },
  {
    action: 'blueGreen',
    label: 'Switch blue ↔ green',
    explain:
      'Two complete environments, one live and one on standby: the switch moves all traffic at once, and switching back is just as instant.',
  },
  {
    action: 'rollback',
    label: 'Roll back',
    explain: 'The previous model serves all traffic again.',
  },
  {
    action: 'stopCandidate',
    label: 'Stop candidate',
    explain: 'Ends a running shadow or canary; the live model keeps serving everything.',
  },
];

/** Why an action cannot run now, or null when it can. */
export function blockedReason(action: ScenarioAction, d: SimSnapshot['deployment']): string | null {
  const canaryRunning = d.canary?.phase === 'running';
  switch (action) {
    case 'deployCandidate':
    case 'blueGreen':
      return d.candidate ? null : 'Needs a candidate: retrain first.';
    case 'shadow':
      if (!d.candidate) return 'Needs a candidate: retrain first.';
      return d.mode === 'shadow' ? 'Shadow mode is already running.' : null;
    case 'canary':
      if (!d.candidate) return 'Needs a candidate: retrain first.';
      return canaryRunning ? 'A canary is already running.' : null;
    case 'rollback':
      return d.previous ? null : 'Needs a previous model: deploy a candidate first.';
    case 'stopCandidate':
      return d.mode === 'shadow' || canaryRunning
        ? null
        : 'Nothing is running: start shadow mode or a canary.';
    case 'retrain':
      return null;
  }
}

function canaryStatus(canary: SimSnapshot['deployment']['canary']): string {
  if (canary?.phase === 'rolledBack')
    return `Canary rolled back at t = ${canary.at.toFixed(1)} s. ${canary.reason}`;
  if (canary?.phase === 'promoted')
    return `Canary promoted at t = ${canary.at.toFixed(1)} s: the candidate now serves all traffic.`;
  return '';
}

/** Retraining and the deployment patterns: deploy, shadow, canary, blue-green, rollback. */
export const DeployPanel = memo(function DeployPanel({
  deployment: d,
  retraining,
  onAction,
  disabled = false,
}: DeployPanelProps) {
  const id = useId();
  const [windowSec, setWindowSec] = useState<number | null>(30);
  const windowOk = windowSec !== null && windowSec > 0 && windowSec <= MAX_WINDOW;
  const canary = d.canary;
  const running = canary?.phase === 'running' ? canary : null;

  return (
    <div className="controls-deploy stack">
      <dl className="controls-models">
        <div>
          <dt>Live</dt>
          <dd>
            {d.live} <span className={`controls-env controls-env-${d.color}`}>{d.color} environment</span>
          </dd>
        </div>
        <div>
          <dt>Candidate</dt>
          <dd>{d.candidate ?? 'none yet'}</dd>
        </div>
        <div>
          <dt>Previous</dt>
          <dd>{d.previous ?? 'none'}</dd>
        </div>
      </dl>

      <section className="controls-group" aria-labelledby={`${id}-retrain`}>
        <h3 id={`${id}-retrain`}>Retrain</h3>
        <div className="field-row">
          <NumberField
            label="Retrain window"
            hint={`Seconds of recent labelled events to train the candidate on (up to ${MAX_WINDOW}).`}
            unit="s"
            min={1}
            max={MAX_WINDOW}
            step={1}
            value={windowSec}
            onChange={setWindowSec}
          />
          <button
            type="button"
            disabled={disabled || retraining !== null || !windowOk}
            onClick={() => windowOk && onAction('retrain', windowSec)}
          >
            Retrain on the last {windowOk ? windowSec : '…'} s
          </button>
        </div>
        {!windowOk && <p className="controls-error">Retrain window must be between 1 and {MAX_WINDOW} s.</p>}
        {retraining && (
          <div className="controls-progress">
            <label htmlFor={`${id}-epochs`}>
              Retraining… epoch {retraining.epoch} of {retraining.epochs}
            </label>
            <progress id={`${id}-epochs`} max={retraining.epochs} value={retraining.epoch} />
          </div>
        )}
      </section>

      <section className="controls-group" aria-labelledby={`${id}-patterns`}>
        <h3 id={`${id}-patterns`}>Deployment patterns</h3>
        <ul className="controls-actions">
          {ACTIONS.map(({ action, label, explain }) => {
            const why = blockedReason(action, d);
            return (
              <li key={action}>
                <button
                  type="button"
                  disabled={disabled || why !== null}
                  aria-describedby={`${id}-${action}`}
                  onClick={() => onAction(action)}
                >
                  {label}
                </button>
                <p id={`${id}-${action}`} className="field-hint">
                  {explain}
                  {why && !disabled && <span className="controls-why"> {why}</span>}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      {running && (
        <section className="controls-group" aria-labelledby={`${id}-canary`}>
          <h3 id={`${id}-canary`}>Canary</h3>
          <div className="controls-progress">
            <label htmlFor={`${id}-share`}>
              Stage {running.stage + 1}: the candidate gets {pct(running.share)} of the traffic
            </label>
            <progress id={`${id}-share`} max={1} value={running.share} />
          </div>
          <p>
            Windowed accuracy — candidate {pct(running.metrics.candidate.accuracy)} (
            {running.metrics.candidate.labels} labels), live {pct(running.metrics.live.accuracy)} (
            {running.metrics.live.labels} labels).
          </p>
        </section>
      )}

      {d.shadow && (
        <section className="controls-group" aria-labelledby={`${id}-shadow`}>
          <h3 id={`${id}-shadow`}>Shadow</h3>
          <p>
            The two models agree on {pct(d.shadow.agreement)} of {d.shadow.events} events. Accuracy — live{' '}
            {pct(d.shadow.liveAccuracy)}, candidate {pct(d.shadow.candidateAccuracy)}.
          </p>
        </section>
      )}

      <p role="status" className="controls-status">
        {canaryStatus(canary)}
      </p>
    </div>
  );
});
