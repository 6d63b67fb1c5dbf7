import type { DehydratedState } from '@tanstack/react-query';
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import * as idbKeyval from 'idb-keyval';
import { useSyncExternalStore } from 'react';
import { whenIdle } from '../lib/idle';

/**
 * What the page should say about this browser's saved cache, once: a saved cache thrown away
 * (unreadable, or written by an older version), or storage that keeps nothing (missing, blocked or
 * full), so every visit spends requests again.
 */
export type CacheNotice = 'unreadable' | 'outdated' | 'unavailable' | null;

let notice: CacheNotice = null;
const listeners = new Set<() => void>();

function report(next: Exclude<CacheNotice, null>) {
  if (notice === next) return;
  notice = next;
  for (const listener of listeners) listener();
}

export function useCacheNotice(): CacheNotice {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notice,
    () => null,
  );
}

/** For tests: forget what was reported. */
export function resetCacheNotice(): void {
  notice = null;
}

/**
 * Runs a storage call so that nothing it throws escapes: idb-keyval opens IndexedDB on first use,
 * and where `indexedDB.open` throws (some private modes) the call throws before it returns a promise.
 */
function safely<T>(call: () => Promise<T>): Promise<T | undefined> {
  return Promise.resolve()
    .then(call)
    .catch(() => {
      report('unavailable');
      return undefined;
    });
}

/** Where the cache is kept: idb-keyval's IndexedDB store, or a stand-in in tests. */
export interface KeyValueStore {
  get: (key: string) => Promise<unknown>;
  set: (key: string, value: unknown) => Promise<void>;
  del: (key: string) => Promise<void>;
}

let keyvalStore: idbKeyval.UseStore | undefined;

/**
 * idb-keyval's own store (the same database), opened on first use, with each write committed as soon
 * as it is made: a write started as the page goes cannot wait for an event loop the page no longer has.
 */
const committingStore: idbKeyval.UseStore = (mode, callback) => {
  keyvalStore ??= idbKeyval.createStore('keyval-store', 'keyval');
  return keyvalStore(mode, (objectStore) => {
    const result = callback(objectStore);
    if (mode === 'readwrite') objectStore.transaction.commit();
    return result;
  });
};

const indexedDbStore: KeyValueStore = {
  get: (key) => idbKeyval.get(key, committingStore),
  set: (key, value) => idbKeyval.set(key, value, committingStore),
  del: (key) => idbKeyval.del(key, committingStore),
};

/** Which data a persisted cache holds: each query and when its data last changed. */
function signature(client: PersistedClient): string {
  const queries = client.clientState.queries.map(
    (query) => `${query.queryHash}@${query.state.dataUpdatedAt}`,
  );
  return `${client.buster}|${queries.join('|')}`;
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

/** A write waits for a pause in the changes, but no longer than this many pauses' length. */
const MAX_PAUSES_WAITED = 60;
/** The longest a write waits for the page to be idle once nothing is fetched. */
const IDLE_WAIT_MS = 1000;

type DehydratedQuery = DehydratedState['queries'][number];

/** Which queries are saved apart from the others (see `createIndexedDbPersister`). */
export type KeptApart = (query: DehydratedQuery) => boolean;

/** What is saved under one key: a persisted client holding some of the queries. */
type Parts = Map<string, PersistedClient>;

/** The client's queries split between `key` and `${key}:apart`, each part a client of its own. */
function split(client: PersistedClient, key: string, keptApart: KeptApart | undefined): Parts {
  if (!keptApart) return new Map([[key, client]]);
  const { mutations, queries } = client.clientState;
  const part = (chosen: DehydratedQuery[], withMutations: boolean): PersistedClient => ({
    ...client,
    clientState: { mutations: withMutations ? mutations : [], queries: chosen },
  });
  const kept = queries.filter((query) => !keptApart(query));
  const apart = queries.filter(keptApart);
  return new Map([
    [key, part(kept, true)],
    [`${key}:apart`, part(apart, false)],
  ]);
}

/** The parts read back as one client: every query, as of the later part's time. */
function joined(parts: PersistedClient[]): PersistedClient | undefined {
  const [first] = parts;
  if (!first) return undefined;
  return {
    ...first,
    timestamp: Math.max(...parts.map((part) => part.timestamp)),
    clientState: {
      mutations: parts.flatMap((part) => part.clientState.mutations),
      queries: parts.flatMap((part) => part.clientState.queries),
    },
  };
}

/**
 * The cache lives in IndexedDB (TanStack Query's documented idb-keyval persister): a real history
 * in LL2's normal mode is several megabytes, more than localStorage holds. It is stored as objects,
 * so nothing is stringified. Each write copies the whole history, so while pages pour in it waits
 * for a pause of `pauseMs` (but never more than sixty of them: a long load is still saved as it
 * goes); once nothing is being fetched it is made as soon as the page is idle, and leaving the page
 * writes what waits. A saved cache that cannot be read, or that an older version wrote, is discarded
 * with a notice. The queries `keptApart` picks are saved under a key of their own: a change to them
 * alone (a station's ports, a refresh's events) does not copy the rest (the history) again.
 */
export function createIndexedDbPersister(
  key: string,
  version: string,
  pauseMs: number,
  { get, set, del }: KeyValueStore = indexedDbStore,
  keptApart?: KeptApart,
): Persister & {
  cancelPendingWrite: () => void;
  flushPendingWrite: () => void;
  readAhead: () => Promise<unknown>;
} {
  const keys = keptApart ? [key, `${key}:apart`] : [key];
  let pending: Parts = new Map();
  let cancelWait: (() => void) | null = null;
  let waitingSince: number | null = null;
  let earlyRead: Promise<unknown>[] | null = null;
  // What storage holds, by signature and key: the cache reports every observer that comes and goes
  // (a filter that enables a query), and rewriting an unchanged history costs a frame at 10,000
  // events.
  const stored = new Map<string, string>();
  const isStored = (at: string, part: PersistedClient) => {
    const held = stored.get(at);
    // A key never written holds nothing, as a part without queries would.
    return held === undefined ? part.clientState.queries.length === 0 : held === signature(part);
  };
  const stopWaiting = () => {
    cancelWait?.();
    cancelWait = null;
    waitingSince = null;
  };
  const writeNow = () => {
    stopWaiting();
    const writes = pending;
    pending = new Map();
    for (const [at, part] of writes) {
      stored.set(at, signature(part));
      // A failed write (private mode, quota) only means the next visit asks the API again.
      void safely(() => set(at, part));
    }
  };
  const readAll = () => keys.map((at) => safely(() => get(at)));
  return {
    /** Drops a write not yet made: a cache that was unmounted must not write afterwards. */
    cancelPendingWrite() {
      stopWaiting();
      pending = new Map();
    },
    /** Makes a waiting write at once: the page is being hidden or left, and what it paid for stays. */
    flushPendingWrite: writeNow,
    persistClient(client) {
      const changed: Parts = new Map(
        [...split(client, key, keptApart)].filter(([at, part]) => !isStored(at, part)),
      );
      if (changed.size === 0) {
        // Back to what storage holds: nothing to write.
        stopWaiting();
        pending = new Map();
        return;
      }
      // The same data as the write that waits (an observer came or went): it keeps its time.
      const unchanged =
        cancelWait !== null &&
        changed.size === pending.size &&
        [...changed].every(
          ([at, part]) => pending.has(at) && signature(pending.get(at)!) === signature(part),
        );
      pending = changed;
      if (unchanged) return;
      // Nothing is being fetched: no page is coming to wait for, and the page may be left at any
      // moment (a write started as it goes is not always finished). Copying a history of 10,000
      // takes a long task, so it comes after the views have shown the data, when the page is idle.
      if (!client.clientState.queries.some((query) => query.state.fetchStatus === 'fetching')) {
        stopWaiting();
        cancelWait = whenIdle(writeNow, IDLE_WAIT_MS);
        return;
      }
      const since = waitingSince ?? Date.now();
      stopWaiting();
      waitingSince = since;
      const latest = since + pauseMs * MAX_PAUSES_WAITED;
      const timer = setTimeout(writeNow, Math.max(0, Math.min(pauseMs, latest - Date.now())));
      cancelWait = () => clearTimeout(timer);
    },
    /**
     * Starts reading the saved cache now (while the first view renders); `restoreClient` takes it.
     * Resolves with what is saved under `key`: undefined when nothing is (or storage cannot be read).
     */
    readAhead() {
      earlyRead ??= readAll();
      return earlyRead[0]!;
    },
    async restoreClient() {
      const reads = earlyRead ?? readAll();
      earlyRead = null;
      const saved = await Promise.all(reads);
      const parts: PersistedClient[] = [];
      for (const [index, value] of saved.entries()) {
        const at = keys[index]!;
        if (value === undefined) continue;
        if (!isPersistedClient(value) || value.buster !== version) {
          report(isPersistedClient(value) ? 'outdated' : 'unreadable');
          await safely(() => del(at));
          continue;
        }
        stored.set(at, signature(value));
        parts.push(value);
      }
      return joined(parts);
    },
    removeClient: async () => {
      await Promise.all(keys.map((at) => safely(() => del(at))));
    },
  };
}
