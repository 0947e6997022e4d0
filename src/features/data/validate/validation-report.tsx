import { lazy, Suspense, useState } from 'react';
import type { ValidationResult } from '@/lib/data/validate';

const OverlayChart = lazy(() => import('./overlay-chart'));
const KIND_LABEL = {
  'missing-column': 'Missing column',
  'new-column': 'New column',
  'type-mismatch': 'Type mismatch',
  'out-of-range': 'Out of range',
  'unseen-category': 'Unseen category',
  'missing-rate': 'Too many missing',
} as const;
const num = (v: number) => (v < 0.001 && v > 0 ? v.toExponential(2) : Number(v.toPrecision(3)).toString());

/** Anomalies against the schema, then skew/drift per column with the two distributions overlaid. */
export function ValidationReport({ result, fileName }: { result: ValidationResult; fileName: string }) {
  const [mode, setMode] = useState<'counts' | 'densities'>('counts');
  const drift = result.drift;
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="anomalies-title">
        <h2 id="anomalies-title">
          Anomalies in “{fileName}” ({result.anomalies.length})
        </h2>
        {result.anomalies.length === 0 ? (
          <p className="callout callout-ok">No anomalies: every column matches the schema.</p>
        ) : (
          <ul className="anomaly-list">
            {result.anomalies.map((a, i) => (
              <li key={i} className={`anomaly anomaly-${a.severity}`}>
                <span className="badge">{KIND_LABEL[a.kind]}</span> {a.message}
              </li>
            ))}
          </ul>
        )}
      </section>
      {drift && (
        <section className="card stack" aria-labelledby="drift-title">
          <h2 id="drift-title">Skew and drift per column</h2>
          {drift.error && <p className="callout callout-error">{drift.error}</p>}
          {drift.report && (
            <>
              <p className={drift.report.datasetDrift ? 'callout callout-warning' : 'callout callout-ok'}>
                {drift.report.driftedCount} of {drift.report.columns.length} columns drifted (
                {Math.round(drift.report.share * 100)} %):{' '}
                {drift.report.datasetDrift ? 'the dataset has drifted' : 'no dataset drift'} (threshold:{' '}
                {Math.round(drift.report.shareThreshold * 100)} % of columns).
              </p>
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Column</th>
                      <th scope="col">Test</th>
                      <th scope="col">Value</th>
                      <th scope="col">Threshold</th>
                      <th scope="col">Verdict</th>
                    </tr>
                  </thead>
                  <tbody>
                    {drift.report.columns.map((c) => (
                      <tr key={c.column}>
                        <th scope="row">{c.column}</th>
                        <td>{c.test}</td>
                        <td className="num">{num(c.value)}</td>
                        <td className="num">{c.threshold}</td>
                        <td className={c.drifted ? 'verdict-drift' : 'verdict-ok'}>
                          {c.drifted ? 'Drift' : 'No drift'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="field-hint">
                p-value tests (KS, chi-square, z-test) flag drift when p is below the threshold; distances
                (Wasserstein, Jensen–Shannon) when the distance reaches it. Small reference sets use tests,
                large ones distances, as Evidently does.
              </p>
            </>
          )}
          {drift.skipped.length > 0 && (
            <p className="field-hint">
              Not compared: {drift.skipped.map((s) => `${s.column} (${s.reason})`).join('; ')}.
            </p>
          )}
          <div className="view-switch" role="group" aria-label="Chart values">
            <button type="button" aria-pressed={mode === 'counts'} onClick={() => setMode('counts')}>
              Counts
            </button>
            <button type="button" aria-pressed={mode === 'densities'} onClick={() => setMode('densities')}>
              Densities
            </button>
          </div>
          <div className="stats-grid">
            {drift.distributions.map((d) => (
              <div key={d.column} className="subcard">
                <Suspense fallback={<p className="loading">Loading chart…</p>}>
                  <OverlayChart dist={d} mode={mode} />
                </Suspense>
              </div>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
