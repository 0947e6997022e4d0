import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Slider } from './slider';

function Controlled({ onChange }: { onChange?: (v: number) => void }) {
  const [value, setValue] = useState(0.25);
  return (
    <Slider
      label="Threshold"
      value={value}
      min={0}
      max={1}
      step={0.05}
      hint="Higher is stricter."
      format={(v) => `${Math.round(v * 100)} %`}
      onChange={(v) => {
        onChange?.(v);
        setValue(v);
      }}
    />
  );
}

describe('Slider', () => {
  it('is a labelled range input that announces the formatted value', () => {
    render(<Controlled />);
    const slider = screen.getByRole('slider', { name: /Threshold/ });
    expect(slider).toHaveAttribute('type', 'range');
    expect(slider).toHaveAttribute('min', '0');
    expect(slider).toHaveAttribute('max', '1');
    expect(slider).toHaveAttribute('step', '0.05');
    expect(slider).toHaveAttribute('aria-valuetext', '25 %');
    expect(slider).toHaveAccessibleDescription('Higher is stricter.');
    expect(screen.getByRole('status')).toHaveTextContent('25 %'); // the <output>
  });

  it('reports changes as numbers and shows the new value', () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    const slider = screen.getByRole('slider', { name: /Threshold/ });
    fireEvent.change(slider, { target: { value: '0.6' } });
    expect(onChange).toHaveBeenCalledWith(0.6);
    expect(slider).toHaveAttribute('aria-valuetext', '60 %');
    expect(screen.getByRole('status')).toHaveTextContent('60 %');
  });

  it('has no description when there is no hint', () => {
    render(<Slider label="Plain" value={3} min={0} max={10} step={1} onChange={() => {}} />);
    const slider = screen.getByRole('slider', { name: /Plain/ });
    expect(slider).not.toHaveAttribute('aria-describedby');
    expect(slider).toHaveAttribute('aria-valuetext', '3');
  });
});
