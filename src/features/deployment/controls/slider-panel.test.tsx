import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Sliders, SourceCapabilities, SourceFeature } from '@/lib/sim/types';
import { ROTATION_REASON, SliderPanel, signedSd } from './slider-panel';

const num = (name: string, unit = ''): SourceFeature => ({ name, kind: 'numeric', unit, mean: 10, sd: 2 });
const FEATURES: SourceFeature[] = [
  num('temperature', '°C'),
  num('vibration', 'mm/s'),
  { name: 'shift', kind: 'categorical', categories: ['day', 'night'], mean: 0, sd: 1 },
  num('pressure'),
  num('speed'),
  num('humidity'),
  num('load'),
];
const ALL: SourceCapabilities = { meanShift: true, prior: true, rotation: true };

function sliders(over: Partial<Sliders> = {}): Sliders {
  const names = FEATURES.filter((f) => f.kind === 'numeric').map((f) => f.name);
  return {
    meanShift: Object.fromEntries(names.map((n) => [n, 0])),
    scale: Object.fromEntries(names.map((n) => [n, 1])),
    classShare: null,
    rotation: 0,
    boundaryShift: 0,
    relabel: 0,
    noise: 0,
    missing: 0,
    eventsPerSec: 50,
    ...over,
  };
}

function setup(capabilities = ALL, values = sliders()) {
  const onSlider = vi.fn();
  const onReset = vi.fn();
  render(
    <SliderPanel
      features={FEATURES}
      capabilities={capabilities}
      sliders={values}
      onSlider={onSlider}
      onReset={onReset}
      focusClass="defect"
      referenceShare={0.2}
    />,
  );
  return { onSlider, onReset };
}

describe('SliderPanel', () => {
  it('formats shifts in reference SDs', () => {
    expect(signedSd(-1.5)).toBe('-1.5 SD');
    expect(signedSd(1.5)).toBe('+1.5 SD');
    expect(signedSd(0)).toBe('0.0 SD');
  });

  it('groups the sliders under headings and folds features beyond the first four', () => {
    setup(ALL, sliders({ meanShift: { temperature: -1.5 }, scale: { temperature: 1.5 } }));
    for (const title of [
      'Data drift — P(x) moves',
      'Prior shift — P(y) moves',
      'Concept drift — x→y changes, P(x) stays',
      'Input quality',
      'Traffic',
    ])
      expect(screen.getByRole('heading', { level: 3, name: title })).toBeInTheDocument();
    const mean = screen.getByRole('slider', { name: /Mean shift of temperature/ });
    expect(mean).toHaveAttribute('aria-valuetext', '-1.5 SD');
    expect(mean).toHaveAttribute('min', '-3');
    expect(mean).toHaveAttribute('max', '3');
    expect(screen.getByRole('slider', { name: /Spread of temperature/ })).toHaveAttribute(
      'aria-valuetext',
      '× 1.50 SD',
    );
    // Categorical features get no shift slider; numeric features beyond the fourth are inside <details>.
    expect(screen.queryByRole('slider', { name: /of shift/ })).toBeNull();
    const more = screen.getByText('More features (2)').closest('details')!;
    expect(
      within(more).getByRole('slider', { name: /Mean shift of load/, hidden: true }),
    ).toBeInTheDocument();
    expect(
      within(more).getByRole('slider', { name: /Spread of humidity/, hidden: true }),
    ).toBeInTheDocument();
    expect(within(more).queryByRole('slider', { name: /speed/, hidden: true })).toBeNull();
    expect(screen.getByRole('slider', { name: /Mean shift of speed/ })).toBeInTheDocument();
  });

  it('reports slider moves with their path and value', () => {
    const { onSlider, onReset } = setup();
    fireEvent.change(screen.getByRole('slider', { name: /Mean shift of vibration/ }), {
      target: { value: '1.2' },
    });
    expect(onSlider).toHaveBeenLastCalledWith('meanShift.vibration', 1.2);
    fireEvent.change(screen.getByRole('slider', { name: /Spread of pressure/ }), { target: { value: '2' } });
    expect(onSlider).toHaveBeenLastCalledWith('scale.pressure', 2);
    fireEvent.change(screen.getByRole('slider', { name: /Boundary rotation/ }), { target: { value: '30' } });
    expect(onSlider).toHaveBeenLastCalledWith('rotation', 30);
    fireEvent.change(screen.getByRole('slider', { name: /Missing values/ }), { target: { value: '0.25' } });
    expect(onSlider).toHaveBeenLastCalledWith('missing', 0.25);
    fireEvent.change(screen.getByRole('slider', { name: /^Traffic/ }), { target: { value: '400' } });
    expect(onSlider).toHaveBeenLastCalledWith('eventsPerSec', 400);
    fireEvent.click(screen.getByRole('button', { name: 'Reset sliders' }));
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('sets or releases the class share of the focus class', () => {
    const { onSlider } = setup();
    const keep = screen.getByRole('checkbox', { name: 'Keep the reference balance' });
    expect(keep).toBeChecked();
    expect(screen.getByRole('slider', { name: /Share of “defect”/ })).toHaveAttribute(
      'aria-valuetext',
      'reference balance',
    );
    fireEvent.click(keep);
    expect(onSlider).toHaveBeenLastCalledWith('classShare', 0.2);
    fireEvent.change(screen.getByRole('slider', { name: /Share of “defect”/ }), { target: { value: '0.6' } });
    expect(onSlider).toHaveBeenLastCalledWith('classShare', 0.6);
  });

  it('disables the concept sliders with the reason but keeps relabel available', () => {
    setup({ meanShift: true, prior: false, rotation: false }, sliders({ classShare: 0.3, relabel: 0.25 }));
    expect(screen.getByText(ROTATION_REASON)).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: /Boundary rotation/ })).toBeDisabled();
    expect(screen.getByRole('slider', { name: /Boundary move/ })).toBeDisabled();
    const group = screen.getByRole('group', { name: 'Concept drift — x→y changes, P(x) stays' });
    expect(group).toHaveAccessibleDescription(ROTATION_REASON);
    const relabel = screen.getByRole('slider', { name: /Relabel share/ });
    expect(relabel).toBeEnabled();
    expect(relabel).toHaveAttribute('aria-valuetext', '25 %');
    // Prior shift is off too, with its own reason.
    expect(screen.getByRole('slider', { name: /Share of “defect”/ })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Keep the reference balance' })).toBeDisabled();
    expect(screen.getByText(/cannot choose which class/)).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: /Mean shift of temperature/ })).toBeEnabled();
  });
});
