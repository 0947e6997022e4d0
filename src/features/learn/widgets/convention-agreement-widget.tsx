import { useState } from 'react';
import { Slider } from '@/components/slider';
import { percent } from '@/components/format';
import { conventionAgreement } from '@/lib/teaching/convention-agreement';
import type { WidgetProps } from './widget-registry';

function initialShare(params: Record<string, unknown>): number {
  const s = params.share;
  return typeof s === 'number' && s >= 0.5 && s <= 1 ? s : 0.7;
}

/** Two labeling conventions: how inconsistent labels make a majority-convention model "beat" HLP. */
export default function ConventionAgreementWidget({ params }: WidgetProps) {
  const [share, setShare] = useState(() => initialShare(params));
  const r = conventionAgreement([share, 1 - share]);
  return (
    <section aria-label="Labeling conventions and human-level performance" className="widget">
      <Slider
        label="Labelers who follow convention A"
        value={share}
        min={0.5}
        max={1}
        step={0.01}
        onChange={setShare}
        format={(v) => `${Math.round(v * 100)} % (B: ${Math.round((1 - v) * 100)} %)`}
      />
      <dl className="stat-grid">
        <div>
          <dt>Two labelers agree (measured HLP)</dt>
          <dd>{percent(r.labelerAgreement)}</dd>
        </div>
        <div>
          <dt>Model that always uses convention A</dt>
          <dd>{percent(r.majorityModelAccuracy)}</dd>
        </div>
        <div>
          <dt>Apparent lead over HLP</dt>
          <dd>{(r.apparentGain * 100).toFixed(1)} points</dd>
        </div>
      </dl>
      <p className="widget-note">
        Agreement is {share.toFixed(2)}² + {(1 - share).toFixed(2)}² = {r.labelerAgreement.toFixed(3)}. The
        model is not better than people: it is merely consistent. Agree on one convention and HLP rises to 100
        %.
      </p>
    </section>
  );
}
