import { useId } from 'react';

/**
 * A labelled range input. Native `<input type="range">` gives arrow keys, Page Up/Down, Home/End and screen
 * reader support for free; the formatted value is shown beside the label and announced via aria-valuetext.
 */
export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange(value: number): void;
  /** Formats the value for display and for assistive technology, units included (e.g. "70 %"). */
  format?: (value: number) => string;
  hint?: string;
}

export function Slider({ label, value, min, max, step, onChange, format = String, hint }: SliderProps) {
  const id = useId();
  const text = format(value);
  return (
    <div className="slider">
      <label htmlFor={id} className="slider-label">
        <span>{label}</span>
        <output htmlFor={id} className="slider-value">
          {text}
        </output>
      </label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={value}
        aria-valuetext={text}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(Number(e.currentTarget.value))}
      />
      {hint && (
        <p id={`${id}-hint`} className="slider-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
