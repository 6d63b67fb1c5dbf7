import { expect, test, type Page, type Route } from '@playwright/test';
import { dockingEventsPage, generateDockingHistory } from '../support/generate-history';
import { fakeLL2, type FakeLL2, eventRows, waitUntilSettled } from './ll2-routes';

/*
 * API faults in the middle of the history: each shows what went wrong, keeps every event already
 * loaded on screen, and (where a retry can help) offers Retry, which then loads the rest. Pages are
 * read four at a time, so when one fails the pages beside it still arrive: a failure that is retried
 * leaves every page but the failing one, 455 of the 555 events.
 */

const events = generateDockingHistory({ seed: 66, count: 555 });
const CORS = { 'Access-Control-Allow-Origin': '*' };
const offsetOf = (url: URL) => url.searchParams.get('offset');

/** The number of events a "Loading stopped at N of 555" banner says are loaded. */
async function loadedWhenStopped(page: Page): Promise<number> {
  const banner = page.getByRole('alert').filter({ hasText: /Loading stopped at \d+ of 555/ });
  const text = await banner.textContent({ timeout: 20_000 });
  return Number(/Loading stopped at (\d+)/.exec(text ?? '')?.[1]);
}

/** Answers the page at `offset` with `answer` while `failing` is true; counts those requests. */
function failPageAt(ll2: FakeLL2, offset: string, answer: (route: Route) => Promise<void>) {
  const state = { failing: true, attempts: 0 };
  ll2.override = async (route, url) => {
    if (!state.failing || offsetOf(url) !== offset) return false;
    state.attempts += 1;
    await answer(route);
    return true;
  };
  return state;
}

for (const status of [500, 502, 503]) {
  test(`HTTP ${status} mid-history: bounded retries, then an error with Retry; the loaded events stay`, async ({
    page,
  }) => {
    const ll2 = await fakeLL2(page, events);
    const fault = failPageAt(ll2, '200', (route) =>
      route.fulfill({ status, body: 'Server error', headers: CORS }),
    );
    await page.goto('/');
    const banner = page.getByRole('alert').filter({ hasText: 'Loading stopped at 455 of 555' });
    await expect(banner).toContainText(`answered with an error (HTTP ${status})`, {
      timeout: 20_000,
    });
    await expect(page.getByRole('heading', { name: '455 events' })).toBeVisible();
    expect(fault.attempts).toBe(3);

    fault.failing = false;
    await banner.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  });
}

test('a 429 with only the DRF detail text shows the wait from it and sends nothing more', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, events);
  failPageAt(ll2, '100', (route) =>
    route.fulfill({
      status: 429,
      json: { detail: 'Request was throttled. Expected available in 3000 seconds.' },
      headers: CORS,
    }),
  );
  await page.goto('/');
  await expect(
    page.getByText('Rate limited by Launch Library 2 — next request possible in 50 min'),
  ).toBeVisible();
  // Pages 200 to 400 were asked for with page 100; page 500 only if one of them came back first.
  await expect(page.getByRole('heading', { name: /^(400|455) events$/ })).toBeVisible();
  const sent = ll2.requests.length;
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(sent);
});

test('a 429 without CORS headers, which the browser reports as a failed fetch: one retry, then Retry; the events stay', async ({
  page,
}) => {
  // Route interception does not apply CORS, so the failure the browser reports is simulated directly.
  const ll2 = await fakeLL2(page, events);
  const fault = failPageAt(ll2, '300', (route) => route.abort('failed'));
  await page.goto('/');
  const banner = page.getByRole('alert').filter({ hasText: 'Loading stopped at 455 of 555' });
  await expect(banner).toContainText('could not be reached', { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: '455 events' })).toBeVisible();
  expect(fault.attempts).toBe(2);
  fault.failing = false;
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
});

for (const [what, body, contentType] of [
  ['malformed JSON', '{"count": 555, "results": [', 'application/json'],
  ['an HTML page instead of JSON', '<!doctype html><title>Maintenance</title>', 'text/html'],
] as const) {
  test(`${what} mid-history says the response could not be read; the loaded events stay`, async ({
    page,
  }) => {
    const ll2 = await fakeLL2(page, events);
    failPageAt(ll2, '200', (route) => route.fulfill({ body, contentType, headers: CORS }));
    await page.goto('/');
    await expect(
      page.getByRole('alert').filter({ hasText: /Loading stopped at \d+ of 555/ }),
    ).toContainText('could not be read');
    // Not retried: pages 100, 300 and 400 were under way with it; page 500 only if one came back first.
    const loaded = await loadedWhenStopped(page);
    expect([355, 455]).toContain(loaded);
    await expect(page.getByRole('heading', { name: `${loaded} events` })).toBeVisible();
  });
}

test('an empty history says there are no docking events, in the table and in every panel', async ({
  page,
}) => {
  await fakeLL2(page, []);
  await page.goto('/');
  await expect(
    page
      .getByRole('region', { name: 'Docking events' })
      .getByText('No docking events', { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveText(
    'Timeline: nothing to show, as the data source has no docking events yet.',
  );
  await expect(page.getByRole('region', { name: 'Port statistics' })).toHaveText(
    'Port statistics: nothing to show, as the data source has no docking events yet.',
  );
  for (const panel of ['Docked now', 'Traffic per year']) {
    await expect(page.getByRole('region', { name: panel })).toContainText(
      'Nothing to show, as the data source has no docking events yet.',
    );
  }
});

test('events repeated at a page edge, out of order: the edge is read again, each event once, newest first', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, events);
  ll2.override = async (route, url) => {
    const json = dockingEventsPage(events, url);
    if (offsetOf(url) === '100') {
      // An unstable order: this page repeats three events of the first page and lacks three of its own.
      json.results = [
        ...json.results.slice(3),
        ...dockingEventsPage(events, url.href.replace('offset=100', 'offset=0')).results.slice(
          0,
          3,
        ),
      ].reverse();
    }
    await route.fulfill({ json, headers: CORS });
    return true;
  };
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  const dockedOf = (row: number) =>
    eventRows(page).nth(row).getByRole('cell').nth(1).locator('time').getAttribute('datetime');
  expect(Date.parse((await dockedOf(1))!)).toBeGreaterThanOrEqual(Date.parse((await dockedOf(2))!));
  await waitUntilSettled(page);
  // One page straddling the edge, from three before it, brings the three that were lacking.
  expect(ll2.requests.map((url) => offsetOf(new URL(url))).sort()).toEqual(
    ['0', '100', '200', '300', '400', '500', '97'].sort(),
  );
});

test('dockings added while the history loads: the first page is read again, each event once', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, events);
  const arrivals = events.slice(0, 5).map((event, index) => ({
    ...structuredClone(event),
    id: 90_000 + index,
    docking: `2026-11-2${index}T10:00:00Z`,
    departure: null,
  }));
  ll2.override = async (route, url) => {
    await route.fulfill({ json: dockingEventsPage(ll2.events, url), headers: CORS });
    if (offsetOf(url) === '0' && ll2.events === events) ll2.events = [...arrivals, ...events];
    return true;
  };
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '560 events' })).toBeVisible();
  await expect(eventRows(page).nth(1)).toContainText('24 Nov 2026 10:00 UTC');
  await waitUntilSettled(page);
  expect(ll2.requests.map((url) => offsetOf(new URL(url)))).toHaveLength(7);
  expect(offsetOf(new URL(ll2.requests.at(-1)!))).toBe('0');
});

test('a next link to another origin is not followed', async ({ page }) => {
  const ll2 = await fakeLL2(page, events);
  ll2.override = async (route, url) => {
    const json = dockingEventsPage(events, url);
    if (json.next)
      json.next = json.next.replace('https://ll.thespacedevs.com', 'https://evil.example');
    await route.fulfill({ json, headers: CORS });
    return true;
  };
  const elsewhere: string[] = [];
  await page.route('https://evil.example/**', (route) => {
    elsewhere.push(route.request().url());
    return route.abort();
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '100 events' })).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(1);
  expect(elsewhere).toEqual([]);
});

test('pages are asked for by offset, each once: a next link that loops back changes nothing', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, events);
  ll2.override = async (route, url) => {
    const json = dockingEventsPage(events, url);
    if (offsetOf(url) === '100') json.next = url.href.replace('offset=100', 'offset=0');
    await route.fulfill({ json, headers: CORS });
    return true;
  };
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(6);
});

test('offline mid-history: the loaded events stay; Retry after reconnecting loads the rest', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, events);
  const fault = failPageAt(ll2, '400', (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  const banner = page.getByRole('alert').filter({ hasText: 'Loading stopped at 455 of 555' });
  await expect(banner).toContainText('could not be reached', { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: '455 events' })).toBeVisible();
  fault.failing = false;
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
});

test('a page slower than the 20-second timeout: the loaded events stay, with Retry', async ({
  page,
}) => {
  await page.clock.install();
  const ll2 = await fakeLL2(page, events);
  const fault = failPageAt(ll2, '200', () => new Promise<void>(() => undefined));
  await page.goto('/');
  // Every other page arrives while page 200 is awaited.
  await expect(page.getByRole('heading', { name: '455 events' })).toBeVisible();
  await expect.poll(() => fault.attempts).toBe(1);
  await page.clock.fastForward(21_000);
  await expect.poll(() => fault.attempts, { timeout: 5_000 }).toBe(2);
  await page.clock.fastForward(21_000);
  const banner = page.getByRole('alert').filter({ hasText: 'Loading stopped at 455 of 555' });
  await expect(banner).toContainText('did not answer in time');
  await expect(page.getByRole('heading', { name: '455 events' })).toBeVisible();
  fault.failing = false;
  await banner.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
});
