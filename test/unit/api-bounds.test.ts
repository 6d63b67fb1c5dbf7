import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  fetchDockingPage,
  fetchDockingUpdates,
  mergeUpdates,
  unreadableCount,
  type DockingPage,
} from '../../src/api/docking-events-queries';
import { InvalidResponseError } from '../../src/api/errors';
import { missingOffsets } from '../../src/api/history-loader';
import { MAX_BODY_BYTES, fetchLL2Json } from '../../src/api/ll2-client';
import { MAX_HISTORY_PAGES } from '../../src/api/paging';
import { devDockingPage } from '../support/fixtures';
import { server } from '../support/msw-server';

const API = 'https://ll.thespacedevs.com/2.3.0';
const EVENTS = `${API}/docking_events/`;
const signal = () => new AbortController().signal;
const realEvents = devDockingPage().results;

/** A page of `results` claiming `count` events in all, with a `next` link when one is given. */
const pageOf = (results: unknown[], count: number, nextOffset: number | null = null) => ({
  count,
  next: nextOffset === null ? null : `${EVENTS}?limit=100&offset=${nextOffset}`,
  previous: null,
  results,
});

describe('what the API can make the page do', () => {
  it('refuses a page with more results than the 100 asked for', async () => {
    const many = Array.from({ length: 101 }, (_, index) => ({ ...realEvents[0], id: index + 1 }));
    server.use(http.get(EVENTS, () => HttpResponse.json(pageOf(many, 5000))));
    const error = await fetchDockingPage('live', 0, signal()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toBe(
      'Launch Library 2 sent a response that could not be read (a page of more than the 100 events asked for)',
    );
  });

  it('accepts a page of exactly 100', async () => {
    const hundred = Array.from({ length: 100 }, (_, index) => ({
      ...realEvents[0],
      id: index + 1,
    }));
    server.use(http.get(EVENTS, () => HttpResponse.json(pageOf(hundred, 555, 100))));
    const page = await fetchDockingPage('live', 0, signal());
    expect(page.events).toHaveLength(100);
    expect(page.nextOffset).toBe(100);
  });

  it('refuses a body that says it is larger than the cap, and one that turns out to be', async () => {
    expect(MAX_BODY_BYTES).toBe(16 * 1024 * 1024);
    server.use(
      http.get(`${API}/declared/`, () =>
        HttpResponse.json({}, { headers: { 'Content-Length': String(MAX_BODY_BYTES + 1) } }),
      ),
      http.get(`${API}/streamed/`, () => {
        const chunk = new Uint8Array(1024 * 1024).fill(0x20); // a megabyte of spaces, 17 times
        let sent = 0;
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent === 17) controller.close();
            else {
              sent += 1;
              controller.enqueue(chunk);
            }
          },
        });
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    for (const path of ['declared/', 'streamed/']) {
      const error = await fetchLL2Json(`${API}/${path}`, { baseUrl: API }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toBe(
        'Launch Library 2 sent a response that could not be read (larger than 16 MB)',
      );
    }
  });

  it('reads a body that comes in pieces, with a character split between two', async () => {
    const bytes = new TextEncoder().encode('{"name":"Прогресс МС-31"}');
    // "П" is two bytes: the first piece ends after its first.
    const pieces = [bytes.slice(0, 10), bytes.slice(10, 17), bytes.slice(17)];
    server.use(
      http.get(`${API}/pieces/`, () => {
        const body = new ReadableStream<Uint8Array>({
          start(controller) {
            for (const piece of pieces) controller.enqueue(piece);
            controller.close();
          },
        });
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    expect(await fetchLL2Json(`${API}/pieces/`, { baseUrl: API })).toEqual({
      name: 'Прогресс МС-31',
    });
  });

  it('reads a body just under the cap', async () => {
    const text = `{"a":"${'x'.repeat(2 * 1024 * 1024)}"}`;
    server.use(http.get(`${API}/big/`, () => HttpResponse.text(text)));
    const json = (await fetchLL2Json(`${API}/big/`, { baseUrl: API })) as { a: string };
    expect(json.a).toHaveLength(2 * 1024 * 1024);
  });
});

describe('which pages the history asks for', () => {
  const page = (offset: number, count: number, nextOffset: number | null): DockingPage => ({
    offset,
    count,
    nextOffset,
    events: [],
    invalidCount: 0,
    fetchedAt: 0,
  });

  it('asks for the first page, then every other page below the count at once', () => {
    expect(missingOffsets([])).toEqual([0]);
    expect(missingOffsets([page(0, 555, 100)])).toEqual([100, 200, 300, 400, 500]);
    expect(missingOffsets([page(0, 555, 100), page(300, 555, null)])).toEqual([100, 200, 400, 500]);
    expect(missingOffsets([page(0, 555, null)])).toEqual([]);
  });

  it('asks for nothing more when the count is past the cap of 100,000', () => {
    expect(missingOffsets([page(0, 100_000, 100)])).toHaveLength(999);
    expect(missingOffsets([page(0, 100_001, 100)])).toEqual([]);
    expect(missingOffsets([page(0, 100_000_000, 100)])).toEqual([]);
  });

  it('never asks for more than 1,000 pages, however the count grows while loading', () => {
    expect(MAX_HISTORY_PAGES).toBe(1000);
    const missing = missingOffsets([page(0, 100_000, 100), page(100, 250_000, 200)]);
    expect(missing).toHaveLength(998);
    expect(missing.at(-1)).toBe(99_900);
  });
});

describe('fetchDockingUpdates', () => {
  it('follows every page of changes since the date, and gathers them', async () => {
    const asked: string[] = [];
    server.use(
      http.get(EVENTS, ({ request }) => {
        const url = new URL(request.url);
        const offset = Number(url.searchParams.get('offset'));
        asked.push(`${url.searchParams.get('docking__gte')} offset=${offset}`);
        return HttpResponse.json(
          offset === 0
            ? pageOf(realEvents.slice(0, 3), 5, 3)
            : pageOf([...realEvents.slice(3), { id: 'unreadable' }], 5),
        );
      }),
    );
    const updates = await fetchDockingUpdates('live', '2025-09-13T17:23:00.000Z', signal());
    expect(asked).toEqual([
      '2025-09-13T17:23:00.000Z offset=0',
      '2025-09-13T17:23:00.000Z offset=3',
    ]);
    expect(updates.events.map((event) => event.id)).toEqual([622, 630, 629, 624, 631]);
    expect(updates.invalidCount).toBe(1);
  });

  it('stops at a count past the cap, with no second request', async () => {
    let requests = 0;
    server.use(
      http.get(EVENTS, () => {
        requests += 1;
        return HttpResponse.json(pageOf(realEvents, 100_000_000, 100));
      }),
    );
    const error = await fetchDockingUpdates('live', '2025-01-01T00:00:00Z', signal()).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toBe(
      'Launch Library 2 sent a response that could not be read (a count of 100000000 events)',
    );
    expect(requests).toBe(1);
  });

  it('stops when cancelled, between pages', async () => {
    const controller = new AbortController();
    let requests = 0;
    server.use(
      http.get(EVENTS, () => {
        requests += 1;
        controller.abort();
        return HttpResponse.json(pageOf(realEvents, 555, 100));
      }),
    );
    const error = await fetchDockingUpdates(
      'live',
      '2025-01-01T00:00:00Z',
      controller.signal,
    ).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(requests).toBe(1);
  });

  it('is merged by id: a newer copy of an event replaces the older, the rest stay', () => {
    const [first, second, third] = [
      { id: 622, departed: 1_748_016_300_000 },
      { id: 630, departed: null },
      { id: 629, departed: null },
    ];
    const merged = mergeUpdates(
      { events: [first, second] as never, invalidCount: 2, fetchedAt: 1 },
      {
        events: [{ ...second, departed: 1_767_225_600_000 }, third] as never,
        invalidCount: 0,
        fetchedAt: 2,
      },
    );
    expect(merged.events.map((event) => [event.id, event.departed])).toEqual([
      [622, 1_748_016_300_000],
      [630, 1_767_225_600_000],
      [629, null],
    ]);
    expect(merged.invalidCount).toBe(0);
    expect(merged.fetchedAt).toBe(2);
    expect(mergeUpdates(undefined, merged)).toEqual(merged);
  });
});

describe('events that could not be read', () => {
  const read = [{ id: 9 }] as never;

  it('are counted once when they come in two batches (a refresh overlaps the newest page)', () => {
    const page = { invalidCount: 3, invalidIds: [7, 8] };
    const refresh = { invalidCount: 1, invalidIds: [7] };
    // 7 and 8 once each, and the one without an id.
    expect(unreadableCount([page, refresh], [])).toBe(3);
  });

  it('are not counted once they have been read', () => {
    expect(unreadableCount([{ invalidCount: 2, invalidIds: [9, 8] }], read)).toBe(1);
  });

  it('are counted as sent where their ids were not kept (an older saved cache)', () => {
    expect(unreadableCount([{ invalidCount: 2 }, { invalidCount: 1, invalidIds: [] }], read)).toBe(
      3,
    );
  });
});
