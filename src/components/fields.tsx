import { useId, useState, type ReactNode } from 'react';

/**
 * Labelled form fields. Every field has a visible label tied to its control and an optional hint announced
 * with it (aria-describedby), so forms work from the keyboard and with a screen reader.
 */
interface BaseProps {
  label: string;
  hint?: string;
  /** Hide the label visually but keep it for assistive technology (e.g. inside table rows). */
  hideLabel?: boolean;
}

/** Label and hint around a control; the render prop receives the control's id and aria-describedby. */
function FieldFrame({
  label,
  hint,
  hideLabel,
  className = 'field',
  children,
}: BaseProps & { className?: string; children(id: string, describedBy: string | undefined): ReactNode }) {
  const id = useId();
  const describedBy = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children(id, describedBy)}
    </div>
  );
}

export function TextField({
  label,
  hint,
  hideLabel,
  value,
  onChange,
  multiline = false,
  rows = 3,
  placeholder,
  type = 'text',
  maxLength = 5000,
}: BaseProps & {
  value: string;
  onChange(value: string): void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  type?: 'text' | 'date';
  maxLength?: number;
}) {
  return (
    <FieldFrame label={label} hint={hint} hideLabel={hideLabel}>
      {(id, describedBy) =>
        multiline ? (
          <textarea
            id={id}
            rows={rows}
            value={value}
            placeholder={placeholder}
            maxLength={maxLength}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
        ) : (
          <input
            id={id}
            type={type}
            value={value}
            placeholder={placeholder}
            maxLength={maxLength}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.currentTarget.value)}
          />
        )
      }
    </FieldFrame>
  );
}

/**
 * A number input that reports `null` for an empty field and ignores input that is not yet a number (a lone
 * "-" while typing "-2"). While the field has focus it shows what the user typed, so a parent that coerces
 * values (say, empty → 0) cannot fight the typing; on blur it shows the stored value, clamped to the range.
 */
export function NumberField({
  label,
  hint,
  hideLabel,
  value,
  onChange,
  min,
  max,
  step = 'any',
  unit,
}: BaseProps & {
  value: number | null;
  onChange(value: number | null): void;
  min?: number;
  max?: number;
  step?: number | 'any';
  unit?: string;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <FieldFrame label={label} hint={hint} hideLabel={hideLabel} className="field field-number">
      {(id, describedBy) => (
        <span className="number-with-unit">
          <input
            id={id}
            type="number"
            inputMode="decimal"
            min={min}
            max={max}
            step={step}
            value={draft ?? value ?? ''}
            aria-describedby={describedBy}
            onChange={(e) => {
              const raw = e.currentTarget.value;
              setDraft(raw);
              if (e.currentTarget.validity.badInput) return;
              if (raw === '') return onChange(null);
              const n = Number(raw);
              if (Number.isFinite(n)) onChange(n);
            }}
            onBlur={() => {
              setDraft(null);
              if (value === null) return;
              const clamped = Math.min(max ?? Infinity, Math.max(min ?? -Infinity, value));
              if (clamped !== value) onChange(clamped);
            }}
          />
          {unit && <span className="unit">{unit}</span>}
        </span>
      )}
    </FieldFrame>
  );
}

/** A radio group in a fieldset: arrow keys move between options, as the platform does. */
export function ChoiceGroup<T extends string>({
  legend,
  hint,
  options,
  value,
  onChange,
  name,
}: {
  legend: ReactNode;
  hint?: string;
  options: { value: T; label: string }[];
  value: T | null;
  onChange(value: T): void;
  name?: string;
}) {
  const id = useId();
  return (
    <fieldset className="choice-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="choice-options">
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name={name ?? id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
