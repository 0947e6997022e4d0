// Browser side of the training benchmark (bench/training.mjs). Exposes window.benchTraining with four
// measurements, each run on demand by Playwright so that one never overlaps another:
//   naive     tf.ready()'s default backend, model.compile + model.fit on the MAIN thread (the tutorial way);
//   app       the app's path: src/workers/train.worker.ts, backend chosen by measuring, train-core's loop;
//   longTasks a ~10 s app-path run while the main thread draws every epoch, with a 'longtask' observer;
//   leak      tf.memory() in the worker before and after 20 train-and-dispose cycles.
// This module imports TensorFlow.js but not the wasm backend: the naive path gets whatever tf.ready() picks.
import * as tf from '@tensorflow/tfjs';
import { buildModel } from '../../src/lib/ml/build-model';
import { SPEC_LIMITS } from '../../src/lib/ml/model-spec';
import type { EpochMetrics } from '../../src/lib/ml/train-core';
import type { TrainWorkerRequest, TrainWorkerResponse } from '../../src/lib/ml/worker-protocol';
import { benchData, benchSpec, EPOCHS, type BenchData } from './training-data';

type Response<K extends TrainWorkerResponse['kind']> = Extract<TrainWorkerResponse, { kind: K }>;

interface PathResult {
  backend: string;
  batchSize: number;
  learningRate: number;
  epochs: number;
  rowsPerSec: number;
  valAccuracy: number;
  trainMs: number;
}

const data: BenchData = benchData();
const status = document.getElementById('status')!;
const canvas = document.getElementById('curve') as HTMLCanvasElement;

/** Validation accuracy of class probabilities (argmax), the same definition for both paths. */
function accuracy(proba: Float32Array, y: Float32Array): number {
  let hit = 0;
  for (let i = 0; i < y.length; i++) hit += (proba[2 * i + 1]! > proba[2 * i]! ? 1 : 0) === y[i] ? 1 : 0;
  return hit / y.length;
}

async function naive(options: { batchSize: number; learningRate: number }): Promise<PathResult> {
  await tf.ready();
  const backend = tf.getBackend();
  const { batchSize, learningRate } = options;
  const spec = benchSpec(batchSize, learningRate);
  const model = buildModel(spec, 2); // same architecture and initial weights as the app path
  model.compile({
    optimizer: tf.train.adam(learningRate),
    loss: 'categoricalCrossentropy',
    metrics: ['accuracy'],
  });
  const oneHot = (y: Float32Array) =>
    tf.tidy(() => tf.oneHot(tf.tensor1d(Int32Array.from(y), 'int32'), 2).toFloat());
  const xs = tf.tensor2d(data.xTrain, [data.nTrain, spec.inputDim]);
  const ys = oneHot(data.yTrain);
  const xv = tf.tensor2d(data.xVal, [data.nVal, spec.inputDim]);
  const yv = oneHot(data.yVal);
  status.textContent = `naive: training on ${backend}…`;
  const t0 = performance.now();
  await model.fit(xs, ys, { batchSize, epochs: EPOCHS, shuffle: true, validationData: [xv, yv], verbose: 0 });
  const trainMs = performance.now() - t0;
  const proba = tf.tidy(() => model.predict(xv) as tf.Tensor);
  const valAccuracy = accuracy((await proba.data()) as Float32Array, data.yVal);
  tf.dispose([proba, xs, ys, xv, yv]);
  model.optimizer.dispose();
  model.dispose();
  return {
    backend,
    batchSize,
    learningRate,
    epochs: EPOCHS,
    rowsPerSec: (data.nTrain * EPOCHS * 1000) / trainMs,
    valAccuracy,
    trainMs,
  };
}

/** A worker plus a promise per response kind. */
function startWorker() {
  const worker = new Worker(new URL('../../src/workers/train.worker.ts', import.meta.url), {
    type: 'module',
  });
  const listeners = new Set<(m: TrainWorkerResponse) => void>();
  worker.onmessage = (e: MessageEvent<TrainWorkerResponse>) => listeners.forEach((l) => l(e.data));
  const send = (m: TrainWorkerRequest, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  const on = (l: (m: TrainWorkerResponse) => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  };
  /** Resolves with the first response of one of `kinds` for request `id`; rejects on a terminal error. */
  const until = <K extends TrainWorkerResponse['kind']>(id: number, ...kinds: K[]) =>
    new Promise<Response<K>>((resolve, reject) => {
      const off = on((m) => {
        if (m.id !== id) return;
        if ((kinds as string[]).includes(m.kind)) {
          off();
          resolve(m as Response<K>);
        } else if (m.kind === 'error' && !m.fallback) {
          off();
          reject(new Error(`${m.name}: ${m.message}`));
        }
      });
    });
  return { worker, send, on, until };
}

function trainRequest(
  id: number,
  batchSize: number,
  learningRate: number,
  epochs: number,
  keepModel = false,
): [TrainWorkerRequest, Transferable[]] {
  // Copies, so the transfer does not detach the harness's own arrays.
  const xTrain = data.xTrain.slice();
  const yTrain = data.yTrain.slice();
  const xVal = data.xVal.slice();
  const yVal = data.yVal.slice();
  return [
    {
      kind: 'train',
      id,
      spec: { ...benchSpec(batchSize, learningRate), epochs },
      data: { kind: 'arrays', classes: data.classes, xTrain, yTrain, xVal, yVal },
      backend: 'auto',
      keepModel,
    },
    [xTrain.buffer, yTrain.buffer, xVal.buffer, yVal.buffer],
  ];
}

async function app(options: { batchSize: number; learningRate: number }) {
  const { batchSize, learningRate } = options;
  const w = startWorker();
  try {
    status.textContent = 'app: selecting a backend and training in the worker…';
    const t0 = performance.now();
    const chosen = w.until(1, 'backendChosen');
    const done = w.until(1, 'done');
    w.send(...trainRequest(1, batchSize, learningRate, EPOCHS));
    const choice = await chosen;
    const { result } = await done;
    const wallMs = performance.now() - t0;
    const path: PathResult = {
      backend: result.backend,
      batchSize,
      learningRate,
      epochs: EPOCHS,
      rowsPerSec: result.rowsPerSec,
      valAccuracy: accuracy(result.validation!.output, data.yVal),
      trainMs: result.durationMs,
    };
    return {
      ...path,
      /** Including backend selection, data transfer and serialization of the result. */
      wallRowsPerSec: (data.nTrain * EPOCHS * 1000) / wallMs,
      wallMs,
      selection: {
        timings: choice.timings,
        errors: choice.errors,
        wasm: choice.wasm,
        batchSize: choice.batchSize,
        durationMs: choice.durationMs,
      },
    };
  } finally {
    w.worker.terminate();
  }
}

/** Draws the loss curve like a chart would: every epoch, the whole (downsampled) series. */
function draw(history: EpochMetrics[]): void {
  const ctx = canvas.getContext('2d')!;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const step = Math.max(1, Math.ceil(history.length / 300));
  const points = history.filter((_, i) => i % step === 0);
  const max = Math.max(...points.map((p) => p.loss), 1e-9);
  ctx.beginPath();
  points.forEach((p, i) => {
    const x = (i / Math.max(1, points.length - 1)) * canvas.width;
    const y = canvas.height - (p.loss / max) * canvas.height;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  });
  ctx.stroke();
}

/**
 * A long app-path run observed from the main thread: everything from creating the worker to the 'stopped'
 * answer, with backend selection, `seconds` of training (then a 'stop' message, as the Stop button sends)
 * and a redraw of the curve on every epoch message.
 */
async function longTasks(options: { batchSize: number; learningRate: number; seconds: number }) {
  const epochs = SPEC_LIMITS.maxEpochs; // far more than fit in the window: the stop ends the run
  const supported = PerformanceObserver.supportedEntryTypes.includes('longtask');
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  if (supported) observer.observe({ type: 'longtask' });
  const w = startWorker();
  const history: EpochMetrics[] = [];
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  const off = w.on((m) => {
    if (m.kind === 'epoch') {
      if (history.length === 0)
        stopTimer = setTimeout(() => w.send({ kind: 'stop', id: 2, runId: 1 }), options.seconds * 1000);
      history.push(m);
      status.textContent = `epoch ${m.epoch + 1}: loss ${m.loss.toFixed(4)}, val acc ${(m.valAcc ?? 0).toFixed(3)}`;
      draw(history);
    }
  });
  try {
    const t0 = performance.now();
    const stopped = w.until(1, 'stopped');
    w.send(...trainRequest(1, options.batchSize, options.learningRate, epochs));
    const { result } = await stopped;
    const wallMs = performance.now() - t0;
    // Long-task entries are delivered asynchronously; give the observer a moment.
    await new Promise((r) => setTimeout(r, 200));
    observer.disconnect();
    return {
      supported,
      epochs: result.history.length,
      wallMs,
      trainMs: result.durationMs,
      backend: result.backend,
      longTasks: tasks.length,
      maxTaskMs: tasks.length ? Math.max(...tasks) : 0,
      epochMessages: history.length,
    };
  } finally {
    clearTimeout(stopTimer);
    off();
    w.worker.terminate();
  }
}

async function leak(options: { batchSize: number; learningRate: number; cycles: number }) {
  const w = startWorker();
  try {
    let id = 1;
    const memory = async () => {
      const rid = id++;
      const reply = w.until(rid, 'memory');
      w.send({ kind: 'memory', id: rid });
      return (await reply).numTensors;
    };
    // Measure the backends first (that is itself a few train-and-dispose runs), so the starting count is
    // taken on the backend the cycles use.
    const bid = id++;
    const chosen = w.until(bid, 'backendChosen');
    w.send({
      kind: 'benchmarkBackends',
      id: bid,
      spec: benchSpec(options.batchSize, options.learningRate),
      classCount: 2,
    });
    const backend = (await chosen).chosen;
    const start = await memory();
    let inUseAfterTrain = 0;
    for (let c = 0; c < options.cycles; c++) {
      const tid = id++;
      const done = w.until(tid, 'done');
      // keepModel: the model stays in the worker until 'dispose', like the app's runs.
      w.send(...trainRequest(tid, options.batchSize, options.learningRate, 2, true));
      await done;
      if (c === 0) inUseAfterTrain = await memory();
      const did = id++;
      const disposed = w.until(did, 'disposed');
      w.send({ kind: 'dispose', id: did, modelId: tid });
      await disposed;
    }
    const end = await memory();
    return { backend, cycles: options.cycles, start, inUseAfterTrain, end, leaked: end - start };
  } finally {
    w.worker.terminate();
  }
}

declare global {
  interface Window {
    benchTraining: { naive: typeof naive; app: typeof app; longTasks: typeof longTasks; leak: typeof leak };
  }
}

window.benchTraining = { naive, app, longTasks, leak };
status.textContent = 'ready';
