import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  emptyWorkbook,
  projectSchema,
  WORKBOOK_VERSION,
  type Project,
  type Workbook,
} from '../schema/workbook-schema';
import { upgradeWorkbook } from '../schema/migrations';
import { describeZodError } from '../schema/describe-zod-error';
import type { Stage } from '../schema/stages';
import type { ImportPayload } from '../transfer/parse-import';
import * as actions from './workbook-actions';
import { blockWrites, idbStorage } from './idb-storage';
import { useSaveStatusStore } from './save-status-store';

export const WORKBOOK_STORAGE_KEY = 'lifecycle-lab/workbook';

interface WorkbookState {
  workbook: Workbook;
  createProject(name: string): string;
  renameProject(id: string, name: string): void;
  duplicateProject(id: string): void;
  deleteProject(id: string): actions.DeletedProject | null;
  restoreProject(deleted: actions.DeletedProject): void;
  setActiveProject(id: string): void;
  /** Applies the change if the project stays valid; otherwise keeps the old state and returns why. */
  updateSection<S extends Stage>(
    projectId: string,
    stage: S,
    patch: Partial<Project['sections'][S]>,
  ): string | null;
  /** Adds a ready-made project (from a template or a share link) and makes it active. */
  addProject(project: Project): void;
  setLessonDone(lessonId: string, done: boolean): void;
  importPayload(
    payload: ImportPayload,
    mode: actions.ConflictMode,
  ): ReturnType<typeof actions.importProjects>;
}

/**
 * The persisted workbook: one store, saved whole to IndexedDB. The UI waits for `useWorkbookHydrated()`
 * before rendering anything that can write, so the saved workbook is always read before it is written.
 */
export const useWorkbookStore = create<WorkbookState>()(
  persist(
    (set, get) => {
      const apply = (next: Workbook) => set({ workbook: next });
      return {
        workbook: emptyWorkbook(),
        createProject: (name) => {
          const { workbook, id } = actions.createProject(get().workbook, name);
          apply(workbook);
          return id;
        },
        renameProject: (id, name) => apply(actions.renameProject(get().workbook, id, name)),
        duplicateProject: (id) => apply(actions.duplicateProject(get().workbook, id)),
        deleteProject: (id) => {
          const { workbook, deleted } = actions.removeProject(get().workbook, id);
          apply(workbook);
          return deleted;
        },
        addProject: (project) => apply(actions.addProject(get().workbook, project)),
        restoreProject: (deleted) => apply(actions.restoreProject(get().workbook, deleted)),
        setActiveProject: (id) => {
          const wb = get().workbook;
          if (wb.projects.some((p) => p.id === id)) apply({ ...wb, activeProjectId: id });
        },
        // Edits are checked against the schema before they are kept: an invalid value (say, a number out of
        // range mid-typing) must never reach storage, where it would make the saved workbook unreadable.
        updateSection: (projectId, stage, patch) => {
          const next = actions.updateSection(get().workbook, projectId, stage, patch);
          const project = next.projects.find((p) => p.id === projectId);
          const checked = project ? projectSchema.safeParse(project) : null;
          if (checked && !checked.success) return describeZodError(checked.error);
          apply(next);
          return null;
        },
        setLessonDone: (lessonId, done) => apply(actions.setLessonDone(get().workbook, lessonId, done)),
        importPayload: (payload, mode) => {
          const result = actions.importProjects(get().workbook, payload, mode);
          apply(result.workbook);
          return result;
        },
      };
    },
    {
      name: WORKBOOK_STORAGE_KEY,
      version: WORKBOOK_VERSION,
      storage: createJSONStorage(() => idbStorage),
      partialize: (state) => ({ workbook: state.workbook }),
      // Saved state from an older version goes through the same restore step as an import.
      migrate: (persisted) => {
        const result = upgradeWorkbook((persisted as { workbook?: unknown } | null)?.workbook);
        if (!result.ok) throw new Error(`The saved workbook could not be read: ${result.problem.message}.`);
        return { workbook: result.workbook };
      },
      // Even at the current version, validate what was read: a damaged save must not crash the app.
      merge: (persisted, current) => {
        if (persisted == null) return current;
        const result = upgradeWorkbook((persisted as { workbook?: unknown }).workbook);
        if (!result.ok) throw new Error(`The saved workbook could not be read: ${result.problem.message}.`);
        return { ...current, workbook: result.workbook };
      },
      // Called once reading ends, with or without an error (zustand leaves `hasHydrated()` false on errors,
      // so the UI gate listens to our own flag instead).
      onRehydrateStorage: () => (_state, error) => {
        const status = useSaveStatusStore.getState();
        status.markHydrated();
        if (!error || status.status === 'unavailable') return;
        // The saved workbook exists but is unreadable: keep it untouched on disk for this session.
        blockWrites();
        status.setStatus('unreadable', error instanceof Error ? error.message : String(error));
      },
    },
  ),
);
