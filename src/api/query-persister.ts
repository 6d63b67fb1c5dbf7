import type { DehydratedState } from '@tanstack/react-query';
import type { PersistedClient, Persister } from '@tanstack/react-query-persist-client';
import * as idbKeyval from 'idb-keyval';
import { useSyncExternalStore } from 'react';
import { sliceTimeLeft, whenIdle } from '../lib/idle';
import { isPageKeyOf, pagesIn, pagesOut, savedPageKeys } from './saved-pages';

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

/** A value to put under a key, or undefined to delete the key. */
export type Write = readonly [key: string, value: unknown];

/** Where the cache is kept: idb-keyval's IndexedDB store, or a stand-in in tests. */
export interface KeyValueStore {
  get: (key: string) => Promise<unknown>;
  getMany: (keys: string[]) => Promise<unknown[]>;
  keys: () => Promise<IDBValidKey[]>;
  del: (key: string) => Promise<void>;
  /**
   * Makes `writes` from `from` on, one at least and then as long as `more()` says, all in one go
   * (one transaction); resolves with how many it made as soon as they are made, not once stored.
   */
  writeWhile: (writes: readonly Write[], from: number, more: () => boolean) => Promise<number>;
}

/**
 * Makes `writes` from `from` on with `make`, one at least and then as long as `more()` says;
 * returns how many it made (`KeyValueStore.writeWhile` in one go).
 */
export function makeWrites(
  writes: readonly Write[],
  from: number,
  more: () => boolean,
  make: (key: string, value: unknown) => unknown,
): number {
  let next = from;
  do {
    const [key, value] = writes[next]!;
    make(key, value);
    next += 1;
  } while (next < writes.length && more());
  return next - from;
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
  getMany: (keys) => idbKeyval.getMany(keys, committingStore),
  keys: () => idbKeyval.keys(committingStore),
  del: (key) => idbKeyval.del(key, committingStore),
  // `put` copies its value there and then: each is timed by `more`.
  writeWhile: (writes, from, more) =>
    committingStore('readwrite', (objectStore) =>
      makeWrites(writes, from, more, (key, value) =>
        value === undefined ? objectStore.delete(key) : objectStore.put(value, key),
      ),
    ),
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
/**
 * The longest slice of a write, whatever the idle period left: an input that comes during it waits
 * for it (a page of 100 events takes 1-2 ms to copy).
 */
const WRITE_SLICE_MS = 10;

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

/** What is saved under a key, and the pages it refers to, by key (undefined: they could not be read). */
interface SavedPart {
  value: unknown;
  pages: ReadonlyMap<string, unknown> | undefined;
}

/** A write under way, a slice at a time while the page is idle. */
interface Writing {
  parts: Parts;
  writes: Write[];
  /** What to note as each write is made (a page or a part now held by storage). */
  made: (() => void)[];
  next: number;
  /** The slice being made, if one is. */
  busy: Promise<unknown>;
  cancel: () => void;
}

/**
 * The cache lives in IndexedDB (TanStack Query's documented idb-keyval persister): a real history
 * in LL2's normal mode is several megabytes, more than localStorage holds. It is stored as objects,
 * so nothing is stringified, and a history a page at a time (`saved-pages.ts`): a write copies only
 * the pages storage does not hold yet, a slice at a time while the page is idle (copying 10,000
 * events at once took 180 ms, 100,000 over a second), then the cache that refers to them, then
 * deletes the pages it no longer refers to. While pages pour in, a write waits for a pause of
 * `pauseMs` (but never more than sixty of them: a long load is still saved as it goes); once
 * nothing is being fetched it starts as soon as the page is idle, and leaving the page makes at
 * once whatever waits. A saved cache that cannot be read, or that an older version wrote, is
 * discarded with a notice. The queries `keptApart` picks are saved under a key of their own: a
 * change to them alone (a station's ports, a refresh's events) does not touch the history.
 */
export function createIndexedDbPersister(
  key: string,
  version: string,
  pauseMs: number,
  { get, getMany, keys: storedKeys, del, writeWhile }: KeyValueStore = indexedDbStore,
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
  let earlyRead: Promise<SavedPart>[] | null = null;
  let writing: Writing | null = null;
  // What storage holds, by signature and key: the cache reports every observer that comes and goes
  // (a filter that enables a query), and rewriting an unchanged history costs a frame at 10,000
  // events.
  const stored = new Map<string, string>();
  // The pages storage holds, and those each saved part refers to.
  const storedPages = new Set<string>();
  const referenced = new Map<string, ReadonlySet<string>>();
  const isStored = (at: string, part: PersistedClient) => {
    const being = writing?.parts.get(at);
    if (being) return signature(being) === signature(part);
    const held = stored.get(at);
    // A key never written holds nothing, as a part without queries would.
    return held === undefined ? part.clientState.queries.length === 0 : held === signature(part);
  };
  const stopWaiting = () => {
    cancelWait?.();
    cancelWait = null;
    waitingSince = null;
  };
  const stopWriting = () => {
    writing?.cancel();
    writing = null;
  };

  /** The writes that save `parts`, in order, and what each one made means. */
  const plan = (parts: Parts) => {
    const writes: Write[] = [];
    const made: (() => void)[] = [];
    const write = (at: string, value: unknown, note: () => void) => {
      writes.push([at, value]);
      made.push(note);
    };
    for (const [at, part] of parts) {
      const { saved, pages } = pagesOut(part, at);
      for (const [pageAt, page] of pages)
        if (!storedPages.has(pageAt)) write(pageAt, page, () => storedPages.add(pageAt));
      // The part goes after its pages: IndexedDB makes one store's writes in order, so a part is
      // never held without them.
      const before = referenced.get(at) ?? new Set<string>();
      const now = new Set(pages.keys());
      write(at, saved, () => {
        stored.set(at, signature(part));
        referenced.set(at, now);
      });
      for (const pageAt of before)
        if (!now.has(pageAt)) write(pageAt, undefined, () => storedPages.delete(pageAt));
    }
    return { writes, made };
  };

  /**
   * Makes a write's writes from where it is, after any slice of it still being made: all of them,
   * or as many as `more` allows. Resolves with whether all are made.
   */
  const writeFrom = (current: Writing, more: () => boolean): Promise<boolean> => {
    const finished = current.busy.then(async () => {
      if (current.next < current.writes.length) {
        const count = await safely(() => writeWhile(current.writes, current.next, more));
        // A failed write (private mode, quota) only means the next visit asks the API again.
        const upTo = count === undefined ? current.writes.length : current.next + count;
        for (let index = current.next; index < upTo; index += 1) current.made[index]!();
        current.next = upTo;
      }
      return current.next === current.writes.length;
    });
    current.busy = finished;
    return finished;
  };

  /** Begins the write of what waits: its first slice now, in the idle period or timer that called. */
  const startWriting = (deadline?: IdleDeadline) => {
    stopWaiting();
    // A write under way is begun again with what waits: the pages it made are not made again.
    const parts = new Map([...(writing?.parts ?? []), ...pending]);
    stopWriting();
    pending = new Map();
    if (parts.size === 0) return;
    let cancelSlice = () => {};
    let cancelled = false;
    const current: Writing = {
      parts,
      ...plan(parts),
      next: 0,
      busy: Promise.resolve(),
      cancel: () => {
        cancelled = true;
        cancelSlice();
      },
    };
    writing = current;
    const slice = (deadline?: IdleDeadline) => {
      const timeLeft = sliceTimeLeft(deadline);
      const end = performance.now() + WRITE_SLICE_MS;
      const more = () => timeLeft() > 1 && performance.now() < end;
      void writeFrom(current, more).then((done) => {
        if (cancelled) return;
        if (done) writing = null;
        else cancelSlice = whenIdle(slice);
      });
    };
    slice(deadline);
  };

  /** Deletes the saved pages no saved part refers to (left by a write the page did not finish). */
  const sweep = async () => {
    const all = await safely(storedKeys);
    const orphans = (all ?? []).filter(
      (at): at is string =>
        typeof at === 'string' &&
        keys.some((part) => isPageKeyOf(part, at)) &&
        !storedPages.has(at),
    );
    await Promise.all(orphans.map((at) => safely(() => del(at))));
  };

  /** Reads what is saved under `at` and, as soon as it is read, the pages it refers to. */
  const readPart = async (at: string): Promise<SavedPart> => {
    const value = await safely(() => get(at));
    const pageKeys =
      isPersistedClient(value) && value.buster === version ? savedPageKeys(value) : [];
    const pages = pageKeys.length > 0 ? await safely(() => getMany(pageKeys)) : [];
    return { value, pages: pages && new Map(pageKeys.map((pageAt, i) => [pageAt, pages[i]])) };
  };
  const readAll = () => keys.map(readPart);
  return {
    /** Drops a write not yet made: a cache that was unmounted must not write afterwards. */
    cancelPendingWrite() {
      stopWaiting();
      stopWriting();
      pending = new Map();
    },
    /** Makes a waiting write at once: the page is being hidden or left, and what it paid for stays. */
    flushPendingWrite() {
      if (pending.size > 0) startWriting();
      const current = writing;
      if (!current) return;
      current.cancel();
      void writeFrom(current, () => true).then(() => {
        if (writing === current) writing = null;
      });
    },
    persistClient(client) {
      const changed: Parts = new Map(
        [...split(client, key, keptApart)].filter(([at, part]) => !isStored(at, part)),
      );
      if (changed.size === 0) {
        // Back to what storage holds or is being given: nothing more to write.
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
      // moment (a write started as it goes is not always finished). The write comes after the
      // views have shown the data, when the page is idle.
      if (!client.clientState.queries.some((query) => query.state.fetchStatus === 'fetching')) {
        stopWaiting();
        cancelWait = whenIdle(startWriting, IDLE_WAIT_MS);
        return;
      }
      const since = waitingSince ?? Date.now();
      stopWaiting();
      waitingSince = since;
      const latest = since + pauseMs * MAX_PAUSES_WAITED;
      const timer = setTimeout(
        () => startWriting(),
        Math.max(0, Math.min(pauseMs, latest - Date.now())),
      );
      cancelWait = () => clearTimeout(timer);
    },
    /**
     * Starts reading the saved cache now (while the first view renders); `restoreClient` takes it.
     * Resolves with what is saved under `key`: undefined when nothing is (or storage cannot be read).
     */
    readAhead() {
      earlyRead ??= readAll();
      return earlyRead[0]!.then((part) => part.value);
    },
    async restoreClient() {
      const reads = earlyRead ?? readAll();
      earlyRead = null;
      const saved = await Promise.all(reads);
      const parts: PersistedClient[] = [];
      for (const [index, { value, pages }] of saved.entries()) {
        const at = keys[index]!;
        if (value === undefined) continue;
        if (!isPersistedClient(value) || value.buster !== version) {
          report(isPersistedClient(value) ? 'outdated' : 'unreadable');
          await safely(() => del(at));
          continue;
        }
        // Storage failed while reading the pages (and said so).
        if (pages === undefined) continue;
        const part = pagesIn(value, pages);
        if (!part) {
          // A page it refers to is gone: what is left cannot be trusted as the history.
          report('unreadable');
          await safely(() => del(at));
          continue;
        }
        const pageKeys = [...pages.keys()];
        stored.set(at, signature(part));
        for (const pageAt of pageKeys) storedPages.add(pageAt);
        referenced.set(at, new Set(pageKeys));
        parts.push(part);
      }
      whenIdle(() => void sweep());
      return joined(parts);
    },
    removeClient: async () => {
      stopWriting();
      const pageKeys = [...storedPages];
      storedPages.clear();
      referenced.clear();
      stored.clear();
      await Promise.all([...keys, ...pageKeys].map((at) => safely(() => del(at))));
    },
  };
}
