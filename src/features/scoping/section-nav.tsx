import type { SectionId, SectionProgress } from './state/scoping-progress';

export const SECTIONS: { id: SectionId; title: string }[] = [
  { id: 'business', title: 'Business problem' },
  { id: 'solutions', title: 'AI solutions' },
  { id: 'feasibility', title: 'Feasibility' },
  { id: 'value', title: 'Value' },
  { id: 'ethics', title: 'Ethics' },
  { id: 'milestones', title: 'Milestones and resources' },
];

/** The steps of the guided canvas with their progress; links jump to each section. */
export function SectionNav({
  progress,
  total,
}: {
  progress: Record<SectionId, SectionProgress>;
  total: SectionProgress;
}) {
  return (
    <nav className="card section-nav" aria-label="Scoping steps">
      <p className="section-nav-total">
        <progress max={total.total} value={total.filled} aria-label="Scoping progress" /> {total.filled} of{' '}
        {total.total} filled
      </p>
      <ol>
        {SECTIONS.map((s) => {
          const p = progress[s.id];
          return (
            <li key={s.id}>
              <a href={`#scoping-${s.id}`}>{s.title}</a>{' '}
              <span className={`count${p.filled === p.total ? ' is-complete' : ''}`}>
                {p.filled}/{p.total}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
