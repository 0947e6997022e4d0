import { get, set } from 'idb-keyval';
import type { StateStorage } from 'zustand/middleware';
import { useSaveStatusStore } from './save-status-store';

/**
 * zustand `StateStorage` over IndexedDB (idb-keyval) that reports every write to the save indicator.
 *
 * Writes are coalesced, not debounced: while one write is in flight, later values replace each other in a
 * single pending slot, and the newest is written as soon as the first lands. No edit waits on a timer, so a
 * reload right after typing still finds the value saved, and a burst of keystrokes costs at most two writes.
 */
let pending: { name: string; value: string } | null = null;
let inFlight: Promise<void> | null = null;
let writesBlocked = false;

function describeStorageError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'The browser storage is full.';
  }
  return error instanceof Error ? error.message : String(error);
}

async function drain(): Promise<void> {
  const status = useSaveStatusStore.getState();
  while (pending) {
    const { name, value } = pending;
    pending = null;
    try {
      await set(name, value);
      if (!pending) status.setStatus('saved');
    } catch (error) {
      status.setStatus('failed', describeStorageError(error));
    }
  }
  inFlight = null;
}

export const idbStorage: StateStorage = {
  async getItem(name) {
    try {
      return (await get<string>(name)) ?? null;
    } catch (error) {
      useSaveStatusStore.getState().setStatus('unavailable', describeStorageError(error));
      writesBlocked = true;
      throw error;
    }
  },
  setItem(name, value) {
    if (writesBlocked) return;
    pending = { name, value };
    useSaveStatusStore.getState().setStatus('saving');
    inFlight ??= drain();
    return inFlight;
  },
  async removeItem() {
    // The workbook is never removed as a whole; projects are deleted inside it.
  },
};

/** Stops all writes for this session (used when the saved workbook could not be read, to protect it). */
export function blockWrites(): void {
  writesBlocked = true;
}

/** Resolves when every queued write has landed; for tests and before an export. */
export function flushWrites(): Promise<void> {
  return inFlight ?? Promise.resolve();
}
