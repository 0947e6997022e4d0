import { z } from 'zod';
import { newProject, scopingSectionSchema, type Project, type ScopingSection } from '@/features/workbook';

/**
 * Scoping templates from content/templates/*.json: a blank canvas and filled examples written for the
 * course. Each is validated against the same schema as saved projects; an invalid file is reported, never used.
 */
const templateSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1).max(120),
  summary: z.string().min(1).max(400),
  projectName: z.string().min(1).max(200),
  scoping: scopingSectionSchema,
});

export type ScopingTemplate = z.infer<typeof templateSchema>;

export function loadTemplates(files: Record<string, unknown>): {
  templates: ScopingTemplate[];
  problems: string[];
} {
  const templates: ScopingTemplate[] = [];
  const problems: string[] = [];
  for (const [path, json] of Object.entries(files)) {
    const file = path.split('/').pop()!;
    const parsed = templateSchema.safeParse(json);
    if (!parsed.success)
      problems.push(`${file}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
    else if (`${parsed.data.id}.json` !== file)
      problems.push(`${file}: id “${parsed.data.id}” does not match the file name`);
    else templates.push(parsed.data);
  }
  // Blank first, then the examples by title.
  templates.sort((a, b) => (a.id === 'blank' ? -1 : b.id === 'blank' ? 1 : a.title.localeCompare(b.title)));
  return { templates, problems };
}

const files = import.meta.glob('/content/templates/*.json', { eager: true, import: 'default' });
export const { templates: SCOPING_TEMPLATES, problems: TEMPLATE_PROBLEMS } = loadTemplates(files);

/** A new, independent project whose scoping section is a deep copy of the template's. */
export function projectFromScoping(name: string, scoping: ScopingSection): Project {
  const project = newProject(name);
  return { ...project, sections: { ...project.sections, scoping: structuredClone(scoping) } };
}
