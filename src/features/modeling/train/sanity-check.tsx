import { memo, useState } from 'react';
import type { ActiveTable } from '@/features/data';
import { featureKindOf } from '@/lib/ml/preprocess';
import { trainClient } from './train-client';
import type { TrainSetup } from './train-setup';

type Ready = Extract<ActiveTable, { status: 'ready' }>;
type State =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; losses: number[]; reached: boolean; examples: number }
  | { kind: 'error'; message: string };

/** The course's sanity check: a model that cannot overfit 20 examples has a bug, not a data problem. */
export const SanityCheck = memo(function SanityCheck({
  active,
  setup,
  disabled,
}: {
  active: Ready;
  setup: TrainSetup;
  disabled: boolean;
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'running' });
    const m = await trainClient.ask({
      kind: 'overfitSmallBatch',
      spec: { ...setup, epochs: setup.epochs },
      data: {
        kind: 'table',
        table: active.table,
        config: {
          features: setup.features.map((name) => ({
            name,
            kind: featureKindOf(active.schema.columns.find((c) => c.name === name)!)!,
          })),
          label: setup.labelColumn,
          task: setup.task,
        },
        split: { validationFraction: 0.1, seed: setup.seed },
      },
      examples: 20,
      maxEpochs: 500,
      targetLoss: 0.05,
      backend: setup.backend,
    });
    if (m.kind === 'overfit')
      setState({ kind: 'done', losses: m.losses, reached: m.reached, examples: m.examples });
    else
      setState({
        kind: 'error',
        message: m.kind === 'error' ? m.message : 'unexpected answer from the worker',
      });
  };
  const first = state.kind === 'done' ? state.losses[0] : undefined;
  const lastLoss = state.kind === 'done' ? state.losses[state.losses.length - 1] : undefined;
  return (
    <div className="sanity">
      <button type="button" disabled={disabled || state.kind === 'running'} onClick={run}>
        Sanity check: overfit 20 examples
      </button>
      <p role="status" className="field-hint">
        {state.kind === 'running' && 'Training on 20 examples until the loss is near 0…'}
        {state.kind === 'done' &&
          `${state.reached ? 'Passed' : 'Did not reach 0.05'}: loss went from ${first?.toFixed(3)} to ${lastLoss?.toFixed(4)} in ${state.losses.length} epochs on ${state.examples} examples.${state.reached ? '' : ' Try more epochs, a larger model or a higher learning rate — or look for a bug in the data.'}`}
        {state.kind === 'error' && `The check failed: ${state.message}`}
        {state.kind === 'idle' &&
          'Before training at scale, check that the model can fit a tiny batch perfectly.'}
      </p>
    </div>
  );
});
