// The benchmark's dataset and model, shared by the browser harness (training.ts) and anything that wants to
// reproduce its figures: 2,000 seeded rows of 8 numeric features, 2 classes, an 80/20 split, z-scored with the
// training rows' statistics (src/lib/ml/preprocess.ts), and the issue's model 8 → 32 → 32 → 2 with Adam.
import { Prng } from '../../src/lib/drift/prng';
import { Preprocessor } from '../../src/lib/ml/preprocess';
import type { DataTable } from '../../src/lib/data/types';
import type { ModelSpec } from '../../src/lib/ml/model-spec';

export const ROWS = 2000;
export const FEATURES = 8;
export const SEED = 20240601;
export const EPOCHS = 30;
export const VALIDATION_FRACTION = 0.2;

/**
 * Features x₀…x₇ ~ N(0, 1) in mixed units (x₀ × 100, x₃ + 50: the z-score matters); the class is
 * [f(x) + ε > 0] with f = 1.5x₀ − x₁ + x₂x₃ + sin 2x₄ + 0.5x₅² − 0.5 and logistic noise ε (scale 0.25),
 * so a small network can learn it and the best possible accuracy is below 100 %. x₆, x₇ are pure noise.
 */
export function benchTable(): DataTable {
  const rng = new Prng(SEED);
  const cols: string[][] = Array.from({ length: FEATURES + 1 }, () => []);
  for (let r = 0; r < ROWS; r++) {
    const x = Array.from({ length: FEATURES }, () => rng.normal());
    const f = 1.5 * x[0]! - x[1]! + x[2]! * x[3]! + Math.sin(2 * x[4]!) + 0.5 * x[5]! ** 2 - 0.5;
    const u = Math.min(Math.max(rng.next(), 1e-12), 1 - 1e-12);
    const noise = 0.25 * Math.log(u / (1 - u));
    const raw = [x[0]! * 100, x[1]!, x[2]!, x[3]! + 50, x[4]!, x[5]!, x[6]!, x[7]!];
    raw.forEach((v, c) => cols[c]!.push(v.toFixed(5)));
    cols[FEATURES]!.push(f + noise > 0 ? 'yes' : 'no');
  }
  const columns = [...Array.from({ length: FEATURES }, (_, c) => `x${c}`), 'label'];
  return { columns, data: cols, rowCount: ROWS };
}

export interface BenchData {
  xTrain: Float32Array;
  yTrain: Float32Array;
  xVal: Float32Array;
  yVal: Float32Array;
  nTrain: number;
  nVal: number;
  classes: string[];
}

/** Seeded 80/20 split (Fisher–Yates on the row indices), preprocessor fitted on the training rows. */
export function benchData(): BenchData {
  const table = benchTable();
  const rng = new Prng(SEED + 1);
  const order = Array.from({ length: ROWS }, (_, i) => i);
  for (let i = ROWS - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const nVal = Math.round(ROWS * VALIDATION_FRACTION);
  const valRows = order.slice(0, nVal).sort((a, b) => a - b);
  const trainRows = order.slice(nVal).sort((a, b) => a - b);
  const pre = Preprocessor.fit(
    table,
    {
      features: Array.from({ length: FEATURES }, (_, c) => ({ name: `x${c}`, kind: 'numeric' as const })),
      label: 'label',
      task: 'binary',
    },
    trainRows,
  );
  return {
    xTrain: pre.transform(table, trainRows),
    yTrain: pre.encodeLabels(table, trainRows),
    xVal: pre.transform(table, valRows),
    yVal: pre.encodeLabels(table, valRows),
    nTrain: trainRows.length,
    nVal,
    classes: [...pre.classes],
  };
}

/** The model: 8 → 32 → 32 → 2, ReLU, Adam. Batch size and learning rate differ per path. */
export function benchSpec(batchSize: number, learningRate: number): ModelSpec {
  return {
    task: 'binary',
    inputDim: FEATURES,
    hiddenLayers: [32, 32],
    activation: 'relu',
    optimizer: 'adam',
    learningRate,
    l2: 0,
    epochs: EPOCHS,
    batchSize,
    seed: 7,
  };
}
