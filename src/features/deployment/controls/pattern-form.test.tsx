import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SliderPattern, SourceFeature } from '@/lib/sim/types';
import { PatternForm, patternProblems } from './pattern-form';

const FEATURES: SourceFeature[] = [
  { name: 'temperature', kind: 'numeric', unit: '°C', mean: 20, sd: 2 },
  { name: 'shift', kind: 'categorical', categories: ['day', 'night'], mean: 0, sd: 1 },
];

function setup(patterns: SliderPattern[] = [], now = 42) {
  const onAdd = vi.fn();
  const onClear = vi.fn();
  render(<PatternForm features={FEATURES} now={now} onAdd={onAdd} onClear={onClear} patterns={patterns} />);
  return { onAdd, onClear };
}

const type = (label: RegExp, value: string) =>
  fireEvent.change(screen.getByRole('spinbutton', { name: label }), { target: { value } });

describe('PatternForm', () => {
  it('offers every slider of the given features', () => {
    setup();
    const options = within(screen.getByRole('combobox', { name: 'Slider' }))
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'));
    expect(options).toEqual([
      'meanShift.temperature',
      'scale.temperature',
      'classShare',
      'rotation',
      'boundaryShift',
      'relabel',
      'noise',
      'missing',
      'eventsPerSec',
    ]);
    for (const kind of ['Sudden', 'Gradual', 'Incremental', 'Recurring'])
      expect(screen.getByRole('radio', { name: new RegExp(`^${kind}`) })).toBeInTheDocument();
  });

  it('emits a pattern whose start is absolute: now + N', () => {
    const { onAdd } = setup([], 42);
    fireEvent.change(screen.getByRole('combobox', { name: 'Slider' }), { target: { value: 'noise' } });
    fireEvent.click(screen.getByRole('radio', { name: /^Incremental/ }));
    type(/^From/, '0.1');
    type(/^To/, '1.5');
    type(/^Start in/, '8');
    type(/^Duration/, '30');
    fireEvent.click(screen.getByRole('button', { name: 'Add pattern' }));
    expect(onAdd).toHaveBeenCalledWith({
      target: 'noise',
      kind: 'incremental',
      from: 0.1,
      to: 1.5,
      start: 50,
      duration: 30,
    });
  });

  it('refuses period 0 for a recurring pattern, naming the field', () => {
    const { onAdd } = setup([], 10);
    fireEvent.click(screen.getByRole('radio', { name: /^Recurring/ }));
    type(/^Period/, '0');
    fireEvent.click(screen.getByRole('button', { name: 'Add pattern' }));
    expect(onAdd).not.toHaveBeenCalled();
    expect(screen.getByText('Period must be above 0 s for a recurring pattern.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Fix one field');

    type(/^Period/, '6');
    fireEvent.click(screen.getByRole('button', { name: 'Add pattern' }));
    expect(onAdd).toHaveBeenCalledWith({
      target: 'meanShift.temperature',
      kind: 'recurring',
      from: 0,
      to: 1.5,
      start: 15,
      duration: 20,
      period: 6,
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checks values against the slider range and durations', () => {
    const base = {
      target: 'missing' as const,
      kind: 'sudden' as const,
      from: 0,
      to: 0.9,
      start: 0,
      duration: -1,
      period: null,
    };
    expect(patternProblems(base)).toEqual({
      to: 'To must be between 0 and 0.6 for this slider.',
      duration: 'Duration must be 0 s or more.',
    });
    expect(patternProblems({ ...base, to: 0.5, duration: 0, from: null, start: Number.NaN })).toEqual({
      from: 'From needs a number.',
      start: 'Start needs a number of seconds from now.',
    });
  });

  it('lists the active patterns and clears them', () => {
    const { onClear } = setup([
      { target: 'scale.temperature', kind: 'recurring', from: 1, to: 2, start: 60, duration: 40, period: 5 },
    ]);
    const row = screen.getByRole('row', { name: /Spread of temperature/ });
    expect(row).toHaveTextContent('recurring');
    expect(row).toHaveTextContent('1 → 2');
    expect(row).toHaveTextContent('t = 60.0 s');
    expect(row).toHaveTextContent('5 s');
    fireEvent.click(screen.getByRole('button', { name: 'Clear patterns' }));
    expect(onClear).toHaveBeenCalledTimes(1);
  });
});
