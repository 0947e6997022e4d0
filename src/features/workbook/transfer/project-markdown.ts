import type { Project } from '../schema/workbook-schema';
import { STAGES, STAGE_LABELS } from '../schema/stages';

/** A readable report of one project, for sharing or printing. Empty sections say so instead of vanishing. */
export function projectToMarkdown(project: Project, now = new Date()): string {
  const lines: string[] = [
    `# ${project.name}`,
    '',
    `Created ${project.createdAt.slice(0, 10)} · last updated ${project.updatedAt.slice(0, 10)} · exported ${now
      .toISOString()
      .slice(0, 10)} from Lifecycle Lab.`,
    '',
  ];
  STAGES.forEach((stage, i) => {
    lines.push(`## ${i + 1}. ${STAGE_LABELS[stage]}`, '');
    const notes = project.sections[stage].notes.trim();
    lines.push(notes ? notes : '_No notes yet._', '');
  });
  return lines.join('\n');
}
