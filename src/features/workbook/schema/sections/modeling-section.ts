import { z } from 'zod';

/**
 * The modeling section of a project (workbook v5+): the experiment log. Every training run is recorded with
 * what is needed to reproduce and compare it (dataset and schema hash, features, hyperparameters, seed,
 * backend) and what it achieved (curves, final metrics). Trained weights live in IndexedDB through tf.io
 * (`indexeddb://…`), listed in `savedModels`; error-analysis tags are kept per dataset row so they survive
 * across runs on the same data.
 */
const id = z.string().min(1).max(64);
const metric = z.number().nullable();

export const epochRecordSchema = z.object({
  epoch: z.number().int().min(0),
  loss: z.number(),
  acc: metric,
  valLoss: metric,
  valAcc: metric,
});

export const runRecordSchema = z.object({
  id,
  name: z.string().max(200),
  createdAt: z.iso.datetime(),
  status: z.enum(['completed', 'stopped']),
  dataset: z.object({
    id: z.string().max(64),
    name: z.string().max(200),
    schemaHash: z.string().max(64),
    rows: z.number().int().min(0),
  }),
  labelColumn: z.string().max(300),
  features: z.array(z.string().max(300)).max(200),
  task: z.enum(['binary', 'multiclass', 'regression']),
  classes: z.array(z.string().max(300)).max(1000),
  spec: z.object({
    hiddenLayers: z.array(z.number().int().min(1).max(128)).max(6),
    activation: z.enum(['relu', 'tanh', 'sigmoid', 'linear']),
    optimizer: z.enum(['sgd', 'adam']),
    learningRate: z.number().positive(),
    l2: z.number().min(0),
    epochs: z.number().int().min(1),
    batchSize: z.number().int().min(1),
    seed: z.number().int(),
  }),
  split: z.object({
    kind: z.enum(['random', 'planner']),
    validationShare: z.number().min(0).max(1),
    seed: z.number().int(),
  }),
  backend: z.string().max(40),
  durationMs: z.number().min(0),
  rowsPerSec: z.number().min(0),
  /** Downsampled to at most 200 epochs for storage. */
  history: z.array(epochRecordSchema).max(200),
  final: z.object({ loss: metric, acc: metric, valLoss: metric, valAcc: metric }),
  evaluation: z
    .object({ accuracy: metric, macroF1: metric, rocAuc: metric, baselineAccuracy: metric, rmse: metric })
    .nullable(),
  savedModelId: z.string().max(64).nullable(),
});

export const savedModelSchema = z.object({
  id,
  runId: z.string().max(64),
  name: z.string().max(200),
  savedAt: z.iso.datetime(),
  /** The tf.io URL the weights were saved under, e.g. indexeddb://lifecycle-lab/model/abc123. */
  url: z.string().max(300),
  /** The fitted preprocessor (JSON), so the model can be served on raw rows. */
  preprocessor: z.unknown(),
  classes: z.array(z.string().max(300)).max(1000),
  features: z.array(z.string().max(300)).max(200),
  labelColumn: z.string().max(300),
  datasetId: z.string().max(64),
});

export const modelingSectionSchema = z.object({
  notes: z.string().max(100_000),
  runs: z.array(runRecordSchema).max(200),
  savedModels: z.array(savedModelSchema).max(50),
  /** Error-analysis tags by `${datasetId}:${row}`. */
  errorTags: z.record(z.string().max(80), z.array(z.string().max(60)).max(20)),
  /** Human-level accuracy (0–1) the team estimated per error tag, for the prioritization table. */
  tagHlp: z.record(z.string().max(60), z.number().min(0).max(1)).default({}),
});

export type ModelingSection = z.infer<typeof modelingSectionSchema>;
export type RunRecord = z.infer<typeof runRecordSchema>;
export type SavedModel = z.infer<typeof savedModelSchema>;

export function emptyModelingSection(notes = ''): ModelingSection {
  return { notes, runs: [], savedModels: [], errorTags: {}, tagHlp: {} };
}
