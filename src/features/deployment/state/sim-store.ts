import { create } from 'zustand';
import type { SimSnapshot } from '@/lib/sim/simulator';
import type { SimReady, SimRequest, SimResponse, SimSetup } from '@/lib/sim/worker-protocol';

/** What the studio draws: the worker's latest snapshot and the state of the clock. Not persisted. */
export interface SimState {
  status: 'idle' | 'starting' | 'ready' | 'error';
  ready: SimReady | null;
  snapshot: SimSnapshot | null;
  running: boolean;
  speed: number;
  caption: string | null;
  retraining: { epoch: number; epochs: number } | null;
  scenarioEnd: number | null;
  /** Latest notices from the worker (newest last, at most 3). */
  notices: string[];
  error: string | null;
  /** Key of the setup that is loaded (demo, scenario id, saved model id…). */
  setupKey: string | null;
}

const initial: SimState = {
  status: 'idle',
  ready: null,
  snapshot: null,
  running: false,
  speed: 1,
  caption: null,
  retraining: null,
  scenarioEnd: null,
  notices: [],
  error: null,
  setupKey: null,
};

export const useSim = create<SimState>()(() => initial);

function onMessage(m: SimResponse): void {
  switch (m.kind) {
    case 'ready':
      useSim.setState({ status: 'ready', ready: m, error: null });
      break;
    case 'snapshot':
      useSim.setState({
        snapshot: m.snapshot,
        running: m.running,
        speed: m.speed,
        caption: m.caption,
        retraining: m.retraining,
        scenarioEnd: m.scenarioEnd,
      });
      break;
    case 'notice':
      useSim.setState((s) => ({ notices: [...s.notices, m.message].slice(-3) }));
      break;
    case 'error':
      useSim.setState((s) => ({
        error: m.message,
        status: m.fatal || s.status === 'starting' ? 'error' : s.status,
      }));
      break;
  }
}

/**
 * The simulation worker, one per page session. A crash terminates it, reports the error and the next setup
 * starts a fresh one, so the studio stays usable.
 */
class SimClient {
  private worker: Worker | null = null;

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('../../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SimResponse>) => onMessage(e.data);
    worker.onerror = (e) => {
      useSim.setState({
        status: 'error',
        running: false,
        error: `The simulation stopped unexpectedly${e.message ? ` (${e.message})` : ''}. Start it again.`,
      });
      worker.terminate();
      this.worker = null;
    };
    this.worker = worker;
    return worker;
  }

  setup(setup: SimSetup, key: string, play = true): void {
    useSim.setState({ ...initial, status: 'starting', setupKey: key, speed: useSim.getState().speed });
    const w = this.ensure();
    w.postMessage({ kind: 'setup', setup } satisfies SimRequest);
    if (play) w.postMessage({ kind: 'play' } satisfies SimRequest);
  }

  send(request: SimRequest): void {
    if (!this.worker) return;
    this.worker.postMessage(request);
  }

  /** Stops the worker (leaving the page). */
  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    useSim.setState(initial);
  }
}

export const simClient = new SimClient();
