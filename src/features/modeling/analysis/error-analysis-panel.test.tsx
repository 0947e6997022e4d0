import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { DataTable } from '@/lib/data/types';
import type { HlpByTag } from '@/lib/ml/error-analysis';
import { ErrorAnalysisPanel, PAGE_SIZE, type AnalysedOutcome } from './error-analysis-panel';

// 15 table rows; validation examples at rows 4, 7, 9 and 12. Model outputs P(cat), P(dog).
const table: DataTable = {
  columns: ['size', 'color', 'label'],
  data: [
    Array.from({ length: 15 }, (_, r) => String(r * 10)),
    Array.from({ length: 15 }, (_, r) => (r % 2 ? 'black' : r === 4 ? null : 'white')),
    Array.from({ length: 15 }, (_, r) => (r % 3 ? 'dog' : 'cat')),
  ],
  rowCount: 15,
};
const outcome: AnalysedOutcome = {
  classes: ['cat', 'dog'],
  validation: {
    rows: Int32Array.from([4, 7, 9, 12]),
    yTrue: Float32Array.from([0, 1, 1, 0]),
    // row 4: dog 0.8 (wrong); row 7: dog 0.6 (right); row 9: cat 0.7 (wrong); row 12: cat 0.9 (right)
    output: Float32Array.from([0.2, 0.8, 0.4, 0.6, 0.7, 0.3, 0.9, 0.1]),
    k: 2,
  },
  preprocessor: {
    format: 'lifecycle-lab/preprocessor',
    version: 1,
    task: 'binary',
    label: 'label',
    features: [
      { name: 'size', kind: 'numeric', mean: 0, std: 1 },
      { name: 'color', kind: 'categorical', categories: ['black', 'white'] },
    ],
    classes: ['cat', 'dog'],
  },
};

function renderPanel(over: Partial<Parameters<typeof ErrorAnalysisPanel>[0]> = {}) {
  const onTagsChange = vi.fn();
  const onHlpChange = vi.fn();
  const user = userEvent.setup();
  render(
    <ErrorAnalysisPanel
      outcome={outcome}
      table={table}
      datasetId="ds1"
      tags={{}}
      onTagsChange={onTagsChange}
      hlpByTag={{}}
      onHlpChange={onHlpChange}
      {...over}
    />,
  );
  return { user, onTagsChange, onHlpChange };
}

const errorTable = () => screen.getByRole('table', { name: /validation examples/i });
const rowOf = (n: number) =>
  within(errorTable())
    .getByRole('rowheader', { name: String(n) })
    .closest('tr')!;

describe('ErrorAnalysisPanel', () => {
  it('lists the misclassified examples with feature values, labels and confidence', () => {
    renderPanel();
    expect(screen.getByText(/2 of 4 validation examples are misclassified/)).toBeInTheDocument();
    const rows = within(errorTable()).getAllByRole('rowheader');
    expect(rows.map((r) => r.textContent)).toEqual(['5', '10']); // data rows 4 and 9, 1-based
    const first = within(rowOf(5));
    expect(within(errorTable()).getByRole('columnheader', { name: 'size' })).toBeInTheDocument();
    expect(first.getByText('40')).toBeInTheDocument();
    expect(first.getByText('cat')).toBeInTheDocument();
    expect(first.getByText('dog')).toBeInTheDocument();
    expect(first.getByText('80.0 %')).toBeInTheDocument();
    expect(within(rowOf(10)).getByText('black')).toBeInTheDocument();
  });

  it('adds a tag with Enter or the button under the example’s workbook key', async () => {
    const { user, onTagsChange } = renderPanel();
    await user.type(screen.getByRole('textbox', { name: 'New tag for row 5' }), '  blurry {Enter}');
    expect(onTagsChange).toHaveBeenLastCalledWith('ds1:4', ['blurry']);
    expect(screen.getByRole('textbox', { name: 'New tag for row 5' })).toHaveValue('');
    await user.type(screen.getByRole('textbox', { name: 'New tag for row 10' }), 'dark');
    await user.click(screen.getByRole('button', { name: 'Add tag to row 10' }));
    expect(onTagsChange).toHaveBeenLastCalledWith('ds1:9', ['dark']);
    expect(onTagsChange).toHaveBeenCalledTimes(2);
  });

  it('removes a tag, quick-adds tags used elsewhere and ignores repeats', async () => {
    const { user, onTagsChange } = renderPanel({
      tags: { 'ds1:4': ['blurry', 'dark'], 'other:9': ['not this dataset'] },
    });
    await user.click(screen.getByRole('button', { name: 'Remove tag dark from row 5' }));
    expect(onTagsChange).toHaveBeenLastCalledWith('ds1:4', ['blurry', 'dark'].slice(0, 1));
    expect(screen.queryByRole('button', { name: /not this dataset/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add tag dark to row 10' }));
    expect(onTagsChange).toHaveBeenLastCalledWith('ds1:9', ['dark']);
    onTagsChange.mockClear();
    await user.type(screen.getByRole('textbox', { name: 'New tag for row 5' }), 'blurry{Enter}');
    expect(onTagsChange).not.toHaveBeenCalled();
  });

  it('keeps tags across re-renders and feeds the prioritization table', async () => {
    const user = userEvent.setup();
    function Stateful() {
      const [tags, setTags] = useState<Record<string, string[]>>({});
      const [hlp, setHlp] = useState<HlpByTag>({});
      return (
        <ErrorAnalysisPanel
          outcome={outcome}
          table={table}
          datasetId="ds1"
          tags={tags}
          onTagsChange={(key, list) => setTags((t) => ({ ...t, [key]: list }))}
          hlpByTag={hlp}
          onHlpChange={(tag, v) => setHlp((h) => ({ ...h, [tag]: v }))}
        />
      );
    }
    render(<Stateful />);
    await user.type(screen.getByRole('textbox', { name: 'New tag for row 5' }), 'blurry{Enter}');
    expect(screen.getByRole('button', { name: 'Remove tag blurry from row 5' })).toBeInTheDocument();
    // Tag a correct example too (all validation examples): blurry = 1 error of 2 → accuracy 50 %.
    await user.click(screen.getByRole('radio', { name: 'All validation examples' }));
    await user.click(screen.getByRole('button', { name: 'Add tag blurry to row 8' }));
    const prio = screen.getByRole('table', { name: /Prioritization by tag/ });
    const blurry = within(within(prio).getByRole('rowheader', { name: 'blurry' }).closest('tr')!);
    const cells = () => blurry.getAllByRole('cell').map((c) => c.textContent);
    // Share of errors 1 of 2, accuracy 1 of 2, no HLP yet, share of data 2 of 4.
    expect(cells()).toEqual(['50.0 % (1 of 2)', '50.0 %', 'HLP for blurry (%)%', '–', '50.0 %', '–']);
    await user.type(blurry.getByRole('spinbutton', { name: 'HLP for blurry (%)' }), '90');
    // gap 40 % × share of data 50 % = 20 %.
    expect(cells().slice(3)).toEqual(['40.00 %', '50.0 %', '20.00 %']);
  });

  it('follows the decision threshold and shows an empty state without errors', () => {
    renderPanel({ threshold: 0.1 });
    // At 0.1 every example is "dog": rows 5 (cat) and 13 (cat) are wrong.
    expect(
      within(errorTable())
        .getAllByRole('rowheader')
        .map((r) => r.textContent),
    ).toEqual(['5', '13']);
  });

  it('says so when nothing is misclassified, or nothing can be analysed', () => {
    const perfect: AnalysedOutcome = {
      classes: ['cat', 'dog'],
      validation: {
        rows: null,
        yTrue: Float32Array.from([0, 1]),
        output: Float32Array.from([0.9, 0.1, 0.2, 0.8]),
        k: 2,
      },
    };
    const { unmount } = render(
      <ErrorAnalysisPanel
        outcome={perfect}
        table={null}
        datasetId="ds1"
        tags={{}}
        onTagsChange={() => {}}
        hlpByTag={{}}
        onHlpChange={() => {}}
      />,
    );
    expect(screen.getByText(/No misclassified validation examples/)).toBeInTheDocument();
    unmount();
    renderPanel({ outcome: { classes: [], validation: null } });
    expect(screen.getByText(/needs a classification model with a validation set/)).toBeInTheDocument();
  });

  it(`pages through more than ${PAGE_SIZE} errors`, async () => {
    const n = 150;
    const many: AnalysedOutcome = {
      classes: ['a', 'b'],
      validation: {
        rows: Int32Array.from({ length: n }, (_, i) => i),
        yTrue: new Float32Array(n), // all "a"
        output: Float32Array.from({ length: 2 * n }, (_, j) => (j % 2 ? 0.7 : 0.3)), // all predicted "b"
        k: 2,
      },
    };
    const { user } = renderPanel({ outcome: many, table: null });
    expect(screen.getByRole('table', { name: /showing 1–100 of 150/ })).toBeInTheDocument();
    expect(within(errorTable()).getAllByRole('rowheader')).toHaveLength(PAGE_SIZE);
    await user.click(screen.getByRole('button', { name: `Next ${PAGE_SIZE}` }));
    expect(screen.getByRole('table', { name: /showing 101–150 of 150/ })).toBeInTheDocument();
    expect(within(errorTable()).getAllByRole('rowheader')[0]).toHaveTextContent('101');
  });
});
