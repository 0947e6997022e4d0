import type { TrainWorkerRequest, TrainWorkerResponse } from '@/lib/ml/worker-protocol';

type Listener = (message: TrainWorkerResponse) => void;
type Request = TrainWorkerRequest extends infer R
  ? R extends { id: number }
    ? Omit<R, 'id'>
    : never
  : never;

/**
 * The training worker, shared by the modeling page for the session: requests get increasing ids, responses
 * are routed to the listener of their request id. If the worker crashes, every pending request hears an
 * error and the next request starts a fresh worker — the page stays usable.
 */
class TrainClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private listeners = new Map<number, Listener>();

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../../workers/train.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (e: MessageEvent<TrainWorkerResponse>) => this.listeners.get(e.data.id)?.(e.data);
    worker.onerror = (e) => {
      const message = `The training worker stopped unexpectedly${e.message ? ` (${e.message})` : ''}.`;
      for (const [id, listener] of this.listeners)
        listener({ kind: 'error', id, message, name: 'WorkerCrash' });
      this.listeners.clear();
      worker.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  /** Sends a request; `listener` receives every response to it until `release(id)`. */
  send(request: Request, listener?: Listener, transfer: Transferable[] = []): number {
    const id = this.nextId++;
    if (listener) this.listeners.set(id, listener);
    this.ensureWorker().postMessage({ ...request, id } as TrainWorkerRequest, transfer);
    return id;
  }

  /** Sends a request and resolves with its first response. */
  ask(request: Request): Promise<TrainWorkerResponse> {
    return new Promise((resolve) => {
      const id = this.send(request, (m) => {
        this.release(id);
        resolve(m);
      });
    });
  }

  release(id: number): void {
    this.listeners.delete(id);
  }
}

export const trainClient = new TrainClient();
