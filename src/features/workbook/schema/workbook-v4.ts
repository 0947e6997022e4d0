import { z } from 'zod';
import { scopingSectionSchema } from './sections/scoping-section';
import { dataSectionSchema } from './sections/data-section';

/**
 * Version 4 of the persisted workbook: scoping and data had their studios, modeling and deployment only notes.
 * Kept to read old saves and exports. (It reuses the scoping and data schemas, which v5 did not change; if a
 * later version changes them, freeze copies here first.)
 */
const notesOnly = z.object({ notes: z.string() });

export const workbookV4Schema = z.object({
  version: z.literal(4),
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
        modeling: notesOnly,
        deployment: notesOnly,
      }),
    }),
  ),
  progress: z.object({ lessons: z.record(z.string(), z.object({ doneAt: z.string().nullable() })) }),
});

export type WorkbookV4 = z.infer<typeof workbookV4Schema>;
