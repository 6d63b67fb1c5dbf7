import { expect, test, type Page } from '@playwright/test';
import { fakeLL2, panelsDrawn } from '../../test/e2e/ll2-routes';
import { generateDockingHistory } from '../../test/support/generate-history';

const EVENTS = generateDockingHistory({ seed: 2026, count: 555 });

/**
 * The whole history is in, and the port statistics and the traffic chart (which wait 200 ms for
 * changes to stop) too.
 */
async function loaded(page: Page) {
  await expect(page.getByRole('heading', { name: /555 events$/ })).toBeVisible();
  // The timeline, the port statistics and the traffic chart follow the data a moment later.
  await panelsDrawn(page);
  await expect(page.getByRole('group', { name: 'Dockings per year' })).toBeVisible();
}

async function shoot(page: Page, name: string, path = '/') {
  await fakeLL2(page, EVENTS);
  await page.goto(path);
  await loaded(page);
  await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

test('light', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await shoot(page, 'dashboard-light');
});

test('dark, filtered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1440, height: 900 });
  await shoot(page, 'dashboard-dark', '/?station=4&sort=-duration');
});

test('narrow', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await shoot(page, 'dashboard-narrow');
  await page.screenshot({ path: 'docs/screenshots/dashboard-narrow-full.png', fullPage: true });
});

test('narrow, dark, filters open', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 375, height: 812 });
  await shoot(page, 'dashboard-narrow-dark', '/?station=4&status=docked');
  await page.getByRole('button', { name: /^Filters/ }).click();
  await page.screenshot({ path: 'docs/screenshots/filters-narrow-dark.png' });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`docked now and port statistics, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    await fakeLL2(page, EVENTS);
    await page.goto('/');
    await loaded(page);
    await page
      .getByRole('region', { name: 'Docked now' })
      .screenshot({ path: `docs/screenshots/docked-now-${scheme}.png` });
    await page.goto('/?station=4&from=2025-01-01&to=2025-12-31');
    await loaded(page);
    await expect(page.getByRole('table', { name: 'Port statistics' })).toBeVisible();
    await page
      .locator('.overview-row')
      .screenshot({ path: `docs/screenshots/timeline-and-port-statistics-${scheme}.png` });
  });
}

test('loading', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // The first page never comes: the placeholders and skeletons stay on screen.
  await page.route(/thespacedevs\.com/, () => undefined);
  await page.goto('/');
  await expect(page.getByRole('status', { name: 'Loading docking events' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/loading.png', animations: 'disabled' });
});

test('offline sample', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 700 });
  await page.route(/thespacedevs\.com/, (route) => route.abort('internetdisconnected'));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '5 events' })).toBeVisible();
  await panelsDrawn(page);
  await page.screenshot({ path: 'docs/screenshots/offline-sample.png' });
});

for (const scheme of ['light', 'dark'] as const) {
  test(`drawer, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    await fakeLL2(page, EVENTS);
    const event = EVENTS.find(
      (candidate) =>
        (candidate.flight_vehicle_chaser as { landing: unknown } | null)?.landing &&
        candidate.departure,
    )!;
    await page.goto(`/?event=${event.id}`);
    await loaded(page);
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `docs/screenshots/drawer-${scheme}.png` });
  });
}

test('drawer, narrow, real sample event', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.route(/thespacedevs\.com/, (route) => route.abort('internetdisconnected'));
  await page.goto('/?event=622');
  await expect(page.getByRole('dialog', { name: /Cargo Dragon C209/ })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/drawer-narrow.png' });
});

const ISS_VIEWS = {
  all: '/?station=4',
  year: '/?station=4&from=2025-01-01&to=2025-12-31',
};
for (const scheme of ['light', 'dark'] as const) {
  for (const [span, path] of Object.entries(ISS_VIEWS)) {
    test(`ISS timeline, ${span}, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1440, height: 1100 });
      await fakeLL2(page, EVENTS);
      await page.goto(path);
      await loaded(page);
      await page
        .locator('.timeline-panel')
        .screenshot({ path: `docs/screenshots/timeline-iss-${span}-${scheme}.png` });
    });
  }
}

for (const scheme of ['light', 'dark'] as const) {
  test(`settings: a pasted key with an invisible character, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1000, height: 700 });
    await fakeLL2(page, EVENTS);
    await page.goto('/');
    await loaded(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('API key (optional)').fill('0123456789abcdef\u200B0123456789abcdef');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByRole('alert')).toBeVisible();
    await dialog.screenshot({ path: `docs/screenshots/settings-key-check-${scheme}.png` });
  });
}

test('a rejected key and a browser that keeps nothing', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.addInitScript(() => {
    localStorage.setItem(
      'station-dockings:settings',
      JSON.stringify({ source: 'live', apiKey: 'revoked-key' }),
    );
    Object.defineProperty(window, 'indexedDB', {
      configurable: true,
      get: () => ({
        open: () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      }),
    });
  });
  const ll2 = await fakeLL2(page, EVENTS);
  ll2.override = async (route) => {
    await route.fulfill({
      status: 401,
      json: { detail: 'Invalid token.' },
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
    return true;
  };
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Clear key' })).toBeVisible();
  await expect(page.getByText('This browser keeps nothing')).toBeVisible();
  await expect(page.getByRole('heading', { name: '5 events' })).toBeVisible();
  await panelsDrawn(page);
  await page.screenshot({ path: 'docs/screenshots/key-rejected.png' });
});

test('docked at a past instant, with the timeline cursor', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await shoot(page, 'docked-at-2011', '/?at=2011-07-10T12:00Z&station=4');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`traffic per year, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1440, height: 900 });
    await fakeLL2(page, EVENTS);
    await page.goto('/?from=2011-01-01&to=2011-12-31');
    await loaded(page);
    const chart = page.getByRole('region', { name: 'Traffic per year' });
    await chart.getByRole('button', { name: /^2011: / }).focus();
    await chart.screenshot({ path: `docs/screenshots/traffic-per-year-${scheme}.png` });
  });
}
