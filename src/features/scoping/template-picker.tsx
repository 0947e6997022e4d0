import { useId, useState } from 'react';
import { useWorkbookStore } from '@/features/workbook';
import { projectFromScoping, SCOPING_TEMPLATES } from './templates/scoping-templates';

/** "New project from template": creates an editable copy and makes it the active project. */
export function TemplatePicker({ onCreated }: { onCreated?(name: string): void }) {
  const id = useId();
  const addProject = useWorkbookStore((s) => s.addProject);
  const [choice, setChoice] = useState(SCOPING_TEMPLATES[0]?.id ?? '');
  const template = SCOPING_TEMPLATES.find((t) => t.id === choice);
  return (
    <section className="card template-picker" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New project from a template</h2>
      <div className="inline-form">
        <label htmlFor={id}>Template</label>
        <select id={id} value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
          {SCOPING_TEMPLATES.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          disabled={!template}
          onClick={() => {
            if (!template) return;
            const name = template.id === 'blank' ? 'New scoping project' : template.projectName;
            addProject(projectFromScoping(name, template.scoping));
            onCreated?.(name);
          }}
        >
          Create project from template
        </button>
      </div>
      {template && <p className="field-hint">{template.summary}</p>}
    </section>
  );
}
