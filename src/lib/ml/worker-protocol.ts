/**
 * Messages between the main thread and the training worker (src/workers/train.worker.ts). Type-only: nothing
 * here exists at run time, so both sides import it without pulling code into the other's bundle.
 *
 * Every request carries an `id` chosen by the sender (unique per worker); every response carries the `id` of the
 * request it answers, so the UI can match them while several are in flight. A training run is named by the id of
 * its 'train' request: pause/resume/stop name it as `runId`, and its epochs, boundaries and final result carry it
 * as `id`. The model a run leaves behind (when `keepModel` is not false) stays in the worker under
 * `modelId` = that id, for 'predict' and 'boundary', until 'dispose'.
 *
 * Large arrays are typed arrays so they can be transferred (postMessage's transfer list), not copied.
 */
import type { DataTable } from '@/lib/data/types';
import type { BackendChoice, BackendName } from './backend-select';
import type { ClassificationReport, RegressionReport } from './metrics';
import type { SerializedModel } from './model-artifacts';
import type { ModelSpec } from './model-spec';
import type { PreprocessConfig, PreprocessorJSON, SplitOptions } from './preprocess';
import type { BoundaryOptions, EpochMetrics } from './train-core';

/** A spec as sent: inputDim may be left out; the worker takes it from the data (and checks it if given). */
export type SpecRequest = Omit<ModelSpec, 'inputDim'> & { inputDim?: number };

/** The examples of a run, either already encoded on the main thread or as a table the worker encodes. */
export type TrainData =
  | {
      kind: 'arrays';
      /** Class names in output order; [] for regression. */
      classes: string[];
      /** Row-major rows × inputDim. */
      xTrain: Float32Array;
      /** Class index or regression target per training row. */
      yTrain: Float32Array;
      xVal?: Float32Array;
      yVal?: Float32Array;
      /** Table rows of the validation examples, passed back with the predictions (for error analysis). */
      validationRows?: Int32Array;
      /** The fitted preprocessor, needed for a decision boundary in raw units and kept with the model. */
      preprocessor?: PreprocessorJSON;
    }
  | {
      kind: 'table';
      table: DataTable;
      config: PreprocessConfig;
      /** The split planner's assignment (0 train, 1 validation, 2 test: left alone) or a seeded random split. */
      split: { assignment: Uint8Array } | SplitOptions;
    };

/** Decision-boundary heatmap options; `everyEpochs` (default 1) only applies during training. */
export type BoundaryRequest = BoundaryOptions & { everyEpochs?: number };

export type TrainWorkerRequest =
  | {
      kind: 'benchmarkBackends';
      id: number;
      spec: ModelSpec;
      classCount: number;
      candidates?: BackendName[];
    }
  | {
      kind: 'train';
      id: number;
      spec: SpecRequest;
      data: TrainData;
      /** 'auto' (default): measure once per model shape (cached); a name: use it (the user's override). */
      backend?: BackendName | 'auto';
      /** Post a 'boundary' after every `everyEpochs` epochs (2-D numeric inputs only). */
      boundary?: BoundaryRequest;
      /** Keep the model in the worker for predict/boundary (default true). */
      keepModel?: boolean;
      /** How often training yields so that pause/stop can arrive, ms (default 10). */
      yieldEveryMs?: number;
    }
  | { kind: 'pause'; id: number; runId: number }
  | { kind: 'resume'; id: number; runId: number }
  | { kind: 'stop'; id: number; runId: number }
  | { kind: 'predict'; id: number; modelId: number; x: Float32Array }
  | { kind: 'boundary'; id: number; modelId: number; options: BoundaryOptions }
  | {
      kind: 'overfitSmallBatch';
      id: number;
      spec: SpecRequest;
      data: TrainData;
      examples?: number;
      maxEpochs?: number;
      targetLoss?: number;
      backend?: BackendName | 'auto';
    }
  /** Dispose one kept model, or every kept model when modelId is left out. */
  | { kind: 'dispose'; id: number; modelId?: number }
  /** tf.memory() of the worker (leak checks, debugging). */
  | { kind: 'memory'; id: number };

/** Everything a finished (or stopped) run hands back. */
export interface TrainOutcome {
  /** Key of the kept model in the worker; null when keepModel was false. */
  modelId: number | null;
  /** The spec as trained (inputDim filled in). */
  spec: ModelSpec;
  backend: BackendName;
  /** Wall time of the training loop, ms (backend selection and preprocessing excluded). */
  durationMs: number;
  rowsPerSec: number;
  history: EpochMetrics[];
  /** Metrics of the last completed epoch; null when none completed. */
  final: EpochMetrics | null;
  /** Weights (transferred) and topology: the main thread saves them with tf.io (see model-artifacts.ts). */
  model: SerializedModel;
  preprocessor: PreprocessorJSON | null;
  classes: string[];
  /** Validation outputs for evaluation and error analysis; null without a validation set. */
  validation: {
    /** Table row of each validation example, when known. */
    rows: Int32Array | null;
    yTrue: Float32Array;
    /** Row-major n × k probabilities (classification) or n × 1 predictions (regression). */
    output: Float32Array;
    k: number;
  } | null;
  /** Report at threshold 0.5 / argmax, majority (or mean) baseline included; null without validation. */
  evaluation: ClassificationReport | RegressionReport | null;
  /** Rows left out by preprocessing (table data only). */
  dropped: { missingLabel: number; unseenClass: number } | null;
}

export type TrainWorkerResponse =
  | ({ kind: 'backendChosen'; id: number; overridden: boolean } & BackendChoice)
  | ({ kind: 'epoch'; id: number } & EpochMetrics)
  | {
      kind: 'boundary';
      id: number;
      /** Epoch after which it was computed; null when answering a 'boundary' request. */
      epoch: number | null;
      resolution: number;
      /** Values per cell (classes; 1 for regression). */
      k: number;
      /** resolution² × k, see train-core.ts boundaryGrid for the layout. */
      values: Float32Array;
    }
  | { kind: 'done'; id: number; result: TrainOutcome }
  | { kind: 'stopped'; id: number; epochsCompleted: number; result: TrainOutcome }
  | { kind: 'paused'; id: number; runId: number }
  | { kind: 'resumed'; id: number; runId: number }
  | { kind: 'predictions'; id: number; k: number; values: Float32Array }
  | {
      kind: 'overfit';
      id: number;
      losses: number[];
      reached: boolean;
      examples: number;
      backend: BackendName;
    }
  | { kind: 'disposed'; id: number; modelIds: number[] }
  | { kind: 'memory'; id: number; numTensors: number; numBytes: number; backend: string }
  /**
   * Something failed. With `fallback`, the worker recovered: it switched to that backend and retries the request,
   * whose responses follow under the same id. Without, the request is over. `name` is the error class (e.g.
   * 'TrainingDivergedError', 'ModelSpecError', 'PreprocessError') so the UI can show a fitting hint.
   */
  | { kind: 'error'; id: number; message: string; name: string; fallback?: BackendName };

/** What the handler calls to answer; the worker shell maps it to postMessage(message, transfer). */
export type PostResponse = (message: TrainWorkerResponse, transfer?: Transferable[]) => void;
