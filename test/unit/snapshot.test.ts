// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { dockingHistoryQuery } from '../../src/api/docking-events-queries';
import { queryKeys } from '../../src/api/query-keys';
import { readSnapshotHistory } from '../../src/api/read-dockings';
import { readSnapshot, readSnapshotPart } from '../../src/api/snapshot';
import { generateDockingHistory } from '../support/generate-history';
import { createQueryClient } from '../../src/api/query-client';
import { devDockingPage, issStation } from '../support/fixtures';
import { server } from '../support/msw-server';

const API = 'https://ll.thespacedevs.com/2.3.0';

const FETCHED_AT = '2026-11-28T04:17:00.000Z';

/** A snapshot file of format 1 (every event in one file), of the 5 real events of the fixture. */
const snapshotFile = (changes: Record<string, unknown> = {}) => ({
  format: 'station-dockings-snapshot/1',
  apiBaseUrl: API,
  fetchedAt: FETCHED_AT,
  count: 5,
  invalidCount: 0,
  results: devDockingPage().results,
  stations: [issStation()],
  ...changes,
});

/**
 * The same 5 events as `npm run snapshot` writes them, in a snapshot's own file (the newest 2)
 * and a part of 3, named in it.
 */
const inParts = (changes: Record<string, unknown> = {}) => ({
  ...snapshotFile({
    format: 'station-dockings-snapshot/2',
    results: devDockingPage().results.slice(0, 2),
    parts: [{ path: 'docking-events.1.json', events: 3 }],
  }),
  ...changes,
});
const part = (changes: Record<string, unknown> = {}) => ({
  format: 'station-dockings-snapshot-part/2',
  fetchedAt: FETCHED_AT,
  results: devDockingPage().results.slice(2),
  ...changes,
});

describe('readSnapshot', () => {
  it('reads a whole snapshot: its events, as of when it was taken, and the port lists', () => {
    const snapshot = readSnapshot(snapshotFile())!;
    expect(snapshot.events.map((event) => event.id)).toEqual([622, 630, 629, 624, 631]);
    expect(snapshot.fetchedAt).toBe(Date.parse('2026-11-28T04:17:00Z'));
    expect(snapshot.count).toBe(5);
    expect(snapshot.stations[0]).toMatchObject({ id: 4, name: 'International Space Station' });
  });

  it('counts an event this version cannot read, with those left out when it was taken', () => {
    const results = devDockingPage().results;
    results[1] = { id: 'broken' };
    const snapshot = readSnapshot(snapshotFile({ results, count: 7, invalidCount: 2 }))!;
    expect(snapshot.events).toHaveLength(4);
    expect(snapshot.invalidCount).toBe(3);
  });

  it.each([
    ['events missing from the count', { count: 6 }],
    ['another format', { format: 'station-dockings-snapshot/3' }],
    ['no time of reading', { fetchedAt: 'yesterday' }],
    ['a count past what the dashboard reads', { count: 100_001, invalidCount: 99_996 }],
    ['a broken port list', { stations: [{ id: 4 }] }],
  ])('refuses %s', (_, changes) => {
    expect(readSnapshot(snapshotFile(changes))).toBeNull();
  });

  it('refuses what is not a snapshot at all', () => {
    expect(readSnapshot(devDockingPage())).toBeNull();
    expect(readSnapshot(null)).toBeNull();
  });

  it('reads a snapshot in parts: its own events, and where each part goes', () => {
    const snapshot = readSnapshot(inParts())!;
    expect(snapshot.events.map((event) => event.id)).toEqual([622, 630]);
    expect(snapshot.parts).toEqual([{ path: 'docking-events.1.json', events: 3, offset: 2 }]);
    expect(readSnapshotPart(part(), snapshot, snapshot.parts[0]!)?.events).toHaveLength(3);
  });

  it('is kept as pages of 100, so that it is saved a page at a time, its unreadable events told once', () => {
    const results = generateDockingHistory({ seed: 250, count: 250 });
    const history = readSnapshotHistory(snapshotFile({ results, count: 252, invalidCount: 2 }))!;
    expect(
      history.pages.map((page) => [page.offset, page.events.length, page.invalidCount]),
    ).toEqual([
      [0, 100, 2],
      [100, 100, 0],
      [200, 50, 0],
    ]);
    expect(history.pages.every((page) => page.count === 252 && page.fromSnapshot)).toBe(true);
  });

  it.each([
    ['its parts missing from the count', { parts: [] }],
    ['a part elsewhere', { parts: [{ path: '../docking-events.1.json', events: 3 }] }],
    ['a part somewhere else', { parts: [{ path: 'https://example.com/1.json', events: 3 }] }],
  ])('refuses a snapshot with %s', (_, changes) => {
    expect(readSnapshot(inParts(changes))).toBeNull();
  });

  it.each([
    ["another snapshot's", { fetchedAt: '2026-11-29T04:17:00.000Z' }],
    ['not whole', { results: devDockingPage().results.slice(2, 4) }],
    ['not a part', { format: 'station-dockings-snapshot/2' }],
  ])('refuses a part that is %s', (_, changes) => {
    const snapshot = readSnapshot(inParts())!;
    expect(readSnapshotPart(part(changes), snapshot, snapshot.parts[0]!)).toBeNull();
  });
});

describe('the history of a build with a snapshot', () => {
  const firstPage = (client: QueryClient) =>
    client.fetchQuery(dockingHistoryQuery('live')).then((data) => data.pages[0]!);

  it('starts from the snapshot without asking LL2, and keeps its port lists as of when it was taken', async () => {
    server.use(http.get('*/snapshot/docking-events.json', () => HttpResponse.json(snapshotFile())));
    const client = createQueryClient();
    const page = await firstPage(client);
    expect(page).toMatchObject({ count: 5, nextOffset: null, fromSnapshot: true, invalidCount: 0 });
    expect(page.events).toHaveLength(5);
    expect(page.fetchedAt).toBe(Date.parse('2026-11-28T04:17:00Z'));
    const ports = client.getQueryState(queryKeys.stationPorts('live', 4));
    expect(ports?.data).toMatchObject({ id: 4, name: 'International Space Station' });
    expect(ports?.dataUpdatedAt).toBe(Date.parse('2026-11-28T04:17:00Z'));
  });

  it("reads the parts after its own file: every event, as pages, in the snapshot's order", async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/snapshot/:file', ({ params }) => {
        asked.push(String(params.file));
        return HttpResponse.json(params.file === 'docking-events.json' ? inParts() : part());
      }),
    );
    const history = await createQueryClient().fetchQuery(dockingHistoryQuery('live'));
    expect(asked).toEqual(['docking-events.json', 'docking-events.1.json']);
    expect(history.complete).toBe(true);
    expect(
      history.pages.map((page) => [page.offset, page.events.map((event) => event.id)]),
    ).toEqual([
      [0, [622, 630]],
      [2, [629, 624, 631]],
    ]);
    expect(history.pages.every((page) => page.fromSnapshot && page.count === 5)).toBe(true);
  });

  it('keeps an unfinished history from the snapshot on screen while it is read again', async () => {
    let partsAsked = 0;
    let held: Promise<void> = Promise.resolve();
    server.use(
      http.get('*/snapshot/:file', async ({ params }) => {
        if (params.file === 'docking-events.json') return HttpResponse.json(inParts());
        partsAsked += 1;
        await held;
        return HttpResponse.json(part());
      }),
    );
    const client = createQueryClient();
    const options = dockingHistoryQuery('live');
    const { pages } = await client.fetchQuery(options);
    // Saved before it was marked whole: every page, unfinished.
    client.setQueryData(options.queryKey, { pages, complete: false });
    let release = () => {};
    held = new Promise((resolve) => (release = resolve));
    const again = client.fetchQuery({ ...options, staleTime: 0 });
    await vi.waitFor(() => expect(partsAsked).toBe(2));
    const shown = client.getQueryData(options.queryKey)!;
    expect(shown.pages.flatMap((page) => page.events)).toHaveLength(5);
    release();
    expect((await again).complete).toBe(true);
  });

  it.each([
    ['missing', () => new HttpResponse(null, { status: 404 })],
    ["another snapshot's", () => HttpResponse.json(part({ fetchedAt: '2026-11-29T04:17:00Z' }))],
  ])('reads the history from LL2 when a part is %s', async (_, answer) => {
    const asked: string[] = [];
    server.use(
      http.get('*/snapshot/docking-events.json', () => HttpResponse.json(inParts())),
      http.get('*/snapshot/docking-events.1.json', answer),
      http.get(`${API}/docking_events/`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('offset') ?? '');
        return HttpResponse.json(devDockingPage());
      }),
    );
    const history = await createQueryClient().fetchQuery(dockingHistoryQuery('live'));
    expect(asked).toEqual(['0']);
    expect(history.pages).toHaveLength(1);
    expect(history.pages[0]!.fromSnapshot).toBeUndefined();
  });

  it('reads an unfinished history from the snapshot again, not from LL2 where it stopped', async () => {
    server.use(
      http.get('*/snapshot/:file', ({ params }) =>
        HttpResponse.json(params.file === 'docking-events.json' ? inParts() : part()),
      ),
    );
    const client = createQueryClient();
    const key = dockingHistoryQuery('live').queryKey;
    const head = (await client.fetchQuery(dockingHistoryQuery('live'))).pages[0]!;
    client.setQueryData(key, { pages: [head], complete: false });
    const history = await client.fetchQuery({ ...dockingHistoryQuery('live'), staleTime: 0 });
    expect(history.complete).toBe(true);
    expect(history.pages.flatMap((page) => page.events)).toHaveLength(5);
  });

  it.each([
    ['missing', () => new HttpResponse(null, { status: 404 })],
    ['answered with the index page', () => HttpResponse.html('<!doctype html><title>x</title>')],
    ['not whole', () => HttpResponse.json(snapshotFile({ count: 9 }))],
    ['unreachable', () => HttpResponse.error()],
  ])('reads the first page from LL2 when the snapshot is %s', async (_, answer) => {
    const asked: string[] = [];
    server.use(
      http.get('*/snapshot/docking-events.json', answer),
      http.get(`${API}/docking_events/`, ({ request }) => {
        asked.push(new URL(request.url).searchParams.get('offset') ?? '');
        return HttpResponse.json(devDockingPage());
      }),
    );
    const page = await firstPage(createQueryClient());
    expect(page.fromSnapshot).toBeUndefined();
    expect(asked).toEqual(['0']);
  });

  it('is not used for the development API', async () => {
    server.use(
      http.get('*/snapshot/docking-events.json', () => HttpResponse.json(snapshotFile())),
      http.get('https://lldev.thespacedevs.com/2.3.0/docking_events/', () =>
        HttpResponse.json(devDockingPage()),
      ),
    );
    const page = await createQueryClient()
      .fetchQuery(dockingHistoryQuery('dev'))
      .then((data) => data.pages[0]!);
    expect(page.fromSnapshot).toBeUndefined();
  });
});
