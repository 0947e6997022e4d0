import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '@/lib/sim/types';
import { SoftwareMonitor } from './software-monitor';
import { testSnapshot } from './test-snapshot';

const value = (term: string) =>
  within(screen.getByText(term, { selector: 'dt' }).parentElement!).getByRole('definition').textContent;

describe('SoftwareMonitor', () => {
  it('shows latency quantiles in ms with two decimals, throughput, drops and totals', () => {
    const snap = testSnapshot();
    render(
      <SoftwareMonitor
        software={{ ...snap.software, droppedPerSec: 320 }}
        series={snap.series}
        totals={snap.totals}
        thresholds={DEFAULT_THRESHOLDS}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Software metrics' })).toBeInTheDocument();
    expect(value('Latency p50')).toBe('0.42 ms');
    expect(value('Latency p95')).toBe('6.40 msover threshold');
    expect(value('Latency p99')).toBe('9.88 ms');
    expect(value('Throughput')).toBe('50 events/s');
    expect(value('Dropped')).toBe('320 events/s (320 in total)over threshold');
    expect(value('Events served')).toBe('12,345');
    expect(value('Labels received')).toBe('11,890');
    expect(
      screen.getByRole('img', {
        name: 'Throughput and dropped events per second over time: latest 50 events/s served, 0 events/s dropped',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: 'Latency p95 over time: latest 6.40 ms, alert above 5.00 ms' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Latency alert above 5.00 ms')).toBeInTheDocument();
  });

  it('does not flag values under their thresholds and shows a dash before any latency is measured', () => {
    const snap = testSnapshot();
    render(
      <SoftwareMonitor
        software={{ throughput: 0, droppedPerSec: 0, latencyMs: { p50: NaN, p95: NaN, p99: NaN } }}
        series={snap.series}
        totals={{ events: 0, dropped: 0, labels: 0 }}
        thresholds={DEFAULT_THRESHOLDS}
      />,
    );
    expect(value('Latency p95')).toBe('—');
    expect(screen.queryByText('over threshold')).not.toBeInTheDocument();
  });
});
