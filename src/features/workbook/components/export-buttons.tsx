import { downloadText } from '@/components/download';
import type { Project, Workbook } from '../schema/workbook-schema';
import { fileNameFor, projectToFile, workbookToFile } from '../transfer/file-formats';
import { projectToMarkdown } from '../transfer/project-markdown';

export function exportWorkbook(workbook: Workbook): void {
  const stamp = new Date().toISOString().slice(0, 10);
  downloadText(
    `lifecycle-lab-workbook-${stamp}.json`,
    JSON.stringify(workbookToFile(workbook), null, 2),
    'application/json',
  );
}

export function exportProjectJson(project: Project): void {
  downloadText(
    fileNameFor(project.name, 'lifecycle-lab.json'),
    JSON.stringify(projectToFile(project), null, 2),
    'application/json',
  );
}

export function exportProjectMarkdown(project: Project): void {
  downloadText(fileNameFor(project.name, 'md'), projectToMarkdown(project), 'text/markdown');
}
