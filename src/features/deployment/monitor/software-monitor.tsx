import { memo, useId } from 'react';
import { LiveChart } from '@/components/live-chart';
import type { SimSnapshot } from '@/lib/sim/simulator';
import type { AlertThresholds } from '@/lib/sim/types';
import { column, fmtCount, fmtMs, isValue, latest, type SeriesMap } from './format';

export interface SoftwareMonitorProps {
  software: SimSnapshot['software'];
  series: SeriesMap;
  totals: SimSnapshot['totals'];
  thresholds: AlertThresholds;
}

const THROUGHPUT_COLOR = '#1f5f8b';
const DROPPED_COLOR = '#a52a2a';
const LATENCY_COLOR = '#6b4fa3';
const THRESHOLD_COLOR = '#8a5300';

function Figure({ term, value, over }: { term: string; value: string; over?: boolean }) {
  return (
    <div className={over ? 'monitor-over' : undefined}>
      <dt>{term}</dt>
      <dd>
        {value}
        {over && <span className="monitor-over-flag">over threshold</span>}
      </dd>
    </div>
  );
}

/** Software metrics: the serving path's latency, throughput and load shedding, whatever the data does. */
export const SoftwareMonitor = memo(function SoftwareMonitor({
  software,
  series,
  totals,
  thresholds,
}: SoftwareMonitorProps) {
  const titleId = useId();
  const { p50, p95, p99 } = software.latencyMs;
  const throughput = column(series, 'throughput');
  const dropped = column(series, 'dropped');
  const latency = column(series, 'latencyP95');
  const xs = column(series, 't');
  const perSec = (v: number) => (isValue(v) ? `${fmtCount(v)} events/s` : '—');
  return (
    <section className="monitor-panel stack" aria-labelledby={titleId}>
      <h3 id={titleId}>Software metrics</h3>
      <dl className="monitor-figures">
        <Figure term="Latency p50" value={fmtMs(p50)} />
        <Figure term="Latency p95" value={fmtMs(p95)} over={isValue(p95) && p95 > thresholds.latencyP95Ms} />
        <Figure term="Latency p99" value={fmtMs(p99)} />
        <Figure term="Throughput" value={perSec(software.throughput)} />
        <Figure
          term="Dropped"
          value={`${perSec(software.droppedPerSec)} (${fmtCount(totals.dropped)} in total)`}
          over={software.droppedPerSec > thresholds.droppedPerSec}
        />
        <Figure term="Events served" value={fmtCount(totals.events)} />
        <Figure term="Labels received" value={fmtCount(totals.labels)} />
      </dl>
      <p className="field-hint">
        Latency is the measured time of one prediction per event on this machine; it is reported and can fire
        an alert, but never changes the simulated stream.
      </p>
      <div className="chart-pair">
        <LiveChart
          label={`Throughput and dropped events per second over time: latest ${perSec(latest(throughput))} served, ${perSec(latest(dropped))} dropped`}
          xs={xs}
          xLabel="Simulated time (s)"
          yLabel="Events per second"
          series={[
            { name: 'Throughput (events/s)', color: THROUGHPUT_COLOR, values: throughput },
            { name: 'Dropped (events/s)', color: DROPPED_COLOR, values: dropped, dashed: true },
          ]}
          thresholds={[
            {
              y: thresholds.droppedPerSec,
              label: `Dropped alert above ${thresholds.droppedPerSec}/s`,
              color: THRESHOLD_COLOR,
            },
          ]}
        />
        <LiveChart
          label={`Latency p95 over time: latest ${fmtMs(latest(latency))}, alert above ${fmtMs(thresholds.latencyP95Ms)}`}
          xs={xs}
          xLabel="Simulated time (s)"
          yLabel="Latency p95 (ms)"
          series={[{ name: 'Latency p95 (ms)', color: LATENCY_COLOR, values: latency }]}
          thresholds={[
            {
              y: thresholds.latencyP95Ms,
              label: `Latency alert above ${fmtMs(thresholds.latencyP95Ms)}`,
              color: THRESHOLD_COLOR,
            },
          ]}
        />
      </div>
    </section>
  );
});
