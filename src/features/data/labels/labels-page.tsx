import { useMemo } from 'react';
import { analyzeLabelStudy, LabelStudyError, type LabelStudyResult } from '@/lib/data/label-consistency';
import { useData } from '../state/use-data';
import { ConventionPitfall } from './convention-pitfall';
import { exampleStudy } from './example-study';
import { LabelsImport } from './labels-import';
import { StudyGrid } from './study-grid';
import { StudyResults } from './study-results';

/** Label-consistency study: several labelers label the same examples; measure agreement, discuss, resolve. */
export default function LabelsPage() {
  const { data, update } = useData();
  const study = data?.consistency;
  const analysis = useMemo((): { result: LabelStudyResult } | { error: string } | null => {
    if (!study || study.examples.length === 0) return null;
    try {
      return {
        result: analyzeLabelStudy({
          examples: study.examples.map((e) => e.id),
          labelers: study.labelers,
          labels: study.examples.map((e) => e.labels),
        }),
      };
    } catch (e) {
      return { error: e instanceof LabelStudyError || e instanceof Error ? e.message : String(e) };
    }
  }, [study]);
  if (!data || !study) return null;

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="study-title">
        <h2 id="study-title">Label-consistency study</h2>
        <p>
          Have two or more people label the same examples independently, then look at where they disagree.
        </p>
        <div className="button-row">
          <button
            type="button"
            onClick={() => update((d) => void (d.consistency = exampleStudy()))}
            disabled={study.examples.length > 0}
          >
            Load the worked example (10 phones, 3 inspectors)
          </button>
          <button
            type="button"
            className="danger"
            onClick={() =>
              update(
                (d) =>
                  void (d.consistency = {
                    labelers: ['Labeler 1', 'Labeler 2'],
                    examples: [],
                    resolutions: {},
                  }),
              )
            }
            disabled={study.examples.length === 0}
          >
            Clear the study
          </button>
        </div>
        <LabelsImport current={study} onImport={(s) => update((d) => void (d.consistency = s))} />
        <StudyGrid study={study} update={update} />
      </section>
      <section className="card stack" aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        {analysis === null && (
          <p className="empty-state">
            Add examples with labels from at least two labelers, import a CSV, or load the worked example.
          </p>
        )}
        {analysis && 'error' in analysis && (
          <p className="callout callout-error" role="alert">
            {analysis.error}
          </p>
        )}
        {analysis && 'result' in analysis && (
          <StudyResults result={analysis.result} study={study} update={update} />
        )}
      </section>
      <ConventionPitfall />
    </div>
  );
}
