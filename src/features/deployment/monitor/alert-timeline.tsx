import { memo, useId } from 'react';
import type { Alert, AlertKind } from '@/lib/sim/types';
import { fmtCount, fmtMs, fmtPercent, fmtStat, fmtTime, isValue } from './format';

export interface AlertTimelineProps {
  alerts: readonly Alert[];
  /** At most this many alerts are listed, the newest ones (default 50). */
  max?: number;
}

export const ALERT_KINDS: readonly AlertKind[] = [
  'data drift',
  'concept drift',
  'prior shift',
  'input quality',
  'software',
  'performance',
  'deployment',
];

export const EMPTY_ALERTS =
  'No alerts yet. Move a slider (for example a feature\u2019s mean) or run a scenario, and alerts appear here with the simulated time they fired.';

const PERCENT = new Set([
  'Accuracy',
  'Estimated accuracy',
  'Missing values',
  'Prediction share',
  'ADWIN',
  'DDM',
  'Canary',
]);
const BELOW = new Set(['KS p-value', 'Accuracy', 'Estimated accuracy']);

/** A monitor's value in its own unit. */
function formatValue(monitor: string, v: number): string {
  if (PERCENT.has(monitor)) return fmtPercent(v);
  if (monitor === 'Latency p95') return fmtMs(v);
  if (monitor === 'Dropped events') return `${fmtCount(v)} events/s`;
  if (monitor === 'Wasserstein') return `${fmtStat(v)} SD`;
  return fmtStat(v);
}

/** "0.412 vs threshold above 0.200"; detectors have no single threshold; deployment events often no value. */
export function describeValue(alert: Alert): string | null {
  const { monitor, value, threshold } = alert;
  if (threshold === null) {
    if (!isValue(value)) return null;
    if (alert.kind === 'deployment') return `traffic share ${formatValue(monitor, value)}`;
    return `${formatValue(monitor, value)} (detector: no fixed threshold)`;
  }
  const limit =
    monitor === 'Prediction share'
      ? `a change of more than ${fmtPercent(threshold)} from the reference`
      : `${BELOW.has(monitor) ? 'below' : 'above'} ${formatValue(monitor, threshold)}`;
  return `${formatValue(monitor, value)} vs threshold ${limit}`;
}

/** Badge classes of a kind, e.g. "data drift" → "… monitor-kind-data-drift". */
const kindClass = (kind: AlertKind) => `badge monitor-kind monitor-kind-${kind.replace(/\s+/g, '-')}`;

/** How many alerts of each kind fired (kinds with none are left out). */
export function AlertCount({ alerts }: { alerts: readonly Alert[] }) {
  const counts = new Map<AlertKind, number>();
  for (const a of alerts) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  return (
    <p className="monitor-alert-counts">
      <span>
        {alerts.length} alert{alerts.length === 1 ? '' : 's'}
        {alerts.length > 0 ? ':' : ''}
      </span>
      {ALERT_KINDS.filter((k) => counts.has(k)).map((k) => (
        <span key={k} className={kindClass(k)}>
          {k}: {counts.get(k)}
        </span>
      ))}
    </p>
  );
}

/** Every alert and deployment event, newest first, with its simulated time and what it suggests. */
export const AlertTimeline = memo(function AlertTimeline({ alerts, max = 50 }: AlertTimelineProps) {
  const titleId = useId();
  const newest = alerts
    .map((alert, i) => ({ alert, i }))
    .sort((a, b) => b.alert.t - a.alert.t || b.i - a.i)
    .slice(0, max);
  const seen = new Map<string, number>();
  return (
    <section className="monitor-panel stack" aria-labelledby={titleId}>
      <h3 id={titleId}>Alerts</h3>
      <AlertCount alerts={alerts} />
      {alerts.length === 0 ? (
        <p className="empty-state">{EMPTY_ALERTS}</p>
      ) : (
        <>
          <ol className="monitor-alerts" aria-labelledby={titleId}>
            {newest.map(({ alert: a }) => {
              const base = `${a.t}|${a.monitor}|${a.subject ?? ''}|${a.kind}`;
              const n = (seen.get(base) ?? 0) + 1;
              seen.set(base, n);
              const value = describeValue(a);
              return (
                <li key={`${base}|${n}`} className="monitor-alert">
                  <p className="monitor-alert-head">
                    <span className="monitor-alert-time">{fmtTime(a.t)}</span>
                    <span className={kindClass(a.kind)}>{a.kind}</span>
                    <strong>{a.monitor}</strong>
                    {a.subject !== null && <span>{a.subject}</span>}
                    {value !== null && <span className="monitor-alert-value">{value}</span>}
                  </p>
                  <p className="monitor-alert-message">{a.message}</p>
                </li>
              );
            })}
          </ol>
          {alerts.length > newest.length && (
            <p className="field-hint">
              Showing the newest {newest.length} of {alerts.length} alerts.
            </p>
          )}
        </>
      )}
    </section>
  );
});
