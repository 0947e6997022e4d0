import { memo, useId, type ReactNode } from 'react';
import { Slider } from '@/components/slider';
import {
  SLIDER_RANGES,
  type SliderPath,
  type Sliders,
  type SourceCapabilities,
  type SourceFeature,
} from '@/lib/sim/types';

export interface SliderPanelProps {
  /** The source's features; mean-shift and spread sliders are shown for the numeric ones. */
  features: readonly SourceFeature[];
  capabilities: SourceCapabilities;
  sliders: Sliders;
  /** A slider moved; `null` only for `classShare` (keep the reference balance). */
  onSlider(path: SliderPath, value: number | null): void;
  onReset(): void;
  /** Name of the class the class-share slider sets (e.g. "defect"); a generic wording otherwise. */
  focusClass?: string;
  /** Share the class-share slider starts from when the reference balance is let go of (default 0.5). */
  referenceShare?: number;
}

/** Features shown before the rest are folded under "More features". */
const VISIBLE_FEATURES = 4;

export const ROTATION_REASON =
  'Only the synthetic production line has a true boundary to turn; use relabel for real data';
export const PRIOR_REASON =
  'This source cannot choose which class an event belongs to, so its class balance stays as recorded.';
export const MEAN_SHIFT_REASON =
  'This source replays recorded events as they are, so their inputs cannot be moved; try noise or missing values instead.';

export function signedSd(v: number): string {
  return `${v > 0 ? '+' : ''}${v.toFixed(1)} SD`;
}
const spread = (v: number) => `× ${v.toFixed(2)} SD`;
const share = (v: number) => `${Math.round(v * 100)} %`;

/** A titled group of sliders; when `reason` is given its controls are disabled and the reason is shown. */
function Group({
  title,
  explain,
  reason,
  children,
  extra,
}: {
  title: string;
  explain: string;
  reason?: string | null;
  children: ReactNode;
  extra?: ReactNode;
}) {
  const id = useId();
  return (
    <section className="controls-group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{title}</h3>
      <p className="field-hint">{explain}</p>
      {reason && (
        <p id={`${id}-why`} className="controls-reason">
          {reason}
        </p>
      )}
      <fieldset
        className="controls-fieldset"
        disabled={Boolean(reason)}
        aria-describedby={reason ? `${id}-why` : undefined}
      >
        <legend className="visually-hidden">{title}</legend>
        {children}
      </fieldset>
      {extra}
    </section>
  );
}

type RangedProps = {
  path: SliderPath;
  label: string;
  value: number;
  format(v: number): string;
  hint?: string;
  onSlider: SliderPanelProps['onSlider'];
};

/** A slider whose range comes from SLIDER_RANGES. */
function Ranged({ path, onSlider, ...rest }: RangedProps) {
  const { min, max, step } = SLIDER_RANGES[path.split('.')[0] as keyof typeof SLIDER_RANGES];
  return <Slider {...rest} min={min} max={max} step={step} onChange={(v) => onSlider(path, v)} />;
}

/** The drift sliders: data drift, prior shift, concept drift, input quality and traffic. */
export const SliderPanel = memo(function SliderPanel({
  features,
  capabilities,
  sliders,
  onSlider,
  onReset,
  focusClass,
  referenceShare = 0.5,
}: SliderPanelProps) {
  const numeric = features.filter((f) => f.kind === 'numeric');
  const shown = numeric.slice(0, VISIBLE_FEATURES);
  const folded = numeric.slice(VISIBLE_FEATURES);
  const keepBalance = sliders.classShare === null;
  const className = focusClass ? `“${focusClass}”` : 'the focus class';
  const feature = ({ name }: SourceFeature) => (
    <div key={name} className="controls-feature">
      <Ranged
        path={`meanShift.${name}`}
        label={`Mean shift of ${name}`}
        value={sliders.meanShift[name] ?? 0}
        format={signedSd}
        onSlider={onSlider}
      />
      <Ranged
        path={`scale.${name}`}
        label={`Spread of ${name}`}
        value={sliders.scale[name] ?? 1}
        format={spread}
        onSlider={onSlider}
      />
    </div>
  );

  return (
    <div className="controls-panel stack">
      <Group
        title="Data drift — P(x) moves"
        explain="The inputs change while the rule linking inputs to labels stays put: each feature's mean moves by a number of reference standard deviations and its spread widens or narrows."
        reason={capabilities.meanShift ? null : MEAN_SHIFT_REASON}
      >
        {shown.map(feature)}
        {folded.length > 0 && (
          <details className="controls-more">
            <summary>More features ({folded.length})</summary>
            {folded.map(feature)}
          </details>
        )}
      </Group>

      <Group
        title="Prior shift — P(y) moves"
        explain="How often each class occurs changes, yet every class still looks the way it did in training."
        reason={capabilities.prior ? null : PRIOR_REASON}
      >
        <Ranged
          path="classShare"
          label={`Share of ${className}`}
          value={sliders.classShare ?? referenceShare}
          format={(v) => (keepBalance ? 'reference balance' : share(v))}
          onSlider={onSlider}
        />
        <label className="choice">
          <input
            type="checkbox"
            checked={keepBalance}
            onChange={(e) => onSlider('classShare', e.currentTarget.checked ? null : referenceShare)}
          />
          Keep the reference balance
        </label>
      </Group>

      <Group
        title="Concept drift — x→y changes, P(x) stays"
        explain="The inputs look exactly as before, but the right answer for them is different now, so only labels can reveal it."
        reason={capabilities.rotation ? null : ROTATION_REASON}
        extra={
          <Ranged
            path="relabel"
            label="Relabel share"
            value={sliders.relabel}
            format={share}
            hint="Share of events in one region of the input space that get another class: concept drift for any source."
            onSlider={onSlider}
          />
        }
      >
        <Ranged
          path="rotation"
          label="Boundary rotation"
          value={sliders.rotation}
          format={(v) => `${v.toFixed(0)}°`}
          onSlider={onSlider}
        />
        <Ranged
          path="boundaryShift"
          label="Boundary move"
          value={sliders.boundaryShift}
          format={signedSd}
          onSlider={onSlider}
        />
      </Group>

      <Group
        title="Input quality"
        explain="Broken sensors and pipelines: measurement noise is added to every numeric input and some values go missing."
      >
        <Ranged
          path="noise"
          label="Noise"
          value={sliders.noise}
          format={(v) => `${v.toFixed(2)} SD`}
          onSlider={onSlider}
        />
        <Ranged
          path="missing"
          label="Missing values"
          value={sliders.missing}
          format={share}
          onSlider={onSlider}
        />
      </Group>

      <Group
        title="Traffic"
        explain="How many events arrive each simulated second; beyond the serving capacity some are dropped."
      >
        <Ranged
          path="eventsPerSec"
          label="Traffic"
          value={sliders.eventsPerSec}
          format={(v) => `${v.toFixed(0)} events/s`}
          onSlider={onSlider}
        />
      </Group>

      <div className="button-row">
        <button type="button" onClick={onReset}>
          Reset sliders
        </button>
      </div>
    </div>
  );
});
