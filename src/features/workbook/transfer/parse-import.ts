import type { Project, Workbook } from '../schema/workbook-schema';
import { upgradeWorkbook } from '../schema/migrations';
import { MAX_IMPORT_BYTES, PROJECT_FORMAT, WORKBOOK_FORMAT } from './file-formats';

/**
 * Reads an import file's text into projects (and lesson progress) without touching the workbook: the caller
 * decides what to do with conflicts. Every failure names the problem in words a user can act on.
 */
export type ImportPayload = {
  kind: 'workbook' | 'project';
  projects: Project[];
  lessons: Workbook['progress']['lessons'];
};

export type ImportResult = { ok: true; payload: ImportPayload } | { ok: false; error: string };

export function checkImportSize(bytes: number): string | null {
  if (bytes > MAX_IMPORT_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    return `The file is ${mb} MB; Lifecycle Lab imports files up to 5 MB.`;
  }
  if (bytes === 0) return 'The file is empty.';
  return null;
}

/**
 * True when the text ends inside a string or with brackets still open — the mark of a file cut short.
 * (Engines word JSON errors differently, so the structure is checked instead of the message.)
 */
export function looksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

export function parseImport(text: string): ImportResult {
  const sizeProblem = checkImportSize(new TextEncoder().encode(text).length);
  if (sizeProblem) return { ok: false, error: sizeProblem };

  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const truncated = looksTruncated(text) || /end of (JSON )?input|Unterminated/i.test(detail);
    return {
      ok: false,
      error: truncated
        ? `The file is not complete JSON — it looks truncated (${detail}).`
        : `The file is not valid JSON (${detail}).`,
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'This is not a Lifecycle Lab file: expected a JSON object.' };
  }
  const format = (raw as { format?: unknown }).format;

  if (format === WORKBOOK_FORMAT) {
    const result = upgradeWorkbook((raw as { workbook?: unknown }).workbook);
    if (!result.ok)
      return { ok: false, error: `This workbook file can't be imported: ${result.problem.message}.` };
    return {
      ok: true,
      payload: {
        kind: 'workbook',
        projects: result.workbook.projects,
        lessons: result.workbook.progress.lessons,
      },
    };
  }
  if (format === PROJECT_FORMAT) {
    const { version, project } = raw as { version?: unknown; project?: unknown };
    // Wrap the project in a one-project workbook of its version so it passes through the same migrations.
    const asWorkbook =
      version === 1
        ? { version, activeProjectId: null, projects: [project], lessonsDone: [] }
        : { version, activeProjectId: null, projects: [project], progress: { lessons: {} } };
    const result = upgradeWorkbook(asWorkbook);
    if (!result.ok) {
      const message = result.problem.message.replace(/^projects\[0\]\.?/, 'project.');
      return { ok: false, error: `This project file can't be imported: ${message}.` };
    }
    return { ok: true, payload: { kind: 'project', projects: result.workbook.projects, lessons: {} } };
  }
  return {
    ok: false,
    error:
      format === undefined
        ? 'This is not a Lifecycle Lab file: it has no "format" field.'
        : `This is not a Lifecycle Lab file: unknown format ${JSON.stringify(format)}.`,
  };
}
