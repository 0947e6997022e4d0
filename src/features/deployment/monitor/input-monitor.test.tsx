import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_THRESHOLDS, type AlertThresholds } from '@/lib/sim/types';
import { InputMonitor, overThreshold } from './input-monitor';
import { testSnapshot } from './test-snapshot';

function cellsOf(feature: string): HTMLElement[] {
  const row = screen.getByRole('button', { name: feature }).closest('tr')!;
  return within(row).getAllByRole('cell');
}

const columns = () => screen.getAllByRole('columnheader').map((h) => h.textContent);

describe('InputMonitor', () => {
  it('shows every feature with its statistics and flags the ones over an enabled threshold in text', () => {
    const snap = testSnapshot();
    render(
      <InputMonitor
        features={snap.features}
        series={snap.series}
        thresholds={DEFAULT_THRESHOLDS}
        selected={null}
        onSelect={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Input metrics' })).toBeInTheDocument();
    expect(columns()).toContain('KS p (asymptotic)');
    const psi = columns().indexOf('PSI') - 1; // the row header is not a cell
    const js = columns().indexOf('Jensen–Shannon') - 1;
    const ksP = columns().indexOf('KS p (asymptotic)') - 1;
    const wasserstein = columns().indexOf('Wasserstein (SD)') - 1;

    const vibration = cellsOf('vibration');
    expect(vibration[psi]).toHaveTextContent('0.412');
    expect(vibration[psi]).toHaveTextContent('over threshold');
    expect(vibration[psi]).toHaveClass('monitor-over');
    expect(vibration[js]).toHaveTextContent('0.180over threshold');
    // KS and Wasserstein are disabled by default: shown, never flagged.
    expect(vibration[ksP]).toHaveTextContent(/^2\.4e-7$/);
    expect(vibration[wasserstein]).toHaveTextContent(/^0\.800$/);
    // Live vs reference mean with the unit and the shift in SDs; missing share over the 10 % threshold.
    expect(vibration[0]).toHaveTextContent('3.30 mm/s vs 2.50 mm/s (+1.60 SD)');
    expect(vibration[1]).toHaveTextContent('15.0 %over threshold');

    const temperature = cellsOf('temperature');
    expect(temperature[psi]).toHaveTextContent(/^0\.012$/);
    expect(temperature[1]).not.toHaveTextContent('over threshold');
  });

  it('flags KS when its p-value is below an enabled threshold', () => {
    const thresholds: AlertThresholds = {
      ...DEFAULT_THRESHOLDS,
      drift: { ...DEFAULT_THRESHOLDS.drift, ks: { enabled: true, threshold: 0.001 } },
    };
    expect(overThreshold('ks', 2.4e-7, thresholds)).toBe(true);
    expect(overThreshold('ks', 0.52, thresholds)).toBe(false);
    expect(overThreshold('psi', NaN, thresholds)).toBe(false);
    const snap = testSnapshot();
    render(
      <InputMonitor
        features={snap.features}
        series={snap.series}
        thresholds={thresholds}
        selected="vibration"
        onSelect={() => {}}
      />,
    );
    const ksP = columns().indexOf('KS p (asymptotic)') - 1;
    expect(cellsOf('vibration')[ksP]).toHaveTextContent('2.4e-7over threshold');
    expect(cellsOf('temperature')[ksP]).toHaveTextContent(/^0\.520$/);
  });

  it('selects a feature with its row button and draws its histogram and drift history', async () => {
    const snap = testSnapshot();
    const onSelect = vi.fn();
    const { rerender } = render(
      <InputMonitor
        features={snap.features}
        series={snap.series}
        thresholds={DEFAULT_THRESHOLDS}
        selected={null}
        onSelect={onSelect}
      />,
    );
    // With nothing selected the first feature is shown.
    expect(screen.getByRole('button', { name: 'temperature' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('img', { name: /^Histogram of temperature/ })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'vibration' }));
    expect(onSelect).toHaveBeenCalledWith('vibration');

    rerender(
      <InputMonitor
        features={snap.features}
        series={snap.series}
        thresholds={DEFAULT_THRESHOLDS}
        selected="vibration"
        onSelect={onSelect}
      />,
    );
    expect(screen.getByRole('button', { name: 'vibration' })).toHaveAttribute('aria-pressed', 'true');
    const hist = screen.getByRole('img', {
      name: /^Histogram of vibration: reference mean 2\.50 mm\/s, live mean 3\.30 mm\/s \(\+1\.60 SD\)/,
    });
    expect(hist.querySelectorAll('rect.monitor-bar-reference')).toHaveLength(24);
    expect(hist.querySelectorAll('rect.monitor-bar-live')).toHaveLength(24);
    expect(screen.getByText('vibration (mm/s)')).toBeInTheDocument();
    expect(screen.getByText('Live window')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /PSI and Jensen–Shannon distance of vibration over time: latest PSI 0\.412, Jensen–Shannon 0\.180/,
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('PSI alert above 0.2')).toBeInTheDocument();
    expect(screen.getByText('JS alert above 0.15')).toBeInTheDocument();
  });
});
