import { useMemo, useState } from 'react';
import { Slider } from '@/components/slider';
import { percent } from '@/components/format';
import { driftScene, haltonGaussianPoints, MODEL_ANGLE, TRUE_ANGLE } from '@/lib/teaching/drift-kinds';

const SIZE = 240;
const RANGE = 6; // the plot shows x and y in [-RANGE, RANGE]
const toPx = (v: number) => ((v + RANGE) / (2 * RANGE)) * SIZE;
const toPy = (v: number) => SIZE - toPx(v);

function lineEnds(angle: number) {
  const dx = Math.cos(angle) * RANGE * 2;
  const dy = Math.sin(angle) * RANGE * 2;
  return { x1: toPx(-dx), y1: toPy(-dy), x2: toPx(dx), y2: toPy(dy) };
}

/** Data drift moves the inputs; concept drift moves the true boundary. The model's boundary stays put. */
export default function DriftKindsWidget() {
  const base = useMemo(() => haltonGaussianPoints(160, 1.2), []);
  const [shift, setShift] = useState(0);
  const [rotationDeg, setRotationDeg] = useState(0);
  // Shift along the boundary direction, where the slightly-off model and the truth part ways.
  const scene = driftScene(
    base,
    { x: shift * Math.cos(TRUE_ANGLE), y: shift * Math.sin(TRUE_ANGLE) },
    (rotationDeg * Math.PI) / 180,
  );
  const kind =
    shift !== 0 && rotationDeg !== 0
      ? 'both kinds of drift'
      : shift !== 0
        ? 'data drift: P(x) moved'
        : rotationDeg !== 0
          ? 'concept drift: P(y | x) changed'
          : 'no drift';

  return (
    <section aria-label="Data drift versus concept drift" className="widget drift-kinds">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-label={`Scatter of inputs; ${kind}; model accuracy ${percent(scene.accuracy, 0)}`}
      >
        <rect width={SIZE} height={SIZE} className="plot-bg" />
        {scene.points.map((p, i) => (
          <circle
            key={i}
            cx={toPx(p.x)}
            cy={toPy(p.y)}
            r={3}
            className={p.label ? 'pt-pos' : 'pt-neg'}
            opacity={p.label === p.predicted ? 0.85 : 1}
            strokeWidth={p.label === p.predicted ? 0 : 2}
          />
        ))}
        <line {...lineEnds(TRUE_ANGLE + (rotationDeg * Math.PI) / 180)} className="line-true" />
        <line {...lineEnds(MODEL_ANGLE)} className="line-model" />
      </svg>
      <div className="widget-controls">
        <Slider
          label="Data drift: move the inputs"
          value={shift}
          min={-4}
          max={4}
          step={0.25}
          onChange={setShift}
          format={(v) => `${v.toFixed(2)} σ`}
        />
        <Slider
          label="Concept drift: turn the true boundary"
          value={rotationDeg}
          min={-90}
          max={90}
          step={5}
          onChange={setRotationDeg}
          format={(v) => `${v}°`}
        />
        <p className="legend">
          <span className="key key-true" /> true boundary <span className="key key-model" /> model’s boundary
          · outlined points are misclassified
        </p>
        <p className="widget-note" aria-live="polite">
          {kind[0]!.toUpperCase() + kind.slice(1)} — model accuracy {percent(scene.accuracy, 0)}.
        </p>
      </div>
    </section>
  );
}
