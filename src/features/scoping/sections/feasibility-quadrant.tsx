import { ChoiceGroup } from '@/components/fields';
import type { Feasibility } from '@/features/workbook';

type DataType = NonNullable<Feasibility['dataType']>;
type Novelty = NonNullable<Feasibility['novelty']>;

/** What each quadrant of the structured/unstructured × new/existing grid leans on to judge feasibility. */
export const QUADRANT_EVIDENCE: Record<DataType, Record<Novelty, string>> = {
  unstructured: {
    new: 'Human-level performance: if people can do the task from the same input, a model probably can.',
    existing: 'Human-level performance, and the project’s history: how fast the error has been falling.',
  },
  structured: {
    new: 'Predictive features: is there information in the inputs that plausibly determines the output?',
    existing: 'Predictive features, and the project’s history of improvement.',
  },
};

export function FeasibilityQuadrant({
  feasibility,
  solutionLabel,
  onChange,
}: {
  feasibility: Feasibility;
  solutionLabel: string;
  onChange(patch: Partial<Pick<Feasibility, 'dataType' | 'novelty'>>): void;
}) {
  const { dataType, novelty } = feasibility;
  return (
    <div className="quadrant">
      <div className="quadrant-choices">
        <ChoiceGroup
          legend={`${solutionLabel}: kind of data`}
          options={[
            { value: 'unstructured', label: 'Unstructured (images, audio, text)' },
            { value: 'structured', label: 'Structured (tables, records)' },
          ]}
          value={dataType}
          onChange={(v) => onChange({ dataType: v })}
        />
        <ChoiceGroup
          legend={`${solutionLabel}: is the problem new?`}
          options={[
            { value: 'new', label: 'New: nobody has solved it here yet' },
            { value: 'existing', label: 'Existing: a system or project already exists' },
          ]}
          value={novelty}
          onChange={(v) => onChange({ novelty: v })}
        />
      </div>
      <table className="quadrant-grid">
        <caption>Evidence each quadrant leans on (your choice is highlighted)</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">New</th>
            <th scope="col">Existing</th>
          </tr>
        </thead>
        <tbody>
          {(['unstructured', 'structured'] as const).map((dt) => (
            <tr key={dt}>
              <th scope="row">{dt === 'unstructured' ? 'Unstructured' : 'Structured'}</th>
              {(['new', 'existing'] as const).map((nv) => {
                const selected = dt === dataType && nv === novelty;
                return (
                  <td
                    key={nv}
                    className={selected ? 'is-selected' : undefined}
                    aria-current={selected ? 'true' : undefined}
                  >
                    {selected && <span className="visually-hidden">Selected: </span>}
                    {QUADRANT_EVIDENCE[dt][nv]}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
