import { describe, expect, it } from 'vitest';
import { emptyScopingSection, newSolution } from '@/features/workbook';
import { applyRecipe } from './use-scoping';
import { scopingChecks, scopingProgress, totalProgress } from './scoping-progress';

describe('scopingProgress', () => {
  it('counts nothing filled on a blank canvas', () => {
    const p = scopingProgress(emptyScopingSection());
    expect(p.business).toEqual({ filled: 0, total: 3 });
    expect(p.solutions).toEqual({ filled: 0, total: 2 });
    expect(p.feasibility).toEqual({ filled: 0, total: 6 });
    expect(totalProgress(p)).toEqual({ filled: 0, total: 3 + 2 + 6 + 3 + 4 + 7 });
  });

  it('counts per solution and per field', () => {
    const s = applyRecipe(emptyScopingSection(), (d) => {
      d.businessProblem.statement = 'Shoppers abandon voice searches';
      d.solutions.push(newSolution('a', 'Better ASR'), newSolution('b'));
      d.solutions[0]!.feasibility.dataType = 'unstructured';
      d.solutions[0]!.feasibility.forecast.currentError = 12;
      d.solutions[0]!.feasibility.forecast.hlpError = 8;
      d.solutions[0]!.value.rungs = [
        { id: 'r1', name: 'Word accuracy', unit: 'points', perUnitBelow: null },
        { id: 'r2', name: 'Query accuracy', unit: 'points', perUnitBelow: 0.75 },
      ];
    });
    const p = scopingProgress(s);
    expect(p.business).toEqual({ filled: 1, total: 3 });
    expect(p.solutions).toEqual({ filled: 1, total: 4 });
    expect(p.feasibility).toEqual({ filled: 2, total: 12 });
    expect(p.value).toEqual({ filled: 3, total: 6 });
  });
});

describe('scopingChecks', () => {
  it('flags a solution without feasibility, metrics without targets and unlinked business metrics', () => {
    const s = applyRecipe(emptyScopingSection(), (d) => {
      d.solutions.push(newSolution('a', 'Recommender'));
      d.milestones.mlMetrics.push(
        { id: 'm1', metric: 'Top-10 recall', target: '' },
        { id: 'm2', metric: 'AUC', target: '0.8' },
      );
      d.milestones.softwareMetrics.push({ id: 's1', metric: 'p95 latency', target: '' });
      d.milestones.businessMetrics.push(
        { id: 'b1', metric: 'Revenue per visit', target: '+2 %', linkedMlMetricId: null },
        { id: 'b2', metric: 'Return visits', target: '', linkedMlMetricId: 'm2' },
        { id: 'b3', metric: 'Basket size', target: '', linkedMlMetricId: 'deleted' },
      );
    });
    expect(scopingChecks(s).map((c) => c.message)).toEqual([
      '“Recommender” has no feasibility assessment yet.',
      'ML metric “Top-10 recall” has no target.',
      'Software metric “p95 latency” has no target.',
      'Business metric “Revenue per visit” is not linked to an ML metric.',
      'Business metric “Basket size” is not linked to an ML metric.',
    ]);
  });

  it('is quiet once things are assessed and linked', () => {
    const s = applyRecipe(emptyScopingSection(), (d) => {
      d.solutions.push(newSolution('a'));
      d.solutions[0]!.feasibility.novelty = 'existing';
      d.milestones.mlMetrics.push({ id: 'm1', metric: 'WER', target: '< 8 %' });
      d.milestones.businessMetrics.push({
        id: 'b1',
        metric: 'Searches per user',
        target: '+1 %',
        linkedMlMetricId: 'm1',
      });
    });
    expect(scopingChecks(s)).toEqual([]);
  });
});
