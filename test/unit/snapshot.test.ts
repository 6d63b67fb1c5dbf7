// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { dockingHistoryQuery } from '../../src/api/docking-events-queries';
import { queryKeys } from '../../src/api/query-keys';
import { readSnapshot } from '../../src/api/snapshot';
import { createQueryClient } from '../../src/api/query-client';
import { devDockingPage, issStation } from '../support/fixtures';
import { server } from '../support/msw-server';

const API = 'https://ll.thespacedevs.com/2.3.0';

/** A snapshot file as `npm run snapshot` writes it, of the 5 real events of the fixture. */
const snapshotFile = (changes: Record<string, unknown> = {}) => ({
  format: 'station-dockings-snapshot/1',
  apiBaseUrl: API,
  fetchedAt: '2026-11-28T04:17:00.000Z',
  count: 5,
  invalidCount: 0,
  results: devDockingPage().results,
  stations: [issStation()],
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
    ['another format', { format: 'station-dockings-snapshot/2' }],
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
