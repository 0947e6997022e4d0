import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_THRESHOLDS, type AlertThresholds } from '@/lib/sim/types';
import { ThresholdSettings, thresholdError } from './threshold-settings';

function setup(thresholds: AlertThresholds = DEFAULT_THRESHOLDS) {
  const onChange = vi.fn<(t: AlertThresholds) => void>();
  render(<ThresholdSettings thresholds={thresholds} onChange={onChange} open />);
  return onChange;
}

describe('ThresholdSettings', () => {
  it('shows every threshold in its unit inside an "Alert thresholds" disclosure', () => {
    setup();
    expect(screen.getByText('Alert thresholds').closest('details')).toBeInTheDocument();
    expect(screen.getByLabelText('PSI: alert above')).toHaveValue(0.2);
    expect(screen.getByLabelText('KS p-value (asymptotic): alert below')).toHaveValue(0.001);
    expect(screen.getByLabelText('Accuracy (from labels): alert below')).toHaveValue(80);
    expect(screen.getByLabelText('Predicted class share: alert on a change above')).toHaveValue(15);
    expect(screen.getByLabelText('Latency p95: alert above')).toHaveValue(5);
    expect(screen.getByRole('checkbox', { name: 'Check PSI' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Check KS test' })).not.toBeChecked();
  });

  it('calls onChange with a full new object for a new number, converting percentages to shares', () => {
    const onChange = setup();
    fireEvent.change(screen.getByLabelText('PSI: alert above'), { target: { value: '0.35' } });
    expect(onChange).toHaveBeenLastCalledWith({
      ...DEFAULT_THRESHOLDS,
      drift: { ...DEFAULT_THRESHOLDS.drift, psi: { enabled: true, threshold: 0.35 } },
    });
    fireEvent.change(screen.getByLabelText('Accuracy (from labels): alert below'), {
      target: { value: '72.5' },
    });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_THRESHOLDS, accuracy: 0.725 });
    fireEvent.change(screen.getByLabelText('Latency p95: alert above'), { target: { value: '12' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_THRESHOLDS, latencyP95Ms: 12 });
  });

  it('toggles a drift statistic', async () => {
    const onChange = setup();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Check Wasserstein' }));
    expect(onChange).toHaveBeenCalledWith({
      ...DEFAULT_THRESHOLDS,
      drift: { ...DEFAULT_THRESHOLDS.drift, wasserstein: { enabled: true, threshold: 0.5 } },
    });
  });

  it('refuses text and out-of-range numbers with an inline message, and never passes NaN on', async () => {
    const onChange = setup();
    const psi = screen.getByLabelText('PSI: alert above');
    await userEvent.clear(psi);
    await userEvent.type(psi, 'abc');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number.');
    expect(psi).toHaveAttribute('aria-invalid', 'true');
    fireEvent.change(psi, { target: { value: '-1' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number above 0.');
    const dropped = screen.getByLabelText('Dropped events: alert above');
    fireEvent.change(dropped, { target: { value: '-3' } });
    expect(screen.getAllByRole('alert')[1]).toHaveTextContent('Enter a number of at least 0 events/s.');
    expect(onChange).not.toHaveBeenCalled();
    // A valid number clears the message and goes through.
    fireEvent.change(psi, { target: { value: '0.25' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![0].drift.psi.threshold).toBe(0.25);

    expect(thresholdError('abc', { min: 0, max: 1, unit: '' })).toBe('Enter a number.');
    expect(thresholdError('NaN', { min: 0, max: 1, unit: '' })).toBe('Enter a number.');
    expect(thresholdError('150', { min: 0, max: 100, unit: '%' })).toBe('Enter a number of at most 100 %.');
    expect(thresholdError('0', { min: 0, max: 1, unit: '', minExclusive: true })).toBe(
      'Enter a number above 0.',
    );
    expect(thresholdError('0.5', { min: 0, max: 1, unit: '' })).toBeNull();
  });
});
