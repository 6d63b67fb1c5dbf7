import { expect, test, type Page } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  fakeLL2,
  panelsDrawn,
  reloadOffline,
  waitForPersistedCache,
  waitUntilSettled,
} from '../../test/e2e/ll2-routes';
import { hostCopyOf } from '../../test/e2e/static-host';
import { generateDockingHistory } from '../../test/support/generate-history';

const EVENTS = generateDockingHistory({ seed: 2026, count: 555 });

test.use({ serviceWorkers: 'allow', viewport: { width: 1440, height: 900 } });

const serviceWorkerReady = (page: Page) =>
  page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

test('offline after one visit', async ({ context, page }) => {
  await fakeLL2(context, EVENTS);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await waitForPersistedCache(page, 6);
  await serviceWorkerReady(page);
  await waitUntilSettled(page);
  await reloadOffline(context, page);
  await expect(page.getByText('You are offline.')).toBeVisible();
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await panelsDrawn(page);
  // The traffic chart follows the data after a pause of its own.
  await expect(page.getByRole('group', { name: 'Dockings per year' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/offline-after-visit.png' });
});

test('a new version available, dark', async ({ context, page }) => {
  const host = await hostCopyOf('dist');
  try {
    await page.emulateMedia({ colorScheme: 'dark' });
    await fakeLL2(context, EVENTS);
    await page.goto(host.url);
    await serviceWorkerReady(page);
    await page.reload();
    await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
    const worker = join(host.root, 'sw.js');
    await writeFile(worker, `${await readFile(worker, 'utf8')}\n// build 2\n`);
    await page.reload();
    await expect(page.getByText('A new version of Station Dockings is available.')).toBeVisible();
    await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
    await panelsDrawn(page);
    await page.screenshot({ path: 'docs/screenshots/update-available-dark.png' });
  } finally {
    await host.close();
  }
});
