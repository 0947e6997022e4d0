import { useSaveStatusStore } from './save-status-store';
import { useWorkbookStore } from './workbook-store';
import type { Project } from '../schema/workbook-schema';

export function useWorkbookHydrated(): boolean {
  return useSaveStatusStore((s) => s.hydrated);
}

export function useActiveProject(): Project | null {
  return useWorkbookStore(
    (s) => s.workbook.projects.find((p) => p.id === s.workbook.activeProjectId) ?? null,
  );
}

export function useLessonsDone(): Record<string, { doneAt: string | null }> {
  return useWorkbookStore((s) => s.workbook.progress.lessons);
}
