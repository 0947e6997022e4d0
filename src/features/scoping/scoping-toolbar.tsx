import { useState } from 'react';
import { Link } from 'react-router-dom';
import { downloadText } from '@/components/download';
import type { Project } from '@/features/workbook';
import { scopingToMarkdown } from './export/scoping-markdown';
import { makeShareUrl, MAX_SHARE_URL_LENGTH, scopingPayload } from './share/scoping-payload';

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'project';

// A link describes the canvas it was made from (`for`); once the canvas changes, the old link is not shown.
type ShareState =
  | { kind: 'idle' }
  | { kind: 'ready'; url: string; copied: boolean; for: unknown }
  | { kind: 'error'; message: string };

/** Export (Markdown, JSON), the print view, and a share link that carries the canvas in the URL fragment. */
export function ScopingToolbar({ project }: { project: Project }) {
  const [share, setShare] = useState<ShareState>({ kind: 'idle' });
  const scoping = project.sections.scoping;

  const createLink = async () => {
    try {
      const url = await makeShareUrl(window.location.origin, project.name, scoping);
      if (url.length > MAX_SHARE_URL_LENGTH) {
        setShare({
          kind: 'error',
          message: `This canvas makes a ${(url.length / 1024).toFixed(1)} KB link, too long to share safely (limit 8 KB). Export it as JSON instead.`,
        });
        return;
      }
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        // Clipboard access can be refused; the link is shown for copying by hand.
      }
      setShare({ kind: 'ready', url, copied, for: scoping });
    } catch (e) {
      setShare({
        kind: 'error',
        message: `The link could not be made: ${e instanceof Error ? e.message : String(e)}`,
      });
    }
  };

  return (
    <div className="toolbar" role="group" aria-label="Export and share the scoping canvas">
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            downloadText(
              `${slug(project.name)}-scoping.md`,
              scopingToMarkdown(project.name, scoping),
              'text/markdown',
            )
          }
        >
          Export Markdown
        </button>
        <button
          type="button"
          onClick={() =>
            downloadText(
              `${slug(project.name)}-scoping.json`,
              JSON.stringify(scopingPayload(project.name, scoping), null, 2),
              'application/json',
            )
          }
        >
          Export JSON
        </button>
        <Link className="button" to="/scoping/print">
          Print view (PDF)
        </Link>
        <button type="button" onClick={createLink}>
          Create share link
        </button>
      </div>
      {share.kind === 'ready' && share.for === scoping && (
        <div className="share-result" role="status">
          <label htmlFor="share-url">
            {share.copied ? 'Link copied to the clipboard. Share link:' : 'Share link (copy it from here):'}
          </label>
          <input id="share-url" readOnly value={share.url} onFocus={(e) => e.currentTarget.select()} />
          <p className="field-hint">
            The canvas travels inside the link ({(share.url.length / 1024).toFixed(1)} KB) and is never sent
            to a server. Whoever opens it can import it as a new project.
          </p>
        </div>
      )}
      {share.kind === 'error' && (
        <p className="callout callout-error" role="alert">
          {share.message}
        </p>
      )}
    </div>
  );
}
