import { create } from 'zustand';

/**
 * Where the workbook's last write stands, for the header's save indicator and the storage banner.
 * - `unavailable`: IndexedDB could not be opened (private mode, disabled storage); nothing will be saved.
 * - `unreadable`: the saved workbook exists but could not be read or upgraded; to protect it, this session
 *   does not write over it.
 * Not persisted.
 */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed' | 'unavailable' | 'unreadable';

interface SaveStatusState {
  /** The saved workbook has been read (or reading it has failed): from now on the UI may write. */
  hydrated: boolean;
  status: SaveStatus;
  message: string | null;
  savedAt: number | null;
  setStatus(status: SaveStatus, message?: string | null): void;
  markHydrated(): void;
}

export const useSaveStatusStore = create<SaveStatusState>()((set) => ({
  hydrated: false,
  status: 'idle',
  message: null,
  savedAt: null,
  setStatus: (status, message = null) =>
    set(status === 'saved' ? { status, message, savedAt: Date.now() } : { status, message }),
  markHydrated: () => set({ hydrated: true }),
}));

/** True when the session cannot save, so the UI should urge an export. */
export function isStorageBroken(status: SaveStatus): boolean {
  return status === 'failed' || status === 'unavailable' || status === 'unreadable';
}
