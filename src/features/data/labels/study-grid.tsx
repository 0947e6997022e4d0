import type { ConsistencyStudy } from '@/features/workbook';
import type { DataRecipe } from '../state/use-data';

const MAX_LABELERS = 12;

/** The study as a grid: one row per example, one column per labeler; every cell is editable. */
export function StudyGrid({ study, update }: { study: ConsistencyStudy; update(r: DataRecipe): void }) {
  const set = (recipe: (s: ConsistencyStudy) => void) => update((d) => recipe(d.consistency));
  return (
    <div className="stack">
      <div className="table-scroll">
        <table className="data-table study-grid">
          <caption className="visually-hidden">Labels given by each labeler to each example</caption>
          <thead>
            <tr>
              <th scope="col">Example</th>
              {study.labelers.map((name, j) => (
                <th scope="col" key={j}>
                  <label className="visually-hidden" htmlFor={`labeler-${j}`}>
                    Labeler {j + 1} name
                  </label>
                  <input
                    id={`labeler-${j}`}
                    value={name}
                    maxLength={100}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      set((s) => void (s.labelers[j] = v));
                    }}
                  />
                  {study.labelers.length > 2 && (
                    <button
                      type="button"
                      className="danger small"
                      aria-label={`Remove labeler ${name || j + 1}`}
                      onClick={() =>
                        set((s) => {
                          s.labelers.splice(j, 1);
                          s.examples.forEach((ex) => ex.labels.splice(j, 1));
                        })
                      }
                    >
                      ×
                    </button>
                  )}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {study.examples.map((ex, i) => (
              <tr key={i}>
                <th scope="row">
                  <label className="visually-hidden" htmlFor={`example-${i}`}>
                    Example {i + 1} id
                  </label>
                  <input
                    id={`example-${i}`}
                    value={ex.id}
                    maxLength={200}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      set((s) => void (s.examples[i]!.id = v));
                    }}
                  />
                </th>
                {study.labelers.map((name, j) => (
                  <td key={j}>
                    <input
                      aria-label={`${ex.id || `Example ${i + 1}`}: label from ${name || `labeler ${j + 1}`}`}
                      value={ex.labels[j] ?? ''}
                      maxLength={200}
                      onChange={(e) => {
                        const v = e.currentTarget.value.trim() ? e.currentTarget.value : null;
                        set((s) => void (s.examples[i]!.labels[j] = v));
                      }}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="danger"
                    aria-label={`Remove example ${ex.id || i + 1}`}
                    onClick={() => set((s) => void s.examples.splice(i, 1))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button
          type="button"
          onClick={() =>
            set(
              (s) =>
                void s.examples.push({
                  id: `example-${s.examples.length + 1}`,
                  labels: s.labelers.map(() => null),
                }),
            )
          }
          disabled={study.examples.length >= 5000}
        >
          Add an example
        </button>
        <button
          type="button"
          onClick={() =>
            set((s) => {
              s.labelers.push(`Labeler ${s.labelers.length + 1}`);
              s.examples.forEach((ex) => ex.labels.push(null));
            })
          }
          disabled={study.labelers.length >= MAX_LABELERS}
        >
          Add a labeler
        </button>
      </div>
    </div>
  );
}
