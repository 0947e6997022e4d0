import { describe, expect, it } from 'vitest';
import v1Fixture from '../schema/fixtures/workbook-v1.json';
import { emptyWorkbook, newProject } from '../schema/workbook-schema';
import { projectToFile, workbookToFile } from './file-formats';
import { parseImport } from './parse-import';

const project = newProject('Voice search', new Date('2026-02-01T10:00:00Z'), 'p1');
project.sections.data.notes = 'x = audio, y = transcript';

describe('parseImport', () => {
  it('round-trips a project file', () => {
    const result = parseImport(JSON.stringify(projectToFile(project)));
    expect(result).toEqual({ ok: true, payload: { kind: 'project', projects: [project], lessons: {} } });
  });

  it('round-trips a workbook file with its lesson progress', () => {
    const wb = { ...emptyWorkbook(), projects: [project], progress: { lessons: { data: { doneAt: null } } } };
    const result = parseImport(JSON.stringify(workbookToFile(wb)));
    expect(result.ok && result.payload).toEqual({
      kind: 'workbook',
      projects: [project],
      lessons: wb.progress.lessons,
    });
  });

  it('upgrades a v1 workbook inside a file', () => {
    const result = parseImport(JSON.stringify({ format: 'lifecycle-lab/workbook', workbook: v1Fixture }));
    expect(result.ok && result.payload.projects[0]!.sections.scoping.notes).toBe(
      v1Fixture.projects[0]!.notes.scoping,
    );
  });

  it('reports truncated JSON as truncated', () => {
    const text = JSON.stringify(projectToFile(project));
    const result = parseImport(text.slice(0, text.length / 2));
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/truncated/) });
  });

  it('recognises truncation whatever the engine says', async () => {
    const { looksTruncated } = await import('./parse-import');
    expect(looksTruncated('{"format": "lifecycle-lab/workbook", "workbook": {')).toBe(true);
    expect(looksTruncated('{"a": "unterminated \\" string')).toBe(true);
    expect(looksTruncated('{"a": "} ] {"}')).toBe(false);
    expect(looksTruncated('{"a": lifecycle}')).toBe(false);
  });

  it('reports corrupt JSON', () => {
    expect(parseImport('{"format": lifecycle}')).toEqual({
      ok: false,
      error: expect.stringMatching(/^The file is not valid JSON/),
    });
  });

  it('reports a JSON file of the wrong type', () => {
    expect(parseImport('[1,2,3]')).toEqual({
      ok: false,
      error: expect.stringMatching(/expected a JSON object/),
    });
    expect(parseImport('{"name":"x"}')).toEqual({
      ok: false,
      error: expect.stringMatching(/no "format" field/),
    });
    expect(parseImport('{"format":"other/app"}')).toEqual({
      ok: false,
      error: expect.stringMatching(/unknown format "other\/app"/),
    });
  });

  it('reports a newer version', () => {
    const file = { ...projectToFile(project), version: 7 };
    expect(parseImport(JSON.stringify(file))).toEqual({
      ok: false,
      error: expect.stringMatching(/newer Lifecycle Lab.*version 7/),
    });
  });

  it('names the invalid field of a project', () => {
    const file = projectToFile({ ...project, name: '' });
    expect(parseImport(JSON.stringify(file))).toEqual({
      ok: false,
      error: expect.stringMatching(/project\.name: a project needs a name/),
    });
  });

  it('refuses files over 5 MB and empty files', () => {
    expect(parseImport(' '.repeat(5 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      error: expect.stringMatching(/5\.0 MB.*up to 5 MB/),
    });
    expect(parseImport('')).toEqual({ ok: false, error: 'The file is empty.' });
  });
});
