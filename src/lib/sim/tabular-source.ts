// Events from a real table: either resampled from the reference with tilted weights (so a real dataset can
// drift without a parametric model), or replayed in time order (a time-ordered dataset's natural drift).
//
// Resample mode: the sliders' data-drift and prior-shift values become a tilt request (tilt.ts); the weights give
// an alias sampler, so a draw is O(1). Whatever the tilt cannot reach (a shift beyond the data's range) is applied
// as an explicit transform of the drawn value (residual shift and scale around the tilted mean), so the
// slider's promise holds. Samplers are cached by the slider values (rounded to their slider steps): a sudden or
// gradual pattern alternates between two cached samplers; an incremental one builds a new sampler per step of
// its slider.
// Replay mode: the rows after the reference are served in order, wrapping around at the end; data-drift
// sliders act as a transform on top (x' = μ + scale·(x − μ) + shift·σ); prior shift is not available (the
// order is the story).
import type { Cell, DataTable } from '../data/types';
import { AliasSampler, tiltWeights } from './tilt';
import type { EventSource, RandomSource, ResolvedSliders, SourceFeature } from './types';

export interface TabularSourceOptions {
  id: string;
  title: string;
  table: DataTable;
  label: string;
  features: { name: string; kind: 'numeric' | 'categorical'; unit?: string }[];
  mode: 'resample' | 'replay';
  /** Replay: rows [0, referenceRows) are the reference and the stream starts after them. */
  referenceRows?: number;
  /** Replay: column whose value names the moment (e.g. a date), shown beside the clock. */
  timeColumn?: string;
  /** Class names in the model's order; rows with another label are left out. */
  classes?: readonly string[];
}

export class TabularSourceError extends Error {}

const SAMPLER_CACHE = 8;

function toNumber(cell: Cell): number {
  if (cell === null || cell.trim() === '') return NaN;
  const v = Number(cell);
  return Number.isFinite(v) ? v : NaN;
}

export function createTabularSource(options: TabularSourceOptions): EventSource {
  const { table, features: spec, mode } = options;
  const col = (name: string) => {
    const i = table.columns.indexOf(name);
    if (i < 0) throw new TabularSourceError(`The dataset has no column "${name}".`);
    return table.data[i]!;
  };
  const labelCol = col(options.label);
  const classes = options.classes
    ? [...options.classes]
    : [...new Set(labelCol.filter((c): c is string => c !== null && c.trim() !== ''))].sort();
  if (classes.length < 2) throw new TabularSourceError(`"${options.label}" needs at least two classes.`);
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const rowsKept: number[] = [];
  for (let r = 0; r < table.rowCount; r++) if (classIndex.has(labelCol[r] ?? '')) rowsKept.push(r);
  const n = rowsKept.length;
  const w = spec.length;
  const featureCols = spec.map((f) => col(f.name));
  const categories = spec.map((f, j) =>
    f.kind === 'categorical'
      ? [...new Set(featureCols[j]!.filter((c): c is string => c !== null && c.trim() !== ''))].sort()
      : [],
  );
  const all = new Float64Array(n * w);
  const labels = new Int32Array(n);
  rowsKept.forEach((r, k) => {
    labels[k] = classIndex.get(labelCol[r]!)!;
    spec.forEach((f, j) => {
      const cell = featureCols[j]![r] ?? null;
      all[k * w + j] =
        f.kind === 'numeric' ? toNumber(cell) : cell === null ? NaN : categories[j]!.indexOf(cell);
    });
  });
  const refN =
    mode === 'replay' ? Math.min(n - 1, Math.max(1, options.referenceRows ?? Math.floor(n / 4))) : n;
  if (refN < 10) throw new TabularSourceError('The reference needs at least 10 labelled rows.');
  const refRows = all.slice(0, refN * w);
  const refLabels = labels.slice(0, refN);

  const features: SourceFeature[] = spec.map((f, j) => {
    if (f.kind === 'categorical')
      return { name: f.name, kind: 'categorical', categories: categories[j], mean: 0, sd: 1 };
    let s = 0;
    let c = 0;
    for (let r = 0; r < refN; r++) {
      const v = refRows[r * w + j]!;
      if (!Number.isNaN(v)) {
        s += v;
        c++;
      }
    }
    const mean = c ? s / c : 0;
    let ss = 0;
    for (let r = 0; r < refN; r++) {
      const v = refRows[r * w + j]!;
      if (!Number.isNaN(v)) ss += (v - mean) ** 2;
    }
    return { name: f.name, kind: 'numeric', unit: f.unit, mean, sd: Math.sqrt(ss / Math.max(1, c - 1)) || 1 };
  });
  const numeric = features.flatMap((f, j) => (f.kind === 'numeric' ? [j] : []));
  if (!numeric.length)
    throw new TabularSourceError('The deployment studio needs at least one numeric feature.');
  // Relabel region: the numeric feature with the largest spread relative to its mean is as good as any; take
  // the first numeric feature for a stable, explainable choice.
  const relabelFeature = numeric[0]!;
  const classCounts = new Array<number>(classes.length).fill(0);
  for (const y of refLabels) classCounts[y]! += 1;
  // The minority class of the reference is the natural "positive" for the class-share slider.
  const focusClass = classCounts.indexOf(Math.min(...classCounts));

  const columns = numeric.map((j) => {
    const c = new Float64Array(refN);
    for (let r = 0; r < refN; r++) c[r] = refRows[r * w + j]!;
    return c;
  });
  /** A sampler and, per numeric feature, the transform for what the weights could not reach. */
  type Residual = { shift: number; scale: number; center: number; sd: number } | null;
  const cache = new Map<string, { sampler: AliasSampler; residual: Residual[] }>();
  const samplerFor = (s: ResolvedSliders) => {
    const key = numeric
      .map((j) => `${s.meanShift[j]!.toFixed(2)}:${s.scale[j]!.toFixed(2)}`)
      .concat(s.classShare === null ? 'p' : s.classShare.toFixed(2))
      .join('|');
    let hit = cache.get(key);
    if (!hit) {
      const untouched =
        numeric.every((j) => s.meanShift[j] === 0 && s.scale[j] === 1) && s.classShare === null;
      if (untouched) {
        hit = {
          sampler: new AliasSampler(new Float64Array(refN).fill(1)),
          residual: numeric.map(() => null),
        };
      } else {
        const shares =
          s.classShare === null
            ? null
            : classCounts.map((cnt, c) => {
                // The focus class gets the slider's share; the others keep their proportions of the rest.
                const others = refN - classCounts[focusClass]!;
                return c === focusClass ? s.classShare! : others ? ((1 - s.classShare!) * cnt) / others : 0;
              });
        const tilt = tiltWeights({
          columns,
          targets: numeric.map((j) =>
            s.meanShift[j] === 0 && s.scale[j] === 1
              ? null
              : { meanShift: s.meanShift[j]!, scale: s.scale[j]! },
          ),
          labels: refLabels,
          classShares: shares,
        });
        // The transform is centred on the tilted mean (reference mean + achieved shift), so a residual
        // scale does not move the mean the weights reached: x' = m̄ + scale·(x − m̄) + shift·sd.
        const residual = numeric.map((_, m): Residual => {
          const r = tilt.residual[m];
          const ref = tilt.reference[m];
          if (!r || !ref) return null;
          const center = ref.mean + (tilt.achieved[m]?.meanShift ?? 0) * ref.sd;
          return { shift: r.shift, scale: r.scale, center, sd: ref.sd };
        });
        hit = { sampler: new AliasSampler(tilt.weights), residual };
      }
      if (cache.size >= SAMPLER_CACHE) cache.delete(cache.keys().next().value!);
      cache.set(key, hit);
    }
    return hit;
  };

  let cursor = refN;
  const timeCol = options.timeColumn ? col(options.timeColumn) : null;
  let lastRow = refN;

  return {
    id: options.id,
    title: options.title,
    kind: mode === 'replay' ? 'replay' : 'tabular',
    features,
    classes,
    focusClass,
    relabelFeature,
    capabilities: { meanShift: true, prior: mode === 'resample', rotation: false },
    reference: { rows: refRows, labels: refLabels, n: refN },
    draw(_t: number, s: ResolvedSliders, rng: RandomSource, out: Float64Array, offset: number): number {
      let row: number;
      let residual: Residual[] | null = null;
      if (mode === 'replay') {
        row = cursor;
        cursor = cursor + 1 >= n ? refN : cursor + 1;
      } else {
        const hit = samplerFor(s);
        row = hit.sampler.sample(rng.next(), rng.next());
        residual = hit.residual;
      }
      lastRow = row;
      for (let j = 0; j < w; j++) out[offset + j] = all[row * w + j]!;
      numeric.forEach((j, m) => {
        const f = features[j]!;
        const v = out[offset + j]!;
        if (Number.isNaN(v)) return;
        if (mode === 'replay') {
          // Replay: the sliders are a transform around the reference mean.
          const shift = s.meanShift[j]!;
          const scale = s.scale[j]!;
          if (shift !== 0 || scale !== 1) out[offset + j] = f.mean + scale * (v - f.mean) + shift * f.sd;
          return;
        }
        // Resample: only what the weights could not reach.
        const r = residual?.[m];
        if (r && (Math.abs(r.shift) > 1e-9 || Math.abs(r.scale - 1) > 1e-9)) {
          out[offset + j] = r.center + r.scale * (v - r.center) + r.shift * r.sd;
        }
      });
      return labels[row]!;
    },
    describeTime: timeCol ? () => timeCol[rowsKept[lastRow]!] ?? '' : undefined,
  };
}
