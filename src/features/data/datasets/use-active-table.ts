import { useEffect } from 'react';
import type { DatasetMeta } from '@/features/workbook';
import type { ColumnStatistics } from '@/lib/data/column-stats';
import type { ColumnProfile } from '@/lib/data/infer-schema';
import type { DataTable, DatasetSchema } from '@/lib/data/types';
import type { ParseProgress } from './csv-worker-client';
import { useDatasetCache } from './dataset-cache';
import { useData } from '../state/use-data';

export type ActiveTable =
  | { status: 'none' }
  | { status: 'loading'; meta: DatasetMeta; progress: ParseProgress | null }
  | { status: 'error'; meta: DatasetMeta; message: string }
  | {
      status: 'ready';
      meta: DatasetMeta;
      /** The user's (editable) schema from the workbook. */
      schema: DatasetSchema;
      table: DataTable;
      profiles: ColumnProfile[];
      statistics: ColumnStatistics[];
    };

/** The active project's active dataset, loading it (in the worker) when needed. */
export function useActiveTable(): ActiveTable {
  const { data } = useData();
  const meta = data?.datasets.find((d) => d.id === data.activeDatasetId) ?? null;
  const entry = useDatasetCache((s) => (meta ? s.entries[meta.id] : undefined));
  const ensureLoaded = useDatasetCache((s) => s.ensureLoaded);
  useEffect(() => {
    if (meta) ensureLoaded(meta);
  }, [meta, ensureLoaded]);
  if (!meta) return { status: 'none' };
  if (!entry || entry.status === 'loading')
    return { status: 'loading', meta, progress: entry?.status === 'loading' ? entry.progress : null };
  if (entry.status === 'error') return { status: 'error', meta, message: entry.message };
  return {
    status: 'ready',
    meta,
    schema: meta.schema as DatasetSchema,
    table: entry.table,
    profiles: entry.profiles,
    statistics: entry.statistics,
  };
}
