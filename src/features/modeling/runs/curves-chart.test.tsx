import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { curveData, CurvesChart, type CurveRun } from './curves-chart';

const runA: CurveRun = {
  label: 'A · first',
  history: [
    { epoch: 0, loss: 1, acc: 0.5, valLoss: 1.1, valAcc: 0.45 },
    { epoch: 2, loss: 0.5, acc: 0.7, valLoss: 0.6, valAcc: 0.65 },
  ],
};
const runB: CurveRun = {
  label: 'B · second',
  history: [
    { epoch: 0, loss: 0.9, acc: 0.55, valLoss: null, valAcc: null },
    { epoch: 1, loss: 0.6, acc: 0.6, valLoss: null, valAcc: null },
  ],
};

beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  // …and jsdom lays nothing out: give the chart's container a size so that recharts draws axes, lines and legend
  // (every other element, the legend included, keeps jsdom's empty box).
  const measure = HTMLElement.prototype.getBoundingClientRect;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('recharts-responsive-container')
      ? DOMRect.fromRect({ width: 640, height: 260 })
      : measure.call(this);
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('curveData', () => {
  it('merges the epochs of both runs, 1-based, with null where a run has none', () => {
    expect(curveData([runA, runB], 'loss')).toEqual([
      { epoch: 1, r0_val: 1.1, r0_train: 1, r1_val: null, r1_train: 0.9 },
      { epoch: 2, r0_val: null, r0_train: null, r1_val: null, r1_train: 0.6 },
      { epoch: 3, r0_val: 0.6, r0_train: 0.5, r1_val: null, r1_train: null },
    ]);
    expect(curveData([runA], 'accuracy').map((r) => r.r0_val)).toEqual([0.45, 0.65]);
    expect(curveData([], 'loss')).toEqual([]);
  });
});

describe('CurvesChart', () => {
  it('labels its axes and legend and skips curves without data', () => {
    const { container } = render(<CurvesChart runs={[runA, runB]} metric="loss" />);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(
      'Loss per epoch. A · first: validation loss 0.600 at epoch 3, training loss 0.500. B · second: training loss 0.600.',
    );
    expect(within(chart).getByText('Epoch')).toBeInTheDocument();
    expect(within(chart).getByText('Loss')).toBeInTheDocument();
    expect(within(chart).getByText('A · first — validation loss')).toBeInTheDocument();
    expect(within(chart).getByText('A · first — training loss')).toBeInTheDocument();
    expect(within(chart).getByText('B · second — training loss')).toBeInTheDocument();
    // B has no validation curve: three lines, no dots.
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(3);
    expect(container.querySelectorAll('.recharts-line-dot, .recharts-dot')).toHaveLength(0);
  });

  it('can leave the training curves out', () => {
    const { container } = render(<CurvesChart runs={[runA]} metric="accuracy" showTraining={false} />);
    expect(within(screen.getByRole('img')).getByText('Accuracy')).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(1);
  });
});
