import { describe, expect, it } from 'vitest';
import v1Fixture from './fixtures/workbook-v1.json';
import v2Fixture from './fixtures/workbook-v2.json';
import v5Fixture from './fixtures/workbook-v5.json';
import { DEFAULT_THRESHOLDS } from '@/lib/sim/types';
import { emptyScopingSection } from './sections/scoping-section';
import { deploymentSectionSchema, emptyDeploymentSection } from './sections/deployment-section';
import { upgradeWorkbook } from './migrations';
import { WORKBOOK_VERSION, emptyWorkbook, newProject } from './workbook-schema';

describe('upgradeWorkbook', () => {
  it('upgrades the committed v1 fixture to the current version with nothing lost', () => {
    const result = upgradeWorkbook(structuredClone(v1Fixture));
    if (!result.ok) throw new Error(result.problem.message);
    const wb = result.workbook;
    expect(result.migratedFrom).toBe(1);
    expect(wb.version).toBe(6);
    expect(wb.activeProjectId).toBe(v1Fixture.activeProjectId);
    expect(wb.projects).toHaveLength(v1Fixture.projects.length);
    v1Fixture.projects.forEach((old, i) => {
      const p = wb.projects[i]!;
      expect(p.id).toBe(old.id);
      expect(p.name).toBe(old.name);
      expect(p.createdAt).toBe(old.createdAt);
      expect(p.updatedAt).toBe(old.updatedAt);
      expect(p.sections.scoping.notes).toBe(old.notes.scoping);
      expect(p.sections.data.notes).toBe(old.notes.data);
      expect(p.sections.modeling.notes).toBe(old.notes.modeling);
      expect(p.sections.deployment).toEqual(emptyDeploymentSection(old.notes.deployment));
    });
    expect(Object.keys(wb.progress.lessons).sort()).toEqual(['data', 'scoping']);
    expect(wb.progress.lessons.scoping).toEqual({ doneAt: null });
  });

  it('upgrades the committed v2 fixture: scoping gains an empty canvas, every note is kept', () => {
    const result = upgradeWorkbook(structuredClone(v2Fixture));
    if (!result.ok) throw new Error(result.problem.message);
    const [project] = result.workbook.projects;
    const [old] = v2Fixture.projects;
    expect(result.migratedFrom).toBe(2);
    expect(result.workbook.version).toBe(6);
    expect(project!.sections.scoping).toEqual(emptyScopingSection(old!.sections.scoping.notes));
    expect(project!.sections.data.notes).toEqual(old!.sections.data.notes);
    expect(project!.sections.modeling.notes).toEqual(old!.sections.modeling.notes);
    expect(project!.sections.deployment).toEqual(emptyDeploymentSection(old!.sections.deployment.notes));
    expect(result.workbook.progress).toEqual(v2Fixture.progress);
    expect({ ...project, sections: undefined }).toEqual({ ...old, sections: undefined });
  });

  it('v3 → v4 keeps the data notes and adds an empty data studio', async () => {
    const { emptyDataSection } = await import('./sections/data-section');
    const v3 = {
      version: 3,
      activeProjectId: null,
      progress: { lessons: {} },
      projects: [
        {
          ...newProject('P', new Date('2026-01-01T00:00:00Z'), 'p'),
          sections: {
            scoping: emptyScopingSection('s'),
            data: { notes: 'd' },
            modeling: { notes: 'm' },
            deployment: { notes: '' },
          },
        },
      ],
    };
    const result = upgradeWorkbook(v3);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.migratedFrom).toBe(3);
    expect(result.workbook.projects[0]!.sections.data).toEqual(emptyDataSection('d'));
    expect(result.workbook.projects[0]!.sections.scoping).toEqual(emptyScopingSection('s'));
  });

  it('v4 → v5 keeps the modeling notes and adds an empty experiment log', async () => {
    const { emptyModelingSection } = await import('./sections/modeling-section');
    const { emptyDataSection } = await import('./sections/data-section');
    const v4 = {
      version: 4,
      activeProjectId: null,
      progress: { lessons: {} },
      projects: [
        {
          ...newProject('P', new Date('2026-01-01T00:00:00Z'), 'p'),
          sections: {
            scoping: emptyScopingSection(),
            data: emptyDataSection('d'),
            modeling: { notes: 'm' },
            deployment: { notes: 'dep' },
          },
        },
      ],
    };
    const result = upgradeWorkbook(v4);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.migratedFrom).toBe(4);
    expect(result.workbook.projects[0]!.sections.modeling).toEqual(emptyModelingSection('m'));
    expect(result.workbook.projects[0]!.sections.data).toEqual(emptyDataSection('d'));
    expect(result.workbook.projects[0]!.sections.deployment).toEqual(emptyDeploymentSection('dep'));
  });

  it('upgrades the committed v5 fixture: deployment keeps its notes and gets the default settings, nothing else changes', () => {
    const result = upgradeWorkbook(structuredClone(v5Fixture));
    if (!result.ok) throw new Error(result.problem.message);
    const wb = result.workbook;
    expect(result.migratedFrom).toBe(5);
    expect(wb.version).toBe(6);
    expect(wb.activeProjectId).toBe(v5Fixture.activeProjectId);
    expect(wb.progress).toEqual(v5Fixture.progress);
    expect(wb.projects).toHaveLength(v5Fixture.projects.length);
    v5Fixture.projects.forEach((old, i) => {
      const p = wb.projects[i]!;
      const { deployment, ...rest } = p.sections;
      expect({ ...p, sections: undefined }).toEqual({ ...old, sections: undefined });
      expect(rest).toEqual({
        scoping: old.sections.scoping,
        data: old.sections.data,
        modeling: old.sections.modeling,
      });
      expect(deployment).toEqual({
        notes: old.sections.deployment.notes,
        modelId: null,
        labelDelaySec: 3,
        thresholds: DEFAULT_THRESHOLDS,
        automation: { mode: 'full', threshold: 0.7, humanAccuracy: 0.97, costPerCase: 2, delaySeconds: 30 },
      });
    });
    expect(wb.projects[0]!.sections.deployment.notes).toBe('Shadow mode for a month, then a 5 % canary.');
  });

  it('names the offending field of an invalid v5 file', () => {
    const broken = structuredClone(v5Fixture) as { projects: { sections: { deployment: unknown } }[] };
    broken.projects[0]!.sections.deployment = { notes: 3 };
    const result = upgradeWorkbook(broken);
    expect(result.ok ? 'ok' : result.problem).toMatchObject({ kind: 'invalid', version: 5 });
    if (!result.ok) expect(result.problem.message).toMatch(/^projects\[0\]\.sections\.deployment\.notes: /);
  });

  it('new deployment sections are valid, hold the simulator defaults and share nothing with them', () => {
    const a = emptyDeploymentSection('n');
    expect(deploymentSectionSchema.parse(a)).toEqual(a);
    expect(a.thresholds).toEqual(DEFAULT_THRESHOLDS);
    a.thresholds.drift.psi.threshold = 9;
    a.automation.mode = 'shadow';
    expect(DEFAULT_THRESHOLDS.drift.psi.threshold).toBe(0.2);
    expect(emptyDeploymentSection().automation.mode).toBe('full');
    expect(newProject('P').sections.deployment).toEqual(emptyDeploymentSection());
  });

  it('accepts the current version unchanged', () => {
    const wb = { ...emptyWorkbook(), projects: [newProject('A', new Date('2026-01-01T00:00:00Z'), 'a')] };
    const result = upgradeWorkbook(structuredClone(wb));
    expect(result).toEqual({ ok: true, workbook: wb, migratedFrom: WORKBOOK_VERSION });
  });

  it('refuses a v7 file as newer', () => {
    const result = upgradeWorkbook({ ...emptyWorkbook(), version: 7 });
    expect(result.ok ? 'ok' : result.problem).toEqual({
      kind: 'newer-version',
      version: 7,
      message: 'it was made by a newer Lifecycle Lab (workbook version 7); this app reads versions up to 6',
    });
  });

  it('refuses a newer version and says which', () => {
    const result = upgradeWorkbook({ ...emptyWorkbook(), version: 99 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.kind).toBe('newer-version');
      expect(result.problem.message).toContain('version 99');
    }
  });

  it.each([
    [null, 'not-an-object'],
    [[], 'not-an-object'],
    ['text', 'not-an-object'],
    [{ projects: [] }, 'missing-version'],
    [{ version: '2' }, 'missing-version'],
    [{ version: 0 }, 'unknown-version'],
  ])('refuses %j as %s', (input, kind) => {
    const result = upgradeWorkbook(input);
    expect(result.ok ? 'ok' : result.problem.kind).toBe(kind);
  });

  it('names the offending field of an invalid v1 file', () => {
    const broken = structuredClone(v1Fixture) as { projects: { name: unknown }[] };
    broken.projects[1]!.name = 42;
    const result = upgradeWorkbook(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toMatch(/^projects\[1\]\.name: /);
  });
});
