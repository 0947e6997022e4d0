import { Suspense } from 'react';
import { downloadText } from '@/components/download';
import { MarkdownDocument } from '@/features/learn';
import { dataCardMarkdown } from '@/lib/data/data-card';
import { useActiveTable } from '../datasets/use-active-table';
import { useData } from '../state/use-data';
import { buildCardInput } from './build-card-input';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'dataset';

/** A data card (after Datasheets for Datasets) from the definition, schema, statistics, inventory and study. */
export default function DataCardPage() {
  const { project, data } = useData();
  const active = useActiveTable();
  if (!project || !data) return null;
  const markdown = dataCardMarkdown(
    buildCardInput(project.name, data, active.status === 'ready' ? active.profiles : null),
    {
      generatedAt: new Date().toISOString().slice(0, 10),
    },
  );
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="card-title">
        <h2 id="card-title">Data card</h2>
        <p className="field-hint">
          Written from what you entered on the other tabs: sections follow Datasheets for Datasets
          (motivation, composition, collection, labeling, uses, distribution, maintenance). Fill the gaps it
          points out, then export it with your dataset.
        </p>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            onClick={() => downloadText(`${slug(project.name)}-data-card.md`, markdown, 'text/markdown')}
          >
            Export the data card (Markdown)
          </button>
        </div>
      </section>
      <Suspense fallback={<p className="loading">Preparing the preview…</p>}>
        <article className="card" aria-label="Data card preview">
          <MarkdownDocument source={markdown} />
        </article>
      </Suspense>
    </div>
  );
}
