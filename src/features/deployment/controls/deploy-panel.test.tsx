import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SimSnapshot } from '@/lib/sim/simulator';
import { DeployPanel } from './deploy-panel';

type Deployment = SimSnapshot['deployment'];

function deployment(over: Partial<Deployment> = {}): Deployment {
  return {
    mode: 'single',
    live: 'model-v1',
    candidate: null,
    previous: null,
    color: 'blue',
    canary: null,
    shadow: null,
    ...over,
  };
}

const metrics = {
  live: { accuracy: 0.93, labels: 300 },
  candidate: { accuracy: 0.85, labels: 120 },
};

function setup(d: Deployment, retraining: { epoch: number; epochs: number } | null = null, disabled = false) {
  const onAction = vi.fn();
  render(<DeployPanel deployment={d} retraining={retraining} onAction={onAction} disabled={disabled} />);
  return onAction;
}

const button = (name: string | RegExp) => screen.getByRole('button', { name });
const PATTERN_BUTTONS = [
  'Deploy candidate now',
  'Shadow mode',
  'Start canary',
  'Switch blue ↔ green',
  'Roll back',
  'Stop candidate',
];
const enabled = () => PATTERN_BUTTONS.filter((name) => !(button(name) as HTMLButtonElement).disabled);

describe('DeployPanel', () => {
  it('enables nothing but retraining without a candidate or a previous model', () => {
    const onAction = setup(deployment());
    expect(enabled()).toEqual([]);
    expect(screen.getByText('model-v1')).toBeInTheDocument();
    expect(screen.getByText('blue environment')).toBeInTheDocument();
    expect(button('Deploy candidate now')).toHaveAccessibleDescription(/Needs a candidate: retrain first\./);
    fireEvent.click(button('Retrain on the last 30 s'));
    expect(onAction).toHaveBeenCalledWith('retrain', 30);
  });

  it('enables the candidate patterns once there is a candidate', () => {
    const onAction = setup(deployment({ candidate: 'model-v2' }));
    expect(enabled()).toEqual(['Deploy candidate now', 'Shadow mode', 'Start canary', 'Switch blue ↔ green']);
    expect(button('Shadow mode')).toHaveAccessibleDescription(/users only ever get the live model’s answers/);
    fireEvent.click(button('Start canary'));
    expect(onAction).toHaveBeenCalledWith('canary');
  });

  it('enables rollback when there is a previous model', () => {
    const onAction = setup(deployment({ live: 'model-v2', previous: 'model-v1', color: 'green' }));
    expect(enabled()).toEqual(['Roll back']);
    expect(screen.getByText('green environment')).toBeInTheDocument();
    fireEvent.click(button('Roll back'));
    expect(onAction).toHaveBeenCalledWith('rollback');
  });

  it('shows a running canary, lets it be stopped and reports its rollback', () => {
    const running = deployment({
      mode: 'canary',
      candidate: 'model-v2',
      previous: 'model-v0',
      canary: { phase: 'running', stage: 1, share: 0.25, startedAt: 10, stageStartedAt: 25, metrics },
    });
    const onAction = vi.fn();
    const { rerender } = render(<DeployPanel deployment={running} retraining={null} onAction={onAction} />);
    expect(enabled()).toEqual([
      'Deploy candidate now',
      'Shadow mode',
      'Switch blue ↔ green',
      'Roll back',
      'Stop candidate',
    ]);
    const share = screen.getByRole('progressbar', {
      name: /Stage 2: the candidate gets 25\.0 % of the traffic/,
    });
    expect(share).toHaveAttribute('value', '0.25');
    expect(
      screen.getByText(/candidate 85\.0 % \(\s*120 labels\), live 93\.0 % \(\s*300 labels\)/),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(/^$/);

    const reason = 'Candidate accuracy 85.0 % fell below the live model’s 93.0 % by more than the margin.';
    rerender(
      <DeployPanel
        deployment={{
          ...running,
          mode: 'single',
          canary: { phase: 'rolledBack', at: 61.25, reason, metrics },
        }}
        retraining={null}
        onAction={onAction}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent(`Canary rolled back at t = 61.3 s. ${reason}`);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect((button('Stop candidate') as HTMLButtonElement).disabled).toBe(true);
    expect((button('Start canary') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows shadow agreement and both accuracies', () => {
    setup(
      deployment({
        mode: 'shadow',
        candidate: 'model-v2',
        shadow: { agreement: 0.9, liveAccuracy: 0.8, candidateAccuracy: 0.95, events: 500 },
      }),
    );
    expect(screen.getByText(/agree on 90\.0 % of 500 events/)).toHaveTextContent(
      /live 80\.0 %, candidate 95\.0 %/,
    );
    expect((button('Shadow mode') as HTMLButtonElement).disabled).toBe(true);
    expect((button('Stop candidate') as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows retraining progress and blocks a second retrain or a bad window', () => {
    setup(deployment(), { epoch: 12, epochs: 30 });
    const bar = screen.getByRole('progressbar', { name: 'Retraining… epoch 12 of 30' });
    expect(bar).toHaveAttribute('max', '30');
    expect(button(/Retrain on the last/)).toBeDisabled();
  });

  it('retrains on the chosen window and refuses an empty one', () => {
    const onAction = setup(deployment());
    const input = screen.getByRole('spinbutton', { name: 'Retrain window' });
    fireEvent.change(input, { target: { value: '90' } });
    fireEvent.click(button('Retrain on the last 90 s'));
    expect(onAction).toHaveBeenCalledWith('retrain', 90);
    fireEvent.change(input, { target: { value: '' } });
    expect(button(/Retrain on the last/)).toBeDisabled();
    expect(screen.getByText(/Retrain window must be between 1 and 600 s/)).toBeInTheDocument();
  });

  it('disables everything when told to', () => {
    setup(deployment({ candidate: 'model-v2', previous: 'model-v0' }), null, true);
    expect(enabled()).toEqual([]);
    expect(button(/Retrain on the last/)).toBeDisabled();
  });
});
