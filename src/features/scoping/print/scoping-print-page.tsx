import { Suspense, useEffect } from 'react';
import { Link } from 'react-router-dom';
import { MarkdownDocument } from '@/features/learn';
import { useActiveProject } from '@/features/workbook';
import { scopingToMarkdown } from '../export/scoping-markdown';

/**
 * A print-ready document of the active project's scoping (the Markdown export, typeset). Print CSS hides the
 * app's chrome and lets tables wrap, so the browser's "Save as PDF" gives a clean A4 or Letter document.
 */
export default function ScopingPrintPage() {
  const project = useActiveProject();
  useEffect(() => {
    document.title = project ? `Scoping — ${project.name}` : 'Scoping print view · Lifecycle Lab';
  }, [project]);
  if (!project) {
    return (
      <div className="page">
        <h1>Nothing to print yet</h1>
        <p>
          Choose or create a project first, then fill its <Link to="/scoping">scoping canvas</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="page print-page">
      <div className="print-toolbar no-print" role="group" aria-label="Print">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print or save as PDF
        </button>
        <Link to="/scoping">Back to the canvas</Link>
      </div>
      <Suspense fallback={<p className="loading">Preparing the document…</p>}>
        <article className="print-document">
          <h1>Scoping: {project.name}</h1>
          <MarkdownDocument
            source={scopingToMarkdown(project.name, project.sections.scoping).replace(/^# .*\n/, '')}
          />
        </article>
      </Suspense>
    </div>
  );
}
