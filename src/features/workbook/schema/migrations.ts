import type { z } from 'zod';
import { workbookV1Schema, type WorkbookV1 } from './workbook-v1';
import { workbookV2Schema, type WorkbookV2 } from './workbook-v2';
import { emptyScopingSection } from './sections/scoping-section';
import { workbookV3Schema, type WorkbookV3 } from './workbook-v3';
import { emptyDataSection } from './sections/data-section';
import { workbookV4Schema, type WorkbookV4 } from './workbook-v4';
import { emptyModelingSection } from './sections/modeling-section';
import { workbookV5Schema, type WorkbookV5 } from './workbook-v5';
import { emptyDeploymentSection } from './sections/deployment-section';
import { WORKBOOK_VERSION, workbookSchema, type Workbook } from './workbook-schema';
import { describeZodError } from './describe-zod-error';

/**
 * The one restore step: every workbook that enters the app — read from IndexedDB or imported from a file —
 * goes through `upgradeWorkbook`, which checks it against the schema of the version it claims, upgrades it
 * one version at a time, and validates the result against the current schema.
 */

export type WorkbookProblem =
  | { kind: 'not-an-object'; message: string }
  | { kind: 'missing-version'; message: string }
  | { kind: 'newer-version'; message: string; version: number }
  | { kind: 'unknown-version'; message: string; version: number }
  | { kind: 'invalid'; message: string; version: number };

export type UpgradeResult =
  { ok: true; workbook: Workbook; migratedFrom: number } | { ok: false; problem: WorkbookProblem };

/** v1 → v2: per-stage notes move into per-stage sections; the done-lessons list becomes a record. */
function v1ToV2(old: WorkbookV1): WorkbookV2 {
  return {
    version: 2,
    activeProjectId: old.activeProjectId,
    projects: old.projects.map((p) => ({
      id: p.id,
      name: p.name,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      sections: {
        scoping: { notes: p.notes.scoping },
        data: { notes: p.notes.data },
        modeling: { notes: p.notes.modeling },
        deployment: { notes: p.notes.deployment },
      },
    })),
    progress: { lessons: Object.fromEntries(old.lessonsDone.map((id) => [id, { doneAt: null }])) },
  };
}

/** v2 → v3: the scoping section gains the guided canvas; its notes are kept as they were. */
function v2ToV3(old: WorkbookV2): WorkbookV3 {
  return {
    ...old,
    version: 3,
    projects: old.projects.map((p) => ({
      ...p,
      sections: { ...p.sections, scoping: emptyScopingSection(p.sections.scoping.notes) },
    })),
  };
}

/** v3 → v4: the data section gains datasets, the data definition, inventory, label study and split plan. */
function v3ToV4(old: WorkbookV3): WorkbookV4 {
  return {
    ...old,
    version: 4,
    projects: old.projects.map((p) => ({
      ...p,
      sections: { ...p.sections, data: emptyDataSection(p.sections.data.notes) },
    })),
  };
}

/** v4 → v5: the modeling section gains the experiment log, saved models and error-analysis tags. */
function v4ToV5(old: WorkbookV4): WorkbookV5 {
  return {
    ...old,
    version: 5,
    projects: old.projects.map((p) => ({
      ...p,
      sections: { ...p.sections, modeling: emptyModelingSection(p.sections.modeling.notes) },
    })),
  };
}

/**
 * v5 → v6: the deployment section gains the studio's settings (served model, label delay, alert thresholds,
 * degree of automation), all at their defaults; its notes are kept as they were.
 */
function v5ToV6(old: WorkbookV5): Workbook {
  return {
    ...old,
    version: 6,
    projects: old.projects.map((p) => ({
      ...p,
      sections: { ...p.sections, deployment: emptyDeploymentSection(p.sections.deployment.notes) },
    })),
  };
}

/** A step reads one version (validating it against that version's schema) and lifts it one version up. */
type Step = (input: unknown) => { ok: true; value: unknown } | { ok: false; message: string };

function step<T>(schema: z.ZodType<T>, up: (old: T) => unknown): Step {
  return (input) => {
    const parsed = schema.safeParse(input);
    return parsed.success
      ? { ok: true, value: up(parsed.data) }
      : { ok: false, message: describeZodError(parsed.error) };
  };
}

const STEPS: Record<number, Step> = {
  1: step(workbookV1Schema, v1ToV2),
  2: step(workbookV2Schema, v2ToV3),
  3: step(workbookV3Schema, v3ToV4),
  4: step(workbookV4Schema, v4ToV5),
  5: step(workbookV5Schema, v5ToV6),
};

export function upgradeWorkbook(raw: unknown): UpgradeResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problem: { kind: 'not-an-object', message: 'expected a workbook object' } };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      problem: { kind: 'missing-version', message: 'the "version" field is missing or not a whole number' },
    };
  }
  if (version > WORKBOOK_VERSION) {
    return {
      ok: false,
      problem: {
        kind: 'newer-version',
        version,
        message: `it was made by a newer Lifecycle Lab (workbook version ${version}); this app reads versions up to ${WORKBOOK_VERSION}`,
      },
    };
  }
  if (version < 1 || (version < WORKBOOK_VERSION && !STEPS[version])) {
    return {
      ok: false,
      problem: { kind: 'unknown-version', version, message: `workbook version ${version} does not exist` },
    };
  }

  let current: unknown = raw;
  for (let v = version; v < WORKBOOK_VERSION; v++) {
    const lifted = STEPS[v]!(current);
    if (!lifted.ok) return { ok: false, problem: { kind: 'invalid', version: v, message: lifted.message } };
    current = lifted.value;
  }
  const final = workbookSchema.safeParse(current);
  if (!final.success) {
    return {
      ok: false,
      problem: { kind: 'invalid', version: WORKBOOK_VERSION, message: describeZodError(final.error) },
    };
  }
  return { ok: true, workbook: final.data, migratedFrom: version };
}
