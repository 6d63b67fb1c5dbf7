import { describe, expect, it } from 'vitest';
import {
  inParallel,
  loadHistory,
  shiftRepairs,
  type HistoryPage,
} from '../../src/api/history-loader';

/*
 * The parallel loader against an API in memory whose history can change between requests, as LL2's
 * does when a docking is added or removed while someone loads it.
 */

const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** Serves `history` (ids, newest first) 100 a page; `afterServing` may change it. */
function fakeApi(history: number[], afterServing?: (offset: number, served: number) => void) {
  const api = {
    history,
    asked: [] as number[],
    inFlight: 0,
    mostInFlight: 0,
    failAt: new Set<number>(),
    async fetchPage(offset: number): Promise<HistoryPage> {
      api.asked.push(offset);
      // A refused request fails before the others under way have answered.
      if (api.failAt.has(offset)) throw new Error(`page ${offset} failed`);
      api.inFlight += 1;
      api.mostInFlight = Math.max(api.mostInFlight, api.inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      api.inFlight -= 1;
      const count = api.history.length;
      const page = {
        offset,
        count,
        nextOffset: offset + 100 < count ? offset + 100 : null,
        fetchedAt: api.asked.length,
        events: api.history.slice(offset, offset + 100).map((id) => ({ id })),
      };
      afterServing?.(offset, api.asked.length);
      return page;
    },
  };
  return api;
}

const idsOf = (pages: HistoryPage[]) =>
  new Set(pages.flatMap((page) => page.events.map((e) => e.id)));

describe('loading the history in parallel', () => {
  it('reads 555 events in 6 requests, the first alone, then at most 4 at a time', async () => {
    const api = fakeApi(ids(0, 555));
    const pages = await loadHistory({ have: [], fetchPage: api.fetchPage });
    expect(api.asked).toEqual([0, 100, 200, 300, 400, 500]);
    expect(api.mostInFlight).toBe(4);
    expect(idsOf(pages).size).toBe(555);
  });

  it('reads a history of one page in one request', async () => {
    const api = fakeApi(ids(0, 40));
    const pages = await loadHistory({ have: [], fetchPage: api.fetchPage });
    expect(api.asked).toEqual([0]);
    expect(pages).toHaveLength(1);
  });

  it('shows every page as it arrives, in offset order', async () => {
    const api = fakeApi(ids(0, 300));
    const seen: number[][] = [];
    await loadHistory({
      have: [],
      fetchPage: api.fetchPage,
      onPage: (pages) => seen.push(pages.map((page) => page.offset)),
    });
    expect(seen[0]).toEqual([0]);
    expect(seen.at(-1)).toEqual([0, 100, 200]);
    expect(seen).toHaveLength(3);
  });

  it('stops starting pages at a failure in the middle, keeps what arrived, and resumes with only what is missing', async () => {
    const api = fakeApi(ids(0, 555));
    api.failAt.add(200);
    let shown: HistoryPage[] = [];
    const failure = await loadHistory({
      have: [],
      fetchPage: api.fetchPage,
      onPage: (pages) => (shown = pages),
    }).catch((error: unknown) => error);
    expect((failure as Error).message).toBe('page 200 failed');
    // 100, 200, 300 and 400 were under way together; 500 was never started.
    expect(api.asked).toEqual([0, 100, 200, 300, 400]);
    expect(shown.map((page) => page.offset)).toEqual([0, 100, 300, 400]);

    api.failAt.clear();
    api.asked = [];
    const pages = await loadHistory({ have: shown, fetchPage: api.fetchPage });
    expect(api.asked).toEqual([200, 500]);
    expect(idsOf(pages).size).toBe(555);
  });

  it('stops between pages when cancelled', async () => {
    const controller = new AbortController();
    const api = fakeApi(ids(0, 555), (offset) => offset === 100 && controller.abort());
    const failure = await loadHistory({
      have: [],
      fetchPage: api.fetchPage,
      signal: controller.signal,
    }).catch((error: unknown) => error);
    expect((failure as Error).name).toBe('AbortError');
    expect(api.asked).toEqual([0, 100, 200, 300, 400]);
  });
});

describe('a history that shifted while it loaded', () => {
  it('five dockings added after the first page: the first page is read again, every event once', async () => {
    const api = fakeApi(ids(0, 555), (_offset, served) => {
      if (served === 1) api.history = [...ids(1000, 1005), ...api.history];
    });
    const pages = await loadHistory({ have: [], fetchPage: api.fetchPage });
    expect(api.asked).toEqual([0, 100, 200, 300, 400, 500, 0]);
    expect(idsOf(pages).size).toBe(560);
  });

  it('added past a page boundary: the new last page is read too', async () => {
    const api = fakeApi(ids(0, 598), (_offset, served) => {
      if (served === 1) api.history = [...ids(1000, 1005), ...api.history];
    });
    const pages = await loadHistory({ have: [], fetchPage: api.fetchPage });
    expect(api.asked).toEqual([0, 100, 200, 300, 400, 500, 600, 0]);
    expect(idsOf(pages).size).toBe(603);
  });

  it('an event removed halfway: the page straddling the edge it opened is read, nothing is missed', async () => {
    const api = fakeApi(ids(0, 555), (offset) => {
      if (offset === 200) api.history = api.history.filter((id) => id !== 10);
    });
    const pages = await loadHistory({ have: [], fetchPage: api.fetchPage, inFlight: 1 });
    // Page 300 (read after the removal) starts at what was event 301: event 300 slid onto page 200.
    expect(api.asked).toEqual([0, 100, 200, 300, 400, 500, 299]);
    const loaded = idsOf(pages);
    expect(loaded.has(300)).toBe(true);
    expect(loaded.size).toBe(555);
  });

  it('nothing changed: no request beyond one per page', () => {
    const page = (offset: number, from: number, count = 300): HistoryPage => ({
      offset,
      count,
      nextOffset: null,
      fetchedAt: 0,
      events: ids(from, from + 100).map((id) => ({ id })),
    });
    expect(shiftRepairs([page(0, 0), page(100, 100), page(200, 200)])).toEqual([]);
    // Two events came in above page 100 before it was read: it repeats exactly two, nothing is lost.
    expect(shiftRepairs([page(0, 0, 300), page(100, 98, 302), page(200, 198, 302)])).toEqual([0]);
  });

  it('two events repeated at an edge with the count unchanged (an unstable order): the edge is read again', () => {
    const page = (offset: number, events: number[]): HistoryPage => ({
      offset,
      count: 300,
      nextOffset: null,
      fetchedAt: 0,
      events: events.map((id) => ({ id })),
    });
    const repairs = shiftRepairs([
      page(0, ids(0, 100)),
      page(100, [98, 99, ...ids(102, 200)]),
      page(200, ids(200, 300)),
    ]);
    expect(repairs).toEqual([98]);
    expect(
      shiftRepairs([
        page(0, ids(0, 100)),
        page(98, ids(98, 198)),
        page(100, [98, 99, ...ids(102, 200)]),
        page(200, ids(200, 300)),
      ]),
    ).toEqual([]);
  });
});

describe('inParallel', () => {
  it('throws the first failure once the tasks under way have finished', async () => {
    const finished: number[] = [];
    const failure = await inParallel([1, 2, 3, 4, 5], 2, async (n) => {
      await new Promise((resolve) => setTimeout(resolve, n === 1 ? 1 : 5));
      if (n === 1) throw new Error('one');
      finished.push(n);
    }).catch((error: unknown) => error);
    expect((failure as Error).message).toBe('one');
    expect(finished).toEqual([2]);
  });
});
