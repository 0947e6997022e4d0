import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunRecord } from '@/features/workbook';
import { testRun } from './test-run-fixture';
import { dataMismatch, formatDelta, metricDeltas, RunCompare, settingRows } from './run-compare';

function run(id: string, over: Partial<RunRecord> = {}): RunRecord {
  return testRun(id, {
    history: [0, 1, 2].map((epoch) => ({
      epoch,
      loss: 1 / (epoch + 1),
      acc: 0.6 + epoch / 10,
      valLoss: 1.2 / (epoch + 1),
      valAcc: 0.55 + epoch / 10,
    })),
    final: { loss: 0.5, acc: 0.8, valLoss: 0.6, valAcc: 0.8 },
    evaluation: { accuracy: 0.8, macroF1: 0.7, rocAuc: 0.85, baselineAccuracy: 0.5, rmse: null },
    ...over,
  });
}

const A = run('a', { name: 'Small lr' });
const B = run('b', {
  name: 'Big lr',
  spec: { ...A.spec, learningRate: 0.1, seed: 2 },
  durationMs: 1000,
  final: { loss: 0.4, acc: 0.85, valLoss: 0.65, valAcc: 0.85 },
  evaluation: { accuracy: 0.85, macroF1: 0.7, rocAuc: 0.8, baselineAccuracy: 0.5, rmse: null },
});

beforeEach(() => {
  // recharts' ResponsiveContainer measures its parent with ResizeObserver, which jsdom lacks.
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

const metricRow = (label: string) =>
  within(screen.getByRole('table', { name: /Metrics/ }))
    .getByRole('rowheader', { name: label })
    .closest('tr')!;
const cells = (tr: HTMLElement) =>
  within(tr)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('metric deltas', () => {
  it('computes B − A with a verdict that knows which way is better', () => {
    const byLabel = Object.fromEntries(metricDeltas(A, B).map((m) => [m.label, m]));
    expect(byLabel['Final validation accuracy']).toMatchObject({ a: 0.8, b: 0.85, verdict: 'better' });
    expect(byLabel['Final validation accuracy']!.delta).toBeCloseTo(0.05);
    expect(byLabel['Final validation loss']).toMatchObject({ verdict: 'worse' });
    expect(byLabel['Final training loss']).toMatchObject({ verdict: 'better' });
    expect(byLabel['Macro F1']).toMatchObject({ delta: 0, verdict: 'same' });
    expect(byLabel['ROC AUC']).toMatchObject({ verdict: 'worse' });
    expect(byLabel['Majority baseline accuracy']).toMatchObject({ better: null, verdict: 'same' });
    expect(byLabel['Training time']).toMatchObject({ delta: -500, verdict: 'better' });
    // Regression-only rows are left out when neither run has them.
    expect(byLabel).not.toHaveProperty('RMSE');
  });

  it('formats deltas with a sign, shares in points', () => {
    expect(formatDelta('share', 0.05)).toBe('+5.0 points');
    expect(formatDelta('share', -0.123)).toBe('−12.3 points');
    expect(formatDelta('loss', -0.0123)).toBe('−0.0123');
    expect(formatDelta('score', 0)).toBe('±0.000');
    expect(formatDelta('loss', 0)).toBe('±0');
    expect(formatDelta('ms', -500)).toBe('−500 ms');
  });

  it('shows values and deltas with words as well as colour', () => {
    render(<RunCompare a={A} b={B} />);
    expect(
      screen.getByRole('heading', { name: 'Comparing A “Small lr” with B “Big lr”' }),
    ).toBeInTheDocument();
    expect(cells(metricRow('Final validation accuracy'))).toEqual([
      '80.0 %',
      '85.0 %',
      '+5.0 points (better)',
    ]);
    expect(cells(metricRow('Final validation loss'))).toEqual(['0.6000', '0.6500', '+0.0500 (worse)']);
    expect(cells(metricRow('ROC AUC'))).toEqual(['0.850', '0.800', '−0.050 (worse)']);
    expect(cells(metricRow('Macro F1'))).toEqual(['0.700', '0.700', '±0.000']);
    expect(cells(metricRow('Training time'))).toEqual(['1.5 s', '1.0 s', '−500 ms (better)']);
    const better = within(metricRow('Final validation accuracy')).getByText(/points/);
    expect(better).toHaveClass('delta-better');
    expect(within(metricRow('ROC AUC')).getByText(/worse/)).toHaveClass('delta-worse');
  });

  it('shows a dash where one run lacks a metric', () => {
    const noEval = run('c', { name: 'No eval', evaluation: null });
    render(<RunCompare a={A} b={noEval} />);
    expect(cells(metricRow('Accuracy (evaluation)'))).toEqual(['80.0 %', '—', '—']);
  });
});

describe('settings', () => {
  it('highlights the hyperparameters that differ and sums them up', () => {
    render(<RunCompare a={A} b={B} />);
    expect(screen.getByText('2 of 17 settings differ: learning rate, seed.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Data and settings' });
    const lr = within(table).getByRole('rowheader', { name: 'Learning rate' }).closest('tr')!;
    expect(lr).toHaveClass('is-different');
    expect(cells(lr)).toEqual(['0.01', '0.1', 'Differs']);
    const act = within(table).getByRole('rowheader', { name: 'Activation' }).closest('tr')!;
    expect(act).not.toHaveClass('is-different');
    expect(cells(act)).toEqual(['relu', 'relu', 'Same']);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says so when nothing differs', () => {
    expect(settingRows(A, run('x', { name: 'Other name' })).every((s) => !s.differs)).toBe(true);
    render(<RunCompare a={A} b={{ ...A, id: 'copy' }} />);
    expect(screen.getByText('The two runs used the same data and settings.')).toBeInTheDocument();
  });

  it('warns when the runs did not see the same data', () => {
    const other = run('d', { dataset: { ...A.dataset, schemaHash: 'ffff0000' } });
    expect(dataMismatch(A, other)).toMatch(/different schemas of the dataset/);
    expect(dataMismatch(A, run('e', { dataset: { ...A.dataset, id: 'ds2' }, labelColumn: 'y' }))).toBe(
      'These runs used different datasets and different label columns: their metrics are not directly comparable.',
    );
    expect(dataMismatch(A, B)).toBeNull();
    render(<RunCompare a={A} b={other} />);
    expect(screen.getByRole('note')).toHaveTextContent(/not directly comparable/);
  });
});

describe('curves', () => {
  it('overlays loss and accuracy of both runs', () => {
    const { container } = render(<RunCompare a={A} b={B} />);
    const charts = screen.getAllByRole('img');
    expect(charts).toHaveLength(2);
    expect(charts[0]).toHaveAccessibleName(
      /^Loss per epoch\. A · Small lr: validation loss 0\.400 at epoch 3/,
    );
    expect(charts[0]).toHaveAccessibleName(/B · Big lr: validation loss/);
    expect(charts[1]).toHaveAccessibleName(/^Accuracy per epoch\. A · Small lr: validation accuracy 75\.0 %/);
    // Legend: run name and curve for each line; four lines per chart (validation and training of A and B).
    expect(within(charts[0]!).getByText('A · Small lr — validation loss')).toBeInTheDocument();
    expect(within(charts[1]!).getByText('B · Big lr — training accuracy')).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(8);
  });

  it('draws only loss for regression runs', () => {
    const reg = (id: string) =>
      run(id, {
        task: 'regression',
        history: [0, 1].map((epoch) => ({ epoch, loss: 1, acc: null, valLoss: 1, valAcc: null })),
        evaluation: { accuracy: null, macroF1: null, rocAuc: null, baselineAccuracy: null, rmse: 0.5 },
      });
    render(<RunCompare a={reg('r1')} b={reg('r2')} />);
    expect(screen.getAllByRole('img')).toHaveLength(1);
    expect(cells(metricRow('RMSE'))).toEqual(['0.5000', '0.5000', '±0']);
  });
});
