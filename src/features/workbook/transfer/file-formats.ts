import type { Project, Workbook } from '../schema/workbook-schema';
import { WORKBOOK_VERSION } from '../schema/workbook-schema';

/**
 * Exported files are envelopes: `format` says what the file holds, `version` which workbook schema its data
 * follows. A whole workbook carries its own `version` inside `workbook`; a single project is wrapped in a
 * one-project workbook on import so that it goes through the same migrations.
 */
export const WORKBOOK_FORMAT = 'lifecycle-lab/workbook';
export const PROJECT_FORMAT = 'lifecycle-lab/project';
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface WorkbookFile {
  format: typeof WORKBOOK_FORMAT;
  exportedAt: string;
  workbook: Workbook;
}

export interface ProjectFile {
  format: typeof PROJECT_FORMAT;
  version: number;
  exportedAt: string;
  project: Project;
}

export function workbookToFile(workbook: Workbook, now = new Date()): WorkbookFile {
  return { format: WORKBOOK_FORMAT, exportedAt: now.toISOString(), workbook };
}

export function projectToFile(project: Project, now = new Date()): ProjectFile {
  return { format: PROJECT_FORMAT, version: WORKBOOK_VERSION, exportedAt: now.toISOString(), project };
}

/** A file name that is safe on every OS: `voice-search.lifecycle-lab.json`. */
export function fileNameFor(name: string, extension: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'project'}.${extension}`;
}
