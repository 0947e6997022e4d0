import { ChoiceGroup, TextField } from '@/components/fields';
import type { ScopingSection } from '@/features/workbook';
import type { ScopingRecipe } from '../state/use-scoping';
import { FeasibilityQuadrant } from './feasibility-quadrant';
import { HistoryForecaster } from './history-forecaster';

export const solutionLabel = (title: string, i: number) =>
  title.trim() ? title.trim() : `Solution ${i + 1}`;

export function FeasibilityFields({
  scoping,
  update,
}: {
  scoping: ScopingSection;
  update(r: ScopingRecipe): void;
}) {
  if (scoping.solutions.length === 0)
    return <p className="empty-state">Add a solution in step 2 to assess its feasibility.</p>;
  return (
    <>
      {scoping.solutions.map((s, i) => {
        const label = solutionLabel(s.title, i);
        const set = (recipe: (f: (typeof s)['feasibility']) => void) =>
          update((d) => recipe(d.solutions[i]!.feasibility));
        return (
          <article key={s.id} className="subcard" aria-label={`Feasibility of ${label}`}>
            <h3>{label}</h3>
            <FeasibilityQuadrant
              feasibility={s.feasibility}
              solutionLabel={label}
              onChange={(patch) => set((f) => Object.assign(f, patch))}
            />
            <TextField
              label={`${label}: human-level performance`}
              hint="How well do people do this task from the same input? e.g. “95 % of queries transcribed correctly by trained listeners”."
              value={s.feasibility.humanLevelPerformance}
              maxLength={500}
              onChange={(v) => set((f) => void (f.humanLevelPerformance = v))}
            />
            <ChoiceGroup
              legend={`${label}: do we have predictive features?`}
              options={[
                { value: 'yes', label: 'Yes' },
                { value: 'no', label: 'No' },
                { value: 'unsure', label: 'Not sure yet' },
              ]}
              value={s.feasibility.predictiveFeatures}
              onChange={(v) => set((f) => void (f.predictiveFeatures = v))}
            />
            <TextField
              label={`${label}: why (or why not)?`}
              multiline
              rows={2}
              value={s.feasibility.predictiveFeaturesReason}
              onChange={(v) => set((f) => void (f.predictiveFeaturesReason = v))}
            />
            <HistoryForecaster
              forecast={s.feasibility.forecast}
              label={label}
              onChange={(patch) => set((f) => Object.assign(f.forecast, patch))}
            />
          </article>
        );
      })}
    </>
  );
}
