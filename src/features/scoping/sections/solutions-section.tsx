import { TextField } from '@/components/fields';
import { newSolution, type ScopingSection } from '@/features/workbook';
import { rowId, type ScopingRecipe } from '../state/use-scoping';

/** Candidate AI solutions; feasibility and value below are assessed per solution. */
export function SolutionsFields({
  scoping,
  update,
}: {
  scoping: ScopingSection;
  update(r: ScopingRecipe): void;
}) {
  return (
    <>
      {scoping.solutions.length === 0 && (
        <p className="empty-state">
          No solutions yet. Add one for each way AI might help; you will assess each on its own.
        </p>
      )}
      <ol className="solution-list">
        {scoping.solutions.map((s, i) => (
          <li key={s.id} className="solution-item">
            <TextField
              label={`Solution ${i + 1}: name`}
              value={s.title}
              maxLength={200}
              onChange={(v) => update((d) => void (d.solutions[i]!.title = v))}
            />
            <TextField
              label={`Solution ${i + 1}: what would the system predict, and from what?`}
              multiline
              rows={2}
              value={s.description}
              onChange={(v) => update((d) => void (d.solutions[i]!.description = v))}
            />
            <button
              type="button"
              className="danger"
              onClick={() => update((d) => void d.solutions.splice(i, 1))}
            >
              Remove solution {i + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => update((d) => void d.solutions.push(newSolution(rowId())))}
        disabled={scoping.solutions.length >= 20}
      >
        Add a solution
      </button>
    </>
  );
}
