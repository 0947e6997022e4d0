import { create } from 'zustand';
import type { BackendChoice } from '@/lib/ml/backend-select';
import type { EpochMetrics } from '@/lib/ml/train-core';
import type { TrainOutcome } from '@/lib/ml/worker-protocol';

/**
 * The live training session (not persisted): the run in progress or just finished, its curves, boundary and
 * outcome. Finished runs are recorded in the workbook's experiment log; this keeps what is too big to save
 * (validation outputs for evaluation and error analysis, the boundary grid).
 */
export type SessionStatus = 'idle' | 'preparing' | 'training' | 'paused' | 'done' | 'stopped' | 'error';

export interface TrainingSession {
  status: SessionStatus;
  runId: number | null;
  /** Workbook id of the run record, once recorded. */
  recordId: string | null;
  datasetId: string | null;
  epochsPlanned: number;
  backend: (BackendChoice & { overridden: boolean }) | null;
  epochs: EpochMetrics[];
  boundary: {
    resolution: number;
    k: number;
    values: Float32Array;
    x1Range: [number, number];
    x2Range: [number, number];
  } | null;
  outcome: TrainOutcome | null;
  error: string | null;
  set(patch: Partial<Omit<TrainingSession, 'set' | 'reset'>>): void;
  reset(): void;
}

const initial = {
  status: 'idle' as SessionStatus,
  runId: null,
  recordId: null,
  datasetId: null,
  epochsPlanned: 0,
  backend: null,
  epochs: [],
  boundary: null,
  outcome: null,
  error: null,
};

export const useTrainingSession = create<TrainingSession>()((set) => ({
  ...initial,
  set: (patch) => set(patch),
  reset: () => set(initial),
}));
