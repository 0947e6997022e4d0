import { del, get, set } from 'idb-keyval';
import type { DatasetMeta } from '@/features/workbook';
import { makeSynthetic, toDataTable } from '@/lib/data/synthetic';
import { serializeCsv } from '@/lib/data/serialize-csv';
import { fetchBuiltinCsv, listBuiltinDatasets } from './builtin-datasets';

/**
 * Where a dataset's rows come from. Every dataset reaches the app as a CSV Blob that goes through the same
 * worker (parse → infer → statistics):
 * - built-in: fetched from the app's own /datasets/ folder;
 * - synthetic: generated from its saved recipe (seeded, so always the same rows);
 * - upload: the original file, kept in IndexedDB beside the workbook (one key per dataset) because it can be
 *   far larger than the workbook. Only the dataset's metadata and schema live in the workbook itself.
 */
const key = (datasetId: string) => `lifecycle-lab/dataset/${datasetId}`;

export async function saveUploadedFile(datasetId: string, file: Blob): Promise<void> {
  await set(key(datasetId), file);
}

export async function deleteUploadedFile(datasetId: string): Promise<void> {
  await del(key(datasetId));
}

export function syntheticCsv(source: Extract<DatasetMeta['source'], { kind: 'synthetic' }>): Blob {
  const ds = makeSynthetic(source.generator, { n: source.n, noise: source.noise, seed: source.seed });
  return new Blob([serializeCsv(toDataTable(ds))], { type: 'text/csv' });
}

export async function datasetBlob(meta: DatasetMeta): Promise<Blob> {
  const source = meta.source;
  switch (source.kind) {
    case 'builtin': {
      const entry = (await listBuiltinDatasets()).find((d) => d.id === source.datasetId);
      if (!entry) throw new Error(`the built-in dataset “${source.datasetId}” no longer exists`);
      return fetchBuiltinCsv(entry);
    }
    case 'synthetic':
      return syntheticCsv(source);
    case 'upload': {
      const blob = await get<Blob>(key(meta.id));
      if (!blob) {
        throw new Error(
          `the rows of “${source.fileName}” are not stored in this browser (the project may come from another browser or an import); add the file again`,
        );
      }
      return blob;
    }
  }
}
