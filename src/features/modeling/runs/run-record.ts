/**
 * From a finished (or stopped) training run to the record kept in the project's experiment log, and the schema
 * hash that tells whether two runs saw the same kind of data. Pure: no tfjs, no React, no store.
 *
 * What a record keeps is what is needed to reproduce and compare a run (dataset + schema hash, label, features,
 * hyperparameters, seed, split, backend) and what it achieved (curves, final epoch, evaluation summary). The
 * shape is the workbook's `runRecordSchema` (features/workbook/schema/sections/modeling-section.ts).
 */
import type { RunRecord } from '@/features/workbook';
import type { ColumnSchema } from '@/lib/data/types';
import type { EpochMetrics } from '@/lib/ml/train-core';
import type { TrainOutcome } from '@/lib/ml/worker-protocol';

/** Most epochs a record stores (the schema's limit on `history`). */
export const MAX_HISTORY = 200;

export type EpochRecord = RunRecord['history'][number];

/** What the caller knows about a run that the worker does not. */
export interface RunContext {
  id: string;
  name: string;
  /** ISO 8601 in UTC, e.g. new Date().toISOString(). */
  createdAt: string;
  status: RunRecord['status'];
  dataset: RunRecord['dataset'];
  labelColumn: string;
  features: string[];
  split: RunRecord['split'];
  /** Set when the model was saved along with the run (default null). */
  savedModelId?: string | null;
}

/** A finite number, or null (NaN and ±∞ do not survive JSON and fail the schema). */
const finiteOrNull = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

const nonNegative = (v: number): number => (Number.isFinite(v) && v > 0 ? v : 0);

/**
 * At most `max` epochs of a history, evenly spaced over it: the first and the last epoch are always kept,
 * the others at indices round(i · (n − 1) / (max − 1)), so a long run keeps its overall shape (not its
 * epoch-to-epoch noise). Each entry keeps its real `epoch` number, so charts stay on the true x axis.
 * Epochs with a non-finite training loss are dropped (training stops on them anyway), other non-finite
 * metrics become null. Histories of `max` epochs or fewer are kept whole.
 */
export function downsampleHistory(history: readonly EpochMetrics[], max = MAX_HISTORY): EpochRecord[] {
  if (max < 2) throw new RangeError(`Keep at least 2 epochs (the first and the last), got ${max}.`);
  const clean: EpochRecord[] = history
    .filter((h) => Number.isFinite(h.loss))
    .map((h) => ({
      epoch: h.epoch,
      loss: h.loss,
      acc: finiteOrNull(h.acc),
      valLoss: finiteOrNull(h.valLoss),
      valAcc: finiteOrNull(h.valAcc),
    }));
  const n = clean.length;
  if (n <= max) return clean;
  return Array.from({ length: max }, (_, i) => clean[Math.round((i * (n - 1)) / (max - 1))]!);
}

function evaluationSummary(evaluation: TrainOutcome['evaluation']): RunRecord['evaluation'] {
  if (!evaluation) return null;
  if ('rmse' in evaluation) {
    return {
      accuracy: null,
      macroF1: null,
      rocAuc: null,
      baselineAccuracy: null,
      rmse: finiteOrNull(evaluation.rmse),
    };
  }
  return {
    accuracy: finiteOrNull(evaluation.accuracy),
    macroF1: finiteOrNull(evaluation.macro.f1),
    rocAuc: finiteOrNull(evaluation.rocAuc),
    baselineAccuracy: finiteOrNull(evaluation.baseline?.accuracy),
    rmse: null,
  };
}

/**
 * The experiment-log record of a run. The name is cut to 200 characters and the backend name to 40 (the
 * schema's limits); durations and rates that are not finite and ≥ 0 become 0; the history is downsampled
 * with downsampleHistory. `final` is the worker's last completed epoch (not the downsampled one — they are
 * the same epoch, since the last is always kept).
 */
export function toRunRecord(outcome: TrainOutcome, ctx: RunContext): RunRecord {
  const { spec } = outcome;
  const final = outcome.final;
  return {
    id: ctx.id,
    name: ctx.name.slice(0, 200),
    createdAt: ctx.createdAt,
    status: ctx.status,
    dataset: { ...ctx.dataset },
    labelColumn: ctx.labelColumn,
    features: [...ctx.features],
    task: spec.task,
    classes: [...outcome.classes],
    spec: {
      hiddenLayers: [...spec.hiddenLayers],
      activation: spec.activation,
      optimizer: spec.optimizer,
      learningRate: spec.learningRate,
      l2: spec.l2,
      epochs: spec.epochs,
      batchSize: spec.batchSize,
      seed: spec.seed,
    },
    split: { ...ctx.split },
    backend: outcome.backend.slice(0, 40),
    durationMs: nonNegative(outcome.durationMs),
    rowsPerSec: nonNegative(outcome.rowsPerSec),
    history: downsampleHistory(outcome.history),
    final: {
      loss: finiteOrNull(final?.loss),
      acc: finiteOrNull(final?.acc),
      valLoss: finiteOrNull(final?.valLoss),
      valAcc: finiteOrNull(final?.valAcc),
    },
    evaluation: evaluationSummary(outcome.evaluation),
    savedModelId: ctx.savedModelId ?? null,
  };
}

/** Epochs the run completed (the last recorded epoch + 1; 0 when none). */
export function epochsCompleted(run: Pick<RunRecord, 'history'>): number {
  const last = run.history[run.history.length - 1];
  return last ? last.epoch + 1 : 0;
}

/**
 * A short, stable fingerprint of a dataset schema: FNV-1a (32-bit) over the UTF-8 bytes of every column's
 * name, type and role, as 8 lowercase hex digits. Columns are taken in name order, so reordering the columns
 * of a file does not change it, while renaming a column, changing its type, or its role (feature, label, id,
 * ignore) does. Ranges, domains and missing-value limits are left out: they are validation settings, not the
 * shape of the data a model sees. Not a cryptographic hash — two different schemas may, rarely, collide.
 */
export function schemaHash(columns: readonly Pick<ColumnSchema, 'name' | 'type' | 'role'>[]): string {
  // Unit (0x1f) and record (0x1e) separators cannot appear in a header's text by accident.
  const text = [...columns]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((c) => `${c.name}\u001f${c.type}\u001f${c.role}`)
    .join('\u001e');
  return fnv1a32(text);
}

/** FNV-1a, 32-bit, over the UTF-8 bytes of `text`, as 8 lowercase hex digits ('' → '811c9dc5'). */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

// ---- Display helpers shared by the runs table and the comparison (pure). ----

/** "16–8 relu", or "no hidden layer" for a linear/logistic model. */
export function describeLayers(spec: Pick<RunRecord['spec'], 'hiddenLayers' | 'activation'>): string {
  return spec.hiddenLayers.length === 0
    ? 'no hidden layer'
    : `${spec.hiddenLayers.join('–')} ${spec.activation}`;
}

const OPTIMIZER_LABEL: Record<RunRecord['spec']['optimizer'], string> = { sgd: 'SGD', adam: 'Adam' };

/** "Adam, lr 0.01". */
export function describeOptimizer(spec: Pick<RunRecord['spec'], 'optimizer' | 'learningRate'>): string {
  return `${OPTIMIZER_LABEL[spec.optimizer]}, lr ${spec.learningRate}`;
}

/** "850 ms", "12.3 s", "2 min 05 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/**
 * The run's headline validation figure: accuracy for classification (the evaluation's, else the last epoch's
 * validation accuracy), RMSE for regression; null when there is none.
 */
export function headlineScore(
  run: Pick<RunRecord, 'task' | 'evaluation' | 'final'>,
): { kind: 'accuracy' | 'rmse'; value: number } | null {
  if (run.task === 'regression') {
    const rmse = run.evaluation?.rmse ?? null;
    return rmse === null ? null : { kind: 'rmse', value: rmse };
  }
  const acc = run.evaluation?.accuracy ?? run.final.valAcc;
  return acc === null ? null : { kind: 'accuracy', value: acc };
}
