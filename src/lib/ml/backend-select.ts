/**
 * Choose the TensorFlow.js backend by measuring, not by guessing. For the small dense models of this workbook
 * the usual winner is WebAssembly with SIMD (few, small kernels: a GPU backend's per-op dispatch and
 * read-back cost more than the arithmetic, and a software WebGL — SwiftShader on a machine without a GPU —
 * is slower than the plain-JavaScript 'cpu' backend). But it depends on the machine and the model, so:
 *
 * for each candidate that is registered and initializes, train the actual spec (its layers, optimizer and batch
 * size) on synthetic data, warm up, time single training steps and keep the backend with the lowest median
 * (ties → candidate order); see timeStep.
 * A backend that fails to initialize or to train is recorded in `errors` and skipped; 'cpu' always works,
 * so there is always a choice.
 *
 * WebAssembly: importing '@tensorflow/tfjs-backend-wasm' registers the 'wasm' backend; it picks the SIMD
 * binary when the browser supports SIMD and the threaded SIMD binary when SharedArrayBuffer is usable (the
 * page is cross-origin isolated). The binaries are served by the app itself — configureWasm() takes the URLs
 * the bundler emitted (Vite `?url` imports in src/workers/train.worker.ts), never a CDN.
 */
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { Prng } from '@/lib/drift/prng';
import { SPEC_LIMITS, type ModelSpec } from './model-spec';
import { trainModel } from './train-core';

export type BackendName = 'wasm' | 'webgpu' | 'webgl' | 'cpu';

/** Measured in this order; on a tie the earlier one wins. */
export const DEFAULT_CANDIDATES: readonly BackendName[] = ['wasm', 'webgpu', 'webgl', 'cpu'];

/** URL of each TensorFlow.js WebAssembly binary, as emitted by the bundler. */
export interface WasmAssetUrls {
  'tfjs-backend-wasm.wasm': string;
  'tfjs-backend-wasm-simd.wasm': string;
  'tfjs-backend-wasm-threaded-simd.wasm': string;
}

/** Points the wasm backend at the app's own copies of its binaries. Call before the backend initializes. */
export function configureWasm(urls: WasmAssetUrls): void {
  setWasmPaths(urls);
}

export interface WasmFeatures {
  simd: boolean;
  threads: boolean;
  threadCount: number;
}

export interface BackendChoice {
  chosen: BackendName;
  /** Median milliseconds per training step (one batch of the spec), per backend measured. */
  timings: Partial<Record<BackendName, number>>;
  /** Why a candidate was not measured (not registered, failed to initialize, failed to train). */
  errors: Partial<Record<BackendName, string>>;
  /** Batch size used for the timing (the spec's, capped at 4096). */
  batchSize: number;
  /** What the wasm backend runs with, when it initialized. */
  wasm: WasmFeatures | null;
  /** Wall time of the whole measurement, ms (0 when nothing was measured). */
  durationMs: number;
}

export interface TimingOptions {
  /** Warm up for at least this long per backend, ms (default 300). */
  warmupMs?: number;
  /** Timed steps after the warm-up (default 9). */
  samples?: number;
  /** Give up on a backend after this long, ms (default 3000). */
  budgetMs?: number;
}

export interface SelectOptions extends TimingOptions {
  candidates?: readonly BackendName[];
  /** Measure WebGL even when it renders in software (default false: skipped, see softwareWebGLRenderer). */
  measureSoftwareWebGL?: boolean;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Switches to `name`; resolves to null on success or to the reason it failed. tf.setBackend resolves false
 * (after logging) when initialization fails, and throws for an unknown name.
 */
export async function activateBackend(name: string): Promise<string | null> {
  if (!tf.findBackendFactory(name)) return 'not registered';
  try {
    const ok = await tf.setBackend(name);
    await tf.ready();
    return ok && tf.getBackend() === name ? null : 'failed to initialize';
  } catch (error) {
    return `failed to initialize: ${message(error)}`;
  }
}

async function wasmFeatures(): Promise<WasmFeatures> {
  const flag = async (name: string): Promise<boolean> => {
    try {
      return Boolean(await tf.env().getAsync(name));
    } catch {
      return false;
    }
  };
  const threads = await flag('WASM_HAS_MULTITHREAD_SUPPORT');
  return { simd: await flag('WASM_HAS_SIMD_SUPPORT'), threads, threadCount: threads ? getThreadsCount() : 1 };
}

/**
 * Milliseconds per training step of `spec` on the active backend: the median of `samples` one-batch epochs
 * after a warm-up of at least `warmupMs` (and 3 steps). Each epoch is one real step of the training loop —
 * gather, slice, optimizer.minimize, and the once-per-epoch read-back that also forces an asynchronous GPU
 * backend to finish. The warm-up matters: V8 first runs WebAssembly with its baseline compiler and tiers hot
 * functions up later, and JavaScript kernels need their JIT too, so the first steps say little about a long
 * run. The median ignores a garbage-collection pause. A backend too slow to finish warming up within
 * `budgetMs`, or clearly losing (its warm-up median above LOSING_FACTOR × `bestSoFar`), is scored by the
 * median of what it managed.
 */
async function timeStep(
  spec: ModelSpec,
  classCount: number,
  batchSize: number,
  timing: Required<TimingOptions>,
  bestSoFar: number,
): Promise<number> {
  const rng = new Prng(spec.seed);
  const x = new Float32Array(batchSize * spec.inputDim);
  for (let i = 0; i < x.length; i++) x[i] = rng.normal();
  const y = new Float32Array(batchSize);
  for (let i = 0; i < batchSize; i++) y[i] = spec.task === 'regression' ? rng.normal() : rng.int(classCount);
  const started = performance.now();
  const warmup: number[] = [];
  const samples: number[] = [];
  await trainModel({
    spec: { ...spec, epochs: SPEC_LIMITS.maxEpochs, batchSize },
    classCount,
    train: { x, y },
    keepModel: false,
    explodeFactor: Infinity,
    yieldEveryMs: Infinity,
    control: {
      shouldStop: () =>
        samples.length >= timing.samples ||
        performance.now() - started > timing.budgetMs ||
        (warmup.length >= 3 && median(warmup) > LOSING_FACTOR * bestSoFar),
      waitIfPaused: () => Promise.resolve(),
    },
    onEpoch: (m) => {
      const warm = warmup.length >= 3 && performance.now() - started - m.ms >= timing.warmupMs;
      (warm ? samples : warmup).push(m.ms);
    },
  });
  return median(samples.length > 0 ? samples : warmup);
}

/** A candidate this many times slower than the best so far, even while warming up, is not worth finishing. */
const LOSING_FACTOR = 20;

/**
 * The WebGL renderer's name when it is a software rasterizer (SwiftShader, llvmpipe, …), else null. On such a
 * machine (no GPU, or a blocked one) WebGL runs every shader on the CPU and is always far slower than 'cpu'
 * — and compiling its shaders alone takes seconds — so selection skips it.
 */
function softwareWebGLRenderer(): string | null {
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
  if (!gl) return null;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer) ? renderer : null;
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('no step finished');
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Measures the candidates and leaves the fastest one active. */
export async function selectBackend(
  spec: ModelSpec,
  classCount: number,
  options: SelectOptions = {},
): Promise<BackendChoice> {
  const started = performance.now();
  const candidates = options.candidates ?? DEFAULT_CANDIDATES;
  const timing: Required<TimingOptions> = {
    warmupMs: options.warmupMs ?? 300,
    samples: Math.max(1, options.samples ?? 9),
    budgetMs: options.budgetMs ?? 3000,
  };
  const batchSize = Math.min(spec.batchSize, 4096);
  const timings: BackendChoice['timings'] = {};
  const errors: BackendChoice['errors'] = {};
  let wasm: WasmFeatures | null = null;
  for (const name of candidates) {
    const failed = await activateBackend(name);
    if (failed) {
      errors[name] = failed;
      continue;
    }
    if (name === 'wasm') wasm = await wasmFeatures();
    const software = name === 'webgl' && !options.measureSoftwareWebGL ? softwareWebGLRenderer() : null;
    if (software) {
      errors[name] = `software renderer (${software}), skipped`;
      continue;
    }
    try {
      const best = Math.min(...Object.values(timings));
      timings[name] = await timeStep(spec, classCount, batchSize, timing, best);
    } catch (error) {
      errors[name] = `failed to train: ${message(error)}`;
    }
  }
  let chosen: BackendName = 'cpu';
  let best = Infinity;
  for (const name of candidates) {
    const t = timings[name];
    if (t !== undefined && t < best) {
      best = t;
      chosen = name;
    }
  }
  const failed = await activateBackend(chosen);
  if (failed) {
    errors[chosen] = failed;
    chosen = 'cpu';
    await activateBackend('cpu');
  }
  return { chosen, timings, errors, batchSize, wasm, durationMs: performance.now() - started };
}
