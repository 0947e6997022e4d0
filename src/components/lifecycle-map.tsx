import { Link } from 'react-router-dom';

/**
 * The ML project lifecycle: four stages in order, and the loops back between them. Drawn with plain HTML
 * (an ordered list and a list of loops) so it reads well to screen readers and reflows on a phone.
 */
export interface LifecycleStage {
  id: 'scoping' | 'data' | 'modeling' | 'deployment';
  label: string;
  /** The steps of this stage, in the course's words. */
  steps: string[];
  href?: string;
  /** Progress in this stage for the current project, if there is one. */
  progress?: { done: number; total: number };
}

export const LIFECYCLE_STAGES: LifecycleStage[] = [
  { id: 'scoping', label: 'Scoping', steps: ['Define the project'] },
  { id: 'data', label: 'Data', steps: ['Define data and establish a baseline', 'Label and organize data'] },
  { id: 'modeling', label: 'Modeling', steps: ['Select and train a model', 'Perform error analysis'] },
  {
    id: 'deployment',
    label: 'Deployment',
    steps: ['Deploy in production', 'Monitor and maintain the system'],
  },
];

export const LIFECYCLE_LOOPS: { from: LifecycleStage['id']; to: LifecycleStage['id']; why: string }[] = [
  { from: 'modeling', to: 'data', why: 'Error analysis shows which data to collect, relabel or augment.' },
  {
    from: 'modeling',
    to: 'scoping',
    why: 'The model cannot reach the target: revisit what the project promises.',
  },
  { from: 'deployment', to: 'data', why: 'Monitoring finds drift: gather and label fresh data.' },
  { from: 'deployment', to: 'modeling', why: 'Live performance drops: retrain or update the model.' },
];

const labelOf = (id: LifecycleStage['id']) => LIFECYCLE_STAGES.find((s) => s.id === id)!.label;

export function LifecycleMap({
  stages = LIFECYCLE_STAGES,
  headingLevel = 2,
}: {
  stages?: LifecycleStage[];
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <figure className="lifecycle" aria-label="The machine-learning project lifecycle">
      <ol className="lifecycle-stages">
        {stages.map((stage, i) => (
          <li key={stage.id} className={`lifecycle-stage stage-${stage.id}`}>
            <span className="lifecycle-step-number" aria-hidden="true">
              {i + 1}
            </span>
            <Heading className="lifecycle-stage-title">
              {stage.href ? <Link to={stage.href}>{stage.label}</Link> : stage.label}
            </Heading>
            <ul className="lifecycle-stage-steps">
              {stage.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
            {stage.progress && (
              <p className="lifecycle-progress">
                <progress
                  max={stage.progress.total}
                  value={stage.progress.done}
                  aria-label={`${stage.label} progress`}
                />
                <span>
                  {stage.progress.done} of {stage.progress.total} done
                </span>
              </p>
            )}
          </li>
        ))}
      </ol>
      <figcaption className="lifecycle-loops">
        <Heading className="lifecycle-loops-title">Loops back</Heading>
        <ul>
          {LIFECYCLE_LOOPS.map((loop) => (
            <li key={`${loop.from}-${loop.to}`}>
              <span className="loop-path">
                {labelOf(loop.from)} <span aria-hidden="true">↩</span>
                <span className="visually-hidden">back to</span> {labelOf(loop.to)}
              </span>
              <span className="loop-why">{loop.why}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
