import { useId } from 'react';
import { Link } from 'react-router-dom';
import { STAGE_LABELS, type Stage } from '../schema/stages';
import { useActiveProject } from '../store/workbook-hooks';
import { useWorkbookStore } from '../store/workbook-store';

/** The active project's free-text notes for one stage, saved as you type. */
export function StageNotesEditor({ stage, hint }: { stage: Stage; hint: string }) {
  const id = useId();
  const project = useActiveProject();
  const updateSection = useWorkbookStore((s) => s.updateSection);
  if (!project) {
    return (
      <section className="card empty-state" aria-label={`${STAGE_LABELS[stage]} notes`}>
        <h2>No project yet</h2>
        <p>
          Notes and tools on this page belong to a project.{' '}
          <Link to="/projects">Create or choose a project</Link> to start writing.
        </p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {STAGE_LABELS[stage]} notes for “{project.name}”
      </h2>
      <label htmlFor={id} className="field-label">
        Notes
      </label>
      <p id={`${id}-hint`} className="field-hint">
        {hint}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={10}
        value={project.sections[stage].notes}
        onChange={(e) => updateSection(project.id, stage, { notes: e.currentTarget.value })}
      />
    </section>
  );
}
