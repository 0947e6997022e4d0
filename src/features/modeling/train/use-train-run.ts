import { useCallback } from 'react';
import type { ActiveTable } from '@/features/data';
import type { TrainWorkerResponse } from '@/lib/ml/worker-protocol';
import type { EpochMetrics } from '@/lib/ml/train-core';
import { featureKindOf } from '@/lib/ml/preprocess';
import { useTrainingSession, type TrainingSession } from '../state/training-session';
import { trainClient } from './train-client';
import type { TrainSetup } from './train-setup';

type Ready = Extract<ActiveTable, { status: 'ready' }>;

/** How often live training updates reach the UI; 4 redraws a second look live and stay cheap. */
const FLUSH_MS = 250;

/** Range of a numeric column from the worker's statistics, padded by 5 % so points do not sit on the edge. */
function paddedRange(active: Ready, name: string): [number, number] | null {
  const s = active.statistics.find((x) => x.name === name);
  if (!s || s.kind !== 'numeric' || !s.summary) return null;
  const pad = (s.summary.max - s.summary.min) * 0.05 || 1;
  return [s.summary.min - pad, s.summary.max + pad];
}

/**
 * Starts, pauses, resumes and stops training runs in the worker and feeds the session store. `onFinished`
 * receives the outcome of a completed or stopped run, so the page can record it in the experiment log.
 */
export function useTrainRun(
  onFinished: (
    status: 'completed' | 'stopped',
    outcome: NonNullable<ReturnType<typeof useTrainingSession.getState>['outcome']>,
  ) => void,
) {
  const session = useTrainingSession;

  const start = useCallback(
    (active: Ready, setup: TrainSetup, plannedAssignment?: { assignment: Uint8Array }) => {
      const features = setup.features.map((name) => {
        const column = active.schema.columns.find((c) => c.name === name)!;
        return { name, kind: featureKindOf(column)! };
      });
      const twoD = setup.features.length === 2 && features.every((f) => f.kind === 'numeric');
      const x1Range = twoD ? paddedRange(active, setup.features[0]!) : null;
      const x2Range = twoD ? paddedRange(active, setup.features[1]!) : null;
      const boundary = x1Range && x2Range ? { x1Range, x2Range, resolution: 60, everyEpochs: 2 } : undefined;
      session.getState().reset();
      session.getState().set({ status: 'preparing', datasetId: active.meta.id, epochsPlanned: setup.epochs });

      // Small models finish hundreds of epochs a second; redrawing the charts for each would swamp the main
      // thread. Epochs are buffered and handed to the UI at most every FLUSH_MS (and at the end of the run).
      let pending: EpochMetrics[] = [];
      let pendingBoundary: TrainingSession['boundary'] = null;
      let flushTimer: ReturnType<typeof setTimeout> | null = null;
      const flush = () => {
        if (flushTimer) clearTimeout(flushTimer);
        flushTimer = null;
        const s = session.getState();
        // One store update per flush, so the panel re-renders once.
        const patch: Parameters<TrainingSession['set']>[0] = {};
        if (pending.length) patch.epochs = [...s.epochs, ...pending];
        if (pendingBoundary) patch.boundary = pendingBoundary;
        if (pending.length || pendingBoundary) s.set(patch);
        pending = [];
        pendingBoundary = null;
      };
      const handle = (m: TrainWorkerResponse) => {
        const s = session.getState();
        if (m.kind !== 'epoch' && m.kind !== 'boundary') flush();
        switch (m.kind) {
          case 'backendChosen':
            s.set({ backend: { ...m }, status: 'training' });
            break;
          case 'epoch':
            pending.push(m);
            flushTimer ??= setTimeout(flush, FLUSH_MS);
            break;
          case 'boundary':
            // Only the latest boundary matters; it is drawn with the next flush of epochs.
            if (boundary) {
              pendingBoundary = {
                resolution: m.resolution,
                k: m.k,
                values: m.values,
                x1Range: boundary.x1Range,
                x2Range: boundary.x2Range,
              };
              flushTimer ??= setTimeout(flush, FLUSH_MS);
            }
            break;
          case 'paused':
            s.set({ status: 'paused' });
            break;
          case 'resumed':
            s.set({ status: 'training' });
            break;
          case 'done':
          case 'stopped':
            trainClient.release(m.id);
            s.set({ status: m.kind, outcome: m.result });
            onFinished(m.kind === 'done' ? 'completed' : 'stopped', m.result);
            break;
          case 'error':
            if (m.fallback) {
              s.set({ error: `${m.message} Retrying on the ${m.fallback} backend…` });
            } else {
              trainClient.release(m.id);
              s.set({ status: 'error', error: m.message });
            }
            break;
          default:
            break;
        }
      };
      const runId = trainClient.send(
        {
          kind: 'train',
          spec: {
            task: setup.task,
            hiddenLayers: setup.hiddenLayers,
            activation: setup.activation,
            optimizer: setup.optimizer,
            learningRate: setup.learningRate,
            l2: setup.l2,
            epochs: setup.epochs,
            batchSize: setup.batchSize,
            seed: setup.seed,
          },
          data: {
            kind: 'table',
            table: active.table,
            config: { features, label: setup.labelColumn, task: setup.task },
            split: plannedAssignment ?? {
              validationFraction: setup.validationShare,
              seed: setup.seed,
              stratify: setup.stratify && setup.task !== 'regression',
            },
          },
          backend: setup.backend,
          boundary,
        },
        handle,
      );
      session.getState().set({ runId });
    },
    [session, onFinished],
  );

  const control = useCallback(
    (kind: 'pause' | 'resume' | 'stop') => {
      const runId = session.getState().runId;
      if (runId !== null) trainClient.send({ kind, runId });
    },
    [session],
  );

  return {
    start,
    pause: () => control('pause'),
    resume: () => control('resume'),
    stop: () => control('stop'),
  };
}
