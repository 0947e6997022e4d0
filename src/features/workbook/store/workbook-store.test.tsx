import { clear, get, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import v1Fixture from '../schema/fixtures/workbook-v1.json';
import { upgradeWorkbook } from '../schema/migrations';
import { WORKBOOK_VERSION } from '../schema/workbook-schema';

const KEY = 'lifecycle-lab/workbook';

/**
 * The store, its IndexedDB adapter and the save status keep module state (pending writes, the write block,
 * the hydration flag), so each test loads fresh copies, after the (fake) IndexedDB has been prepared.
 */
async function loadStore() {
  vi.resetModules();
  const { useWorkbookStore, WORKBOOK_STORAGE_KEY } = await import('./workbook-store');
  const { flushWrites } = await import('./idb-storage');
  const { useSaveStatusStore } = await import('./save-status-store');
  current = flushWrites;
  await useWorkbookStore.persist.rehydrate();
  return { useWorkbookStore, WORKBOOK_STORAGE_KEY, flushWrites, useSaveStatusStore };
}
let current: (() => Promise<void>) | null = null;

async function stored(): Promise<{
  state: { workbook: { version: number; projects: { name: string }[] } };
  version: number;
}> {
  const raw = await get<string>(KEY);
  if (typeof raw !== 'string') throw new Error(`nothing saved under ${KEY}`);
  return JSON.parse(raw);
}

beforeEach(async () => {
  await clear();
});

afterEach(async () => {
  // Let the last test's writes land before the next one clears the database.
  await current?.();
  current = null;
});

describe('workbook store over IndexedDB', () => {
  it('saves a new project under "lifecycle-lab/workbook"', async () => {
    const { useWorkbookStore, WORKBOOK_STORAGE_KEY, flushWrites, useSaveStatusStore } = await loadStore();
    expect(WORKBOOK_STORAGE_KEY).toBe(KEY);
    expect(useSaveStatusStore.getState().hydrated).toBe(true);
    expect(await get(KEY)).toBeUndefined(); // an empty database is read, not written

    const id = useWorkbookStore.getState().createProject('Voice search');
    expect(useSaveStatusStore.getState().status).toBe('saving');
    await flushWrites();

    const saved = await stored();
    expect(saved.version).toBe(WORKBOOK_VERSION);
    expect(saved.state.workbook).toEqual(useWorkbookStore.getState().workbook);
    expect(saved.state.workbook.projects.map((p) => p.name)).toEqual(['Voice search']);
    expect(useWorkbookStore.getState().workbook.activeProjectId).toBe(id);
    expect(useSaveStatusStore.getState().status).toBe('saved');
    expect(useSaveStatusStore.getState().savedAt).toEqual(expect.any(Number));
  });

  it('saves only the workbook, not the actions', async () => {
    const { useWorkbookStore, flushWrites } = await loadStore();
    useWorkbookStore.getState().createProject('A');
    await flushWrites();
    expect(Object.keys((await stored()).state)).toEqual(['workbook']);
  });

  it('keeps the newest value when edits come in quick succession', async () => {
    const { useWorkbookStore, flushWrites } = await loadStore();
    const { createProject, renameProject } = useWorkbookStore.getState();
    const id = createProject('A');
    renameProject(id, 'AB');
    renameProject(id, 'ABC');
    await flushWrites();
    expect((await stored()).state.workbook.projects.map((p) => p.name)).toEqual(['ABC']);
  });

  it('reads back what an earlier session saved', async () => {
    const first = await loadStore();
    first.useWorkbookStore.getState().createProject('Kept');
    await first.flushWrites();

    const second = await loadStore();
    expect(second.useWorkbookStore.getState().workbook).toEqual(first.useWorkbookStore.getState().workbook);
  });

  it('migrates a saved v1 workbook on rehydrate, and saves it back upgraded', async () => {
    await set(KEY, JSON.stringify({ state: { workbook: v1Fixture }, version: 1 }));
    const { useWorkbookStore, flushWrites, useSaveStatusStore } = await loadStore();

    const expected = upgradeWorkbook(structuredClone(v1Fixture));
    if (!expected.ok) throw new Error(expected.problem.message);
    const wb = useWorkbookStore.getState().workbook;
    expect(wb).toEqual(expected.workbook);
    expect(wb.version).toBe(WORKBOOK_VERSION);
    expect(wb.projects.map((p) => p.name)).toEqual(v1Fixture.projects.map((p) => p.name));
    expect(wb.projects[0]!.sections.data.notes).toBe(v1Fixture.projects[0]!.notes.data);
    expect(wb.activeProjectId).toBe(v1Fixture.activeProjectId);
    expect(Object.keys(wb.progress.lessons).sort()).toEqual(['data', 'scoping']);
    expect(useSaveStatusStore.getState().hydrated).toBe(true);
    expect(useSaveStatusStore.getState().status).not.toBe('unreadable');

    await flushWrites();
    const saved = await stored();
    expect(saved.version).toBe(WORKBOOK_VERSION);
    expect(saved.state.workbook).toEqual(expected.workbook);
  });

  it.each([
    ['from a newer version', '{"state":{"workbook":{"version":99}},"version":99}'],
    [
      'invalid at the current version',
      `{"state":{"workbook":{"version":${WORKBOOK_VERSION},"projects":"oops"}},"version":${WORKBOOK_VERSION}}`,
    ],
  ])('leaves an unreadable save (%s) untouched, even after changes', async (_what, raw) => {
    await set(KEY, raw);
    const { useWorkbookStore, flushWrites, useSaveStatusStore } = await loadStore();

    const status = useSaveStatusStore.getState();
    expect(status.status).toBe('unreadable');
    expect(status.hydrated).toBe(true);
    expect(status.message).toMatch(/The saved workbook could not be read/);
    expect(useWorkbookStore.getState().workbook.projects).toEqual([]);

    useWorkbookStore.getState().createProject('Typed after the failure');
    await flushWrites();

    expect(await get(KEY)).toBe(raw);
    expect(useSaveStatusStore.getState().status).toBe('unreadable');
  });
});
