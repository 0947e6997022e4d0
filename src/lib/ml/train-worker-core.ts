/**
 * The training worker's message handler, as a plain function of (message, post) so it runs — and is tested —
 * in Node as well as in the worker. src/workers/train.worker.ts only wires `self.onmessage` to it and tells the
 * wasm backend where its binaries are.
 *
 * One run at a time: a 'train' or 'overfitSmallBatch' while another run is active is answered with an error.
 * Control messages (pause/resume/stop) act at the run's next batch boundary; the run yields every
 * `yieldEveryMs` so they can arrive. Backend: 'auto' measures the candidates once per model shape (cached);
 * if training then fails on a backend other than 'cpu' (not a diverging loss — that is the model, not the
 * backend), the worker posts an error with `fallback: 'cpu'` and retries the run on 'cpu'.
 */
import * as tf from '@tensorflow/tfjs';
import { activateBackend, selectBackend, type BackendChoice, type BackendName } from './backend-select';
import { TrainingDivergedError, ModelSpecError } from './errors';
import { classificationReport, regressionReport } from './metrics';
import { serializeModel } from './model-artifacts';
import { validateModelSpec, type ModelSpec } from './model-spec';
import { Preprocessor, prepareDataset, splitAssignment } from './preprocess';
import {
  boundaryGrid,
  overfitSmallBatch,
  predictProba,
  trainModel,
  type Dataset,
  type TrainControl,
} from './train-core';
import type {
  BoundaryRequest,
  PostResponse,
  SpecRequest,
  TrainData,
  TrainOutcome,
  TrainWorkerRequest,
} from './worker-protocol';

export interface TrainWorkerOptions {
  /** Backends 'auto' measures (default: backend-select's DEFAULT_CANDIDATES). */
  candidates?: readonly BackendName[];
  /** How a run yields to the event loop (default setTimeout(0); the worker passes messageChannelYield()). */
  yieldFn?: () => Promise<void>;
}

/** Everything one run needs, after preprocessing. */
interface PreparedRun {
  spec: ModelSpec;
  classes: string[];
  train: Dataset;
  validation: Dataset | null;
  validationRows: Int32Array | null;
  preprocessor: Preprocessor | null;
  dropped: { missingLabel: number; unseenClass: number } | null;
}

interface KeptModel {
  model: tf.LayersModel;
  inputDim: number;
  k: number;
  preprocessor: Preprocessor | null;
}

interface Run {
  id: number;
  stop: boolean;
  paused: boolean;
  waiters: (() => void)[];
}

/**
 * A yield that does not suffer setTimeout's ≥ 4 ms clamp for nested timers: a message posted to ourselves
 * through a MessageChannel is delivered as a new task almost immediately, after messages already queued —
 * such as a 'stop' from the main thread.
 */
export function messageChannelYield(): () => Promise<void> {
  const channel = new MessageChannel();
  const pending: (() => void)[] = [];
  channel.port1.onmessage = () => pending.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      pending.push(resolve);
      channel.port2.postMessage(0);
    });
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns request data into encoded arrays (preprocessing a table in the worker when asked to). */
function prepare(specRequest: SpecRequest, data: TrainData): PreparedRun {
  if (data.kind === 'table') {
    const assignment =
      'assignment' in data.split
        ? data.split.assignment
        : splitAssignment(data.table, data.config.label, data.split);
    const ds = prepareDataset(data.table, data.config, assignment);
    const spec = withInputDim(specRequest, ds.preprocessor.outputDim);
    return {
      spec,
      classes: [...ds.preprocessor.classes],
      train: { x: ds.train.x, y: ds.train.y },
      validation: ds.validation.y.length > 0 ? { x: ds.validation.x, y: ds.validation.y } : null,
      validationRows: ds.validation.rows,
      preprocessor: ds.preprocessor,
      dropped: ds.dropped,
    };
  }
  const n = data.yTrain.length;
  const inputDim = n > 0 ? data.xTrain.length / n : 0;
  if (!Number.isInteger(inputDim) || inputDim < 1) {
    throw new ModelSpecError(
      'inputDim',
      `${data.xTrain.length} values are not ${n} rows of a whole number of inputs.`,
    );
  }
  const hasVal = data.xVal !== undefined && data.yVal !== undefined && data.yVal.length > 0;
  return {
    spec: withInputDim(specRequest, inputDim),
    classes: data.classes,
    train: { x: data.xTrain, y: data.yTrain },
    validation: hasVal ? { x: data.xVal!, y: data.yVal! } : null,
    validationRows: data.validationRows ?? null,
    preprocessor: data.preprocessor ? Preprocessor.fromJSON(data.preprocessor) : null,
    dropped: null,
  };
}

function withInputDim(spec: SpecRequest, inputDim: number): ModelSpec {
  if (spec.inputDim !== undefined && spec.inputDim !== inputDim) {
    throw new ModelSpecError('inputDim', `is ${spec.inputDim} but the data has ${inputDim} inputs per row.`);
  }
  return validateModelSpec({ ...spec, inputDim });
}

const classCountOf = (run: Pick<PreparedRun, 'spec' | 'classes'>): number =>
  run.spec.task === 'regression' ? 1 : run.classes.length;

/** Cache key of a backend measurement: what the timing depends on. */
function shapeKey(spec: ModelSpec, classCount: number): string {
  return JSON.stringify([
    spec.inputDim,
    spec.hiddenLayers,
    spec.activation,
    spec.optimizer,
    spec.batchSize,
    classCount,
  ]);
}

/** Creates the handler. It keeps the worker's state: the active run, kept models, measured backends. */
export function createTrainWorkerHandler(options: TrainWorkerOptions = {}) {
  const models = new Map<number, KeptModel>();
  const choices = new Map<string, BackendChoice>();
  let run: Run | null = null;

  const control = (r: Run): TrainControl => ({
    shouldStop: () => r.stop,
    waitIfPaused: () =>
      r.paused && !r.stop ? new Promise<void>((resolve) => r.waiters.push(resolve)) : Promise.resolve(),
  });

  const release = (r: Run): void => {
    for (const w of r.waiters.splice(0)) w();
  };

  /** Activates the requested backend (measuring for 'auto'), posts 'backendChosen', returns its name. */
  async function chooseBackend(
    id: number,
    requested: BackendName | 'auto' | undefined,
    spec: ModelSpec,
    classCount: number,
    post: PostResponse,
  ): Promise<BackendName> {
    if (requested && requested !== 'auto') {
      const failed = await activateBackend(requested);
      if (!failed) {
        post({
          kind: 'backendChosen',
          id,
          overridden: true,
          chosen: requested,
          timings: {},
          errors: {},
          batchSize: spec.batchSize,
          wasm: null,
          durationMs: 0,
        });
        return requested;
      }
      await activateBackend('cpu');
      post({
        kind: 'backendChosen',
        id,
        overridden: true,
        chosen: 'cpu',
        timings: {},
        errors: { [requested]: failed },
        batchSize: spec.batchSize,
        wasm: null,
        durationMs: 0,
      });
      return 'cpu';
    }
    const key = shapeKey(spec, classCount);
    let choice = choices.get(key);
    if (choice) {
      const failed = await activateBackend(choice.chosen);
      if (failed) choice = undefined;
    }
    if (!choice) {
      choice = await selectBackend(
        spec,
        classCount,
        options.candidates ? { candidates: options.candidates } : {},
      );
      choices.set(key, choice);
    }
    post({ kind: 'backendChosen', id, overridden: false, ...choice });
    return choice.chosen;
  }

  async function outcome(
    prepared: PreparedRun,
    model: tf.LayersModel,
    modelId: number | null,
    backend: BackendName,
    result: { durationMs: number; rowsPerSec: number; history: TrainOutcome['history'] },
    transfer: Transferable[],
  ): Promise<TrainOutcome> {
    const { spec, classes, validation } = prepared;
    const serialized = await serializeModel(model);
    transfer.push(serialized.weightData);
    let validationOut: TrainOutcome['validation'] = null;
    let evaluation: TrainOutcome['evaluation'] = null;
    if (validation) {
      const output = await predictProba(model, validation.x, spec.inputDim);
      const yTrue = Float32Array.from(validation.y);
      const k = spec.task === 'regression' ? 1 : classes.length;
      validationOut = { rows: prepared.validationRows, yTrue, output, k };
      transfer.push(output.buffer as ArrayBuffer);
      evaluation =
        spec.task === 'regression'
          ? regressionReport(yTrue, output, prepared.train.y)
          : classificationReport({ yTrue, proba: output, classes, trainLabels: prepared.train.y });
    }
    return {
      modelId,
      spec,
      backend,
      durationMs: result.durationMs,
      rowsPerSec: result.rowsPerSec,
      history: result.history,
      final: result.history.at(-1) ?? null,
      model: serialized,
      preprocessor: prepared.preprocessor?.toJSON() ?? null,
      classes,
      validation: validationOut,
      evaluation,
      dropped: prepared.dropped,
    };
  }

  async function train(
    message: Extract<TrainWorkerRequest, { kind: 'train' }>,
    post: PostResponse,
    r: Run,
  ): Promise<void> {
    const prepared = prepare(message.spec, message.data);
    const { spec } = prepared;
    const classCount = classCountOf(prepared);
    let backend = await chooseBackend(message.id, message.backend, spec, classCount, post);
    const boundary: BoundaryRequest | undefined = message.boundary;
    const k = spec.task === 'regression' ? 1 : classCount;

    for (;;) {
      try {
        const result = await trainModel({
          spec,
          classCount,
          train: prepared.train,
          validation: prepared.validation,
          control: control(r),
          ...(message.yieldEveryMs !== undefined ? { yieldEveryMs: message.yieldEveryMs } : {}),
          ...(options.yieldFn ? { yieldFn: options.yieldFn } : {}),
          onEpoch: async (metrics, model) => {
            post({ kind: 'epoch', id: message.id, ...metrics });
            const every = boundary?.everyEpochs ?? 1;
            if (boundary && ((metrics.epoch + 1) % every === 0 || metrics.epoch === spec.epochs - 1)) {
              const values = await boundaryGrid(model, prepared.preprocessor, boundary);
              post(
                {
                  kind: 'boundary',
                  id: message.id,
                  epoch: metrics.epoch,
                  resolution: boundary.resolution,
                  k,
                  values,
                },
                [values.buffer as ArrayBuffer],
              );
            }
          },
        });
        const model = result.model!;
        const keep = message.keepModel !== false;
        const transfer: Transferable[] = [];
        let out: TrainOutcome;
        try {
          out = await outcome(prepared, model, keep ? message.id : null, backend, result, transfer);
        } finally {
          if (keep) {
            models.get(message.id)?.model.dispose();
            models.set(message.id, {
              model,
              inputDim: spec.inputDim,
              k,
              preprocessor: prepared.preprocessor,
            });
          } else model.dispose();
        }
        if (result.status === 'stopped') {
          post(
            { kind: 'stopped', id: message.id, epochsCompleted: result.history.length, result: out },
            transfer,
          );
        } else post({ kind: 'done', id: message.id, result: out }, transfer);
        return;
      } catch (error) {
        if (error instanceof TrainingDivergedError || backend === 'cpu' || r.stop) throw error;
        post({
          kind: 'error',
          id: message.id,
          name: errorName(error),
          message: `Training failed on the ${backend} backend (${errorMessage(error)}); retrying on cpu.`,
          fallback: 'cpu',
        });
        const failed = await activateBackend('cpu');
        if (failed) throw error;
        backend = 'cpu';
      }
    }
  }

  function findRun(runId: number): Run | null {
    return run && run.id === runId ? run : null;
  }

  return async function handle(message: TrainWorkerRequest, post: PostResponse): Promise<void> {
    const fail = (error: unknown): void =>
      post({ kind: 'error', id: message.id, name: errorName(error), message: errorMessage(error) });
    try {
      switch (message.kind) {
        case 'train':
        case 'overfitSmallBatch': {
          if (run) throw new Error(`Training run ${run.id} is still in progress; stop it first.`);
          const r: Run = { id: message.id, stop: false, paused: false, waiters: [] };
          run = r;
          try {
            if (message.kind === 'train') await train(message, post, r);
            else {
              const prepared = prepare(message.spec, message.data);
              const backend = await chooseBackend(
                message.id,
                message.backend,
                prepared.spec,
                classCountOf(prepared),
                post,
              );
              const result = await overfitSmallBatch(prepared.spec, classCountOf(prepared), prepared.train, {
                ...(message.examples !== undefined ? { examples: message.examples } : {}),
                ...(message.maxEpochs !== undefined ? { maxEpochs: message.maxEpochs } : {}),
                ...(message.targetLoss !== undefined ? { targetLoss: message.targetLoss } : {}),
                ...(options.yieldFn ? { yieldFn: options.yieldFn } : {}),
                control: control(r),
              });
              post({ kind: 'overfit', id: message.id, backend, ...result });
            }
          } finally {
            release(r);
            if (run === r) run = null;
          }
          return;
        }
        case 'pause':
        case 'resume':
        case 'stop': {
          const r = findRun(message.runId);
          if (!r) throw new Error(`No training run ${message.runId} is in progress.`);
          if (message.kind === 'stop') {
            r.stop = true;
            release(r);
          } else if (message.kind === 'pause') {
            r.paused = true;
            post({ kind: 'paused', id: message.id, runId: r.id });
          } else {
            r.paused = false;
            release(r);
            post({ kind: 'resumed', id: message.id, runId: r.id });
          }
          return;
        }
        case 'predict': {
          const kept = models.get(message.modelId);
          if (!kept)
            throw new Error(
              `No model ${message.modelId} in the worker (disposed, or trained with keepModel: false).`,
            );
          const values = await predictProba(kept.model, message.x, kept.inputDim);
          post({ kind: 'predictions', id: message.id, k: kept.k, values }, [values.buffer as ArrayBuffer]);
          return;
        }
        case 'boundary': {
          const kept = models.get(message.modelId);
          if (!kept) throw new Error(`No model ${message.modelId} in the worker.`);
          const values = await boundaryGrid(kept.model, kept.preprocessor, message.options);
          post(
            {
              kind: 'boundary',
              id: message.id,
              epoch: null,
              resolution: message.options.resolution,
              k: kept.k,
              values,
            },
            [values.buffer as ArrayBuffer],
          );
          return;
        }
        case 'benchmarkBackends': {
          if (run) throw new Error('Cannot measure backends while a run is in progress.');
          const spec = validateModelSpec(
            message.spec,
            message.spec.task === 'regression' ? undefined : message.classCount,
          );
          const choice = await selectBackend(
            spec,
            message.classCount,
            message.candidates
              ? { candidates: message.candidates }
              : options.candidates
                ? { candidates: options.candidates }
                : {},
          );
          choices.set(shapeKey(spec, message.classCount), choice);
          post({ kind: 'backendChosen', id: message.id, overridden: false, ...choice });
          return;
        }
        case 'dispose': {
          const ids =
            message.modelId === undefined
              ? [...models.keys()]
              : models.has(message.modelId)
                ? [message.modelId]
                : [];
          for (const id of ids) {
            models.get(id)!.model.dispose();
            models.delete(id);
          }
          post({ kind: 'disposed', id: message.id, modelIds: ids });
          return;
        }
        case 'memory': {
          const m = tf.memory();
          post({
            kind: 'memory',
            id: message.id,
            numTensors: m.numTensors,
            numBytes: m.numBytes,
            backend: tf.getBackend(),
          });
          return;
        }
        default: {
          const unknown = message as { kind?: unknown };
          throw new Error(`Unknown request kind ${String(unknown.kind)}.`);
        }
      }
    } catch (error) {
      fail(error);
    }
  };
}

export type TrainWorkerHandler = ReturnType<typeof createTrainWorkerHandler>;
