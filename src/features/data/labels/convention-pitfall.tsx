import { useState } from 'react';
import { Slider } from '@/components/slider';
import { percent } from '@/components/format';
import { conventionAgreement } from '@/lib/teaching/convention-agreement';

/**
 * The course's pitfall: with two labeling conventions used 70 % / 30 %, two labelers agree only
 * 0.7² + 0.3² = 58 % of the time, and a model that always follows the majority convention agrees with a
 * labeler 70 % of the time — it "beats HLP" by 12 points without being any better.
 */
export function ConventionPitfall() {
  const [share, setShare] = useState(0.7);
  const r = conventionAgreement([share, 1 - share]);
  return (
    <section className="card stack" aria-labelledby="pitfall-title">
      <h2 id="pitfall-title">When “beating HLP” means nothing</h2>
      <p>
        Suppose labelers split between two conventions for the same case. Measured HLP then reflects their
        inconsistency, and a model that simply follows the more common convention appears better than people.
      </p>
      <Slider
        label="Labelers using the majority convention"
        value={share}
        min={0.5}
        max={1}
        step={0.01}
        onChange={setShare}
        format={(v) => `${Math.round(v * 100)} %`}
      />
      <dl className="stat-grid">
        <div>
          <dt>Labelers agree (measured HLP)</dt>
          <dd>{percent(r.labelerAgreement)}</dd>
        </div>
        <div>
          <dt>Majority-convention model</dt>
          <dd>{percent(r.majorityModelAccuracy)}</dd>
        </div>
        <div>
          <dt>Apparent lead over HLP</dt>
          <dd>{(r.apparentGain * 100).toFixed(1)} points</dd>
        </div>
      </dl>
      <p className="field-hint">
        The fix is not a better model but one agreed convention: write it into the labeling instructions and
        relabel.
      </p>
    </section>
  );
}
