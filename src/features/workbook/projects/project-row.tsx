import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { shortDate } from '@/components/format';
import type { Project } from '../schema/workbook-schema';
import { useWorkbookStore } from '../store/workbook-store';
import type { DeletedProject } from '../store/workbook-actions';
import { exportProjectJson, exportProjectMarkdown } from '../components/export-buttons';

interface Props {
  project: Project;
  active: boolean;
  onDeleted(deleted: DeletedProject): void;
}

/** One project in the list, with its actions. Renaming happens in place; Escape cancels. */
export function ProjectRow({ project, active, onDeleted }: Props) {
  const inputId = useId();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(project.name);
  const inputRef = useRef<HTMLInputElement>(null);
  const renameButtonRef = useRef<HTMLButtonElement>(null);
  const { setActiveProject, renameProject, duplicateProject, deleteProject } = useWorkbookStore();

  useEffect(() => {
    if (renaming) inputRef.current?.select();
  }, [renaming]);

  const finishRename = (e?: FormEvent) => {
    e?.preventDefault();
    if (draft.trim()) renameProject(project.id, draft);
    setRenaming(false);
    queueMicrotask(() => renameButtonRef.current?.focus());
  };

  return (
    <li className={`project-row${active ? ' is-active' : ''}`} aria-current={active ? 'true' : undefined}>
      {renaming ? (
        <form className="inline-form" onSubmit={finishRename}>
          <label htmlFor={inputId} className="visually-hidden">
            New name for {project.name}
          </label>
          <input
            id={inputId}
            ref={inputRef}
            value={draft}
            maxLength={200}
            onChange={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                setDraft(project.name);
                setRenaming(false);
              }
            }}
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => (setDraft(project.name), setRenaming(false))}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="project-title">
          <h3>{project.name}</h3>
          {active && <span className="badge badge-active">Active</span>}
        </div>
      )}
      <p className="project-dates">
        Created {shortDate(project.createdAt)} · updated {shortDate(project.updatedAt)}
      </p>
      <div className="button-row" role="group" aria-label={`Actions for ${project.name}`}>
        {!active && (
          <button type="button" onClick={() => setActiveProject(project.id)}>
            Make active
          </button>
        )}
        <button
          type="button"
          ref={renameButtonRef}
          onClick={() => (setDraft(project.name), setRenaming(true))}
        >
          Rename
        </button>
        <button type="button" onClick={() => duplicateProject(project.id)}>
          Duplicate
        </button>
        <button type="button" onClick={() => exportProjectJson(project)}>
          Export JSON
        </button>
        <button type="button" onClick={() => exportProjectMarkdown(project)}>
          Export Markdown
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            const deleted = deleteProject(project.id);
            if (deleted) onDeleted(deleted);
          }}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
