import { isStorageBroken, useSaveStatusStore } from '../store/save-status-store';
import { useWorkbookStore } from '../store/workbook-store';
import { exportWorkbook } from './export-buttons';

const EXPLANATION = {
  failed: 'Your latest changes could not be saved in this browser.',
  unavailable:
    'This browser does not let Lifecycle Lab store data (private browsing or disabled storage). Your work lasts only until you close the tab.',
  unreadable:
    'Your saved workbook could not be read. It is left untouched, and nothing from this session will be written over it.',
} as const;

/** Shown whenever the session cannot save: says why, and offers the way out (export). */
export function StorageBanner() {
  const { status, message } = useSaveStatusStore();
  const workbook = useWorkbookStore((s) => s.workbook);
  if (!isStorageBroken(status)) return null;
  const key = status as keyof typeof EXPLANATION;
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>{EXPLANATION[key]}</strong> {message && <span className="banner-detail">({message})</span>}{' '}
        Export your workbook to keep a copy.
      </p>
      <button type="button" onClick={() => exportWorkbook(workbook)}>
        Export workbook
      </button>
    </div>
  );
}
