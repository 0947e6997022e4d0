// From a source's raw event rows to a model's input rows, with the preprocessor the model was trained with
// (src/lib/ml/preprocess.ts, stored next to every saved model). Same encoding as Preprocessor.encodeInto:
// numeric/boolean → z-score with the training mean and SD, missing → 0 (the training mean); categorical →
// one-hot over the training categories, missing or unseen → all zeros.
import type { PreprocessorJSON } from '../ml/preprocess';
import type { SourceFeature } from './types';

type Slot =
  | { kind: 'numeric'; source: number; mean: number; std: number; at: number }
  | { kind: 'categorical'; source: number; map: Int32Array; at: number };

export class EncoderError extends Error {}

export class EventEncoder {
  /** Width of an encoded row. */
  readonly dim: number;
  private readonly slots: Slot[];

  constructor(prep: PreprocessorJSON, sourceFeatures: readonly SourceFeature[]) {
    const index = new Map(sourceFeatures.map((f, i) => [f.name, i]));
    let at = 0;
    this.slots = prep.features.map((f) => {
      const source = index.get(f.name);
      if (source === undefined) {
        throw new EncoderError(
          `The model needs the input "${f.name}", which the event stream does not have.`,
        );
      }
      const sf = sourceFeatures[source]!;
      if (f.kind === 'categorical') {
        if (sf.kind !== 'categorical') {
          throw new EncoderError(`The model reads "${f.name}" as categories; the stream has numbers.`);
        }
        // Source category index → the model's one-hot position (−1: unseen in training).
        const pos = new Map(f.categories.map((c, i) => [c, i]));
        const map = Int32Array.from(sf.categories ?? [], (c) => pos.get(c) ?? -1);
        const slot: Slot = { kind: 'categorical', source, map, at };
        at += f.categories.length;
        return slot;
      }
      if (sf.kind !== 'numeric') {
        throw new EncoderError(`The model reads "${f.name}" as a number; the stream has categories.`);
      }
      const slot: Slot = { kind: 'numeric', source, mean: f.mean, std: f.std || 1, at };
      at += 1;
      return slot;
    });
    this.dim = at;
  }

  /** Encodes `n` raw rows (row-major, `width` values each) into out (n × dim, zero-filled here). */
  encode(raw: Float64Array, width: number, n: number, out: Float32Array): void {
    out.fill(0, 0, n * this.dim);
    for (let r = 0; r < n; r++) {
      const base = r * width;
      const o = r * this.dim;
      for (const s of this.slots) {
        const v = raw[base + s.source]!;
        if (Number.isNaN(v)) continue;
        if (s.kind === 'numeric') out[o + s.at] = (v - s.mean) / s.std;
        else {
          const j = s.map[v] ?? -1;
          if (j >= 0) out[o + s.at + j] = 1;
        }
      }
    }
  }
}

/** The preprocessor of a model trained on a source's own reference: z-scores with the source's mean and SD. */
export function referencePreprocessor(
  features: readonly SourceFeature[],
  classes: readonly string[],
  label: string,
): PreprocessorJSON {
  return {
    format: 'lifecycle-lab/preprocessor',
    version: 1,
    task: classes.length === 2 ? 'binary' : 'multiclass',
    label,
    features: features.map((f) =>
      f.kind === 'categorical'
        ? { name: f.name, kind: 'categorical' as const, categories: [...(f.categories ?? [])] }
        : { name: f.name, kind: 'numeric' as const, mean: f.mean, std: f.sd },
    ),
    classes: [...classes],
  };
}
