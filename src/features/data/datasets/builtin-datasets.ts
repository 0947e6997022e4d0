/**
 * The datasets shipped in public/datasets/ (see its README for sources and licenses), described by
 * public/datasets/index.json. Fetched from the app's own origin only.
 */
export interface BuiltinDataset {
  id: string;
  file: string;
  title: string;
  description: string;
  rows: number;
  columns: string[];
  labelColumn: string;
  timeColumn?: string;
  license: { name: string; spdx?: string; url?: string };
  source: { name: string; url?: string; obtainedFrom?: string };
}

let index: Promise<BuiltinDataset[]> | null = null;

export function listBuiltinDatasets(): Promise<BuiltinDataset[]> {
  index ??= fetch('/datasets/index.json').then(async (r) => {
    if (!r.ok) throw new Error(`the list of built-in datasets could not be loaded (HTTP ${r.status})`);
    const json = (await r.json()) as { datasets?: BuiltinDataset[] } | BuiltinDataset[];
    return Array.isArray(json) ? json : (json.datasets ?? []);
  });
  return index;
}

export async function fetchBuiltinCsv(dataset: BuiltinDataset): Promise<Blob> {
  const r = await fetch(`/datasets/${dataset.file}`);
  if (!r.ok) throw new Error(`“${dataset.title}” could not be loaded (HTTP ${r.status})`);
  return r.blob();
}
