import { ChoiceGroup, TextField } from '@/components/fields';
import type { ScopingSection } from '@/features/workbook';
import type { ScopingRecipe } from '../state/use-scoping';

const QUESTIONS = [
  { key: 'harm', question: 'Could anyone be harmed by the system or by its mistakes?' },
  {
    key: 'fairness',
    question: 'Could it treat some groups of people unfairly, or amplify an existing bias?',
  },
  { key: 'netPositive', question: 'Is the project net positive for society, not only for the business?' },
] as const;

export function EthicsFields({
  scoping,
  update,
}: {
  scoping: ScopingSection;
  update(r: ScopingRecipe): void;
}) {
  return (
    <>
      {QUESTIONS.map(({ key, question }) => (
        <div key={key} className="ethics-item">
          <ChoiceGroup
            legend={question}
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
              { value: 'unsure', label: 'Not sure' },
            ]}
            value={scoping.ethics[key].answer}
            onChange={(v) => update((d) => void (d.ethics[key].answer = v))}
          />
          <TextField
            label={`Notes: ${question}`}
            hideLabel
            multiline
            rows={2}
            placeholder="Who, how, and what you will do about it"
            value={scoping.ethics[key].notes}
            onChange={(v) => update((d) => void (d.ethics[key].notes = v))}
          />
        </div>
      ))}
      <TextField
        label="Other ethical considerations"
        hint="Privacy, consent, misuse, people whose jobs change…"
        multiline
        value={scoping.ethics.notes}
        onChange={(v) => update((d) => void (d.ethics.notes = v))}
      />
    </>
  );
}
