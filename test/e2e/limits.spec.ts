import { expect, test, type Page } from '@playwright/test';
import { dockingEventsPage, generateDockingHistory } from '../support/generate-history';
import { fakeLL2, waitUntilSettled } from './ll2-routes';

/*
 * What the API (or the browser) can make the page do is bounded: an absurd count, a rejected key
 * and storage that keeps nothing each get a clear message, and nothing runs away.
 */

const events = generateDockingHistory({ seed: 91, count: 150 });
const CORS = { 'Access-Control-Allow-Origin': '*' };

test('a count of 100,000,000 with a next link that always moves on: one request, a clear message, the first page kept', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, events);
  ll2.override = async (route, url) => {
    const json = dockingEventsPage(events, url);
    const offset = Number(url.searchParams.get('offset'));
    json.count = 100_000_000;
    json.next = url.href.replace(/offset=\d+/, `offset=${offset + 100}`);
    await route.fulfill({ json, headers: CORS });
    return true;
  };
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '100 events' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'Launch Library 2 reports 100,000,000 docking events, more than the 100,000 this dashboard reads: only the first 100 events are shown, and no more are asked for.',
  );
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(1);
});

test('a key LL2 rejects says so and offers to clear it; cleared, the history loads', async ({
  page,
}) => {
  await page.addInitScript(() =>
    localStorage.setItem(
      'station-dockings:settings',
      JSON.stringify({ source: 'live', apiKey: 'revoked-key' }),
    ),
  );
  const ll2 = await fakeLL2(page, events);
  const keys: (string | undefined)[] = [];
  ll2.override = async (route) => {
    const auth = route.request().headers()['authorization'];
    keys.push(auth);
    if (!auth) return false;
    await route.fulfill({ status: 401, json: { detail: 'Invalid token.' }, headers: CORS });
    return true;
  };
  await page.goto('/');
  const banner = page
    .getByRole('status')
    .filter({ hasText: 'Launch Library 2 rejected the API key. Showing the bundled sample' });
  await expect(banner).toBeVisible();
  // Said once, where the sample is explained.
  await expect(page.getByText(/rejected the API key/)).toHaveCount(1);
  // A rejected key is not retried: one request.
  await waitUntilSettled(page);
  expect(keys).toEqual(['Token revoked-key']);

  await banner.getByRole('button', { name: 'Clear key' }).click();
  await expect(page.getByRole('heading', { name: '150 events' })).toBeVisible();
  expect(keys).toEqual(['Token revoked-key', undefined, undefined]);
  expect(
    JSON.parse((await page.evaluate(() => localStorage.getItem('station-dockings:settings')))!),
  ).toEqual({
    source: 'live',
    apiKey: '',
  });
});

test('a pasted key with an invisible character is cleaned before it is saved, and said so', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '150 events' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const key = dialog.getByLabel('API key (optional)');
  await key.fill('abc\u200B123');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'One invisible character was removed from the key. Check it and save again.',
  );
  await expect(key).toHaveValue('abc123');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Settings' }).click();
  await key.fill('clé');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'An API key holds only letters, digits and ASCII punctuation; “é” cannot be sent.',
  );
  await expect(key).toHaveAttribute('aria-invalid', 'true');
});

test('IndexedDB that throws: no page error, one quiet notice, and the page still works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get: () => ({ open: refuse, deleteDatabase: refuse }),
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.install();
  const ll2 = await fakeLL2(page, events);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '150 events' })).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: 'This browser keeps nothing' });
  await expect(notice).toHaveText(
    'This browser keeps nothing between visits (its storage is blocked or full), so each visit loads the history from Launch Library 2 again.',
  );
  // Past the cache's write, which waits half a second for pages to stop arriving.
  await page.clock.fastForward(1000);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('docked');
  await expect(page.getByRole('heading', { name: /of 150 events$/ })).toBeVisible();
  expect(errors).toEqual([]);
  await expect(notice).toHaveCount(1);
  expect(ll2.requests).toHaveLength(2);
});

/** Opens the dashboard with one chunk of its code failing to load; returns the page's errors. */
async function openWithoutChunk(page: Page, chunk: string) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(`**/assets/${chunk}-*.js`, (route) => route.abort());
  await fakeLL2(page, events);
  await page.goto('/');
  return errors;
}

test("the timeline's code failing to load leaves a message in its place, with Reload; the table and the statistics still work", async ({
  page,
}) => {
  const errors = await openWithoutChunk(page, 'timeline-section');
  await expect(page.getByRole('heading', { name: '150 events' })).toBeVisible();
  const timeline = page.getByRole('alert').filter({ hasText: 'the timeline' });
  await expect(timeline).toHaveText(
    'Something went wrong in the timeline. Its code could not be loaded. The rest of the page still works.Reload',
  );
  await expect(page.getByRole('region', { name: 'Port statistics' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('progress');
  await expect(page.getByRole('heading', { name: /^\d+ of 150 events$/ })).toBeVisible();
  expect(errors).toEqual([]);
  // Reload fetches the code again: the timeline is drawn.
  await page.unroute('**/assets/timeline-section-*.js');
  await timeline.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('group', { name: 'Port-occupancy timeline' })).toBeVisible();
});

test("the table's code failing to load leaves a message in its place, with Reload; the timeline and the filters still work", async ({
  page,
}) => {
  const errors = await openWithoutChunk(page, 'events-table');
  await expect(page.getByRole('heading', { name: '150 events' })).toBeVisible();
  const table = page.getByRole('alert').filter({ hasText: 'the table' });
  await expect(table).toHaveText(
    'Something went wrong in the table. Its code could not be loaded. The rest of the page still works.Reload',
  );
  await expect(page.getByRole('group', { name: 'Port-occupancy timeline' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search' }).fill('progress');
  await expect(page.getByRole('heading', { name: /^\d+ of 150 events$/ })).toBeVisible();
  expect(errors).toEqual([]);
  // Reload fetches the code again: the rows are there.
  await page.unroute('**/assets/events-table-*.js');
  await table.getByRole('button', { name: 'Reload' }).click();
  await expect(
    page.getByRole('table', { name: 'Docking events' }).getByRole('row').nth(1),
  ).toBeVisible();
});

test('the code that reads answers failing to load says so, and Reload brings the history', async ({
  page,
}) => {
  const errors = await openWithoutChunk(page, 'read-dockings');
  const alert = page.getByRole('alert');
  await expect(alert).toHaveText(
    "Could not load docking events: part of the app's code could not be loaded. Reload the page to try again.Reload",
  );
  expect(errors).toEqual([]);
  // The panels say so too, and the table offers Reload rather than a Retry that cannot help.
  await expect(page.getByRole('region', { name: 'Timeline' })).toHaveText(
    'Timeline: nothing to show, as the docking events could not be loaded.',
  );
  const table = page.getByRole('region', { name: 'Docking events' });
  await expect(table.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  await page.unroute('**/assets/read-dockings-*.js');
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { name: '150 events' })).toBeVisible();
});
