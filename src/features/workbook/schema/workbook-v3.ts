import { z } from 'zod';
import { scopingSectionSchema } from './sections/scoping-section';

/**
 * Version 3 of the persisted workbook: the scoping section had its canvas, the other sections only notes.
 * Kept to read old saves and exports. (It reuses the scoping schema, which v4 did not change; if a later
 * version changes it, freeze a copy here first.)
 */
const notesOnly = z.object({ notes: z.string() });

export const workbookV3Schema = z.object({
  version: z.literal(3),
  activeProjectId: z.string().nullable(),
  projects: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      createdAt: z.string(),
      updatedAt: z.string(),
      sections: z.object({
        scoping: scopingSectionSchema,
        data: notesOnly,
        modeling: notesOnly,
        deployment: notesOnly,
      }),
    }),
  ),
  progress: z.object({ lessons: z.record(z.string(), z.object({ doneAt: z.string().nullable() })) }),
});

export type WorkbookV3 = z.infer<typeof workbookV3Schema>;
