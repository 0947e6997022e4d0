import { z } from 'zod';
import { scopingSectionSchema } from './sections/scoping-section';
import { dataSectionSchema } from './sections/data-section';
import { modelingSectionSchema } from './sections/modeling-section';

/**
 * Version 5 of the persisted workbook: scoping, data and modeling had their studios, deployment only notes.
 * Kept to read old saves and exports. (It reuses the scoping, data and modeling schemas, which v6 did not
 * change; if a later version changes them, freeze copies here first.)
 */
const notesOnly = z.object({ notes: z.string() });

export const workbookV5Schema = z.object({
  version: z.literal(5),
  activeProjectId: z.string().nullable(),
  projects: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      createdAt: z.string(),
      updatedAt: z.string(),
      sections: z.object({
        scoping: scopingSectionSchema,
        data: dataSectionSchema,
        modeling: modelingSectionSchema,
        deployment: notesOnly,
      }),
    }),
  ),
  progress: z.object({ lessons: z.record(z.string(), z.object({ doneAt: z.string().nullable() })) }),
});

export type WorkbookV5 = z.infer<typeof workbookV5Schema>;
