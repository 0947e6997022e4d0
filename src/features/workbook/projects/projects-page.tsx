import { useState } from 'react';
import { useWorkbookStore } from '../store/workbook-store';
import type { DeletedProject } from '../store/workbook-actions';
import { exportWorkbook } from '../components/export-buttons';
import { ImportPanel } from './import-panel';
import { NewProjectForm } from './new-project-form';
import { ProjectRow } from './project-row';

/** Create, rename, duplicate, delete (with undo), switch, export and import projects. */
export default function ProjectsPage() {
  const workbook = useWorkbookStore((s) => s.workbook);
  const restoreProject = useWorkbookStore((s) => s.restoreProject);
  const [lastDeleted, setLastDeleted] = useState<DeletedProject | null>(null);

  return (
    <div className="page">
      <h1>Projects</h1>
      <p className="lead">
        Each project holds your notes and tools for all four stages. Everything is stored in this browser
        only.
      </p>
      <section className="card" aria-label="Create a project">
        <NewProjectForm />
      </section>

      {lastDeleted && (
        <div className="callout callout-warning undo-bar" role="status">
          Deleted “{lastDeleted.project.name}”.
          <button
            type="button"
            onClick={() => {
              restoreProject(lastDeleted);
              setLastDeleted(null);
            }}
          >
            Undo delete
          </button>
          <button type="button" onClick={() => setLastDeleted(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}

      <section aria-labelledby="project-list-title">
        <h2 id="project-list-title">Your projects ({workbook.projects.length})</h2>
        {workbook.projects.length === 0 ? (
          <p className="empty-state">
            No projects yet. Create one above, or import a file exported from Lifecycle Lab below.
          </p>
        ) : (
          <ul className="project-list">
            {workbook.projects.map((p) => (
              <ProjectRow
                key={p.id}
                project={p}
                active={p.id === workbook.activeProjectId}
                onDeleted={setLastDeleted}
              />
            ))}
          </ul>
        )}
      </section>

      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <p>
          Download the whole workbook — every project and your lesson progress — as one JSON file you can
          import later or elsewhere.
        </p>
        <button type="button" onClick={() => exportWorkbook(workbook)}>
          Export workbook
        </button>
      </section>
      <ImportPanel />
    </div>
  );
}
