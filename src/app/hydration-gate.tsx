import type { ReactNode } from 'react';
import { useWorkbookHydrated } from '@/features/workbook';

/** Nothing that can write is rendered before the saved workbook has been read (see workbook-store.ts). */
export function HydrationGate({ children }: { children: ReactNode }) {
  const hydrated = useWorkbookHydrated();
  if (!hydrated) {
    return (
      <p className="loading" role="status">
        Opening your workbook…
      </p>
    );
  }
  return <>{children}</>;
}
