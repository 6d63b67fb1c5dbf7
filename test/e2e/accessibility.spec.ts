import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { generateDockingHistory } from '../support/generate-history';
import { eventRows, fakeLL2, spacecraftInRow } from './ll2-routes';

const events = generateDockingHistory({ seed: 31, count: 240 });

/** Serious and critical axe violations, as readable lines (empty when there are none). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 375]) {
    test(`axe finds no serious violation: default, filtered, drawer and settings (${colorScheme}, ${width} px)`, async ({
      page,
    }) => {
      // Four whole-page axe scans of a page with hundreds of timeline bars: each takes 3–8 s on a
      // loaded two-core machine, so the default 30 s does not fit them.
      test.setTimeout(90_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await fakeLL2(page, events);
      await page.goto('/');
      await expect(page.getByRole('heading', { name: '240 events' })).toBeVisible();
      expect(await seriousViolations(page), 'default view').toEqual([]);

      await page.goto('/?station=4&status=docked&sort=spacecraft&at=2011-07-10T12:00Z');
      await expect(page.getByRole('heading', { name: /^\d+ of 240 events$/ })).toBeVisible();
      expect(await seriousViolations(page), 'filtered view').toEqual([]);

      await eventRows(page).nth(1).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await seriousViolations(page), 'drawer open').toEqual([]);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      await page.getByRole('button', { name: 'Settings' }).click();
      await expect(page.getByRole('dialog', { name: /Settings/ })).toBeVisible();
      expect(await seriousViolations(page), 'settings open').toEqual([]);
    });
  }
}

/** The focused element draws a visible focus indicator (an outline or a ring). */
async function expectVisibleFocus(page: Page, what: string) {
  const indicator = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    return {
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1,
      ring: style.boxShadow !== 'none',
      focusVisible: element.matches(':focus-visible'),
    };
  });
  expect(indicator, `${what}: something has focus`).not.toBeNull();
  expect(indicator!.focusVisible, `${what}: focus is shown`).toBe(true);
  expect(indicator!.outline || indicator!.ring, `${what}: focus is drawn`).toBe(true);
}

/** Presses Tab until the focused element is `target`, as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, what: string) {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      await expectVisibleFocus(page, what);
      return;
    }
  }
  throw new Error(`${what} was not reached with Tab`);
}

test('keyboard only: filter, sort, open a row, step to the next event, close — focus always visible', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '240 events' })).toBeVisible();

  // Filter: the Station filter opens with Enter, a choice is ticked with Space, Escape closes.
  const stationFilter = page.getByRole('button', { name: 'Station filter' });
  await tabTo(page, stationFilter, 'the Station filter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page, 'the first station');
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/station=\d+/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Station filter, 1 chosen' })).toBeFocused();
  const count = page.getByRole('heading', { name: /^\d+ of 240 events$/ });
  await expect(count).toBeVisible();

  // The timeline has a button per stay: its skip button leads past them.
  await tabTo(page, page.getByRole('button', { name: "Skip past the timeline's bars" }), 'Skip');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Port statistics' })).toBeFocused();

  // Sort: the Spacecraft header is a button.
  const sortBySpacecraft = page
    .getByRole('table', { name: 'Docking events' })
    .getByRole('button', { name: 'Spacecraft' });
  await tabTo(page, sortBySpacecraft, 'the Spacecraft sort');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=spacecraft/);
  const rows = eventRows(page);
  const first = await spacecraftInRow(page, 1);
  const second = await spacecraftInRow(page, 2);
  expect(
    first.localeCompare(second, 'en', { numeric: true, sensitivity: 'base' }),
  ).toBeLessThanOrEqual(0);

  // Open the first row with Enter; the drawer takes focus.
  await tabTo(page, rows.nth(1), 'the first row');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: new RegExp(`^${first} at `) })).toBeVisible();
  await expectVisibleFocus(page, 'the drawer');

  // Step to the next event, then close; focus returns to the row of the event shown last.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: new RegExp(`^${second} at `) })).toBeVisible();
  await expectVisibleFocus(page, 'the drawer after a step');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rows.nth(2)).toBeFocused();
  await expectVisibleFocus(page, 'the row after closing');
});

test('live regions announce the loading progress and the result count', async ({ page }) => {
  const ll2 = await fakeLL2(page, generateDockingHistory({ seed: 31, count: 555 }));
  ll2.delayMs = 400;
  await page.goto('/');
  const progress = page.getByRole('status').filter({ hasText: /^Loaded [\d,]+ of 555 events$/ });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible({ timeout: 15_000 });

  const results = page.getByRole('status', { name: 'Results' });
  await expect(results).toHaveText('555 events');
  await page.getByRole('searchbox', { name: 'Search' }).fill('dragon');
  await expect(results).toHaveText(/^\d+ of 555 events$/);
  await page.getByRole('searchbox', { name: 'Search' }).fill('no such spacecraft anywhere');
  await expect(results).toHaveText('No events match — clear filters');
});
