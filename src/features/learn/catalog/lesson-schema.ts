import { z } from 'zod';

/** The front matter every lesson in content/lessons/ must carry. */
export const lessonMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lowercase letters, digits and dashes'),
  title: z.string().min(1),
  course: z.number().int().min(1).max(4),
  week: z.number().int().min(1).max(6),
  stage: z.enum(['scoping', 'data', 'modeling', 'deployment']),
  order: z.number(),
  summary: z.string().min(1),
});

export type LessonMeta = z.infer<typeof lessonMetaSchema>;
export type Lesson = LessonMeta & { file: string };
export type LessonProblem = { file: string; error: string };
