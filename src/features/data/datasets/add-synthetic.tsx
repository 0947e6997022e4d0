import { useState } from 'react';
import { NumberField } from '@/components/fields';
import { Slider } from '@/components/slider';
import type { DatasetMeta } from '@/features/workbook';
import { SYNTHETIC_KINDS, type SyntheticKind } from '@/lib/data/synthetic';
import { syntheticCsv } from './dataset-blobs';

type Synthetic = Extract<DatasetMeta['source'], { kind: 'synthetic' }>;

const KIND_LABELS: Record<SyntheticKind, string> = {
  gaussian: 'Two Gaussian clusters',
  circles: 'Circle inside a ring',
  xor: 'XOR quadrants',
  spiral: 'Two spirals',
};

/** A seeded 2-D dataset in the spirit of TensorFlow Playground. */
export function AddSynthetic({
  busy,
  onAdd,
}: {
  busy: boolean;
  onAdd(name: string, source: Synthetic, blob: Blob): void;
}) {
  const [kind, setKind] = useState<SyntheticKind>('circles');
  const [n, setN] = useState<number | null>(400);
  const [noise, setNoise] = useState(0.1);
  const [seed, setSeed] = useState<number | null>(1);
  const valid = n !== null && n >= 10 && n <= 10_000 && seed !== null;
  return (
    <div className="stack">
      <div className="field">
        <label htmlFor="synthetic-kind" className="field-label">
          Shape
        </label>
        <select
          id="synthetic-kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as SyntheticKind)}
        >
          {SYNTHETIC_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field-row">
        <NumberField label="Points" min={10} max={10_000} step={10} value={n} onChange={setN} />
        <NumberField
          label="Seed"
          step={1}
          value={seed}
          onChange={(v) => setSeed(v === null ? null : Math.trunc(v))}
        />
      </div>
      <Slider
        label="Noise"
        value={noise}
        min={0}
        max={0.5}
        step={0.05}
        onChange={setNoise}
        format={(v) => `${Math.round(v * 100)} %`}
      />
      <button
        type="button"
        disabled={busy || !valid}
        onClick={() => {
          const source: Synthetic = { kind: 'synthetic', generator: kind, n: n!, noise, seed: seed! };
          onAdd(
            `${KIND_LABELS[kind]} (${n} points, noise ${Math.round(noise * 100)} %, seed ${seed})`,
            source,
            syntheticCsv(source),
          );
        }}
      >
        Generate and add
      </button>
      {!valid && <p className="field-hint">Choose 10 to 10,000 points and a whole-number seed.</p>}
    </div>
  );
}
