import { memo, useId, useState } from 'react';
import type { AlertThresholds, DriftStatistic } from '@/lib/sim/types';

export interface ThresholdSettingsProps {
  thresholds: AlertThresholds;
  /** Receives a complete new thresholds object, never with NaN or an out-of-range number. */
  onChange(thresholds: AlertThresholds): void;
  /** Open the form initially. */
  open?: boolean;
}

/** One number field: how it is shown (value × scale, in `unit`), its valid range, and where it lives. */
interface NumberSpec {
  label: string;
  unit: string;
  /** Displayed value = stored value × scale (100 for shares shown in %). */
  scale: number;
  min: number;
  max: number;
  /** The minimum itself is invalid (a threshold of 0 would fire on anything). */
  minExclusive?: boolean;
  get(t: AlertThresholds): number;
  set(t: AlertThresholds, v: number): AlertThresholds;
}

const drift = (stat: DriftStatistic, label: string, unit: string, max: number): NumberSpec => ({
  label,
  unit,
  scale: 1,
  min: 0,
  max,
  minExclusive: true,
  get: (t) => t.drift[stat].threshold,
  set: (t, v) => ({ ...t, drift: { ...t.drift, [stat]: { ...t.drift[stat], threshold: v } } }),
});

const DRIFT: { stat: DriftStatistic; name: string; spec: NumberSpec }[] = [
  { stat: 'ks', name: 'KS test', spec: drift('ks', 'KS p-value (asymptotic): alert below', '', 1) },
  { stat: 'psi', name: 'PSI', spec: drift('psi', 'PSI: alert above', '', 10) },
  {
    stat: 'wasserstein',
    name: 'Wasserstein',
    spec: drift('wasserstein', 'Wasserstein: alert above', 'SD', 10),
  },
  { stat: 'js', name: 'Jensen–Shannon', spec: drift('js', 'Jensen–Shannon distance: alert above', '', 1) },
];

type ScalarKey = Exclude<keyof AlertThresholds, 'drift'>;
const scalar = (
  key: ScalarKey,
  label: string,
  unit: string,
  scale: number,
  max: number,
  minExclusive = false,
) =>
  ({
    label,
    unit,
    scale,
    min: 0,
    max,
    minExclusive,
    get: (t) => t[key],
    set: (t, v) => ({ ...t, [key]: v }),
  }) satisfies NumberSpec;

const OTHERS: NumberSpec[] = [
  scalar('accuracy', 'Accuracy (from labels): alert below', '%', 100, 100),
  scalar('estimatedAccuracy', 'Estimated accuracy (no labels): alert below', '%', 100, 100),
  scalar('missingShare', 'Missing values of a feature: alert above', '%', 100, 100),
  scalar('latencyP95Ms', 'Latency p95: alert above', 'ms', 1, 60_000),
  scalar('droppedPerSec', 'Dropped events: alert above', 'events/s', 1, 1_000_000),
  scalar(
    'predictionShareDelta',
    'Predicted class share: alert on a change above',
    'percentage points',
    100,
    100,
    true,
  ),
];

/** Shown value without float noise (0.15 × 100 → "15", not "15.000000000000002"). */
const display = (v: number) => String(Number(v.toPrecision(12)));

/** Why a typed text is not a valid value for `spec`, or null when it is. */
export function thresholdError(
  text: string,
  spec: Pick<NumberSpec, 'min' | 'max' | 'minExclusive' | 'unit'>,
): string | null {
  const unit = spec.unit ? ` ${spec.unit}` : '';
  if (text.trim() === '' || !Number.isFinite(Number(text))) return 'Enter a number.';
  const n = Number(text);
  if (spec.minExclusive ? n <= spec.min : n < spec.min)
    return `Enter a number ${spec.minExclusive ? 'above' : 'of at least'} ${spec.min}${unit}.`;
  if (n > spec.max) return `Enter a number of at most ${spec.max}${unit}.`;
  return null;
}

function ThresholdField({
  spec,
  thresholds,
  onChange,
}: {
  spec: NumberSpec;
  thresholds: AlertThresholds;
  onChange(t: AlertThresholds): void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const error = draft === null ? null : thresholdError(draft, spec);
  return (
    <div className="field field-number">
      <label htmlFor={id} className="field-label">
        {spec.label}
      </label>
      <span className="number-with-unit">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step="any"
          min={spec.min}
          max={spec.max}
          value={draft ?? display(spec.get(thresholds) * spec.scale)}
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            const raw = e.currentTarget.validity.badInput ? 'invalid' : e.currentTarget.value;
            setDraft(e.currentTarget.value);
            if (thresholdError(raw, spec) === null) onChange(spec.set(thresholds, Number(raw) / spec.scale));
          }}
          onBlur={() => {
            if (error === null) setDraft(null);
          }}
        />
        {spec.unit && <span className="unit">{spec.unit}</span>}
      </span>
      {error && (
        <p id={`${id}-error`} className="monitor-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The alert thresholds: which drift statistics are checked and where each monitor fires. */
export const ThresholdSettings = memo(function ThresholdSettings({
  thresholds,
  onChange,
  open = false,
}: ThresholdSettingsProps) {
  return (
    <details className="monitor-thresholds card" open={open}>
      <summary>Alert thresholds</summary>
      <p className="field-hint">
        A drift statistic is checked for every numeric feature only when it is enabled. An alert fires once
        when a monitor crosses its threshold and again only after it has come back.
      </p>
      <fieldset className="choice-group">
        <legend>Drift statistics (per feature, live window vs training data)</legend>
        <div className="field-grid">
          {DRIFT.map(({ stat, name, spec }) => (
            <div key={stat} className="monitor-drift-setting">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={thresholds.drift[stat].enabled}
                  onChange={(e) =>
                    onChange({
                      ...thresholds,
                      drift: {
                        ...thresholds.drift,
                        [stat]: { ...thresholds.drift[stat], enabled: e.currentTarget.checked },
                      },
                    })
                  }
                />
                Check {name}
              </label>
              <ThresholdField spec={spec} thresholds={thresholds} onChange={onChange} />
            </div>
          ))}
        </div>
      </fieldset>
      <fieldset className="choice-group">
        <legend>Model, output and service</legend>
        <div className="field-grid">
          {OTHERS.map((spec) => (
            <ThresholdField key={spec.label} spec={spec} thresholds={thresholds} onChange={onChange} />
          ))}
        </div>
      </fieldset>
    </details>
  );
});
