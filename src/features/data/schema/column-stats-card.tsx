import { lazy, Suspense } from 'react';
import type { ColumnStatistics } from '@/lib/data/column-stats';

const ColumnChart = lazy(() => import('./column-chart'));
const n = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : Number(v.toPrecision(4)).toLocaleString();

/** One column's summary numbers and chart; missing values are called out. */
export function ColumnStatsCard({ stats }: { stats: ColumnStatistics }) {
  return (
    <article className="subcard column-stats" aria-labelledby={`stats-${stats.name}`}>
      <h3 id={`stats-${stats.name}`}>
        {stats.name} <span className="badge">{stats.type}</span>
      </h3>
      <dl className="mini-stats">
        <div>
          <dt>Values</dt>
          <dd>{stats.count.toLocaleString()}</dd>
        </div>
        <div className={stats.missing > 0 ? 'missing-flag' : undefined}>
          <dt>Missing</dt>
          <dd>
            {stats.missing.toLocaleString()} ({(stats.missingRate * 100).toFixed(1)} %)
          </dd>
        </div>
        {stats.invalid > 0 && (
          <div className="missing-flag">
            <dt>Not a {stats.type}</dt>
            <dd>{stats.invalid.toLocaleString()}</dd>
          </div>
        )}
        {stats.kind === 'numeric' && stats.summary && (
          <>
            <div>
              <dt>Mean</dt>
              <dd>{n(stats.summary.mean)}</dd>
            </div>
            <div>
              <dt>Std (sample)</dt>
              <dd>{n(stats.summary.std)}</dd>
            </div>
            <div>
              <dt>Min / max</dt>
              <dd>
                {n(stats.summary.min)} / {n(stats.summary.max)}
              </dd>
            </div>
            <div>
              <dt>Quartiles (25/50/75 %)</dt>
              <dd>
                {n(stats.summary.quantiles.p25)} / {n(stats.summary.quantiles.p50)} /{' '}
                {n(stats.summary.quantiles.p75)}
              </dd>
            </div>
          </>
        )}
        {(stats.kind === 'categories' || stats.kind === 'text') && (
          <div>
            <dt>Unique</dt>
            <dd>{stats.uniqueCount.toLocaleString()}</dd>
          </div>
        )}
        {stats.kind === 'date' && stats.range && (
          <div>
            <dt>Range</dt>
            <dd>
              {stats.range.min} – {stats.range.max}
            </dd>
          </div>
        )}
      </dl>
      <Suspense fallback={<p className="loading">Loading chart…</p>}>
        <ColumnChart stats={stats} />
      </Suspense>
    </article>
  );
}
