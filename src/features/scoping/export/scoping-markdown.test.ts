import { expect, it } from 'vitest';
import { emptyScopingSection, newSolution } from '@/features/workbook';
import { applyRecipe } from '../state/use-scoping';
import { scopingToMarkdown } from './scoping-markdown';

const filled = applyRecipe(emptyScopingSection(), (d) => {
  d.businessProblem.statement = 'Voice searches fail | often';
  d.solutions.push(newSolution('a', 'Better ASR'));
  const f = d.solutions[0]!.feasibility;
  f.dataType = 'unstructured';
  f.novelty = 'existing';
  f.forecast = { currentError: 12, hlpError: 8, gapClosedPerQuarter: 0.3, quarters: 2 };
  d.solutions[0]!.value = {
    bottomChange: 1,
    rungs: [
      { id: 'r1', name: 'Word accuracy', unit: 'points', perUnitBelow: null },
      { id: 'r2', name: 'Query accuracy', unit: 'points', perUnitBelow: 0.75 },
    ],
  };
  d.milestones.mlMetrics.push({ id: 'm1', metric: 'WER', target: '< 8 %' });
  d.milestones.businessMetrics.push({
    id: 'b1',
    metric: 'Searches per user',
    target: '+1 %',
    linkedMlMetricId: 'm1',
  });
  d.milestones.timeline.push({ id: 't1', milestone: 'Shadow deployment', date: '2027-03-01' });
});

it('writes every step in order with the computed tables', () => {
  const md = scopingToMarkdown('Voice search', filled, new Date('2026-11-26T00:00:00Z'));
  expect(md.startsWith('# Scoping: Voice search\n')).toBe(true);
  const headings = md.match(/^## .*/gm);
  expect(headings).toEqual([
    '## 1. Business problem',
    '## 2. AI solutions',
    '## 3. Feasibility',
    '## 4. Value',
    '## 5. Ethics',
    '## 6. Milestones and resources',
    '## Machine Learning Canvas',
  ]);
  expect(md).toContain('**The problem:** Voice searches fail | often');
  expect(md).toContain('unstructured × existing — Human-level performance, and the project’s history');
  expect(md).toContain('| 2 | 9.96 |'); // 8 + 4 · 0.7²
  expect(md).toContain('| 2 | Query accuracy | 0.75 | 0.75 points |');
  expect(md).toContain('| Searches per user | +1 % | WER |');
  expect(md).toContain('- 2027-03-01: Shadow deployment');
  expect(md).toContain('**Value proposition:** Voice searches fail | often');
});

it('marks what is missing on a blank canvas', () => {
  const md = scopingToMarkdown('Blank', emptyScopingSection());
  expect(md.match(/_not answered yet_/g)!.length).toBeGreaterThan(15);
  expect(md).not.toContain('## Notes');
});
