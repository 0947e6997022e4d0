import { Suspense, useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { MarkdownDocument } from '@/features/learn';
import { useWorkbookStore } from '@/features/workbook';
import { scopingToMarkdown } from '../export/scoping-markdown';
import { projectFromScoping } from '../templates/scoping-templates';
import { readShareFragment, type ReadResult } from './scoping-payload';

/**
 * Opening a share link: decode and validate the canvas from the URL fragment, show it, and offer to import it
 * as a new project. It never changes an existing project, and a broken link changes nothing at all.
 */
export default function SharedScopingPage() {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const addProject = useWorkbookStore((s) => s.addProject);
  const [result, setResult] = useState<ReadResult | null>(null);

  useEffect(() => {
    let live = true;
    void readShareFragment(hash).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [hash]);

  if (!result) {
    return (
      <p className="loading" role="status">
        Reading the shared canvas…
      </p>
    );
  }
  if (!result.ok) {
    return (
      <div className="page">
        <h1>This share link can’t be opened</h1>
        <p className="callout callout-error" role="alert">
          {result.error} Nothing in your workbook was changed.
        </p>
        <p>
          Ask for the link again, or for a JSON export of the canvas.{' '}
          <Link to="/scoping">Go to your scoping canvas</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>Shared scoping canvas: {result.name}</h1>
      <div className="callout callout-warning">
        <p>
          Someone shared this canvas with you. It is shown here only; import it to keep and edit it as a new
          project. Your projects are not touched.
        </p>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            onClick={() => {
              addProject(projectFromScoping(result.name, result.scoping));
              navigate('/scoping');
            }}
          >
            Import as a new project
          </button>
          <Link className="button" to="/scoping">
            Don’t import
          </Link>
        </div>
      </div>
      <Suspense fallback={<p className="loading">Preparing the preview…</p>}>
        <article className="card" aria-label="Preview of the shared canvas">
          <MarkdownDocument source={scopingToMarkdown(result.name, result.scoping).replace(/^# .*\n/, '')} />
        </article>
      </Suspense>
    </div>
  );
}
