import { z } from 'zod';

/**
 * The scoping section of a project (workbook v3+): the course's scoping process as data.
 * business problem → AI solutions → per solution feasibility and value → ethics → milestones → resources,
 * plus the Machine Learning Canvas boxes that have no counterpart in the guided canvas.
 */
const text = (max = 5000) => z.string().max(max);
const id = z.string().min(1).max(64);
const yesNoUnsure = z.enum(['yes', 'no', 'unsure']).nullable();

/** Expected error by quarter: the gap to HLP shrinks by a fixed share each quarter (see lib/scoping). */
export const forecastSchema = z.object({
  currentError: z.number().min(0).max(100).nullable(),
  hlpError: z.number().min(0).max(100).nullable(),
  gapClosedPerQuarter: z.number().min(0).max(1),
  quarters: z.number().int().min(1).max(20),
});

export const feasibilitySchema = z.object({
  dataType: z.enum(['structured', 'unstructured']).nullable(),
  novelty: z.enum(['new', 'existing']).nullable(),
  humanLevelPerformance: text(500),
  predictiveFeatures: yesNoUnsure,
  predictiveFeaturesReason: text(),
  forecast: forecastSchema,
});

/**
 * One rung of the metric ladder. Rung 0 is the ML metric; `perUnitBelow` is the Fermi estimate of how much
 * this rung moves when the rung below moves by one of its units (e.g. query accuracy +0.75 per +1 word accuracy).
 */
export const ladderRungSchema = z.object({
  id,
  name: text(200),
  unit: text(40),
  perUnitBelow: z.number().min(-1e12).max(1e12).nullable(),
});

export const solutionSchema = z.object({
  id,
  title: text(200),
  description: text(),
  feasibility: feasibilitySchema,
  value: z.object({
    rungs: z.array(ladderRungSchema).max(10),
    bottomChange: z.number().min(-1000).max(1000),
  }),
});

export const ethicsAnswerSchema = z.object({ answer: yesNoUnsure, notes: text() });

export const metricRowSchema = z.object({ id, metric: text(200), target: text(200) });
export const businessMetricSchema = metricRowSchema.extend({ linkedMlMetricId: id.nullable() });
export const timelineRowSchema = z.object({
  id,
  milestone: text(300),
  date: z.union([z.literal(''), z.iso.date()]),
});

export const scopingSectionSchema = z.object({
  notes: text(100_000),
  businessProblem: z.object({ statement: text(), whoHasIt: text(), currentCost: text() }),
  solutions: z.array(solutionSchema).max(20),
  ethics: z.object({
    harm: ethicsAnswerSchema,
    fairness: ethicsAnswerSchema,
    netPositive: ethicsAnswerSchema,
    notes: text(),
  }),
  milestones: z.object({
    mlMetrics: z.array(metricRowSchema).max(30),
    softwareMetrics: z.array(metricRowSchema).max(30),
    businessMetrics: z.array(businessMetricSchema).max(30),
    resources: z.object({ people: text(), data: text(), compute: text() }),
    timeline: z.array(timelineRowSchema).max(40),
  }),
  /** Machine Learning Canvas boxes with no guided-canvas counterpart (the shared ones live above). */
  canvas: z.object({
    decisions: text(),
    dataCollection: text(),
    impactSimulation: text(),
    makingPredictions: text(),
    buildingModels: text(),
    monitoring: text(),
  }),
});

export type ScopingSection = z.infer<typeof scopingSectionSchema>;
export type Solution = z.infer<typeof solutionSchema>;
export type LadderRung = z.infer<typeof ladderRungSchema>;
export type Feasibility = z.infer<typeof feasibilitySchema>;

export const DEFAULT_FORECAST = {
  currentError: null,
  hlpError: null,
  gapClosedPerQuarter: 0.3,
  quarters: 8,
} as const;

export function emptyScopingSection(notes = ''): ScopingSection {
  return {
    notes,
    businessProblem: { statement: '', whoHasIt: '', currentCost: '' },
    solutions: [],
    ethics: {
      harm: { answer: null, notes: '' },
      fairness: { answer: null, notes: '' },
      netPositive: { answer: null, notes: '' },
      notes: '',
    },
    milestones: {
      mlMetrics: [],
      softwareMetrics: [],
      businessMetrics: [],
      resources: { people: '', data: '', compute: '' },
      timeline: [],
    },
    canvas: {
      decisions: '',
      dataCollection: '',
      impactSimulation: '',
      makingPredictions: '',
      buildingModels: '',
      monitoring: '',
    },
  };
}

export function newSolution(solutionId: string, title = ''): Solution {
  return {
    id: solutionId,
    title,
    description: '',
    feasibility: {
      dataType: null,
      novelty: null,
      humanLevelPerformance: '',
      predictiveFeatures: null,
      predictiveFeaturesReason: '',
      forecast: { ...DEFAULT_FORECAST },
    },
    value: { rungs: [], bottomChange: 1 },
  };
}
