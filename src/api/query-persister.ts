import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import { del, get, set } from 'idb-keyval';
import { useSyncExternalStore } from 'react';

/** Why a saved cache was thrown away on this visit, for the notice that says so. */
export type DiscardedCache = 'unreadable' | 'outdated' | null;

let discarded: DiscardedCache = null;
const listeners = new Set<() => void>();

function discard(reason: Exclude<DiscardedCache, null>) {
  discarded = reason;
  for (const listener of listeners) listener();
}

export function useDiscardedCache(): DiscardedCache {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => discarded,
    () => null,
  );
}

function isPersistedClient(value: unknown): value is PersistedClient {
  if (typeof value !== 'object' || value === null) return false;
  const client = value as Partial<PersistedClient>;
  return (
    typeof client.timestamp === 'number' &&
    typeof client.buster === 'string' &&
    Array.isArray(client.clientState?.queries) &&
    Array.isArray(client.clientState?.mutations)
  );
}

/**
 * The cache lives in IndexedDB (TanStack Query's documented idb-keyval persister): a real history
 * in LL2's normal mode is several megabytes, more than localStorage holds. It is stored as objects,
 * so nothing is stringified, and at most once every `throttleMs` while pages arrive. A saved cache
 * that cannot be read, or that an older version wrote, is discarded with a notice.
 */
export function createIndexedDbPersister(
  key: string,
  version: string,
  throttleMs: number,
): Persister & { cancelPendingWrite: () => void } {
  let pending: PersistedClient | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    /** Drops a write not yet made: a cache that was unmounted must not write afterwards. */
    cancelPendingWrite() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
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
    async restoreClient() {
      let saved: unknown;
      try {
        saved = await get(key);
      } catch {
        return undefined; // No IndexedDB here (private mode): nothing was saved.
      }
      if (saved === undefined) return undefined;
      if (!isPersistedClient(saved) || saved.buster !== version) {
        discard(isPersistedClient(saved) ? 'outdated' : 'unreadable');
        await del(key).catch(() => undefined);
        return undefined;
      }
      return saved;
    },
    removeClient: () => del(key),
  };
}
