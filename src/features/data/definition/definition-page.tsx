import { ChoiceGroup, TextField } from '@/components/fields';
import { rowId, StageNotesEditor } from '@/features/workbook';
import { useData } from '../state/use-data';
import { quadrantAdvice } from './quadrant-advice';
import { InventoryEditor } from './inventory-editor';

const bool = (v: boolean | null, yes: string, no: string) => (v === null ? null : v ? yes : no);

/** The course's "define data" step: x, y with class definitions, labeling instructions, the data grid. */
export default function DefinitionPage() {
  const { data, update } = useData();
  if (!data) return null;
  const d = data.definition;
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="def-x">
        <h2 id="def-x">What is x (the input)?</h2>
        <TextField
          label="Inputs"
          hint="What exactly goes into the model? e.g. “a 10-second audio clip of a spoken query”."
          multiline
          value={d.x}
          onChange={(v) => update((s) => void (s.definition.x = v))}
        />
        <TextField
          label="Units and format"
          hint="e.g. 16 kHz mono WAV; image 1024 × 768 px; prices in euros."
          value={d.xUnits}
          onChange={(v) => update((s) => void (s.definition.xUnits = v))}
        />
        <TextField
          label="How it is collected"
          multiline
          rows={2}
          value={d.collection}
          onChange={(v) => update((s) => void (s.definition.collection = v))}
        />
      </section>

      <section className="card stack" aria-labelledby="def-y">
        <h2 id="def-y">What is y (the label)?</h2>
        <TextField
          label="Output"
          hint="What should the model produce? e.g. “the transcript, with fillers like ‘um’ written as …”."
          multiline
          value={d.y}
          onChange={(v) => update((s) => void (s.definition.y = v))}
        />
        <h3>Label classes</h3>
        {d.labelClasses.length === 0 && (
          <p className="empty-state">
            No classes yet. Add each class with a definition precise enough that two labelers would agree.
          </p>
        )}
        <ol className="row-list">
          {d.labelClasses.map((c, i) => (
            <li key={c.id} className="row-editor">
              <TextField
                label={`Class ${i + 1}: name`}
                value={c.name}
                maxLength={200}
                onChange={(v) => update((s) => void (s.definition.labelClasses[i]!.name = v))}
              />
              <TextField
                label={`Class ${i + 1}: definition`}
                multiline
                rows={2}
                value={c.definition}
                onChange={(v) => update((s) => void (s.definition.labelClasses[i]!.definition = v))}
              />
              <button
                type="button"
                className="danger"
                aria-label={`Remove class ${i + 1}`}
                onClick={() => update((s) => void s.definition.labelClasses.splice(i, 1))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() =>
            update((s) => void s.definition.labelClasses.push({ id: rowId(), name: '', definition: '' }))
          }
        >
          Add a class
        </button>
      </section>

      <section className="card stack" aria-labelledby="def-instr">
        <h2 id="def-instr">Labeling instructions</h2>
        <TextField
          label="Instructions for labelers"
          multiline
          rows={6}
          maxLength={20000}
          value={d.instructions}
          onChange={(v) => update((s) => void (s.definition.instructions = v))}
        />
        <h3>Ambiguous cases and how to resolve them</h3>
        {d.ambiguousCases.length === 0 && (
          <p className="empty-state">
            None yet. Add the examples labelers disagree on, and the rule you agreed (e.g. “scratch under 0.3
            mm: not a defect”).
          </p>
        )}
        <ol className="row-list">
          {d.ambiguousCases.map((c, i) => (
            <li key={c.id} className="row-editor">
              <TextField
                label={`Ambiguous case ${i + 1}`}
                multiline
                rows={2}
                value={c.example}
                onChange={(v) => update((s) => void (s.definition.ambiguousCases[i]!.example = v))}
              />
              <TextField
                label={`Ambiguous case ${i + 1}: resolution`}
                multiline
                rows={2}
                value={c.resolution}
                onChange={(v) => update((s) => void (s.definition.ambiguousCases[i]!.resolution = v))}
              />
              <button
                type="button"
                className="danger"
                aria-label={`Remove ambiguous case ${i + 1}`}
                onClick={() => update((s) => void s.definition.ambiguousCases.splice(i, 1))}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          onClick={() =>
            update((s) => void s.definition.ambiguousCases.push({ id: rowId(), example: '', resolution: '' }))
          }
        >
          Add an ambiguous case
        </button>
      </section>

      <section className="card stack" aria-labelledby="def-grid">
        <h2 id="def-grid">The data problem</h2>
        <div className="field-grid">
          <ChoiceGroup
            legend="Kind of data"
            options={[
              { value: 'unstructured', label: 'Unstructured (images, audio, text)' },
              { value: 'structured', label: 'Structured (tables)' },
            ]}
            value={bool(d.structured, 'structured', 'unstructured')}
            onChange={(v) => update((s) => void (s.definition.structured = v === 'structured'))}
          />
          <ChoiceGroup
            legend="Amount of data"
            options={[
              { value: 'small', label: 'Small (≲ 10,000 examples)' },
              { value: 'large', label: 'Large' },
            ]}
            value={bool(d.large, 'large', 'small')}
            onChange={(v) => update((s) => void (s.definition.large = v === 'large'))}
          />
        </div>
        {quadrantAdvice(d.structured, d.large).length > 0 ? (
          <ul className="advice" aria-live="polite">
            {quadrantAdvice(d.structured, d.large).map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">Choose both to see what the grid implies for your data work.</p>
        )}
      </section>

      <InventoryEditor data={data} update={update} />
      <StageNotesEditor
        stage="data"
        hint="Preprocessing and cleaning steps, intended uses, how the data is shared and maintained — the data card quotes these notes."
      />
    </div>
  );
}
