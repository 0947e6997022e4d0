import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { prioritizationTable, type HlpByTag, type ValidationPredictions } from '@/lib/ml/error-analysis';
import { PrioritizationTable } from './prioritization-table';

// The course's speech example on 1,000 clips: tag, clips, right, i.e. accuracy and share of data.
const COURSE = [
  { tag: 'clean speech', n: 600, right: 564 }, // 94 %, 60 %
  { tag: 'car noise', n: 40, right: 36 }, // 90 %, 4 % (≈ the course's 89 %)
  { tag: 'low bandwidth', n: 60, right: 42 }, // 70 %, 6 %
];
const p: ValidationPredictions = { rows: null, yTrue: [], yPred: [] };
const tags = new Map<number, string[]>();
{
  const yTrue: number[] = [];
  const yPred: number[] = [];
  for (const g of COURSE) {
    for (let j = 0; j < g.n; j++) {
      tags.set(yTrue.length, [g.tag]);
      yTrue.push(1);
      yPred.push(j < g.right ? 1 : 0);
    }
  }
  // 300 untagged clips, all right.
  for (let j = 0; j < 300; j++) {
    yTrue.push(0);
    yPred.push(0);
  }
  p.yTrue = yTrue;
  p.yPred = yPred;
}

function Harness({ initial }: { initial: HlpByTag }) {
  const [hlp, setHlp] = useState<HlpByTag>(initial);
  return (
    <PrioritizationTable
      rows={prioritizationTable(p, tags, hlp)}
      onHlpChange={(tag, v) => setHlp((h) => ({ ...h, [tag]: v }))}
    />
  );
}

const tagOrder = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((h) => h.textContent);
const rowOf = (tag: string) => screen.getByRole('rowheader', { name: tag }).closest('tr')!;
/** The row's figures without the HLP cell. */
const figures = (tag: string) =>
  within(rowOf(tag))
    .getAllByRole('cell')
    .filter((_, i) => i !== 2)
    .map((c) => c.textContent);

describe('PrioritizationTable', () => {
  it("shows the course's figures, sorted by potential gain", () => {
    render(<Harness initial={{ 'clean speech': 0.95, 'car noise': 0.94, 'low bandwidth': 0.7 }} />);
    expect(
      screen.getByRole('table', { name: /potential gain = gap to HLP × share of data/i }),
    ).toBeInTheDocument();
    expect(tagOrder()).toEqual(['clean speech', 'car noise', 'low bandwidth']);
    // Share of errors, accuracy, [HLP], gap, share of data, potential gain. 58 errors in all.
    // Clean speech: 36 errors; 94 % → 95 %: gap 1 % on 60 % of the data → 0.6 %.
    expect(figures('clean speech')).toEqual(['62.1 % (36 of 600)', '94.0 %', '1.00 %', '60.0 %', '0.60 %']);
    expect(
      within(rowOf('clean speech')).getByRole('spinbutton', { name: 'HLP for clean speech (%)' }),
    ).toHaveValue(95);
    // Car noise: 90 % → 94 % on 4 % of the data → 0.16 %.
    expect(figures('car noise')).toEqual(['6.9 % (4 of 40)', '90.0 %', '4.00 %', '4.0 %', '0.16 %']);
    // Low bandwidth: as bad for humans → nothing to gain.
    expect(figures('low bandwidth')).toEqual(['31.0 % (18 of 60)', '70.0 %', '0.00 %', '6.0 %', '0.00 %']);
  });

  it('re-sorts when an HLP is entered (once focus leaves the table)', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ 'clean speech': 0.95 }} />);
    // Without an HLP, tags follow clean speech by share of errors: low bandwidth (18 errors), car noise (4).
    expect(tagOrder()).toEqual(['clean speech', 'low bandwidth', 'car noise']);
    const input = screen.getByRole('spinbutton', { name: 'HLP for car noise (%)' });
    await user.type(input, '99');
    // 9 % gap × 4 % = 0.36 % — shown at once, but the row stays put while the field has focus.
    expect(within(rowOf('car noise')).getByText('0.36 %')).toBeInTheDocument();
    expect(tagOrder()).toEqual(['clean speech', 'low bandwidth', 'car noise']);
    await user.click(document.body);
    expect(tagOrder()).toEqual(['clean speech', 'car noise', 'low bandwidth']);
    // Clearing the field removes the HLP again.
    await user.clear(input);
    await user.click(document.body);
    expect(within(rowOf('car noise')).queryByText('0.36 %')).not.toBeInTheDocument();
    expect(tagOrder()).toEqual(['clean speech', 'low bandwidth', 'car noise']);
  });

  it('reports HLPs as fractions and shows a read-only table without a callback', () => {
    const rows = prioritizationTable(p, tags, { 'car noise': 0.93 });
    render(<PrioritizationTable rows={rows} />);
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(within(rowOf('car noise')).getByText('93.0 %')).toBeInTheDocument();
  });

  it('passes the HLP as a fraction of 1', async () => {
    const user = userEvent.setup();
    const calls: [string, number | null][] = [];
    render(
      <PrioritizationTable rows={prioritizationTable(p, tags)} onHlpChange={(t, v) => calls.push([t, v])} />,
    );
    await user.type(screen.getByRole('spinbutton', { name: 'HLP for low bandwidth (%)' }), '7');
    expect(calls).toEqual([['low bandwidth', 0.07]]);
  });

  it('explains what to do when there are no tags, or only errors are tagged', () => {
    const { unmount } = render(<PrioritizationTable rows={[]} />);
    expect(screen.getByText(/No tags yet/)).toBeInTheDocument();
    unmount();
    const onlyErrors = prioritizationTable({ rows: null, yTrue: [1, 1], yPred: [0, 1] }, { 0: ['dark'] });
    render(<PrioritizationTable rows={onlyErrors} />);
    expect(screen.getByText(/Every tagged example is an error/)).toBeInTheDocument();
  });
});
