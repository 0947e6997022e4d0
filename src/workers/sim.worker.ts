/// <reference lib="webworker" />
// Simulation worker: the deployment studio's production simulator runs here (src/lib/sim/sim-runtime.ts), with
// its models on tfjs's wasm backend (the app's own .wasm files, as in the training worker), cpu as fallback.
// The page sends SimRequest messages and draws the SimResponse snapshots (src/lib/sim/worker-protocol.ts).
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import * as tf from '@tensorflow/tfjs';
import { configureWasm } from '@/lib/ml/backend-select';
import { SimRuntime } from '@/lib/sim/sim-runtime';
import type { SimRequest, SimResponse } from '@/lib/sim/worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

configureWasm({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd,
});

const post = (message: SimResponse): void => self.postMessage(message);

/** wasm when it initialises, else cpu: both answer dataSync without a GPU round trip. */
const ready = (async () => {
  try {
    if (await tf.setBackend('wasm')) return;
  } catch {
    // fall through to cpu
  }
  await tf.setBackend('cpu');
})();

const runtime = new SimRuntime({
  post,
  now: () => performance.now(),
  setTimeout: (fn, ms) => self.setTimeout(fn, ms),
  clearTimeout: (handle) => self.clearTimeout(handle as number),
});

self.onmessage = (event: MessageEvent<SimRequest>) => {
  void ready.then(() => runtime.handle(event.data));
};
