import type { ScopingSection } from '@/features/workbook';
import type { ScopingRecipe } from '../state/use-scoping';
import { solutionLabel } from './feasibility-section';
import { MetricLadderEditor } from './metric-ladder-editor';

export function ValueFields({
  scoping,
  update,
}: {
  scoping: ScopingSection;
  update(r: ScopingRecipe): void;
}) {
  if (scoping.solutions.length === 0)
    return <p className="empty-state">Add a solution in step 2 to estimate its value.</p>;
  return (
    <>
      {scoping.solutions.map((s, i) => {
        const label = solutionLabel(s.title, i);
        return (
          <article key={s.id} className="subcard" aria-label={`Value of ${label}`}>
            <h3>{label}</h3>
            <MetricLadderEditor
              value={s.value}
              label={label}
              onChange={(recipe) => update((d) => recipe(d.solutions[i]!.value))}
            />
          </article>
        );
      })}
    </>
  );
}
