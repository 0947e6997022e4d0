import type { ReactNode } from 'react';

/** The frame every stage workspace shares: title, what the stage is for, its steps, then the tools. */
export interface WorkspaceLayoutProps {
  title: string;
  lead: string;
  steps: { title: string; detail: string }[];
  aside?: ReactNode;
  /** A full-width tool shown before the two columns (the deployment studio's simulator). */
  wide?: ReactNode;
  children: ReactNode;
}

export function WorkspaceLayout({ title, lead, steps, aside, wide, children }: WorkspaceLayoutProps) {
  return (
    <div className="page workspace">
      <h1>{title}</h1>
      <p className="lead">{lead}</p>
      {wide && <div className="workspace-wide">{wide}</div>}
      <div className="workspace-grid">
        <div className="workspace-main">{children}</div>
        <div className="workspace-side">
          {aside}
          <section className="card" aria-labelledby={`${title}-steps`}>
            <h2 id={`${title}-steps`}>Steps in this stage</h2>
            <ol className="step-list">
              {steps.map((s) => (
                <li key={s.title}>
                  <strong>{s.title}.</strong> {s.detail}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </div>
  );
}
