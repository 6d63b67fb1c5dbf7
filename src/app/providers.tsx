import type { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { NuqsAdapter } from 'nuqs/adapters/react';
import { useEffect, useState, type ReactNode } from 'react';
import { readSnapshotAhead } from '../api/docking-events-queries';
import { WEEK_MS, createQueryClient } from '../api/query-client';
import { createIndexedDbPersister } from '../api/query-persister';
import { PERSISTED_KEY_ROOTS, isHistoryKey } from '../api/query-keys';
import { getSettings } from '../api/settings';

/** Bump when the shape of cached data changes: an older cache is then discarded. */
export const CACHE_VERSION = 'v2';
export const CACHE_STORAGE_KEY = 'station-dockings:query-cache';

// Everything but the histories (a refresh's events, a station's ports, launches) is saved apart:
// a change to it alone does not copy a history again (at 100,000 events, a task of over a second).
const persister = createIndexedDbPersister(
  CACHE_STORAGE_KEY,
  CACHE_VERSION,
  500,
  undefined,
  (query) => !isHistoryKey(query.queryKey),
);

/**
 * Starts opening and reading the saved cache before the first view renders: nothing is asked of
 * LL2 until it is read, and the restore would otherwise wait for the first commit. Found empty (a
 * first visit), the live API's history starts from the build's snapshot, if it has one: that is
 * asked for at once too, not once the first view is up.
 */
export function readAhead() {
  void persister.readAhead().then((saved) => {
    if (saved === undefined && getSettings().source === 'live') readSnapshotAhead();
  });
}

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  useEffect(() => {
    // A reload or a closed tab right after data arrived must not lose it to the write's delay.
    const flush = () => persister.flushPendingWrite();
    const flushWhenHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      persister.cancelPendingWrite();
    };
  }, []);
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={{
        persister,
        maxAge: WEEK_MS,
        buster: CACHE_VERSION,
        dehydrateOptions: {
          // Keep loaded events even when a later page failed: a failure never wipes what was loaded.
          shouldDehydrateQuery: (query) =>
            query.state.data !== undefined && PERSISTED_KEY_ROOTS.has(String(query.queryKey[0])),
        },
      }}
    >
      <NuqsAdapter>{children}</NuqsAdapter>
    </PersistQueryClientProvider>
  );
}
