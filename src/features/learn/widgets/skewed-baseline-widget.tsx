import { useState } from 'react';
import { Slider } from '@/components/slider';
import { percent } from '@/components/format';
import { alwaysNegativeBaseline } from '@/lib/teaching/skewed-baseline';
import type { WidgetProps } from './widget-registry';

// The slider moves through prevalences on a log scale: 0.1 % … 50 %.
const toPrevalence = (t: number) => 10 ** t;
const toSlider = (p: number) => Math.log10(p);

function initialPrevalence(params: Record<string, unknown>): number {
  const p = params.prevalence;
  return typeof p === 'number' && p >= 0.001 && p <= 0.5 ? p : 0.003;
}

/** How accuracy flatters a model that never predicts the rare class; precision, recall and F1 do not. */
export default function SkewedBaselineWidget({ params }: WidgetProps) {
  const [prevalence, setPrevalence] = useState(() => initialPrevalence(params));
  const n = 1000;
  const b = alwaysNegativeBaseline(prevalence, n);
  return (
    <section aria-label="Always-negative baseline on skewed data" className="widget">
      <Slider
        label="Share of positive (defective) examples"
        value={toSlider(prevalence)}
        min={-3}
        max={Math.log10(0.5)}
        step={0.01}
        onChange={(t) => setPrevalence(toPrevalence(t))}
        format={(t) => percent(toPrevalence(t), 2)}
      />
      <table className="confusion-mini">
        <caption>Predictions of “always negative” on {n.toLocaleString()} examples</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">Predicted positive</th>
            <th scope="col">Predicted negative</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Actually positive</th>
            <td>{b.truePositives}</td>
            <td>{b.falseNegatives}</td>
          </tr>
          <tr>
            <th scope="row">Actually negative</th>
            <td>{b.falsePositives}</td>
            <td>{b.trueNegatives}</td>
          </tr>
        </tbody>
      </table>
      <dl className="stat-grid">
        <div>
          <dt>Accuracy</dt>
          <dd>{percent(b.accuracy)}</dd>
        </div>
        <div>
          <dt>Precision</dt>
          <dd>{percent(b.precision)}</dd>
        </div>
        <div>
          <dt>Recall</dt>
          <dd>{percent(b.recall)}</dd>
        </div>
        <div>
          <dt>F1</dt>
          <dd>{percent(b.f1)}</dd>
        </div>
      </dl>
      <p className="widget-note">
        Precision is 0 / 0 here; like scikit-learn with zero_division=0, it is reported as 0.
      </p>
    </section>
  );
}
