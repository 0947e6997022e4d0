import { useEffect, useRef, useState } from 'react';
import { LiveChart } from '@/components/live-chart';
import type { Scenario } from '@/lib/sim/scenario';
import type { SimSnapshot } from '@/lib/sim/simulator';
import type { AlertThresholds } from '@/lib/sim/types';
import type { SimReady } from '@/lib/sim/worker-protocol';
import { simClient } from '../state/sim-store';
import { presenterKeyAction, PRESENTER_KEYS } from './presenter-keys';

export interface PresenterViewProps {
  snapshot: SimSnapshot;
  ready: SimReady;
  running: boolean;
  speed: number;
  caption: string | null;
  thresholds: AlertThresholds;
  scenarios: readonly Scenario[];
  onScenario(index: number): void;
  onReset(): void;
  onExit(): void;
}

const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)} %` : '—');

/** The feature whose drift is largest right now (by PSI), so the view always shows the moving input. */
function mostDrifted(s: SimSnapshot): string | null {
  let best: string | null = null;
  let top = -1;
  for (const f of s.features) {
    const psi = f.stats?.psi ?? -1;
    if (psi > top) {
      top = psi;
      best = f.name;
    }
  }
  return best;
}

/**
 * Presenter mode for instructors: full screen, large type, high contrast, the essential charts only (accuracy
 * with its label-free estimate, the most drifted input, the latest alerts), driven from the keyboard.
 */
export function PresenterView(p: PresenterViewProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [help, setHelp] = useState(false);
  const { snapshot: s } = p;

  useEffect(() => {
    const el = ref.current;
    el?.focus();
    // Full screen where the browser allows it; the view is a full-viewport overlay either way.
    if (el && document.fullscreenEnabled && !document.fullscreenElement)
      void el.requestFullscreen().catch(() => {});
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    };
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const action = presenterKeyAction(e.key);
      if (!action) return;
      e.preventDefault();
      switch (action.kind) {
        case 'toggle':
          simClient.send({ kind: p.running ? 'pause' : 'play' });
          break;
        case 'step':
          simClient.send({ kind: 'advance', seconds: 1 });
          break;
        case 'reset':
          p.onReset();
          break;
        case 'scenario':
          p.onScenario(action.index);
          break;
        case 'help':
          setHelp((h) => !h);
          break;
        case 'exit':
          if (help) setHelp(false);
          else p.onExit();
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [p, help]);

  const feature = mostDrifted(s);
  const xs = s.series.t ?? [];
  const recent = [...s.alerts].reverse().slice(0, 3);
  return (
    <div
      ref={ref}
      className="presenter"
      role="dialog"
      aria-modal="true"
      aria-labelledby="presenter-title"
      tabIndex={-1}
    >
      <header className="presenter-head">
        <h2 id="presenter-title">{p.ready.sourceTitle}</h2>
        <p className="presenter-clock">
          t = <strong data-testid="presenter-time">{s.t.toFixed(1)} s</strong> ·{' '}
          {p.running ? `playing ×${p.speed}` : 'paused'}
        </p>
        <button type="button" onClick={p.onExit}>
          Exit (Esc)
        </button>
      </header>
      {p.caption && (
        <p className="presenter-caption" role="status">
          {p.caption}
        </p>
      )}
      <div className="presenter-figures">
        <p>
          Accuracy (labels) <strong>{pct(s.performance.accuracy)}</strong>
        </p>
        <p>
          Estimated without labels <strong>{pct(s.performance.estimated)}</strong>
        </p>
        <p>
          Alerts <strong>{s.alerts.length}</strong>
        </p>
      </div>
      <div className="presenter-charts">
        <LiveChart
          label={`Accuracy ${pct(s.performance.accuracy)} and label-free estimate ${pct(s.performance.estimated)}`}
          xs={xs}
          xLabel="Simulated time (s)"
          yLabel="Accuracy"
          yDomain={[0.4, 1]}
          formatY={(v) => `${Math.round(v * 100)} %`}
          series={[
            { name: 'Accuracy (delayed labels)', color: '#7cc4ff', values: s.series.accuracy ?? [] },
            {
              name: 'Estimated without labels',
              color: '#ffd27a',
              values: s.series.estimated ?? [],
              dashed: true,
            },
          ]}
          thresholds={[{ y: p.thresholds.accuracy, label: 'Accuracy alert', color: '#ff8a8a' }]}
          height={260}
        />
        {feature && (
          <LiveChart
            label={`Drift of ${feature}: PSI ${(s.series[`psi:${feature}`]?.at(-1) ?? NaN).toFixed(3)}`}
            xs={xs}
            xLabel="Simulated time (s)"
            yLabel={`PSI of ${feature}`}
            series={[
              { name: `PSI of ${feature}`, color: '#b9f18c', values: s.series[`psi:${feature}`] ?? [] },
            ]}
            thresholds={
              p.thresholds.drift.psi.enabled
                ? [{ y: p.thresholds.drift.psi.threshold, label: 'PSI alert', color: '#ff8a8a' }]
                : []
            }
            height={260}
          />
        )}
      </div>
      <ol className="presenter-alerts" aria-label="Latest alerts">
        {recent.length === 0 && <li>No alerts yet.</li>}
        {recent.map((a, i) => (
          <li key={`${a.t}-${a.monitor}-${i}`}>
            <strong>t = {a.t.toFixed(1)} s</strong> · {a.kind}: {a.message}
          </li>
        ))}
      </ol>
      <p className="presenter-hint">
        Space play/pause · → step · r reset · 1–9 scenarios · ? help · Esc exit
      </p>
      {help && (
        <div className="presenter-help" role="dialog" aria-label="Keyboard shortcuts">
          <h3>Keyboard shortcuts</h3>
          <dl>
            {PRESENTER_KEYS.map((k) => (
              <div key={k.keys}>
                <dt>{k.keys}</dt>
                <dd>{k.does}</dd>
              </div>
            ))}
          </dl>
          <h3>Scenarios</h3>
          <ul className="presenter-scenarios">
            {p.scenarios.slice(0, 9).map((sc, i) => (
              <li key={sc.id}>
                <kbd>{i + 1}</kbd> {sc.title}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
