import { create } from 'zustand';
import type { DatasetMeta } from '@/features/workbook';
import type { ColumnStatistics } from '@/lib/data/column-stats';
import type { ColumnProfile } from '@/lib/data/infer-schema';
import type { DataTable } from '@/lib/data/types';
import { datasetBlob } from './dataset-blobs';
import { parseInWorker, type ParseJob, type ParseProgress } from './csv-worker-client';

/**
 * Loaded datasets for this session (not persisted): rows, profiles and statistics by dataset id. Loading a
 * dataset again after a reload re-runs the worker on its Blob.
 */
export type CacheEntry =
  | { status: 'loading'; progress: ParseProgress | null; job: ParseJob | null }
  | { status: 'ready'; table: DataTable; profiles: ColumnProfile[]; statistics: ColumnStatistics[] }
  | { status: 'error'; message: string };

interface DatasetCacheState {
  entries: Record<string, CacheEntry>;
  ensureLoaded(meta: DatasetMeta): void;
  put(id: string, entry: CacheEntry): void;
  forget(id: string): void;
}

export const useDatasetCache = create<DatasetCacheState>()((set, get) => ({
  entries: {},
  put: (id, entry) => set((s) => ({ entries: { ...s.entries, [id]: entry } })),
  forget: (id) =>
    set((s) => {
      const entries = { ...s.entries };
      delete entries[id];
      return { entries };
    }),
  ensureLoaded: (meta) => {
    const current = get().entries[meta.id];
    if (current && current.status !== 'error') return;
    get().put(meta.id, { status: 'loading', progress: null, job: null });
    void (async () => {
      try {
        const blob = await datasetBlob(meta);
        const job = parseInWorker(blob, (progress) =>
          get().put(meta.id, { status: 'loading', progress, job }),
        );
        get().put(meta.id, { status: 'loading', progress: null, job });
        const outcome = await job.promise;
        if (outcome.kind === 'cancelled') return get().forget(meta.id);
        if (!outcome.result.ok || !outcome.profile) {
          const message = outcome.result.ok
            ? 'the dataset has no rows to analyse'
            : outcome.result.problem.message;
          return get().put(meta.id, { status: 'error', message });
        }
        const { profiles, statistics } = outcome.profile;
        get().put(meta.id, { status: 'ready', table: outcome.result.table, profiles, statistics });
      } catch (e) {
        get().put(meta.id, { status: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    })();
  },
}));
