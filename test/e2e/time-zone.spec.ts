import { expect, test } from '@playwright/test';
import { generateDockingHistory } from '../support/generate-history';
import { craftedIssDocking, eventRows, fakeLL2 } from './ll2-routes';

// A browser half an hour off whole hours: "local" must mean this zone, never UTC.
test.use({ timezoneId: 'Asia/Kolkata' });

const base = generateDockingHistory({ seed: 77, count: 120 });
// 1 Jan 2026 20:00–22:30 UTC is 2 Jan 01:30–04:00 in Kolkata (UTC+5:30).
const lateArrival = craftedIssDocking(
  base,
  91_001,
  'Late Arrival',
  '2026-01-01T20:00:00Z',
  '2026-01-01T22:30:00Z',
);
const events = [...base, lateArrival];
const results = (page: import('@playwright/test').Page) =>
  page.getByRole('status', { name: 'Results' });

test('tz=local shows times, and reads the From/To days, in the browser zone', async ({ page }) => {
  await fakeLL2(page, events);
  await page.goto('/?q=Late%20Arrival&from=2026-01-02&to=2026-01-02');
  // In UTC the stay ended on 1 January.
  await expect(results(page)).toHaveText('No events match — clear filters');

  await page.getByRole('combobox', { name: 'Time zone' }).selectOption('local');
  await expect(results(page)).toHaveText('1 of 121 events');
  await expect.poll(() => new URL(page.url()).searchParams.get('tz')).toBe('local');
  const row = eventRows(page).nth(1);
  await expect(row).toContainText('2 Jan 2026 01:30 GMT+5:30');
  await expect(row).toContainText('2 Jan 2026 04:00 GMT+5:30');

  // The docked-now strip follows the toggle too.
  await expect(page.getByRole('region', { name: 'Docked now' })).toContainText(
    /as of \d+ \w+ \d{4} \d\d:\d\d GMT\+5:30/,
  );

  await row.click();
  const drawer = page.getByRole('dialog', { name: 'Late Arrival at Test port' });
  await expect(drawer.getByText('2 Jan 2026 01:30 GMT+5:30')).toBeVisible();
  await expect(drawer.getByText('2 Jan 2026 04:00 GMT+5:30')).toBeVisible();
});

test('a link with tz=local opens in the zone of whoever opens it; without it, in UTC', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/?q=Late%20Arrival');
  await expect(results(page)).toHaveText('1 of 121 events');
  await expect(eventRows(page).nth(1)).toContainText('1 Jan 2026 20:00 UTC');
  await page.goto('/?q=Late%20Arrival&tz=local');
  await expect(eventRows(page).nth(1)).toContainText('2 Jan 2026 01:30 GMT+5:30');
});
