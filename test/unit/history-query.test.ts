// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dockingHistoryQuery, type DockingHistory } from '../../src/api/docking-events-queries';
import { createQueryClient } from '../../src/api/query-client';
import { queryKeys } from '../../src/api/query-keys';
import { dockingEventsPage, generateDockingHistory } from '../support/generate-history';
import { server } from '../support/msw-server';

const API = 'https://ll.thespacedevs.com/2.3.0';
const events = generateDockingHistory({ seed: 555, count: 555 });

afterEach(() => vi.useRealTimers());

/** Lets requests and their answers run, without moving the held timers, until `done`. */
async function runUntil(done: () => boolean) {
  for (const started = Date.now(); !done();) {
    if (Date.now() - started > 5000) throw new Error('still waiting after 5 s');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('the history while it loads', () => {
  it('tells the progress at once, then at most every quarter second; shows the first page at once, the rest four seconds later', async () => {
    // Only the waits are held still; requests answer as they come.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let release = () => {};
    const lastPageHeld = new Promise<void>((resolve) => (release = resolve));
    let answered = 0;
    server.use(
      http.get(`${API}/docking_events/`, async ({ request }) => {
        if (new URL(request.url).searchParams.get('offset') === '500') await lastPageHeld;
        answered += 1;
        return HttpResponse.json(dockingEventsPage(events, request.url));
      }),
    );
    const client = createQueryClient({ retry: false });
    const loading = client.fetchQuery(dockingHistoryQuery('live'));
    const shownEvents = () =>
      client
        .getQueryData<DockingHistory>(queryKeys.history('live'))
        ?.pages.reduce((sum, page) => sum + page.events.length, 0);

    const progress = () => client.getQueryData(queryKeys.historyProgress('live'));
    await runUntil(() => shownEvents() === 100 && progress() !== undefined);
    expect(progress()).toEqual({ read: 100, total: 555 });
    // Four more pages come at once, and are read…
    await runUntil(() => answered === 5);
    for (let turn = 0; turn < 20; turn += 1) await new Promise((done) => setImmediate(done));
    // …and told together, a quarter second after the first page was.
    vi.advanceTimersByTime(249);
    expect(progress()).toEqual({ read: 100, total: 555 });
    vi.advanceTimersByTime(1);
    expect(progress()).toEqual({ read: 500, total: 555 });
    expect(shownEvents()).toBe(100);

    // Four seconds after the first page, the pages read since are shown.
    vi.advanceTimersByTime(3749);
    expect(shownEvents()).toBe(100);
    vi.advanceTimersByTime(1);
    expect(shownEvents()).toBe(500);

    release();
    const history = await loading;
    expect(history.complete).toBe(true);
    expect(history.pages.reduce((sum, page) => sum + page.events.length, 0)).toBe(555);
  });
});
