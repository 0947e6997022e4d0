import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSaveStatusStore } from '@/features/workbook';
import { HydrationGate } from './hydration-gate';

beforeEach(() => {
  useSaveStatusStore.setState({ hydrated: false });
});

describe('HydrationGate', () => {
  it('holds back its children until the saved workbook has been read', () => {
    render(
      <HydrationGate>
        <button type="button">Create project</button>
      </HydrationGate>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Opening your workbook…');
    expect(screen.queryByRole('button', { name: 'Create project' })).not.toBeInTheDocument();

    act(() => useSaveStatusStore.getState().markHydrated());

    expect(screen.getByRole('button', { name: 'Create project' })).toBeInTheDocument();
    expect(screen.queryByText('Opening your workbook…')).not.toBeInTheDocument();
  });
});
