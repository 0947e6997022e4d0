import { newSolution, type ScopingSection } from '@/features/workbook';
import { rowId } from '../state/use-scoping';

/**
 * The ten boxes of the Machine Learning Canvas (L. Dorard), mapped onto the scoping section. Boxes that mean
 * the same thing as a guided-canvas field read and write that field, so a team can fill either view:
 * - value proposition ↔ the business problem statement,
 * - prediction task ↔ the first AI solution's description,
 * - data sources ↔ the data resources,
 * - features ↔ the first solution's "predictive features" reasoning.
 * The other six boxes have their own fields in `scoping.canvas`.
 */
export interface CanvasBox {
  id: string;
  title: string;
  question: string;
  /** Name of the guided-canvas field this box shares, if any. */
  sharedWith?: string;
  get(s: ScopingSection): string;
  set(draft: ScopingSection, value: string): void;
}

function firstSolution(draft: ScopingSection) {
  if (draft.solutions.length === 0) draft.solutions.push(newSolution(rowId(), 'Main solution'));
  return draft.solutions[0]!;
}

type OwnBox = keyof ScopingSection['canvas'];
const own = (id: OwnBox, title: string, question: string): CanvasBox => ({
  id,
  title,
  question,
  get: (s) => s.canvas[id],
  set: (d, v) => void (d.canvas[id] = v),
});

export const CANVAS_BOXES: CanvasBox[] = [
  {
    id: 'predictionTask',
    title: 'Prediction task',
    question:
      'What do we predict, from which input, and what kind of task is it (classification, regression, ranking)?',
    sharedWith: 'Step 2, first AI solution',
    get: (s) => s.solutions[0]?.description ?? '',
    set: (d, v) => void (firstSolution(d).description = v),
  },
  own('decisions', 'Decisions', 'How are predictions turned into decisions or actions that deliver value?'),
  {
    id: 'valueProposition',
    title: 'Value proposition',
    question: 'Who is the end user, what problem do we solve for them, and why does it matter?',
    sharedWith: 'Step 1, business problem',
    get: (s) => s.businessProblem.statement,
    set: (d, v) => void (d.businessProblem.statement = v),
  },
  own(
    'dataCollection',
    'Data collection',
    'How do we get new inputs and labels over time, and at what cost?',
  ),
  {
    id: 'dataSources',
    title: 'Data sources',
    question: 'Which raw data sources can we use, internal and external?',
    sharedWith: 'Step 6, resources: data',
    get: (s) => s.milestones.resources.data,
    set: (d, v) => void (d.milestones.resources.data = v),
  },
  own(
    'impactSimulation',
    'Impact simulation',
    'Before deploying, how do we estimate the impact of decisions made with the model (cost of errors, gains)?',
  ),
  own(
    'makingPredictions',
    'Making predictions',
    'When are predictions made (real time or batch), and how long can they take?',
  ),
  own(
    'buildingModels',
    'Building models',
    'How many models, when are they (re)trained, and how long can training take?',
  ),
  {
    id: 'features',
    title: 'Features',
    question: 'Which input representations, extracted from the raw sources, are predictive?',
    sharedWith: 'Step 3, predictive features',
    get: (s) => s.solutions[0]?.feasibility.predictiveFeaturesReason ?? '',
    set: (d, v) => void (firstSolution(d).feasibility.predictiveFeaturesReason = v),
  },
  own(
    'monitoring',
    'Monitoring',
    'Which metrics tell us the system works in production, and which thresholds trigger action?',
  ),
];
