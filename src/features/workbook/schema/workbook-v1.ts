import { z } from 'zod';

/**
 * Version 1 of the persisted workbook, kept only so that old saves and exports can be read and upgraded.
 * In v1 a project kept one free-text note per stage in `notes`, and the workbook kept finished lessons as a
 * plain list of ids. Never change this schema: it describes files that already exist.
 */
export const projectV1Schema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  notes: z.object({
    scoping: z.string(),
    data: z.string(),
    modeling: z.string(),
    deployment: z.string(),
  }),
});

export const workbookV1Schema = z.object({
  version: z.literal(1),
  activeProjectId: z.string().nullable(),
  projects: z.array(projectV1Schema),
  lessonsDone: z.array(z.string()),
});

export type WorkbookV1 = z.infer<typeof workbookV1Schema>;
