import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDockingHistory } from '../support/generate-history';
import {
  fakeLL2,
  holdPage,
  reloadOffline,
  waitForPersistedCache,
  waitUntilSettled,
} from './ll2-routes';
import { hostCopyOf } from './static-host';

// These tests are about the service worker, which the other browser tests keep out of the way.
test.use({ serviceWorkers: 'allow' });

/** Waits until a service worker is active (its precache complete) and returns whether it controls the page. */
async function serviceWorkerReady(page: Page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    return navigator.serviceWorker.controller !== null;
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "29 Nov 2026 07:46", as the page writes a UTC time. */
const utcMinute = (ms: number) => {
  const date = new Date(ms);
  const time = date.toISOString().slice(11, 16);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ${time}`;
};

test('the manifest names the app, its icons load, and after one visit a service worker controls the page', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await fakeLL2(page, generateDockingHistory({ seed: 1, count: 120 }));
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).not.toBeNull();
  const manifestUrl = new URL(href!, page.url());
  const manifest = await (await page.request.get(manifestUrl.toString())).json();
  expect(manifest.name).toBe('Station Dockings');
  expect(manifest.short_name).toBe('Dockings');
  expect(manifest.display).toBe('standalone');
  expect(new URL(manifest.start_url, manifestUrl).toString()).toBe(
    new URL('/', page.url()).toString(),
  );

  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '192x192 maskable',
    '512x512 maskable',
  ]);
  for (const icon of icons) {
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, new URL(icon.src, manifestUrl).toString());
    expect(size).toBe(icon.sizes);
  }

  // The first visit installs it; from the next page on, it answers for the app.
  expect(await serviceWorkerReady(page)).toBe(false);
  await page.reload();
  expect(await serviceWorkerReady(page)).toBe(true);
  await expect(page.getByRole('heading', { name: '120 events' })).toBeVisible();

  // It keeps the app itself; LL2's answers stay in the query cache.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls.map((url) => new URL(url));
  });
  const origin = new URL(page.url()).origin;
  expect(cached.every((url) => url.origin === origin)).toBe(true);
  const paths = cached.map((url) => url.pathname);
  expect(paths).toContain('/index.html');
  expect(paths).toContain('/sample/docking-events.json');
  expect(
    paths.filter((path) => path.startsWith('/assets/') && path.endsWith('.js')).length,
  ).toBeGreaterThan(0);
  expect(paths.some((path) => path.startsWith('/snapshot/'))).toBe(false);
  // …and all of it under the Content-Security-Policy: nothing it does is refused.
  expect(violations).toEqual([]);
});

test('the service worker is installed after the first load, not during it', async ({ page }) => {
  const ll2 = await fakeLL2(page, generateDockingHistory({ seed: 8, count: 555 }));
  const release = holdPage(ll2, 500);
  await page.goto('/');
  const registrations = () =>
    page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  // The page has loaded its code, and more than the wait after a load has passed; the history's
  // last page has not come.
  await expect(page.getByRole('heading', { name: '100 events' })).toBeVisible();
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(1500);
  await expect(page.getByText('Loaded 500 of 555 events')).toBeVisible();
  expect(await registrations()).toBe(0);
  // Once the whole history is on screen, it comes (and with it, the app offline).
  release();
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await expect.poll(registrations).toBe(1);
  expect(await serviceWorkerReady(page)).toBe(false);
});

test('after one visit the app opens with no network and shows the saved history, its as-of time and an offline notice', async ({
  context,
  page,
}) => {
  const ll2 = await fakeLL2(context, generateDockingHistory({ seed: 14, count: 555 }));
  const loadStarted = Date.now();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await waitForPersistedCache(page, 6);
  await serviceWorkerReady(page);
  await waitUntilSettled(page);
  const requestsOnline = ll2.requests.length;
  // The last page arrived between these two minutes (usually they are one).
  const asOf = [...new Set([loadStarted, Date.now()].map(utcMinute))].join('|');

  await reloadOffline(context, page);

  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'You are offline.' })).toHaveText(
    new RegExp(
      `^You are offline\\. Showing the 555 events saved in this browser, as of (${asOf}) UTC \\(just now\\)\\.$`,
    ),
  );
  await expect(page.getByRole('group', { name: 'Data status' })).toContainText('updated');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  expect(ll2.requests).toHaveLength(requestsOnline);

  // Back online, the notice goes by itself.
  await context.setOffline(false);
  await expect(page.getByText('You are offline.')).toHaveCount(0);
});

test('a new build shows "a new version is available"; Reload hands the page to it', async ({
  context,
  page,
}) => {
  const host = await hostCopyOf('dist');
  try {
    await fakeLL2(context, generateDockingHistory({ seed: 3, count: 50 }));
    await page.goto(host.url);
    await serviceWorkerReady(page);
    await page.reload();
    expect(await serviceWorkerReady(page)).toBe(true);
    await expect(page.getByRole('heading', { name: '50 events' })).toBeVisible();
    await expect(page.getByText('A new version of Station Dockings is available.')).toHaveCount(0);

    // A new deploy: the service worker's file changes (as its precache list would).
    const worker = join(host.root, 'sw.js');
    await writeFile(worker, `${await readFile(worker, 'utf8')}\n// build 2\n`);
    const firstWorker = await page.evaluate(
      async () => (await navigator.serviceWorker.ready).active?.scriptURL,
    );
    await page.reload();

    const prompt = page.getByRole('status').filter({ hasText: 'A new version' });
    await expect(prompt).toHaveText(/A new version of Station Dockings is available\./);
    // The page in use keeps running on the old version until the person chooses.
    await expect(page.getByRole('heading', { name: '50 events' })).toBeVisible();

    const navigated = page.waitForEvent('framenavigated');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await navigated;
    await expect(page.getByRole('heading', { name: '50 events' })).toBeVisible();
    await expect(page.getByText('A new version of Station Dockings is available.')).toHaveCount(0);
    const active = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const response = await fetch(registration.active!.scriptURL, { cache: 'no-store' });
      return { waiting: registration.waiting !== null, script: await response.text() };
    });
    expect(firstWorker).toBe(`${host.url}/sw.js`);
    expect(active.waiting).toBe(false);
    expect(active.script).toContain('// build 2');
  } finally {
    await host.close();
  }
});
