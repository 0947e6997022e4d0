/// <reference lib="webworker" />
// Training worker: receives TrainWorkerRequest messages, answers with TrainWorkerResponse messages
// (src/lib/ml/worker-protocol.ts). All the work is in src/lib/ml/train-worker-core.ts; this shell only
// points the wasm backend at the app's own copies of its binaries and wires postMessage.
//
// The `?url` imports make Vite emit the three .wasm files as assets of this app and give their URLs — no
// CDN, so training works offline and under the app's Content-Security-Policy ('wasm-unsafe-eval').
// Create it with: new Worker(new URL('../workers/train.worker.ts', import.meta.url), { type: 'module' }).
import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import { configureWasm } from '@/lib/ml/backend-select';
import { createTrainWorkerHandler, messageChannelYield } from '@/lib/ml/train-worker-core';
import type { TrainWorkerRequest, TrainWorkerResponse } from '@/lib/ml/worker-protocol';

declare const self: DedicatedWorkerGlobalScope;

configureWasm({
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd,
});

const handle = createTrainWorkerHandler({ yieldFn: messageChannelYield() });
const post = (message: TrainWorkerResponse, transfer: Transferable[] = []): void =>
  self.postMessage(message, transfer);

self.onmessage = (event: MessageEvent<TrainWorkerRequest>) => {
  void handle(event.data, post);
};
