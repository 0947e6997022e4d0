import { useSaveStatusStore, type SaveStatus } from '../store/save-status-store';

const TEXT: Record<SaveStatus, string> = {
  idle: 'All changes saved in this browser',
  saving: 'Saving…',
  saved: 'Saved in this browser',
  failed: 'Not saved',
  unavailable: 'Not saving: storage unavailable',
  unreadable: 'Not saving: saved data unreadable',
};

/** Header badge: where the last write stands. The full explanation is in the storage banner. */
export function SaveIndicator() {
  const status = useSaveStatusStore((s) => s.status);
  return (
    <p className={`save-indicator save-${status}`} role="status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      {TEXT[status]}
    </p>
  );
}
