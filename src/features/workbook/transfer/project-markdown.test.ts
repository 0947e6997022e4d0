import { expect, it } from 'vitest';
import { newProject } from '../schema/workbook-schema';
import { fileNameFor } from './file-formats';
import { projectToMarkdown } from './project-markdown';

it('writes every stage as a section, with notes or a placeholder', () => {
  const p = newProject('Defect inspection', new Date('2026-03-02T00:00:00Z'), 'id');
  p.sections.data.notes = 'Scratch if longer than 0.3 mm.';
  const md = projectToMarkdown(p, new Date('2026-03-05T00:00:00Z'));
  expect(md).toContain('# Defect inspection');
  expect(md).toContain('exported 2026-03-05');
  expect(md).toMatch(/## 2\. Data\n\nScratch if longer than 0\.3 mm\./);
  expect(md).toMatch(/## 1\. Scoping\n\n_No notes yet\._/);
  expect(md.match(/^## /gm)).toHaveLength(4);
});

it('makes safe file names', () => {
  expect(fileNameFor('Phone défect — inspection!', 'json')).toBe('phone-defect-inspection.json');
  expect(fileNameFor('!!!', 'md')).toBe('project.md');
});
