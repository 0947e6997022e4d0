import { Suspense, useState, type ReactNode } from 'react';
import { LessonExcerpt } from '@/features/learn';
import type { ScopingCheck, SectionProgress } from '../state/scoping-progress';

export interface SectionFrameProps {
  id: string;
  number: number;
  title: string;
  intro: string;
  progress: SectionProgress;
  checks: ScopingCheck[];
  /** Headings of the scoping lesson whose text serves as this section's help. */
  helpHeadings: string[];
  children: ReactNode;
}

/** One step of the guided canvas: heading with progress, gentle checks, help from the lesson, then fields. */
export function SectionFrame({
  id,
  number,
  title,
  intro,
  progress,
  checks,
  helpHeadings,
  children,
}: SectionFrameProps) {
  const [helpOpen, setHelpOpen] = useState(false);
  const complete = progress.total > 0 && progress.filled === progress.total;
  return (
    <section id={id} className="card canvas-section" aria-labelledby={`${id}-title`}>
      <header className="canvas-section-header">
        <h2 id={`${id}-title`}>
          <span className="section-number" aria-hidden="true">
            {number}
          </span>{' '}
          {title}
        </h2>
        <span className={`section-progress${complete ? ' is-complete' : ''}`}>
          {progress.filled} of {progress.total} filled
        </span>
      </header>
      <p className="field-hint">{intro}</p>
      {checks.length > 0 && (
        <ul className="checks" aria-label={`Things to look at in ${title}`}>
          {checks.map((c, i) => (
            <li key={`${i}-${c.message}`}>{c.message}</li>
          ))}
        </ul>
      )}
      <details className="section-help" onToggle={(e) => setHelpOpen(e.currentTarget.open)}>
        <summary>Help from the lesson</summary>
        {helpOpen && (
          <Suspense fallback={<p className="loading">Loading help…</p>}>
            <LessonExcerpt lessonId="scoping" headings={helpHeadings} />
          </Suspense>
        )}
      </details>
      <div className="canvas-section-body">{children}</div>
    </section>
  );
}
