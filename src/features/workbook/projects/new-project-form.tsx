import { useId, useState, type FormEvent } from 'react';
import { useWorkbookStore } from '../store/workbook-store';

export function NewProjectForm() {
  const id = useId();
  const [name, setName] = useState('');
  const createProject = useWorkbookStore((s) => s.createProject);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    createProject(name);
    setName('');
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label="New project">
      <label htmlFor={id}>New project name</label>
      <input
        id={id}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        placeholder="e.g. Voice search"
        maxLength={200}
        required
      />
      <button type="submit" className="primary">
        Create project
      </button>
    </form>
  );
}
