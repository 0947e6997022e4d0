import { memo, useId, useState, type FormEvent } from 'react';
import { NumberField } from '@/components/fields';
import type { PatternKind } from '@/lib/sim/patterns';
import { SLIDER_RANGES, type SliderPath, type SliderPattern, type SourceFeature } from '@/lib/sim/types';

export interface PatternFormProps {
  /** The source's features: each numeric one adds a mean-shift and a spread slider to the list. */
  features: readonly SourceFeature[];
  /** Current simulated time in seconds; a pattern's start is entered relative to it. */
  now: number;
  onAdd(pattern: SliderPattern): void;
  onClear(): void;
  /** The active patterns. */
  patterns: readonly SliderPattern[];
}

type Field = 'from' | 'to' | 'start' | 'duration' | 'period';
type RangeKey = keyof typeof SLIDER_RANGES;

/** One line per kind of drift (see src/lib/sim/patterns.ts for the exact definitions). */
export const KIND_TEXT: Record<PatternKind, string> = {
  sudden: 'Jumps from the first value to the second at the start.',
  gradual: 'Over the duration, a growing share of events comes from the new value until all do.',
  incremental: 'Slides steadily from the first value to the second over the duration.',
  recurring: 'Switches back and forth between the two values, holding each for one period.',
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const SCALAR_LABELS: Record<Exclude<RangeKey, 'meanShift' | 'scale'>, string> = {
  classShare: 'Class share',
  rotation: 'Boundary rotation',
  boundaryShift: 'Boundary move',
  relabel: 'Relabel share',
  noise: 'Noise',
  missing: 'Missing values',
  eventsPerSec: 'Traffic',
};

/** Sensible from / to values when a slider is picked. */
const DEFAULTS: Record<RangeKey, [number, number]> = {
  meanShift: [0, 1.5],
  scale: [1, 2],
  classShare: [0.5, 0.8],
  rotation: [0, 30],
  boundaryShift: [0, 1],
  relabel: [0, 0.3],
  noise: [0, 0.5],
  missing: [0, 0.2],
  eventsPerSec: [50, 400],
};

const rangeKey = (path: SliderPath) => path.split('.')[0] as RangeKey;

export function sliderLabel(path: SliderPath): string {
  const [key, feature] = path.split('.') as [RangeKey, string | undefined];
  if (key === 'meanShift') return `Mean shift of ${feature}`;
  if (key === 'scale') return `Spread of ${feature}`;
  return SCALAR_LABELS[key];
}

const unitText = (key: RangeKey): string => SLIDER_RANGES[key].unit || 'share';

export interface PatternDraft {
  target: SliderPath;
  kind: PatternKind;
  from: number | null;
  to: number | null;
  start: number | null;
  duration: number | null;
  period: number | null;
}

/** Problems with a draft, keyed by field, each a sentence naming the field. */
export function patternProblems(d: PatternDraft): Partial<Record<Field, string>> {
  const problems: Partial<Record<Field, string>> = {};
  const range = SLIDER_RANGES[rangeKey(d.target)];
  const ok = (v: number | null): v is number => v !== null && Number.isFinite(v);
  for (const f of ['from', 'to'] as const) {
    const v = d[f];
    if (!ok(v)) problems[f] = `${capital(f)} needs a number.`;
    else if (v < range.min || v > range.max)
      problems[f] = `${capital(f)} must be between ${range.min} and ${range.max} for this slider.`;
  }
  if (!ok(d.start)) problems.start = 'Start needs a number of seconds from now.';
  else if (d.start < 0) problems.start = 'Start cannot be in the past: use 0 s or more.';
  if (!ok(d.duration)) problems.duration = 'Duration needs a number of seconds.';
  else if (d.duration < 0) problems.duration = 'Duration must be 0 s or more.';
  if (d.kind === 'recurring') {
    if (!ok(d.period)) problems.period = 'Period needs a number of seconds for a recurring pattern.';
    else if (d.period <= 0) problems.period = 'Period must be above 0 s for a recurring pattern.';
  }
  return problems;
}

const fmt = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '∞');

/** Builds a drift pattern for any slider, and lists the active ones. */
export const PatternForm = memo(function PatternForm({
  features,
  now,
  onAdd,
  onClear,
  patterns,
}: PatternFormProps) {
  const id = useId();
  const paths: SliderPath[] = [
    ...features
      .filter((f) => f.kind === 'numeric')
      .flatMap((f): SliderPath[] => [`meanShift.${f.name}`, `scale.${f.name}`]),
    ...(Object.keys(SCALAR_LABELS) as (keyof typeof SCALAR_LABELS)[]),
  ];
  const [draft, setDraft] = useState<PatternDraft>(() => {
    const target = paths[0] ?? 'noise';
    const [from, to] = DEFAULTS[rangeKey(target)];
    return { target, kind: 'sudden', from, to, start: 5, duration: 20, period: 10 };
  });
  const [tried, setTried] = useState(false);
  const problems = patternProblems(draft);
  const shown = tried ? problems : {};
  const range = SLIDER_RANGES[rangeKey(draft.target)];
  const unit = unitText(rangeKey(draft.target));
  const set = (patch: Partial<PatternDraft>) => setDraft((d) => ({ ...d, ...patch }));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (Object.keys(problems).length > 0) return setTried(true);
    const { target, kind, from, to, start, duration, period } = draft;
    onAdd({
      target,
      kind,
      from: from!,
      to: to!,
      start: now + start!,
      duration: duration!,
      ...(kind === 'recurring' ? { period: period! } : {}),
    });
    setTried(false);
  }

  const field = (f: Field, label: string, unit: string, hint?: string) => (
    <div className="controls-field">
      <NumberField label={label} hint={hint} unit={unit} value={draft[f]} onChange={(v) => set({ [f]: v })} />
      {shown[f] && <p className="controls-error">{shown[f]}</p>}
    </div>
  );
  const errorCount = Object.keys(shown).length;

  return (
    <form className="controls-pattern stack" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-target`} className="field-label">
          Slider
        </label>
        <select
          id={`${id}-target`}
          value={draft.target}
          onChange={(e) => {
            const target = e.currentTarget.value as SliderPath;
            const [from, to] = DEFAULTS[rangeKey(target)];
            set({ target, from, to });
          }}
        >
          {paths.map((p) => (
            <option key={p} value={p}>
              {sliderLabel(p)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="choice-group">
        <legend>Kind of drift</legend>
        <div className="controls-kinds">
          {(Object.keys(KIND_TEXT) as PatternKind[]).map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name={`${id}-kind`}
                value={kind}
                checked={draft.kind === kind}
                onChange={() => set({ kind })}
              />
              <span>
                <strong>{capital(kind)}</strong> <span className="muted">{KIND_TEXT[kind]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-grid">
        {field('from', 'From', unit, `Between ${range.min} and ${range.max}`)}
        {field('to', 'To', unit)}
        {field('start', 'Start in', 's', `From now (t = ${now.toFixed(1)} s)`)}
        {field(
          'duration',
          'Duration',
          's',
          draft.kind === 'sudden' ? 'Ignored: the change is instant' : undefined,
        )}
        {draft.kind === 'recurring' && field('period', 'Period', 's', 'Seconds each value is held')}
      </div>
      {errorCount > 0 && (
        <p className="callout callout-error" role="alert">
          Fix {errorCount === 1 ? 'one field' : `${errorCount} fields`} before adding the pattern.
        </p>
      )}
      <div className="button-row">
        <button type="submit">Add pattern</button>
        <button type="button" onClick={onClear} disabled={patterns.length === 0}>
          Clear patterns
        </button>
      </div>
      {patterns.length > 0 ? (
        <div className="table-scroll" role="region" aria-label="Active drift patterns" tabIndex={0}>
          <table className="data-table controls-table">
            <caption className="visually-hidden">Active drift patterns</caption>
            <thead>
              <tr>
                {['Slider', 'Kind', 'From → to', 'Start', 'Duration', 'Period'].map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {patterns.map((p, i) => (
                <tr key={`${p.target}-${p.start}-${i}`}>
                  <th scope="row">{sliderLabel(p.target)}</th>
                  <td>{p.kind}</td>
                  <td>
                    {fmt(p.from)} → {fmt(p.to)}
                  </td>
                  <td>t = {p.start.toFixed(1)} s</td>
                  <td>{fmt(p.duration)} s</td>
                  <td>{p.period === undefined ? '—' : `${fmt(p.period)} s`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="field-hint">No active patterns.</p>
      )}
    </form>
  );
});
