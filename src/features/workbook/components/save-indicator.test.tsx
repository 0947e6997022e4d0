import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSaveStatusStore, type SaveStatus } from '../store/save-status-store';
import { SaveIndicator } from './save-indicator';

const setStatus = (status: SaveStatus) => useSaveStatusStore.setState({ status, message: null });

beforeEach(() => setStatus('idle'));

describe('SaveIndicator', () => {
  it.each<[SaveStatus, string]>([
    ['idle', 'All changes saved in this browser'],
    ['saving', 'Saving…'],
    ['saved', 'Saved in this browser'],
    ['failed', 'Not saved'],
    ['unavailable', 'Not saving: storage unavailable'],
    ['unreadable', 'Not saving: saved data unreadable'],
  ])('shows %s as "%s"', (status, text) => {
    setStatus(status);
    render(<SaveIndicator />);
    expect(screen.getByRole('status')).toHaveTextContent(text);
    expect(screen.getByRole('status')).toHaveClass(`save-${status}`);
  });

  it('follows the status as a write starts and lands', () => {
    render(<SaveIndicator />);
    const indicator = screen.getByRole('status');
    act(() => useSaveStatusStore.getState().setStatus('saving'));
    expect(indicator).toHaveTextContent('Saving…');
    act(() => useSaveStatusStore.getState().setStatus('saved'));
    expect(indicator).toHaveTextContent('Saved in this browser');
    expect(indicator).toHaveAttribute('aria-live', 'polite');
  });
});
