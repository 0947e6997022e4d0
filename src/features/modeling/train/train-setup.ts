import type { ColumnSchema } from '@/lib/data/types';
import type { BackendName } from '@/lib/ml/backend-select';
import type { Activation, OptimizerName, Task } from '@/lib/ml/model-spec';
import { featureKindOf } from '@/lib/ml/preprocess';

/** Everything the user chooses before training. Kept in the page's state; the run record stores what was used. */
export interface TrainSetup {
  labelColumn: string;
  features: string[];
  task: Task;
  hiddenLayers: number[];
  activation: Activation;
  optimizer: OptimizerName;
  learningRate: number;
  l2: number;
  epochs: number;
  batchSize: number;
  seed: number;
  validationShare: number;
  stratify: boolean;
  /** 'random': a seeded split with `validationShare`; 'planner': the data studio's split plan (dev = validation). */
  splitSource: 'random' | 'planner';
  backend: BackendName | 'auto';
}

/** The task a label column implies: two classes → binary, more → multiclass, numbers → regression. */
export function taskFor(label: ColumnSchema | undefined, classCount: number | null): Task {
  if (!label) return 'binary';
  if (label.type === 'numeric' && (classCount === null || classCount > 10)) return 'regression';
  return classCount !== null && classCount > 2 ? 'multiclass' : 'binary';
}

/** A sensible starting point for a dataset: its label column, every usable feature, a small network. */
export function defaultSetup(
  columns: readonly ColumnSchema[],
  classCountOf: (name: string) => number | null,
): TrainSetup {
  const label =
    columns.find((c) => c.role === 'label') ??
    columns.find((c) => c.type === 'categorical' || c.type === 'boolean');
  const features = columns
    .filter((c) => c !== label && c.role === 'feature' && featureKindOf(c) !== null)
    .map((c) => c.name);
  return {
    labelColumn: label?.name ?? '',
    features,
    task: taskFor(label, label ? classCountOf(label.name) : null),
    hiddenLayers: [8, 8],
    activation: 'relu',
    optimizer: 'adam',
    learningRate: 0.03,
    l2: 0,
    epochs: 60,
    batchSize: 32,
    seed: 1,
    validationShare: 0.3,
    stratify: true,
    splitSource: 'random',
    backend: 'auto',
  };
}

/** Problems that stop training before it starts, in words the user can act on. */
export function setupProblems(setup: TrainSetup): string[] {
  const out: string[] = [];
  if (!setup.labelColumn) out.push('Choose the label column (what the model predicts).');
  if (setup.features.length === 0) out.push('Choose at least one feature.');
  if (setup.features.includes(setup.labelColumn)) out.push('The label column cannot also be a feature.');
  if (
    setup.hiddenLayers.length > 6 ||
    setup.hiddenLayers.some((u) => !Number.isInteger(u) || u < 1 || u > 128)
  ) {
    out.push('Use 0–6 hidden layers of 1–128 units each.');
  }
  if (!(setup.learningRate > 0 && setup.learningRate <= 10))
    out.push('The learning rate must be above 0 (and at most 10).');
  if (!(setup.l2 >= 0)) out.push('L2 must be 0 or more.');
  if (!Number.isInteger(setup.epochs) || setup.epochs < 1 || setup.epochs > 2000)
    out.push('Epochs must be a whole number from 1 to 2,000.');
  if (!Number.isInteger(setup.batchSize) || setup.batchSize < 1 || setup.batchSize > 4096)
    out.push('Batch size must be a whole number from 1 to 4,096.');
  if (!(setup.validationShare > 0 && setup.validationShare < 1))
    out.push('The validation share must be between 0 % and 100 %.');
  return out;
}
