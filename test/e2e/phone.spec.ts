import { expect, test } from '@playwright/test';
import { generateDockingHistory } from '../support/generate-history';
import { fakeLL2 } from './ll2-routes';

test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

test('at 375 px: filters fold into a panel, the table scrolls sideways with the spacecraft pinned, the timeline scrolls, the drawer fills the screen', async ({
  page,
}) => {
  await fakeLL2(page, generateDockingHistory({ seed: 8, count: 240 }));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '240 events' })).toBeVisible();

  const toggle = page.getByRole('button', { name: /^Filters/ });
  await expect(toggle).toHaveAccessibleName('Filters');
  const stationFilter = page.getByRole('button', { name: 'Station filter' });
  await expect(stationFilter).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(stationFilter).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption('docked');
  await expect(page.getByRole('button', { name: 'Filters 1 active' })).toBeVisible();
  await toggle.click();
  await expect(stationFilter).toBeHidden();

  // The table scrolls sideways; the spacecraft column stays where it is.
  const table = page.getByRole('table', { name: 'Docking events' });
  const firstRow = table.getByRole('row').nth(1);
  const spacecraft = firstRow.getByRole('cell').first();
  const docked = firstRow.getByRole('cell').nth(1);
  await firstRow.scrollIntoViewIfNeeded();
  const before = {
    spacecraft: (await spacecraft.boundingBox())!,
    docked: (await docked.boundingBox())!,
  };
  await page.locator('.table-scroll').evaluate((element) => element.scrollBy({ left: 300 }));
  await expect
    .poll(async () => (await docked.boundingBox())!.x)
    .toBeLessThan(before.docked.x - 200);
  expect((await spacecraft.boundingBox())!.x).toBeCloseTo(before.spacecraft.x, 0);
  await expect(spacecraft).toBeInViewport();

  // The timeline is wider than the screen and scrolls.
  const timeline = page.getByRole('group', { name: 'Port-occupancy timeline' });
  expect(await timeline.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(
    true,
  );

  await spacecraft.tap();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  const box = (await drawer.boundingBox())!;
  expect(box.x).toBe(0);
  expect(box.width).toBe(375);
  expect(box.height).toBe(812);
});
