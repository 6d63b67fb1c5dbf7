import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { generateDockingHistory, type GeneratedEvent } from '../support/generate-history';
import {
  craftedIssDocking,
  eventRows,
  fakeLL2,
  holdPage,
  waitForPersistedCache,
  waitUntilSettled,
} from './ll2-routes';

test('loads the whole history in ceil(N/100) requests, with visible progress', async ({ page }) => {
  const ll2 = await fakeLL2(page, generateDockingHistory({ seed: 555, count: 555 }));
  ll2.delayMs = 400;
  await page.goto('/');
  await expect(page.getByText(/Loaded \d+ of 555 events/)).toBeVisible();
  // The first page is on screen while the rest loads.
  await expect(page.getByRole('heading', { name: /^(100|200) events$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  expect(ll2.requests).toHaveLength(6);
  // The first page gives the count; the other five are asked for without waiting for each other.
  const offsets = ll2.requests.map((url) => new URL(url).searchParams.get('offset'));
  expect(offsets[0]).toBe('0');
  expect(offsets.slice(1).sort()).toEqual(['100', '200', '300', '400', '500']);
  expect(new URL(ll2.requests[0]!).searchParams.get('ordering')).toBe('-docking');
});

test('the progress counts every page as it arrives, while the views wait to show them', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, generateDockingHistory({ seed: 555, count: 555 }));
  const release = holdPage(ll2, 500);
  await page.goto('/');
  const heading = (count: string) => page.getByRole('heading', { name: `${count} events` });
  await expect(heading('100')).toBeVisible();
  // The other pages are read at once; the views show them seconds later, or with the last one.
  await expect(page.getByRole('status').filter({ hasText: /^Loaded/ })).toHaveText(
    'Loaded 500 of 555 events',
    { timeout: 2500 },
  );
  await expect(page.getByRole('progressbar', { name: 'History loaded' })).toHaveAttribute(
    'value',
    '500',
  );
  await expect(heading('100')).toBeVisible();
  release();
  await expect(heading('555')).toBeVisible();
});

test('scrolled to its end, the table shows the oldest event as the last of all its rows', async ({
  page,
}) => {
  const events = generateDockingHistory({ seed: 555, count: 555 });
  const oldest = craftedIssDocking(events, 99_998, 'Oldest Craft', '1990-01-02T03:04:00Z', null);
  await fakeLL2(page, [...events, oldest]);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '556 events' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Docking events' });
  await expect(table).toHaveAttribute('aria-rowcount', '557');
  await table.hover();
  await page.mouse.wheel(0, 100_000);
  const last = eventRows(page).last();
  await expect(last).toHaveAttribute('aria-rowindex', '557');
  await expect(last.getByRole('cell').first()).toHaveText('Oldest Craft');
  await expect(last).toContainText('2 Jan 1990 03:04 UTC');
});

test('a reload within the hour sends no request; Refresh sends one and merges what changed', async ({
  page,
}) => {
  const events = generateDockingHistory({ seed: 8, count: 555 });
  const ll2 = await fakeLL2(page, events);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await waitForPersistedCache(page, 6);

  ll2.requests.length = 0;
  await page.reload();
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.requests).toEqual([]);

  // A new docking arrives and an open stay ends.
  const newest = events.reduce((a, b) => (Date.parse(a.docking) > Date.parse(b.docking) ? a : b));
  const arrival = {
    ...structuredClone(newest),
    id: 99_999,
    docking: '2026-11-20T10:00:00Z',
    departure: null,
  };
  const open = events
    .filter((event) => event.departure === null && event.id !== newest.id)
    .sort((a, b) => Date.parse(b.docking) - Date.parse(a.docking))[0]!;
  open.departure = '2026-11-21T08:30:00Z';
  ll2.events = [...events, arrival];

  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('heading', { name: '556 events' })).toBeVisible();
  expect(ll2.requests).toHaveLength(1);
  expect(new URL(ll2.requests[0]!).searchParams.get('docking__gte')).not.toBeNull();
  await expect(eventRows(page).nth(1)).toContainText('20 Nov 2026 10:00 UTC');
  await expect(page.getByText('21 Nov 2026 08:30 UTC')).toBeVisible();
});

test('a reload right after the last page arrives sends no request: leaving the page saves it', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, generateDockingHistory({ seed: 10, count: 555 }));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  ll2.requests.length = 0;
  await page.reload();
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.requests).toEqual([]);
});

test('a 429 shows the wait, keeps every loaded event and sends nothing more', async ({ page }) => {
  const ll2 = await fakeLL2(page, generateDockingHistory({ seed: 9, count: 555 }));
  ll2.override = async (route, url) => {
    if (url.searchParams.get('offset') !== '200') return false;
    await route.fulfill({
      status: 429,
      json: { detail: 'Request was throttled. Expected available in 2460 seconds.' },
      headers: { 'Access-Control-Allow-Origin': '*', 'Retry-After': '2460' },
    });
    return true;
  };
  await page.goto('/');
  await expect(
    page.getByText('Rate limited by Launch Library 2 — next request possible in 41 min'),
  ).toBeVisible();
  // Pages 100, 300 and 400 were asked for with page 200; page 500 only if one came back first.
  // Every page read is shown: 100 events each, 55 on the last.
  const offsets = ll2.requests.map((url) => new URL(url).searchParams.get('offset'));
  expect(offsets.slice(0, 5).sort()).toEqual(['0', '100', '200', '300', '400']);
  expect(offsets.slice(5)).toEqual(offsets.length > 5 ? ['500'] : []);
  const shown = offsets.includes('500') ? '455 events' : '400 events';
  await expect(page.getByRole('heading', { name: shown })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeDisabled();
  const sent = ll2.requests.length;
  await waitForPersistedCache(page, 4);
  await page.reload();
  await expect(page.getByRole('heading', { name: shown })).toBeVisible();
  await expect(page.getByText(/Rate limited by Launch Library 2/)).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(sent);
});

test('offline from the start, the bundled sample is shown under its banner', async ({ page }) => {
  await page.route(/thespacedevs\.com/, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await expect(
    page.getByText(/Offline: Launch Library 2 could not be reached\. Showing the bundled sample/),
  ).toBeVisible();
  await expect(page.getByText(/captured 5 Apr 2026/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: '5 events' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Progress MS-32', exact: true })).toBeVisible();
  const table = page.getByRole('table', { name: 'Docking events' });
  await expect(table.getByText('Still docked', { exact: true })).toBeVisible();
  await expect(table.getByText('as of 5 Apr 2026 04:17 UTC', { exact: true })).toBeVisible();
});

test('offline with a cache older than an hour: the cached events stay, one refresh is tried', async ({
  page,
  context,
}) => {
  const ll2 = await fakeLL2(context, generateDockingHistory({ seed: 10, count: 230 }));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '230 events' })).toBeVisible();
  await waitForPersistedCache(page, 3);
  await page.close();

  // Two hours later, with no network.
  ll2.requests.length = 0;
  ll2.override = async (route) => {
    await route.abort('internetdisconnected');
    return true;
  };
  const later = await context.newPage();
  await later.clock.install({ time: Date.now() + 2 * 60 * 60 * 1000 });
  await later.goto('/');
  await expect(later.getByRole('heading', { name: '230 events' })).toBeVisible();
  await expect(
    later.getByText('Showing events saved in this browser, fetched 2 hours ago.'),
  ).toBeVisible();
  await expect(later.getByText(/Refresh failed; the events shown are kept/)).toBeVisible();
  expect(ll2.requests).toHaveLength(1);
  expect(new URL(ll2.requests[0]!).searchParams.get('docking__gte')).not.toBeNull();
});

test('a history too big for localStorage (1,500 events the size of real ones, ~9 MB) is kept: a reload sends nothing', async ({
  page,
}) => {
  // Real LL2 events in normal mode are ~6 KB of JSON each; localStorage holds about 5 M characters.
  const devPage = JSON.parse(
    readFileSync(
      new URL('../fixtures/docking_events.2.3.0.lldev.offset10.json', import.meta.url),
      'utf8',
    ),
  ) as { results: GeneratedEvent[] };
  const real = devPage.results;
  const events = Array.from({ length: 1500 }, (_, index) => {
    const event = structuredClone(real[index % real.length]!);
    event.id = 10_000 + index;
    event.docking = new Date(Date.parse('2025-01-01T00:00:00Z') - index * 86_400_000).toISOString();
    event.departure = null;
    return event;
  });
  expect(JSON.stringify(events).length).toBeGreaterThan(8_000_000);
  const ll2 = await fakeLL2(page, events);
  await page.goto('/');
  // 15 pages of 600 KB and 1,500 open stays to draw: 8–13 s on a loaded two-core machine.
  await expect(page.getByRole('heading', { name: '1,500 events' })).toBeVisible({
    timeout: 25_000,
  });
  await waitForPersistedCache(page, 15);
  ll2.requests.length = 0;
  await page.reload();
  await expect(page.getByRole('heading', { name: '1,500 events' })).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.requests).toEqual([]);
});

for (const [kind, saved, notice] of [
  ['unreadable', 'not a cache {{{', 'could not be read'],
  ['outdated', 'old-version', 'were saved by an older version of the dashboard'],
] as const) {
  test(`an ${kind} saved cache is discarded with a notice and the history loads afresh`, async ({
    page,
  }) => {
    const ll2 = await fakeLL2(page, generateDockingHistory({ seed: 14, count: 230 }));
    await page.goto('/');
    await expect(page.getByRole('heading', { name: '230 events' })).toBeVisible();
    await waitForPersistedCache(page, 3);

    // Replace what the dashboard saved: garbage, or a cache from an older version.
    await page.evaluate(async (replacement) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const request = indexedDB.open('keyval-store');
        request.onsuccess = () => resolve(request.result);
      });
      const store = db.transaction('keyval', 'readwrite').objectStore('keyval');
      const key = 'station-dockings:query-cache';
      await new Promise<void>((resolve) => {
        const read = store.get(key);
        read.onsuccess = () => {
          const value =
            replacement === 'old-version' ? { ...read.result, buster: 'v0' } : replacement;
          store.put(value, key).onsuccess = () => resolve();
        };
      });
      db.close();
    }, saved);

    ll2.requests.length = 0;
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: notice })).toContainText(
      'and were discarded; the history is loaded afresh.',
    );
    await expect(page.getByRole('heading', { name: '230 events' })).toBeVisible();
    expect(ll2.requests).toHaveLength(3);
  });
}
