import { z } from 'zod';

/**
 * The data section of a project (workbook v4+). Datasets are listed here with their (editable) schema;
 * the rows of an uploaded CSV are stored beside the workbook in IndexedDB under their own key (see
 * features/data/storage), because they can be far larger than everything else together. Built-in and
 * synthetic datasets are re-created from their recipe, so only the recipe is saved.
 */
const text = (max = 5000) => z.string().max(max);
const id = z.string().min(1).max(64);
const count = z.number().min(0).max(1e15).nullable();

export const columnSchemaSchema = z.object({
  name: z.string().max(300),
  type: z.enum(['numeric', 'categorical', 'boolean', 'date', 'text']),
  role: z.enum(['feature', 'label', 'id', 'ignore']),
  required: z.boolean(),
  range: z.object({ min: z.number(), max: z.number() }).optional(),
  dateRange: z.object({ min: z.string(), max: z.string() }).optional(),
  domain: z.array(z.string().max(300)).max(5000).optional(),
  maxMissingRate: z.number().min(0).max(1),
});

export const datasetSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('builtin'), datasetId: z.string().max(64) }),
  z.object({
    kind: z.literal('synthetic'),
    generator: z.enum(['gaussian', 'circles', 'xor', 'spiral']),
    n: z.number().int().min(10).max(100_000),
    noise: z.number().min(0).max(1),
    seed: z.number().int(),
  }),
  z.object({ kind: z.literal('upload'), fileName: z.string().max(300), bytes: z.number().min(0) }),
]);

export const datasetMetaSchema = z.object({
  id,
  name: text(200),
  source: datasetSourceSchema,
  rows: z.number().int().min(0),
  columns: z.number().int().min(0),
  addedAt: z.iso.datetime(),
  schema: z.object({ columns: z.array(columnSchemaSchema).max(200) }),
});

const labelClassSchema = z.object({ id, name: text(200), definition: text() });
const ambiguousCaseSchema = z.object({ id, example: text(), resolution: text() });
const inventoryRowSchema = z.object({
  id,
  source: text(300),
  amount: count,
  unit: text(60),
  cost: count,
  days: count,
});

export const consistencyStudySchema = z.object({
  labelers: z.array(text(100)).max(50),
  examples: z.array(z.object({ id: text(200), labels: z.array(z.string().max(200).nullable()) })).max(5000),
  /** Agreed label per example id, after discussing a disagreement. */
  resolutions: z.record(z.string(), z.string().max(200)),
});

export const dataSectionSchema = z.object({
  notes: text(100_000),
  datasets: z.array(datasetMetaSchema).max(50),
  activeDatasetId: z.string().nullable(),
  definition: z.object({
    x: text(),
    xUnits: text(),
    collection: text(),
    y: text(),
    labelClasses: z.array(labelClassSchema).max(100),
    instructions: text(20_000),
    ambiguousCases: z.array(ambiguousCaseSchema).max(100),
    structured: z.boolean().nullable(),
    large: z.boolean().nullable(),
  }),
  inventory: z.array(inventoryRowSchema).max(100),
  labelingPlan: z.object({
    mode: z.enum(['in-house', 'outsourced', 'crowdsourced']).nullable(),
    who: text(),
    costPerLabel: count,
  }),
  consistency: consistencyStudySchema,
  split: z.object({
    method: z.enum(['random', 'stratified']),
    train: z.number().min(0).max(1),
    dev: z.number().min(0).max(1),
    test: z.number().min(0).max(1),
    seed: z.number().int(),
    labelColumn: z.string().max(300).nullable(),
  }),
});

export type DataSection = z.infer<typeof dataSectionSchema>;
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
export type ConsistencyStudy = z.infer<typeof consistencyStudySchema>;

export function emptyDataSection(notes = ''): DataSection {
  return {
    notes,
    datasets: [],
    activeDatasetId: null,
    definition: {
      x: '',
      xUnits: '',
      collection: '',
      y: '',
      labelClasses: [],
      instructions: '',
      ambiguousCases: [],
      structured: null,
      large: null,
    },
    inventory: [],
    labelingPlan: { mode: null, who: '', costPerLabel: null },
    consistency: { labelers: ['Labeler 1', 'Labeler 2'], examples: [], resolutions: {} },
    split: { method: 'stratified', train: 0.6, dev: 0.2, test: 0.2, seed: 1, labelColumn: null },
  };
}
