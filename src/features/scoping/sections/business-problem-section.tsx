import { TextField } from '@/components/fields';
import type { ScopingSection } from '@/features/workbook';
import type { ScopingRecipe } from '../state/use-scoping';

export function BusinessProblemFields({
  scoping,
  update,
}: {
  scoping: ScopingSection;
  update(r: ScopingRecipe): void;
}) {
  const b = scoping.businessProblem;
  return (
    <>
      <TextField
        label="The problem, in business terms"
        hint="Describe what is going wrong for the business, not the AI you might build (e.g. “shoppers give up on voice searches that return the wrong products”)."
        multiline
        value={b.statement}
        onChange={(v) => update((d) => void (d.businessProblem.statement = v))}
      />
      <TextField
        label="Who has this problem?"
        multiline
        rows={2}
        value={b.whoHasIt}
        onChange={(v) => update((d) => void (d.businessProblem.whoHasIt = v))}
      />
      <TextField
        label="What does it cost today?"
        hint="Money, time, customers lost, risk — a rough number helps judge the value of solving it."
        multiline
        rows={2}
        value={b.currentCost}
        onChange={(v) => update((d) => void (d.businessProblem.currentCost = v))}
      />
    </>
  );
}
