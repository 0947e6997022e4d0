import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useWorkbookStore } from '../store/workbook-store';

/** Header control to change the active project, or a link to create the first one. */
export function ProjectSwitcher() {
  const id = useId();
  const projects = useWorkbookStore((s) => s.workbook.projects);
  const activeId = useWorkbookStore((s) => s.workbook.activeProjectId);
  const setActive = useWorkbookStore((s) => s.setActiveProject);
  if (projects.length === 0) {
    return (
      <Link to="/projects" className="project-switcher-empty">
        Create a project
      </Link>
    );
  }
  return (
    <div className="project-switcher">
      <label htmlFor={id}>Project</label>
      <select id={id} value={activeId ?? ''} onChange={(e) => setActive(e.currentTarget.value)}>
        {activeId === null && <option value="">Choose…</option>}
        {projects.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </div>
  );
}
