import { memo, useId } from 'react';
import { ChoiceGroup, NumberField } from '@/components/fields';
import { LiveChart } from '@/components/live-chart';
import { Slider } from '@/components/slider';
import { AUTOMATION_MODES, type AutomationConfig, type AutomationMode } from '@/lib/sim/automation';
import type { SimSnapshot } from '@/lib/sim/simulator';

export interface AutomationPanelProps {
  /** The snapshot's automation summary and threshold trade-off. */
  automation: SimSnapshot['automation'];
  config: AutomationConfig;
  /** The simulator's time series; `t`, `automationRate` and `systemAccuracy` are drawn. */
  series: Readonly<Record<string, ArrayLike<number>>>;
  /** Where the human accuracy comes from, e.g. "from your label-consistency study" or "default". */
  hlpSource: string;
  onChange(config: AutomationConfig): void;
}

const ORDER: AutomationMode[] = ['human-only', 'shadow', 'ai-assistance', 'partial', 'full'];
const MODES = [...AUTOMATION_MODES].sort((a, b) => ORDER.indexOf(a.mode) - ORDER.indexOf(b.mode));
const EMPTY: ArrayLike<number> = [];
const RATE_COLOR = '#1f5f8b';
const ACCURACY_COLOR = '#1d6b3a';

const finite = (v: number | undefined): v is number => v !== undefined && Number.isFinite(v);
const pct = (v: number | undefined) => (finite(v) ? `${(v * 100).toFixed(1)} %` : '—');
const money = (v: number | undefined) => (finite(v) ? v.toFixed(2) : '—');
const last = (a: ArrayLike<number>) => (a.length ? a[a.length - 1] : undefined);

/** A threshold of the trade-off table; above 1 nothing is automated. */
function thresholdText(t: number): string {
  return t > 1 ? 'above 100 % (none automated)' : `${Math.round(t * 100)} %`;
}

/** Index of the row whose threshold is nearest `threshold` (the first on a tie); -1 when there are none. */
export function nearestRow(rows: readonly { threshold: number }[], threshold: number): number {
  let best = -1;
  rows.forEach((r, i) => {
    if (best < 0 || Math.abs(r.threshold - threshold) < Math.abs(rows[best]!.threshold - threshold)) best = i;
  });
  return best;
}

/** Degrees of automation: who decides each case, and what that costs in accuracy, money and waiting. */
export const AutomationPanel = memo(function AutomationPanel({
  automation: a,
  config,
  series,
  hlpSource,
  onChange,
}: AutomationPanelProps) {
  const id = useId();
  const set = (patch: Partial<AutomationConfig>) => onChange({ ...config, ...patch });
  const partial = config.mode === 'partial';
  const current = nearestRow(a.tradeoff, config.threshold);
  const rate = series.automationRate ?? EMPTY;
  const accuracy = series.systemAccuracy ?? EMPTY;

  return (
    <div className="controls-automation stack">
      <ChoiceGroup<AutomationMode>
        legend="Degree of automation"
        options={MODES.map((m) => ({ value: m.mode, label: m.label }))}
        value={config.mode}
        onChange={(mode) => set({ mode })}
      />
      <ul className="controls-modes">
        {MODES.map((m) => (
          <li key={m.mode} className={m.mode === config.mode ? 'is-selected' : undefined}>
            <strong>{m.label}</strong>: {m.description}
          </li>
        ))}
      </ul>

      {!partial && (
        <p id={`${id}-why`} className="controls-reason">
          Only partial automation uses the confidence threshold.
        </p>
      )}
      <fieldset
        className="controls-fieldset"
        disabled={!partial}
        aria-describedby={partial ? undefined : `${id}-why`}
      >
        <legend className="visually-hidden">Partial automation</legend>
        <Slider
          label="Confidence threshold"
          value={config.threshold}
          min={0.5}
          max={1}
          step={0.01}
          format={(v) => `${Math.round(v * 100)} %`}
          hint="Cases the model is less confident about than this go to a person."
          onChange={(threshold) => set({ threshold })}
        />
      </fieldset>

      <div className="field-grid">
        <NumberField
          label="Human accuracy"
          hint={`Human-level performance (${hlpSource}).`}
          unit="%"
          min={0}
          max={100}
          step={0.1}
          value={Number((config.humanAccuracy * 100).toFixed(2))}
          onChange={(v) => v !== null && v >= 0 && v <= 100 && set({ humanAccuracy: v / 100 })}
        />
        <NumberField
          label="Cost per case"
          hint="What one human review costs."
          unit="per review"
          min={0}
          value={config.costPerCase}
          onChange={(v) => v !== null && v >= 0 && set({ costPerCase: v })}
        />
        <NumberField
          label="Delay per case"
          hint="How long a case waits for a person."
          unit="s"
          min={0}
          value={config.delaySeconds}
          onChange={(v) => v !== null && v >= 0 && set({ delaySeconds: v })}
        />
      </div>

      <dl className="controls-stats">
        <div>
          <dt>Automation rate</dt>
          <dd>{pct(a.automationRate)}</dd>
        </div>
        <div>
          <dt>Accuracy of the final decisions</dt>
          <dd>{pct(a.accuracy)}</dd>
        </div>
        <div>
          <dt>Cost per event</dt>
          <dd>{money(a.costPerEvent)}</dd>
        </div>
        <div>
          <dt>Mean delay</dt>
          <dd>{finite(a.meanDelaySeconds) ? `${a.meanDelaySeconds.toFixed(1)} s` : '—'}</dd>
        </div>
      </dl>
      <p className="field-hint">Over the last {a.events} decisions.</p>

      <LiveChart
        label={`Automation rate and accuracy of the final decisions over time: latest ${pct(last(rate))} automated, ${pct(last(accuracy))} accurate`}
        xs={series.t ?? EMPTY}
        series={[
          { name: 'Automation rate', color: RATE_COLOR, values: rate },
          { name: 'Accuracy of the final decisions', color: ACCURACY_COLOR, values: accuracy, dashed: true },
        ]}
        xLabel="simulated time (s)"
        yLabel="share"
        yDomain={[0, 1]}
        formatY={(v) => `${Math.round(v * 100)} %`}
        height={180}
      />

      {/* Focusable, so keyboard users can scroll the table when it is wider than its column. */}
      <div
        className="table-scroll"
        role="region"
        aria-label="Partial automation at each threshold"
        tabIndex={0}
      >
        <table className="data-table controls-table">
          <caption>Partial automation at each threshold, on the recent window</caption>
          <thead>
            <tr>
              <th scope="col">Threshold</th>
              <th scope="col">Automation rate</th>
              <th scope="col">Accuracy</th>
              <th scope="col">Cost per event</th>
            </tr>
          </thead>
          <tbody>
            {a.tradeoff.map((r, i) => (
              <tr
                key={r.threshold}
                aria-current={i === current ? 'true' : undefined}
                className={i === current ? 'is-selected' : undefined}
              >
                <th scope="row">
                  {thresholdText(r.threshold)}
                  {i === current && <span className="controls-current"> (current)</span>}
                </th>
                <td>{pct(r.automationRate)}</td>
                <td>{pct(r.accuracy)}</td>
                <td>{money(r.costPerEvent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});
