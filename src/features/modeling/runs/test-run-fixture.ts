import type { RunRecord } from '@/features/workbook';

/**
 * A valid run record for component tests: a 3-epoch binary run on a two-feature dataset. Tests override
 * what they assert on (history, final metrics, evaluation) so the values they check stay in the test.
 */
export function testRun(id: string, over: Partial<RunRecord> = {}): RunRecord {
  return {
    id,
    name: `Run ${id}`,
    createdAt: '2025-03-01T10:00:00.000Z',
    status: 'completed',
    dataset: { id: 'ds1', name: 'Two moons', schemaHash: '0a1b2c3d', rows: 500 },
    labelColumn: 'label',
    features: ['x', 'y'],
    task: 'binary',
    classes: ['a', 'b'],
    spec: {
      hiddenLayers: [16],
      activation: 'relu',
      optimizer: 'adam',
      learningRate: 0.01,
      l2: 0,
      epochs: 3,
      batchSize: 32,
      seed: 1,
    },
    split: { kind: 'random', validationShare: 0.2, seed: 1 },
    backend: 'cpu',
    durationMs: 1500,
    rowsPerSec: 1000,
    history: [],
    final: { loss: null, acc: null, valLoss: null, valAcc: null },
    evaluation: null,
    savedModelId: null,
    ...over,
  };
}
