import { TextField } from '@/components/fields';
import type { ScopingSection } from '@/features/workbook';
import type { ScopingRecipe } from '../state/use-scoping';
import { CANVAS_BOXES } from './canvas-boxes';

/** The Machine Learning Canvas over the same project: ten boxes, four of them shared with the guided canvas. */
export function MlCanvasView({
  scoping,
  update,
}: {
  scoping: ScopingSection;
  update(r: ScopingRecipe): void;
}) {
  return (
    <section aria-labelledby="ml-canvas-title">
      <h2 id="ml-canvas-title">Machine Learning Canvas</h2>
      <p className="field-hint">
        Boxes marked “shared” show the same text as the guided canvas: edit either and both change.
      </p>
      <div className="ml-canvas">
        {CANVAS_BOXES.map((b) => (
          <div key={b.id} className={`ml-box ml-box-${b.id}`}>
            <TextField
              label={b.title}
              hint={b.sharedWith ? `${b.question} (Shared with: ${b.sharedWith}.)` : b.question}
              multiline
              rows={4}
              value={b.get(scoping)}
              onChange={(v) => update((d) => b.set(d, v))}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
