import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Alert } from '@/lib/sim/types';
import { AlertTimeline, describeValue, EMPTY_ALERTS } from './alert-timeline';
import { testSnapshot } from './test-snapshot';

describe('AlertTimeline', () => {
  it('lists alerts newest first with time, kind badge, monitor, subject, value vs threshold and message', () => {
    render(<AlertTimeline alerts={testSnapshot().alerts} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Alerts' })).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Alerts' })).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.monitor-alert-time')?.textContent)).toEqual([
      't = 25.0 s',
      't = 22.4 s',
      't = 21.0 s',
    ]);
    expect(items[0]).toHaveTextContent('software');
    expect(items[0]).toHaveTextContent('Dropped events');
    expect(items[0]).toHaveTextContent('320 events/s vs threshold above 1 events/s');
    expect(items[1]).toHaveTextContent('ADWIN');
    expect(items[1]).toHaveTextContent('29.0 % (detector: no fixed threshold)');
    const psi = items[2]!;
    expect(within(psi).getByText('data drift')).toHaveClass('monitor-kind-data-drift');
    expect(psi).toHaveTextContent('PSI');
    expect(psi).toHaveTextContent('vibration');
    expect(psi).toHaveTextContent('0.412 vs threshold above 0.200');
    expect(psi).toHaveTextContent(/moved away from the training data/);
    // Counts per kind in the header.
    expect(screen.getByText('3 alerts:')).toBeInTheDocument();
    expect(screen.getByText('data drift: 2')).toBeInTheDocument();
    expect(screen.getByText('software: 1')).toBeInTheDocument();
  });

  it('shows the empty state when nothing has fired', () => {
    render(<AlertTimeline alerts={[]} />);
    expect(screen.getByText(EMPTY_ALERTS)).toBeInTheDocument();
    expect(EMPTY_ALERTS).toMatch(/^No alerts yet\. Move a slider/);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('keeps the newest alerts when there are more than it lists, and formats each monitor in its unit', () => {
    const alerts: Alert[] = Array.from({ length: 5 }, (_, i) => ({
      t: i,
      monitor: 'Accuracy',
      subject: 'demo-model',
      value: 0.7,
      threshold: 0.8,
      kind: 'concept drift',
      message: `Accuracy fell (${i}).`,
    }));
    render(<AlertTimeline alerts={alerts} max={2} />);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.monitor-alert-message')?.textContent)).toEqual([
      'Accuracy fell (4).',
      'Accuracy fell (3).',
    ]);
    expect(items[0]).toHaveTextContent('70.0 % vs threshold below 80.0 %');
    expect(screen.getByText('Showing the newest 2 of 5 alerts.')).toBeInTheDocument();
    const base = { t: 1, subject: null, kind: 'data drift' } as const;
    expect(
      describeValue({ ...base, monitor: 'KS p-value', value: 2.4e-7, threshold: 0.001, message: '' }),
    ).toBe('2.4e-7 vs threshold below 0.001');
    expect(describeValue({ ...base, monitor: 'Latency p95', value: 6.4, threshold: 5, message: '' })).toBe(
      '6.40 ms vs threshold above 5.00 ms',
    );
    expect(
      describeValue({ ...base, monitor: 'Prediction share', value: 0.55, threshold: 0.15, message: '' }),
    ).toBe('55.0 % vs threshold a change of more than 15.0 % from the reference');
    expect(
      describeValue({
        ...base,
        kind: 'deployment',
        monitor: 'Rollback',
        value: NaN,
        threshold: null,
        message: '',
      }),
    ).toBeNull();
  });
});
