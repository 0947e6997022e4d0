import { expect, it } from 'vitest';
import { emptyScopingSection } from '@/features/workbook';
import { applyRecipe } from '../state/use-scoping';
import { CANVAS_BOXES } from './canvas-boxes';

const box = (id: string) => CANVAS_BOXES.find((b) => b.id === id)!;

it('has the ten boxes of the Machine Learning Canvas', () => {
  expect(CANVAS_BOXES.map((b) => b.id).sort()).toEqual(
    [
      'buildingModels',
      'dataCollection',
      'dataSources',
      'decisions',
      'features',
      'impactSimulation',
      'makingPredictions',
      'monitoring',
      'predictionTask',
      'valueProposition',
    ].sort(),
  );
});

it('shares fields with the guided canvas in both directions', () => {
  let s = applyRecipe(emptyScopingSection(), (d) =>
    box('valueProposition').set(d, 'Shoppers give up on voice search'),
  );
  expect(s.businessProblem.statement).toBe('Shoppers give up on voice search');
  s = applyRecipe(s, (d) => void (d.milestones.resources.data = '3 years of search logs'));
  expect(box('dataSources').get(s)).toBe('3 years of search logs');
});

it('creates the first solution when the prediction task or features are filled on an empty canvas', () => {
  const s = applyRecipe(emptyScopingSection(), (d) => {
    box('predictionTask').set(d, 'Transcribe a spoken query');
    box('features').set(d, 'Audio spectrogram');
  });
  expect(s.solutions).toHaveLength(1);
  expect(s.solutions[0]).toMatchObject({ title: 'Main solution', description: 'Transcribe a spoken query' });
  expect(s.solutions[0]!.feasibility.predictiveFeaturesReason).toBe('Audio spectrogram');
});

it('keeps the other boxes in their own fields', () => {
  const s = applyRecipe(emptyScopingSection(), (d) => box('monitoring').set(d, 'WER on a weekly sample'));
  expect(s.canvas.monitoring).toBe('WER on a weekly sample');
});
