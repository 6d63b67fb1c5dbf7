// @vitest-environment jsdom
import type { PersistedClient } from '@tanstack/react-query-persist-client';
import { renderHook } from '@testing-library/react';
import { get } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createIndexedDbPersister,
  makeWrites,
  resetCacheNotice,
  useCacheNotice,
  type KeyValueStore,
  type Write,
} from '../../src/api/query-persister';
import { isHistoryKey, queryKeys } from '../../src/api/query-keys';

/*
 * Storage that fails the way private modes and full disks do: idb-keyval opens IndexedDB on first
 * use, and where `indexedDB.open` throws, its calls throw before they return a promise.
 */
let failure: 'throws' | 'rejects' | null = null;
const saved = new Map<string, unknown>();
const call =
  <A extends unknown[], R>(action: (...args: A) => R) =>
  (...args: A): Promise<R> => {
    if (failure === 'throws') throw new DOMException('The operation is insecure.', 'SecurityError');
    if (failure === 'rejects')
      return Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
    return Promise.resolve(action(...args));
  };
const store: KeyValueStore = {
  get: call((key: string) => saved.get(key)),
  getMany: call((keys: string[]) => keys.map((key) => saved.get(key))),
  keys: call(() => [...saved.keys()]),
  del: call((key: string) => void saved.delete(key)),
  writeWhile: call((writes: readonly Write[], from: number, more: () => boolean) =>
    makeWrites(writes, from, more, (key, value) =>
      value === undefined ? saved.delete(key) : saved.set(key, value),
    ),
  ),
};
const persister = (version: string) => createIndexedDbPersister('cache', version, 500, store);

/** A cache with the history, its pages still being fetched unless said otherwise. */
const withHistory = (
  dataUpdatedAt: number,
  fetchStatus: 'fetching' | 'idle' = 'fetching',
  buster = 'v1',
): PersistedClient => ({
  timestamp: 1,
  buster,
  clientState: {
    mutations: [],
    queries: [
      {
        queryKey: ['docking-events'],
        queryHash: '["docking-events"]',
        dehydratedAt: dataUpdatedAt,
        state: { data: { pages: [] }, dataUpdatedAt, fetchStatus } as never,
      },
    ],
  },
});
const client = (buster: string): PersistedClient => withHistory(1, 'fetching', buster);
const notice = () => renderHook(() => useCacheNotice()).result.current;

beforeEach(() => {
  vi.useFakeTimers();
  failure = null;
  saved.clear();
  resetCacheNotice();
});
afterEach(() => vi.useRealTimers());

describe('the persisted cache', () => {
  it('writes the latest state once the changes pause', async () => {
    const cache = persister('v1');
    await cache.persistClient(client('first'));
    await cache.persistClient(client('v1'));
    expect(saved.size).toBe(0);
    await vi.advanceTimersByTimeAsync(500);
    expect(saved.get('cache')).toEqual(client('v1'));
    expect(notice()).toBeNull();
  });

  it('waits for the changes to pause, but not longer than sixty pauses', async () => {
    const cache = persister('v1');
    for (let step = 0; step < 8; step += 1) {
      await cache.persistClient(client(`step ${step}`));
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(saved.size).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(saved.get('cache')).toEqual(client('step 7'));
    saved.clear();
    for (let step = 0; step < 80; step += 1) {
      await cache.persistClient(client(`again ${step}`));
      await vi.advanceTimersByTimeAsync(400);
    }
    // Written at 30,000 ms, in the middle of the changes: what had come by then.
    expect(saved.get('cache')).toEqual(client('again 74'));
  });

  it('does not put off a waiting write for an observer that comes or goes', async () => {
    const cache = persister('v1');
    await cache.persistClient(withHistory(5));
    await vi.advanceTimersByTimeAsync(400);
    // The same data, a new object (a panel mounted and observes a query): not a change to wait out.
    await cache.persistClient(withHistory(5));
    await vi.advanceTimersByTimeAsync(100);
    expect(saved.get('cache')).toEqual(withHistory(5));
  });

  it('writes as soon as the page is idle once nothing is being fetched: the page may be left at any moment', async () => {
    const cache = persister('v1');
    await cache.persistClient(withHistory(5));
    expect(saved.size).toBe(0);
    await cache.persistClient(withHistory(6, 'idle'));
    // Not in the task that brought the data: the views show it first.
    expect(saved.size).toBe(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.get('cache')).toEqual(withHistory(6, 'idle'));
  });

  it('waits for the browser to be idle where it can say so, but not past a second', async () => {
    const idle: { run: () => void; timeout?: number }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) =>
      idle.push({ run, timeout: options?.timeout }),
    );
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    try {
      const cache = persister('v1');
      await cache.persistClient(withHistory(6, 'idle'));
      await vi.advanceTimersByTimeAsync(100);
      expect(saved.size).toBe(0);
      expect(idle).toHaveLength(1);
      expect(idle[0]!.timeout).toBe(1000);
      idle[0]!.run();
      await vi.advanceTimersByTimeAsync(0);
      expect(saved.get('cache')).toEqual(withHistory(6, 'idle'));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reads the saved cache ahead once, for the restore that follows', async () => {
    saved.set('cache', client('v1'));
    const reads = vi.spyOn(store, 'get');
    const cache = persister('v1');
    const ahead = cache.readAhead();
    await vi.advanceTimersByTimeAsync(0);
    expect(reads).toHaveBeenCalledTimes(1);
    // What is saved, told to whoever decides what a first visit asks for.
    expect(await ahead).toEqual(client('v1'));
    expect(await cache.restoreClient()).toEqual(client('v1'));
    expect(reads).toHaveBeenCalledTimes(1);
    // A later restore reads again.
    saved.set('cache', withHistory(9, 'idle'));
    expect(await cache.restoreClient()).toEqual(withHistory(9, 'idle'));
    expect(reads).toHaveBeenCalledTimes(2);
    reads.mockRestore();
  });

  it('reads ahead as nothing when nothing is saved', async () => {
    expect(await persister('v1').readAhead()).toBeUndefined();
  });

  it('writes a pending write at once when flushed, and only once', async () => {
    const cache = persister('v1');
    await cache.persistClient(client('v1'));
    cache.flushPendingWrite();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.get('cache')).toEqual(client('v1'));
    saved.clear();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved.size).toBe(0);
  });

  it('does not write again what storage already holds', async () => {
    const cache = persister('v1');
    await cache.persistClient(withHistory(5));
    await vi.advanceTimersByTimeAsync(500);
    expect(saved.get('cache')).toEqual(withHistory(5));
    saved.clear();
    // An observer came or went (a filter enabled a query): the same data, a new object.
    await cache.persistClient(withHistory(5));
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved.size).toBe(0);
    // New data is written; and a change undone before the write is not.
    await cache.persistClient(withHistory(6));
    await vi.advanceTimersByTimeAsync(500);
    expect(saved.get('cache')).toEqual(withHistory(6));
    saved.clear();
    await cache.persistClient(withHistory(7));
    await cache.persistClient(withHistory(6));
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved.size).toBe(0);
  });

  it('does not write back what it just restored', async () => {
    saved.set('cache', client('v1'));
    const cache = persister('v1');
    expect(await cache.restoreClient()).toEqual(client('v1'));
    saved.clear();
    await cache.persistClient(client('v1'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved.size).toBe(0);
  });

  it('drops a pending write when cancelled', async () => {
    const cache = persister('v1');
    await cache.persistClient(client('v1'));
    cache.cancelPendingWrite();
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved.size).toBe(0);
  });

  it('restores what this version saved, and discards what another saved, with a notice', async () => {
    const cache = persister('v2');
    saved.set('cache', client('v2'));
    expect(await cache.restoreClient()).toEqual(client('v2'));
    expect(notice()).toBeNull();

    saved.set('cache', client('v1'));
    expect(await cache.restoreClient()).toBeUndefined();
    expect(saved.has('cache')).toBe(false);
    expect(notice()).toBe('outdated');

    saved.set('cache', { not: 'a cache' });
    expect(await cache.restoreClient()).toBeUndefined();
    expect(saved.has('cache')).toBe(false);
    expect(notice()).toBe('unreadable');
  });

  for (const failure_ of ['throws', 'rejects'] as const) {
    it(`survives storage that ${failure_} on every call, and says once that nothing is kept`, async () => {
      failure = failure_;
      const cache = persister('v1');
      expect(await cache.restoreClient()).toBeUndefined();
      await cache.persistClient(client('v1'));
      // An error thrown inside the write's timer would escape every catch and fail this test.
      await vi.advanceTimersByTimeAsync(500);
      await cache.removeClient();
      expect(notice()).toBe('unavailable');
    });
  }

  it('says nothing while storage works', async () => {
    const cache = persister('v1');
    expect(await cache.restoreClient()).toBeUndefined();
    await cache.removeClient();
    expect(notice()).toBeNull();
  });

  it('discards every shape a saved cache can be wrong in, and deletes it', async () => {
    const wrong: unknown[] = [
      null,
      'a string',
      { ...client('v1'), timestamp: 'yesterday' },
      { ...client('v1'), buster: 1 },
      { timestamp: 1, buster: 'v1' },
      { ...client('v1'), clientState: { queries: [] } },
      { ...client('v1'), clientState: { mutations: [] } },
    ];
    for (const value of wrong) {
      resetCacheNotice();
      saved.set('cache', value);
      expect(await persister('v1').restoreClient(), JSON.stringify(value)).toBeUndefined();
      expect(notice(), JSON.stringify(value)).toBe('unreadable');
      expect(saved.has('cache')).toBe(false);
    }
  });

  it('forgets the saved cache when asked', async () => {
    saved.set('cache', client('v1'));
    await persister('v1').removeClient();
    expect(saved.has('cache')).toBe(false);
  });

  describe('with queries kept apart', () => {
    const query = (queryKey: string[], dataUpdatedAt: number) => ({
      queryKey,
      queryHash: JSON.stringify(queryKey),
      dehydratedAt: dataUpdatedAt,
      state: { data: { at: dataUpdatedAt }, dataUpdatedAt, fetchStatus: 'idle' } as never,
    });
    const history = (at: number) => query(['docking-events', 'history', 'live'], at);
    const ports = (at: number) => query(['space-stations', 'live', '4', 'ports'], at);
    const cacheOf = (
      timestamp: number,
      ...queries: ReturnType<typeof query>[]
    ): PersistedClient => ({
      timestamp,
      buster: 'v1',
      clientState: { mutations: [], queries },
    });
    const splitPersister = () =>
      createIndexedDbPersister(
        'cache',
        'v1',
        500,
        store,
        (saved) => saved.queryKey[0] !== 'docking-events',
      );

    it('writes only the part that changed: new ports do not copy the history again', async () => {
      const cache = splitPersister();
      await cache.persistClient(cacheOf(1, history(1)));
      await vi.advanceTimersByTimeAsync(0);
      expect(saved.get('cache')).toEqual(cacheOf(1, history(1)));
      // Nothing apart yet: nothing written there.
      expect(saved.has('cache:apart')).toBe(false);

      saved.clear();
      await cache.persistClient(cacheOf(2, history(1), ports(2)));
      await vi.advanceTimersByTimeAsync(0);
      expect([...saved.keys()]).toEqual(['cache:apart']);
      expect(saved.get('cache:apart')).toEqual(cacheOf(2, ports(2)));

      saved.clear();
      await cache.persistClient(cacheOf(3, history(3), ports(2)));
      await vi.advanceTimersByTimeAsync(0);
      expect([...saved.keys()]).toEqual(['cache']);
    });

    it('restores both parts as one cache, as of the later write', async () => {
      saved.set('cache', cacheOf(1, history(1)));
      saved.set('cache:apart', cacheOf(5, ports(5)));
      expect(await splitPersister().restoreClient()).toEqual(cacheOf(5, history(1), ports(5)));
    });

    it('discards an outdated part alone, with a notice, and restores the other', async () => {
      saved.set('cache', cacheOf(1, history(1)));
      saved.set('cache:apart', { ...cacheOf(5, ports(5)), buster: 'v0' });
      expect(await splitPersister().restoreClient()).toEqual(cacheOf(1, history(1)));
      expect(saved.has('cache:apart')).toBe(false);
      expect(notice()).toBe('outdated');
    });

    it('reads a cache saved whole before, and splits it at the next write', async () => {
      saved.set('cache', cacheOf(1, history(1), ports(1)));
      const cache = splitPersister();
      expect(await cache.restoreClient()).toEqual(cacheOf(1, history(1), ports(1)));
      await cache.persistClient(cacheOf(2, history(1), ports(1)));
      await vi.advanceTimersByTimeAsync(0);
      expect(saved.get('cache')).toEqual(cacheOf(2, history(1)));
      expect(saved.get('cache:apart')).toEqual(cacheOf(2, ports(1)));
    });

    it('tells the histories, which the app keeps under the main key, from every other query', () => {
      for (const source of ['live', 'dev', 'sample'] as const)
        expect(isHistoryKey(queryKeys.history(source))).toBe(true);
      for (const other of [
        queryKeys.updates('live'),
        queryKeys.dockingEvent('live', 622),
        queryKeys.launch('live', 'abc'),
        queryKeys.stationPorts('live', 4),
      ])
        expect(isHistoryKey(other)).toBe(false);
    });

    it('forgets both parts when asked', async () => {
      saved.set('cache', cacheOf(1, history(1)));
      saved.set('cache:apart', cacheOf(1, ports(1)));
      await splitPersister().removeClient();
      expect(saved.size).toBe(0);
    });
  });

  describe('a history of pages', () => {
    const HASH = '["docking-events","history","live"]';
    const page = (offset: number, fetchedAt = 1) => ({
      offset,
      fetchedAt,
      events: [{ id: offset + 1 }, { id: offset + 2 }],
    });
    const historyOf = (dataUpdatedAt: number, ...pages: ReturnType<typeof page>[]) =>
      ({
        timestamp: 1,
        buster: 'v1',
        clientState: {
          mutations: [],
          queries: [
            {
              queryKey: ['docking-events', 'history', 'live'],
              queryHash: HASH,
              dehydratedAt: dataUpdatedAt,
              state: { data: { pages, complete: true }, dataUpdatedAt, fetchStatus: 'idle' },
            },
          ],
        },
      }) as unknown as PersistedClient;
    const keyOf = (offset: number, fetchedAt = 1) => `cache:page:${HASH}:${offset}@${fetchedAt}`;
    const savedPages = () => [...saved.keys()].filter((at) => at.startsWith('cache:page:')).sort();

    it('saves each page under a key of its own, and restores the history whole', async () => {
      const history = historyOf(5, page(0), page(100));
      await persister('v1').persistClient(history);
      await vi.advanceTimersByTimeAsync(0);
      expect(savedPages()).toEqual([keyOf(0), keyOf(100)]);
      expect(saved.get(keyOf(100))).toEqual(page(100));
      const cacheAlone = saved.get('cache') as PersistedClient;
      expect(cacheAlone.clientState.queries[0]!.state.data).toEqual({
        pages: [{ savedAs: keyOf(0) }, { savedAs: keyOf(100) }],
        complete: true,
      });
      expect(await persister('v1').restoreClient()).toEqual(history);
    });

    it('restores a history saved whole before, and saves it a page at a time at the next write', async () => {
      saved.set('cache', historyOf(5, page(0), page(100)));
      const cache = persister('v1');
      expect(await cache.restoreClient()).toEqual(historyOf(5, page(0), page(100)));
      await cache.persistClient(historyOf(6, page(0), page(100)));
      await vi.advanceTimersByTimeAsync(0);
      expect(savedPages()).toEqual([keyOf(0), keyOf(100)]);
      expect(await persister('v1').restoreClient()).toEqual(historyOf(6, page(0), page(100)));
    });

    it('writes only the pages storage does not hold yet', async () => {
      const cache = persister('v1');
      await cache.persistClient(historyOf(5, page(0)));
      await vi.advanceTimersByTimeAsync(0);
      saved.delete(keyOf(0));
      await cache.persistClient(historyOf(6, page(0), page(100)));
      await vi.advanceTimersByTimeAsync(0);
      // The first page was not written again: it was held already (and is gone only in this test).
      expect(savedPages()).toEqual([keyOf(100)]);
    });

    it('deletes the pages the history no longer has, once the cache that left them is written', async () => {
      const cache = persister('v1');
      await cache.persistClient(historyOf(5, page(0), page(100)));
      await vi.advanceTimersByTimeAsync(0);
      // A page read again (a history mended while loading) replaces the one before.
      await cache.persistClient(historyOf(6, page(0), page(100, 2)));
      await vi.advanceTimersByTimeAsync(0);
      expect(savedPages()).toEqual([keyOf(0), keyOf(100, 2)]);
      expect(await persister('v1').restoreClient()).toEqual(historyOf(6, page(0), page(100, 2)));
    });

    it('writes a slice at a time while the page is idle, the cache after all its pages', async () => {
      const idle: ((deadline: IdleDeadline) => void)[] = [];
      vi.stubGlobal('requestIdleCallback', (run: (deadline: IdleDeadline) => void) =>
        idle.push(run),
      );
      vi.stubGlobal('cancelIdleCallback', vi.fn());
      // An idle period with time for one write: each slice makes one.
      const shortIdle = { didTimeout: false, timeRemaining: () => 0 };
      try {
        const cache = persister('v1');
        await cache.persistClient(historyOf(5, page(0), page(100), page(200)));
        const seen: string[][] = [];
        while (idle.length > 0) {
          idle.shift()!(shortIdle);
          await vi.advanceTimersByTimeAsync(0);
          seen.push([...saved.keys()].map((at) => at.split(':').at(-1)!));
        }
        expect(seen).toEqual([
          ['0@1'],
          ['0@1', '100@1'],
          ['0@1', '100@1', '200@1'],
          ['0@1', '100@1', '200@1', 'cache'],
        ]);
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('makes the rest of a write under way at once when the page is left', async () => {
      const idle: ((deadline: IdleDeadline) => void)[] = [];
      vi.stubGlobal('requestIdleCallback', (run: (deadline: IdleDeadline) => void) =>
        idle.push(run),
      );
      vi.stubGlobal('cancelIdleCallback', vi.fn());
      try {
        const cache = persister('v1');
        await cache.persistClient(historyOf(5, page(0), page(100), page(200)));
        idle.shift()!({ didTimeout: false, timeRemaining: () => 0 });
        await vi.advanceTimersByTimeAsync(0);
        expect(savedPages()).toEqual([keyOf(0)]);
        expect(idle).toHaveLength(1);
        cache.flushPendingWrite();
        await vi.advanceTimersByTimeAsync(0);
        expect(savedPages()).toEqual([keyOf(0), keyOf(100), keyOf(200)]);
        expect(await persister('v1').restoreClient()).toEqual(
          historyOf(5, page(0), page(100), page(200)),
        );
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('discards a saved cache whose page is missing, with a notice, and sweeps pages nothing refers to', async () => {
      const cache = persister('v1');
      await cache.persistClient(historyOf(5, page(0), page(100)));
      await vi.advanceTimersByTimeAsync(0);
      saved.delete(keyOf(100));
      saved.set(keyOf(300), page(300));
      expect(await persister('v1').restoreClient()).toBeUndefined();
      expect(notice()).toBe('unreadable');
      expect(saved.has('cache')).toBe(false);
      await vi.advanceTimersByTimeAsync(0);
      expect(savedPages()).toEqual([]);
    });
  });

  it('keeps the cache in IndexedDB by default, where idb-keyval keeps it, committed at once', async () => {
    vi.useRealTimers();
    const cache = createIndexedDbPersister('station-dockings:test-cache', 'v1', 500);
    await cache.persistClient(client('v1'));
    cache.flushPendingWrite();
    await vi.waitFor(async () =>
      expect(await get('station-dockings:test-cache')).toEqual(client('v1')),
    );
    expect(await cache.restoreClient()).toEqual(client('v1'));
    await cache.removeClient();
    expect(await get('station-dockings:test-cache')).toBeUndefined();
    expect(notice()).toBeNull();
  });
});
