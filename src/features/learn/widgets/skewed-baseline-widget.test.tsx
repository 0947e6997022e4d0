import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import SkewedBaselineWidget from './skewed-baseline-widget';

function stat(term: string): string | null | undefined {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

/** See convention-agreement-widget.test.tsx: jsdom lacks native range keys, so the browser's step is applied here. */
function press(slider: HTMLInputElement, key: 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End') {
  slider.focus();
  if (!fireEvent.keyDown(slider, { key })) return;
  const [value, step, min, max] = [slider.value, slider.step, slider.min, slider.max].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const next = { ArrowRight: value + step, ArrowLeft: value - step, Home: min, End: max }[key];
  fireEvent.change(slider, { target: { value: String(Math.min(max, Math.max(min, next))) } });
  fireEvent.keyUp(slider, { key });
}

function confusion() {
  const table = screen.getByRole('table', { name: /always negative/ });
  const row = (name: string) =>
    within(within(table).getByRole('rowheader', { name }).closest('tr')!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
  return { positive: row('Actually positive'), negative: row('Actually negative') };
}

describe('SkewedBaselineWidget', () => {
  it('with 0.3 % positives, "always negative" scores 99.7 % accuracy and 0.0 % recall', () => {
    render(<SkewedBaselineWidget params={{ prevalence: 0.003 }} />);
    expect(stat('Accuracy')).toBe('99.7 %');
    expect(stat('Recall')).toBe('0.0 %');
    expect(stat('Precision')).toBe('0.0 %');
    expect(stat('F1')).toBe('0.0 %');
    expect(confusion()).toEqual({ positive: ['0', '3'], negative: ['0', '997'] });
    expect(screen.getByRole('slider', { name: /Share of positive/ })).toHaveAttribute(
      'aria-valuetext',
      '0.30 %',
    );
  });

  it('uses 0.3 % when the params are missing or out of range', () => {
    render(<SkewedBaselineWidget params={{ prevalence: 2 }} />);
    expect(stat('Accuracy')).toBe('99.7 %');
  });

  it('updates the numbers from the keyboard', () => {
    render(<SkewedBaselineWidget params={{ prevalence: 0.003 }} />);
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: /Share of positive/ });

    press(slider, 'End'); // 50 % positives
    expect(slider).toHaveFocus();
    expect(slider).toHaveAttribute('aria-valuetext', '50.00 %');
    expect(stat('Accuracy')).toBe('50.0 %');
    expect(stat('Recall')).toBe('0.0 %');
    expect(confusion()).toEqual({ positive: ['0', '500'], negative: ['0', '500'] });

    press(slider, 'Home'); // 0.1 % positives
    expect(stat('Accuracy')).toBe('99.9 %');
    expect(confusion().positive).toEqual(['0', '1']);

    // 100 steps of 0.01 on the log scale: 0.1 % → 1 %.
    for (let i = 0; i < 100; i++) press(slider, 'ArrowRight');
    expect(stat('Accuracy')).toBe('99.0 %');
    expect(confusion().positive).toEqual(['0', '10']);
  });
});
