import { z } from 'zod';

/**
 * Version 2 of the persisted workbook: every stage section held only `notes`. Kept to read old saves and
 * exports; never change it.
 */
const sectionV2 = z.object({ notes: z.string() });

export const workbookV2Schema = z.object({
  version: z.literal(2),
  activeProjectId: z.string().nullable(),
  projects: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      createdAt: z.string(),
      updatedAt: z.string(),
      sections: z.object({ scoping: sectionV2, data: sectionV2, modeling: sectionV2, deployment: sectionV2 }),
    }),
  ),
  progress: z.object({ lessons: z.record(z.string(), z.object({ doneAt: z.string().nullable() })) }),
});

export type WorkbookV2 = z.infer<typeof workbookV2Schema>;
