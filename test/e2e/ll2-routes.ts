import { expect, type BrowserContext, type Page, type Route } from '@playwright/test';
import { dockingEventsPage, type GeneratedEvent } from '../support/generate-history';

const LL2_HOSTS = /^https:\/\/ll(dev)?\.thespacedevs\.com\//;

export interface FakeLL2 {
  /** The URLs of every `/docking_events/` request the page made. */
  requests: string[];
  /** The events the fake API serves; change it to make the API's data change. */
  events: GeneratedEvent[];
  /** Answer a request differently: return true when it was answered. */
  override: ((route: Route, url: URL) => Promise<boolean> | boolean) | null;
  /** Milliseconds each page takes. */
  delayMs: number;
  /** The URLs of every other LL2 request (one event, a launch, the throttle status). */
  otherRequests: string[];
  /** The JSON to answer another LL2 request with, or null for a 404. */
  answerOther: ((url: URL) => unknown) | null;
}

/**
 * Answers LL2 for a browser context from `events`, newest first, 100 a page, and records each
 * docking-events request. Anything else on the LL2 hosts gets a 404; nothing reaches the network.
 */
export async function fakeLL2(
  target: BrowserContext | Page,
  events: GeneratedEvent[],
): Promise<FakeLL2> {
  const fake: FakeLL2 = {
    requests: [],
    events,
    override: null,
    delayMs: 0,
    otherRequests: [],
    answerOther: null,
  };
  await target.route(LL2_HOSTS, async (route: Route) => {
    const url = new URL(route.request().url());
    if (!url.pathname.endsWith('/docking_events/')) {
      fake.otherRequests.push(url.toString());
      const json = fake.answerOther?.(url) ?? null;
      await route.fulfill(
        json === null
          ? { status: 404, json: { detail: 'Not found.' } }
          : { json, headers: { 'Access-Control-Allow-Origin': '*' } },
      );
      return;
    }
    fake.requests.push(url.toString());
    if (fake.override && (await fake.override(route, url))) return;
    if (fake.delayMs) await new Promise((resolve) => setTimeout(resolve, fake.delayMs));
    await route.fulfill({
      json: dockingEventsPage(fake.events, url),
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
  });
  return fake;
}

/** Holds the answer to the page at `offset` until the returned function is called. */
export function holdPage(fake: FakeLL2, offset: number): () => void {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  fake.override = async (_route, url) => {
    if (url.searchParams.get('offset') === String(offset)) await held;
    return false;
  };
  return release;
}

/**
 * The page reloaded with no network, and told it has none. Chromium 150 does not carry the
 * emulated offline state into a document its service worker served (`navigator.onLine` reads true
 * there); going offline again tells the page, as a real loss of network does.
 */
export async function reloadOffline(context: BrowserContext, page: Page) {
  await context.setOffline(true);
  await page.reload();
  await context.setOffline(false);
  await context.setOffline(true);
}

export function onlyHistoryRequests(requests: string[]): string[] {
  return requests.filter((url) => !new URL(url).searchParams.has('docking__gte'));
}

/** The queries the persisted cache (IndexedDB, as idb-keyval stores it) holds, with their data. */
function persistedQueries(page: Page): Promise<{ queryKey: unknown[]; pages: number }[]> {
  return page.evaluate(async () => {
    // Never create the database here: the app's own first open must be the one that sets it up.
    const db = await new Promise<IDBDatabase | null>((resolve) => {
      const request = indexedDB.open('keyval-store');
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => resolve(null);
    });
    if (!db) return [];
    if (!db.objectStoreNames.contains('keyval')) {
      db.close();
      return [];
    }
    // The histories are saved under the cache's key, the other queries apart.
    const read = (key: string) =>
      new Promise<unknown>((resolve) => {
        const request = db.transaction('keyval').objectStore('keyval').get(key);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(undefined);
      });
    const key = 'station-dockings:query-cache';
    const parts = [await read(key), await read(`${key}:apart`)];
    db.close();
    type Stored = {
      clientState?: { queries?: { queryKey: unknown[]; state: { data?: unknown } }[] };
    };
    const queries = parts.flatMap(
      (part) => (part as Stored | undefined)?.clientState?.queries ?? [],
    );
    return queries.map((query) => ({
      queryKey: query.queryKey,
      pages: (query.state.data as { pages?: unknown[] } | undefined)?.pages?.length ?? 0,
    }));
  });
}

/** How many history pages the persisted cache holds. */
export async function persistedHistoryPages(page: Page): Promise<number> {
  const queries = await persistedQueries(page);
  return queries.find((query) => query.queryKey[1] === 'history')?.pages ?? 0;
}

/** Waits until the persisted cache holds the query whose key starts with `first`. */
export async function waitForPersistedQuery(page: Page, first: string, timeout = 10_000) {
  await expect
    .poll(async () => (await persistedQueries(page)).some((query) => query.queryKey[0] === first), {
      timeout,
      intervals: [200],
    })
    .toBe(true);
}

/** Waits until the persisted cache holds what a refresh brought in. */
export async function waitForPersistedUpdates(page: Page, timeout = 10_000) {
  await expect
    .poll(
      async () => (await persistedQueries(page)).some((query) => query.queryKey[1] === 'updates'),
      { timeout, intervals: [200] },
    )
    .toBe(true);
}

/** Waits until the persisted cache holds `pages` history pages. */
export async function waitForPersistedCache(page: Page, pages: number, timeout = 10_000) {
  await expect
    .poll(() => persistedHistoryPages(page), { timeout, intervals: [200] })
    .toBeGreaterThanOrEqual(pages);
}

/**
 * Waits until the page has no request under way and none waiting for a retry (the data status is
 * busy for as long as either lasts), so that "nothing more was asked" can be checked at once.
 */
export async function waitUntilSettled(page: Page) {
  await expect(page.getByRole('group', { name: 'Data status' })).toHaveAttribute(
    'aria-busy',
    'false',
    { timeout: 15_000 },
  );
}

/**
 * Waits for the timeline and the port statistics to be drawn: their code loads after the first
 * view, so the count can show while their placeholders still hold their places.
 */
export async function panelsDrawn(page: Page) {
  await expect(page.getByRole('group', { name: 'Port-occupancy timeline' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Port statistics' })).toHaveAttribute(
    'aria-busy',
    'false',
  );
}

/** The station id of a raw event's port (null for a port of a free-flying spacecraft). */
export const stationOfEvent = (event: GeneratedEvent): number | null =>
  (event.docking_location as { spacestation: { id: number } | null }).spacestation?.id ?? null;

/**
 * How many raw events have a stay overlapping the UTC days `from`–`to` (inclusive); an open stay
 * lasts until the data was fetched, which is always after the generated history ends.
 */
export function eventsOverlapping(events: readonly GeneratedEvent[], from: string, to: string) {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`) + 24 * 60 * 60 * 1000;
  return events.filter(
    (event) =>
      Date.parse(event.docking) < end &&
      (event.departure === null || Date.parse(event.departure) >= start),
  ).length;
}

/** The rows of the events table (the header row first). */
export const eventRows = (page: Page) =>
  page.getByRole('table', { name: 'Docking events' }).getByRole('row');

/** The spacecraft named in row `index` of the events table (1 is the first data row). */
export const spacecraftInRow = async (page: Page, index: number) =>
  (await eventRows(page).nth(index).getByRole('cell').first().textContent()) ?? '';

/**
 * A copy of the first ISS spacecraft docking of `events`, renamed and moved to a port of its own
 * ("Test port", id 777), for tests that need stays at known times.
 */
export function craftedIssDocking(
  events: readonly GeneratedEvent[],
  id: number,
  name: string,
  docking: string,
  departure: string | null,
): GeneratedEvent {
  const template = events.find(
    (event) =>
      event.flight_vehicle_chaser &&
      (event.docking_location as { spacestation: { id: number } | null }).spacestation?.id === 4,
  )!;
  const event = structuredClone(template) as GeneratedEvent & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  event.id = id;
  event.docking = docking;
  event.departure = departure;
  event.docking_location = { ...event.docking_location, id: 777, name: 'Test port' };
  event.flight_vehicle_chaser.spacecraft.name = name;
  return event;
}
