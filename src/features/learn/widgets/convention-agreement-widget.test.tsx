import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ConventionAgreementWidget from './convention-agreement-widget';

/** The value shown for one statistic (the <dd> after its <dt>). */
function stat(term: string): string | null | undefined {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling?.textContent;
}

/**
 * Presses a key on a range input. jsdom does not implement the native range keyboard behaviour, so after the
 * keydown we apply what a browser does (one step for arrows, min/max for Home/End) through a change event.
 */
function press(
  slider: HTMLInputElement,
  key: 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End',
) {
  slider.focus();
  if (!fireEvent.keyDown(slider, { key })) return;
  const [value, step, min, max] = [slider.value, slider.step, slider.min, slider.max].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  const next = {
    ArrowRight: value + step,
    ArrowUp: value + step,
    ArrowLeft: value - step,
    ArrowDown: value - step,
    Home: min,
    End: max,
  }[key];
  fireEvent.change(slider, { target: { value: String(Math.min(max, Math.max(min, next))) } });
  fireEvent.keyUp(slider, { key });
}

const AGREE = 'Two labelers agree (measured HLP)';
const MODEL = 'Model that always uses convention A';
const GAIN = 'Apparent lead over HLP';

describe('ConventionAgreementWidget', () => {
  it('starts from the share in its params: 70/30 gives 58.0 % vs 70.0 %', () => {
    render(<ConventionAgreementWidget params={{ share: 0.7 }} />);
    expect(stat(AGREE)).toBe('58.0 %');
    expect(stat(MODEL)).toBe('70.0 %');
    expect(stat(GAIN)).toBe('12.0 points');
    const slider = screen.getByRole('slider', { name: /Labelers who follow convention A/ });
    expect(slider).toHaveValue('0.7');
    expect(slider).toHaveAttribute('aria-valuetext', '70 % (B: 30 %)');
  });

  it('falls back to 70 % for a share outside [0.5, 1]', () => {
    render(<ConventionAgreementWidget params={{ share: 0.2 }} />);
    expect(stat(MODEL)).toBe('70.0 %');
  });

  it('updates the numbers from the keyboard', () => {
    render(<ConventionAgreementWidget params={{ share: 0.7 }} />);
    const slider = screen.getByRole<HTMLInputElement>('slider', { name: /Labelers who follow convention A/ });

    press(slider, 'ArrowRight');
    expect(slider).toHaveFocus();
    expect(stat(AGREE)).toBe('58.8 %'); // 0.71² + 0.29²
    expect(stat(MODEL)).toBe('71.0 %');
    expect(slider).toHaveAttribute('aria-valuetext', '71 % (B: 29 %)');

    press(slider, 'ArrowLeft');
    press(slider, 'ArrowLeft');
    expect(stat(AGREE)).toBe('57.2 %'); // 0.69² + 0.31²
    expect(stat(MODEL)).toBe('69.0 %');

    press(slider, 'End');
    expect(stat(AGREE)).toBe('100.0 %');
    expect(stat(MODEL)).toBe('100.0 %');
    expect(stat(GAIN)).toBe('0.0 points');

    press(slider, 'Home');
    expect(stat(AGREE)).toBe('50.0 %');
    expect(stat(MODEL)).toBe('50.0 %');
  });
});
