import { expect, test, type Page } from '@playwright/test';
import { generateDockingHistory } from '../support/generate-history';
import { fakeLL2 } from './ll2-routes';

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT = 'rgb(247, 248, 250)';
const DARK = 'rgb(15, 19, 24)';

test('the theme follows the system, and a chosen theme is remembered', async ({ page }) => {
  await fakeLL2(page, generateDockingHistory({ seed: 17, count: 30 }));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '30 events' })).toBeVisible();
  expect(await background(page)).toBe(DARK);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => background(page)).toBe(LIGHT);

  const theme = page.getByRole('combobox', { name: 'Theme' });
  await theme.selectOption('dark');
  await expect.poll(() => background(page)).toBe(DARK);
  await page.reload();
  await expect(theme).toHaveValue('dark');
  expect(await background(page)).toBe(DARK);

  await theme.selectOption('system');
  await expect.poll(() => background(page)).toBe(LIGHT);
  await page.reload();
  await expect(theme).toHaveValue('system');
  expect(await background(page)).toBe(LIGHT);
});
