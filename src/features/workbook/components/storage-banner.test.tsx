import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyWorkbook } from '../schema/workbook-schema';
import { flushWrites } from '../store/idb-storage';
import { useSaveStatusStore, type SaveStatus } from '../store/save-status-store';
import { useWorkbookStore } from '../store/workbook-store';
import { StorageBanner } from './storage-banner';

const setStatus = (status: SaveStatus, message: string | null = null) =>
  useSaveStatusStore.setState({ status, message });

beforeAll(async () => {
  await useWorkbookStore.persist.rehydrate();
});

// Every store change is written to (fake) IndexedDB, and a landing write sets the status to 'saved'; wait for
// the writes before setting a status by hand, so that none overrides it mid-test.
beforeEach(async () => {
  useWorkbookStore.setState({ workbook: emptyWorkbook() });
  await flushWrites();
  setStatus('idle');
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('StorageBanner', () => {
  it.each<SaveStatus>(['idle', 'saving', 'saved'])('renders nothing while saving works (%s)', (status) => {
    setStatus(status);
    const { container } = render(<StorageBanner />);
    expect(container).toBeEmptyDOMElement();
  });

  it('explains unavailable storage and offers an export', () => {
    setStatus('unavailable', 'The operation is insecure.');
    render(<StorageBanner />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('does not let Lifecycle Lab store data');
    expect(alert).toHaveTextContent('(The operation is insecure.)');
    expect(screen.getByRole('button', { name: 'Export workbook' })).toBeInTheDocument();
  });

  it.each([
    ['failed', 'could not be saved'],
    ['unreadable', 'could not be read'],
  ] as const)('explains the %s status', (status, text) => {
    setStatus(status);
    render(<StorageBanner />);
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });

  it('appears as soon as the status breaks, and goes when it recovers', () => {
    render(<StorageBanner />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    act(() => setStatus('failed', 'The browser storage is full.'));
    expect(screen.getByRole('alert')).toHaveTextContent('The browser storage is full.');
    act(() => setStatus('saved'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('"Export workbook" downloads the current workbook', async () => {
    useWorkbookStore.getState().createProject('Rescued project');
    await flushWrites();
    setStatus('unavailable');
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:banner-test');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<StorageBanner />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Export workbook' }));

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const file = JSON.parse(await (createObjectURL.mock.lastCall![0] as Blob).text()) as {
      format: string;
      workbook: unknown;
    };
    expect(file.format).toBe('lifecycle-lab/workbook');
    expect(file.workbook).toEqual(useWorkbookStore.getState().workbook);
  });
});
