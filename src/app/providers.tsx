import { QueryClient } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { NuqsAdapter } from 'nuqs/adapters/react';
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import { del, get, set } from 'idb-keyval';
import { useState, type ReactNode } from 'react';
import { shouldRetry } from '../api/errors';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** What the persisted cache keeps: data that cost requests. */
const PERSISTED_KEYS = new Set(['docking-events', 'launches', 'space-stations']);
/** Bump when the shape of cached data changes: an older cache is then discarded. */
export const CACHE_VERSION = 'v1';
export const CACHE_STORAGE_KEY = 'station-dockings:query-cache';

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        gcTime: WEEK_MS,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}

/**
 * The cache lives in IndexedDB (TanStack Query's documented idb-keyval persister): a real history
 * in LL2's normal mode is several megabytes, more than localStorage holds. It is stored as objects,
 * so nothing is stringified, and at most once every half second while pages arrive.
 */
function createIndexedDbPersister(key: string, throttleMs: number): Persister {
  let pending: PersistedClient | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    persistClient(client) {
      pending = client;
      timer ??= setTimeout(() => {
        timer = null;
        const latest = pending;
        pending = null;
        // A failed write (private mode, quota) only means the next visit asks the API again.
        if (latest) set(key, latest).catch(() => undefined);
      }, throttleMs);
    },
    restoreClient: () => get<PersistedClient>(key),
    removeClient: () => del(key),
  };
}

const persister = createIndexedDbPersister(CACHE_STORAGE_KEY, 500);

export function AppProviders({ children, client }: { children: ReactNode; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
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
            query.state.data !== undefined && PERSISTED_KEYS.has(String(query.queryKey[0])),
        },
      }}
    >
      <NuqsAdapter>{children}</NuqsAdapter>
    </PersistQueryClientProvider>
  );
}
