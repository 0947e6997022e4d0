import { FileDrop } from '@/components/file-drop';
import { useData } from '../state/use-data';
import { AddBuiltin } from './add-builtin';
import { AddStatus } from './add-status';
import { AddSynthetic } from './add-synthetic';
import { DatasetList } from './dataset-list';
import { useAddDataset } from './use-add-dataset';

/** The project's datasets, and three ways to add one: shipped, synthetic, or your own CSV. */
export default function DatasetsPage() {
  const { data, update } = useData();
  const { state, add, cancel } = useAddDataset();
  if (!data) return null;
  const busy = state.kind === 'working';
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="ds-list">
        <h2 id="ds-list">Datasets in this project</h2>
        <DatasetList data={data} update={update} />
      </section>
      <AddStatus state={state} onCancel={cancel} />
      <section className="card stack" aria-labelledby="ds-upload">
        <h2 id="ds-upload">Upload a CSV</h2>
        <p className="field-hint">
          Comma, semicolon, tab or pipe separated, with a header row; up to 50 MB and 200 columns. The file is
          read on this device in a background worker and never uploaded anywhere.
        </p>
        <FileDrop
          label="Choose a CSV file"
          accept=".csv,.tsv,.txt,text/csv"
          disabled={busy}
          onFile={(file) =>
            void add(
              file.name.replace(/\.(csv|tsv|txt)$/i, ''),
              { kind: 'upload', fileName: file.name, bytes: file.size },
              file,
            )
          }
        />
      </section>
      <section className="card stack" aria-labelledby="ds-builtin">
        <h2 id="ds-builtin">Built-in datasets</h2>
        <AddBuiltin
          busy={busy}
          onAdd={(d, blob) => void add(d.title, { kind: 'builtin', datasetId: d.id }, blob)}
        />
      </section>
      <section className="card stack" aria-labelledby="ds-synthetic">
        <h2 id="ds-synthetic">Synthetic 2-D datasets</h2>
        <AddSynthetic busy={busy} onAdd={(name, source, blob) => void add(name, source, blob)} />
      </section>
    </div>
  );
}
