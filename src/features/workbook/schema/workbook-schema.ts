import { z } from 'zod';
import { emptyScopingSection, scopingSectionSchema } from './sections/scoping-section';
import { dataSectionSchema, emptyDataSection } from './sections/data-section';
import { emptyModelingSection, modelingSectionSchema } from './sections/modeling-section';
import { deploymentSectionSchema, emptyDeploymentSection } from './sections/deployment-section';

/**
 * The current persisted workbook (version 6): the single source of truth for everything saved in the browser
 * and everything exported or imported. What is where:
 * - saved in IndexedDB and exported: all of `Workbook`;
 * - neither: UI state (open panels, drafts of dialogs), live training sessions, the running simulation.
 * Bump WORKBOOK_VERSION and add a step in migrations.ts whenever this shape changes.
 */
export const WORKBOOK_VERSION = 6;

const MAX_TEXT = 100_000;

/** What every stage's section has: the free text a team writes for it. Each stage's tools add their own fields. */
export const stageSectionSchema = z.object({
  notes: z.string().max(MAX_TEXT),
});

export const projectSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1, 'a project needs a name').max(200),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  sections: z.object({
    scoping: scopingSectionSchema,
    data: dataSectionSchema,
    modeling: modelingSectionSchema,
    deployment: deploymentSectionSchema,
  }),
});

/** A finished lesson; `doneAt` is null for lessons finished before the date was recorded (v1). */
export const lessonProgressSchema = z.object({ doneAt: z.iso.datetime().nullable() });

export const workbookSchema = z.object({
  version: z.literal(WORKBOOK_VERSION),
  activeProjectId: z.string().nullable(),
  projects: z.array(projectSchema),
  progress: z.object({ lessons: z.record(z.string(), lessonProgressSchema) }),
});

export type Project = z.infer<typeof projectSchema>;
export type StageSection = z.infer<typeof stageSectionSchema>;
export type Workbook = z.infer<typeof workbookSchema>;

export function emptyWorkbook(): Workbook {
  return { version: WORKBOOK_VERSION, activeProjectId: null, projects: [], progress: { lessons: {} } };
}

export function newProject(name: string, now: Date = new Date(), id: string = crypto.randomUUID()): Project {
  const at = now.toISOString();
  return {
    id,
    name: name.trim() || 'Untitled project',
    createdAt: at,
    updatedAt: at,
    sections: {
      scoping: emptyScopingSection(),
      data: emptyDataSection(),
      modeling: emptyModelingSection(),
      deployment: emptyDeploymentSection(),
    },
  };
}
