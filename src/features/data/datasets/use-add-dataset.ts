import { useCallback, useRef, useState } from 'react';
import type { DatasetMeta } from '@/features/workbook';
import { rowId } from '@/features/workbook';
import { useData } from '../state/use-data';
import { parseInWorker, type ParseJob, type ParseProgress } from './csv-worker-client';
import { useDatasetCache } from './dataset-cache';
import { saveUploadedFile } from './dataset-blobs';

export type AddState =
  | { kind: 'idle' }
  | { kind: 'working'; name: string; progress: ParseProgress | null }
  | { kind: 'error'; name: string; message: string }
  | { kind: 'added'; name: string; rows: number; columns: number; warnings: string[] };

/**
 * Adds a dataset: parse its CSV in the worker, and only if that succeeds store the file (uploads), record
 * the dataset with its inferred schema in the workbook and make it active. A rejected or cancelled file
 * changes nothing.
 */
export function useAddDataset() {
  const { update } = useData();
  const put = useDatasetCache((s) => s.put);
  const [state, setState] = useState<AddState>({ kind: 'idle' });
  const job = useRef<ParseJob | null>(null);

  const add = useCallback(
    async (name: string, source: DatasetMeta['source'], blob: Blob) => {
      job.current?.cancel();
      setState({ kind: 'working', name, progress: null });
      const current = parseInWorker(blob, (progress) => setState({ kind: 'working', name, progress }));
      job.current = current;
      try {
        const outcome = await current.promise;
        if (job.current !== current) return;
        if (outcome.kind === 'cancelled') return setState({ kind: 'idle' });
        const { result, profile } = outcome;
        if (!result.ok) return setState({ kind: 'error', name, message: result.problem.message });
        if (!profile)
          return setState({ kind: 'error', name, message: 'the file has a header but no rows of data' });
        const id = rowId();
        const meta: DatasetMeta = {
          id,
          name,
          source,
          rows: result.table.rowCount,
          columns: result.table.columns.length,
          addedAt: new Date().toISOString(),
          schema: profile.schema,
        };
        if (source.kind === 'upload') await saveUploadedFile(id, blob);
        put(id, {
          status: 'ready',
          table: result.table,
          profiles: profile.profiles,
          statistics: profile.statistics,
        });
        const refused = update((d) => {
          d.datasets.push(meta);
          d.activeDatasetId = id;
        });
        if (refused)
          return setState({
            kind: 'error',
            name,
            message: `it could not be added to the project (${refused})`,
          });
        setState({ kind: 'added', name, rows: meta.rows, columns: meta.columns, warnings: result.warnings });
      } catch (e) {
        setState({ kind: 'error', name, message: e instanceof Error ? e.message : String(e) });
      } finally {
        if (job.current === current) job.current = null;
      }
    },
    [put, update],
  );

  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setState({ kind: 'idle' });
  }, []);

  return { state, add, cancel };
}
