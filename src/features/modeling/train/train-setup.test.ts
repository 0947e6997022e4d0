import { describe, expect, it } from 'vitest';
import type { ColumnSchema } from '@/lib/data/types';
import { defaultSetup, setupProblems, taskFor } from './train-setup';

const col = (
  name: string,
  type: ColumnSchema['type'],
  role: ColumnSchema['role'] = 'feature',
): ColumnSchema => ({ name, type, role, required: true, maxMissingRate: 0 });

describe('train setup', () => {
  it('picks the label, usable features and the task', () => {
    const cols = [
      col('id', 'numeric', 'id'),
      col('x1', 'numeric'),
      col('x2', 'numeric'),
      col('note', 'text'),
      col('label', 'categorical', 'label'),
    ];
    const s = defaultSetup(cols, () => 2);
    expect(s.labelColumn).toBe('label');
    expect(s.features).toEqual(['x1', 'x2']);
    expect(s.task).toBe('binary');
    expect(setupProblems(s)).toEqual([]);
  });

  it('maps label columns to tasks', () => {
    expect(taskFor(col('species', 'categorical'), 3)).toBe('multiclass');
    expect(taskFor(col('bought', 'boolean'), 2)).toBe('binary');
    expect(taskFor(col('price', 'numeric'), 500)).toBe('regression');
  });

  it('names every problem', () => {
    const s = {
      ...defaultSetup([], () => null),
      hiddenLayers: [0, 200],
      learningRate: 0,
      epochs: 0,
      batchSize: 0,
      validationShare: 1,
    };
    expect(setupProblems(s)).toEqual([
      'Choose the label column (what the model predicts).',
      'Choose at least one feature.',
      'Use 0–6 hidden layers of 1–128 units each.',
      'The learning rate must be above 0 (and at most 10).',
      'Epochs must be a whole number from 1 to 2,000.',
      'Batch size must be a whole number from 1 to 4,096.',
      'The validation share must be between 0 % and 100 %.',
    ]);
  });
});
