import { expect, test, type Page } from '@playwright/test';
import { generateDockingHistory } from '../support/generate-history';
import { fakeLL2, eventRows, eventsOverlapping, stationOfEvent } from './ll2-routes';

const EVENTS = generateDockingHistory({ seed: 42, count: 555 });
// Expected counts, from the raw events the fake API serves.
const AT_TIANGONG = EVENTS.filter((event) => stationOfEvent(event) === 18).length;
const STILL_DOCKED = EVENTS.filter((event) => event.departure === null).length;
const IN_FIRST_HALF_OF_2025 = eventsOverlapping(EVENTS, '2025-01-01', '2025-06-30');

test('the expected counts are of real subsets of the history', () => {
  for (const n of [AT_TIANGONG, STILL_DOCKED, IN_FIRST_HALF_OF_2025]) {
    expect(n).toBeGreaterThan(1);
    expect(n).toBeLessThan(555);
  }
});

async function openLoaded(page: Page, path = '/') {
  await fakeLL2(page.context(), EVENTS);
  await page.goto(path);
  await expect(page.getByRole('heading', { name: /555 events$/ })).toBeVisible();
}

const count = (page: Page) =>
  page.getByRole('region', { name: 'Docking events' }).getByRole('heading', { level: 2 });
/** The URL is written a moment after the change: wait for the parameter. */
const expectParam = (page: Page, name: string, value: string | null) =>
  expect.poll(() => new URL(page.url()).searchParams.get(name)).toBe(value);

/** The text of the first rendered rows, to compare two views. */
async function firstRows(page: Page, n = 15) {
  const rows = eventRows(page);
  await expect(rows.nth(1)).toBeVisible();
  return (await rows.allInnerTexts()).slice(1, n + 1);
}

test('sorting by a column, and Shift for a second one, reorders rows and writes the URL', async ({
  page,
}) => {
  await openLoaded(page);
  const before = await firstRows(page, 5);
  await page.getByRole('button', { name: 'Spacecraft', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: /Spacecraft/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expectParam(page, 'sort', 'spacecraft');
  expect(await firstRows(page, 5)).not.toEqual(before);

  await page
    .getByRole('table', { name: 'Docking events' })
    .getByRole('button', { name: 'Station', exact: true })
    .click({ modifiers: ['Shift'] });
  await expectParam(page, 'sort', 'spacecraft,station');

  // Keyboard: Enter on a focused header sorts by it alone.
  await page.getByRole('button', { name: 'Duration', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: /Duration/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expectParam(page, 'sort', '-duration');
});

test('every filter changes the rows and the URL, and Clear filters resets them', async ({
  page,
}) => {
  await openLoaded(page);

  await page.getByRole('button', { name: 'Station filter' }).click();
  await page
    .getByRole('checkbox', { name: `Tiangong space station: ${AT_TIANGONG} events` })
    .check();
  await expect(count(page)).toHaveText(`${AT_TIANGONG} of 555 events`);
  await expectParam(page, 'station', '18');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: /Port filter/ }).click();
  const portOptions = page.getByRole('checkbox');
  await expect(portOptions).toHaveCount(3);
  await page.getByRole('checkbox', { name: /^Tianhe forward/ }).check();
  await expectParam(page, 'port', '60');
  await page.keyboard.press('Escape');
  const afterPort = await count(page).innerText();

  await page.getByRole('button', { name: /Vehicle filter/ }).click();
  await page.getByRole('checkbox', { name: /^Shenzhou:/ }).check();
  await expectParam(page, 'vehicle', '21');
  await page.keyboard.press('Escape');
  await expect(count(page)).not.toHaveText(afterPort);

  await page.getByRole('button', { name: /Agency filter/ }).click();
  await page
    .getByRole('checkbox', { name: /^China Aerospace Science and Technology Corporation:/ })
    .check();
  await expectParam(page, 'agency', '88');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count(page)).toHaveText('555 events');
  await expect(page).not.toHaveURL(/\?/);

  await page.getByRole('combobox', { name: 'Status' }).selectOption('docked');
  await expect(count(page)).toHaveText(`${STILL_DOCKED} of 555 events`);
  await expectParam(page, 'status', 'docked');
  await page.getByRole('combobox', { name: 'Status' }).selectOption('');

  await page.getByLabel('From').fill('2025-01-01');
  await page.getByLabel('To').fill('2025-06-30');
  await expect(count(page)).toHaveText(`${IN_FIRST_HALF_OF_2025} of 555 events`);
  await expectParam(page, 'from', '2025-01-01');
  await expectParam(page, 'to', '2025-06-30');
  for (const text of await eventRows(page).allInnerTexts()) {
    expect(text).not.toMatch(/20(0\d|1\d|2[0-3]) UTC/);
  }

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('progress ms-1');
  await expect(count(page)).toHaveText(/^\d+ of 555 events$/);
  await expectParam(page, 'q', 'progress ms-1');
  for (const text of (await eventRows(page).allInnerTexts()).slice(1)) {
    expect(text.toLowerCase()).toContain('progress ms-1');
  }
});

test('a copied link opens the same rows in the same order in a new page', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openLoaded(page, '/?station=4');
  await page
    .getByRole('table', { name: 'Docking events' })
    .getByRole('button', { name: 'Port', exact: true })
    .click();
  await page.getByRole('button', { name: 'Docked', exact: true }).click({ modifiers: ['Shift'] });
  await page.getByRole('searchbox', { name: 'Search' }).fill('dragon');
  await expect(count(page)).toHaveText(/of 555 events/);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get('sort')).toBe('port,-docked');
  const rows = await firstRows(page);

  const other = await context.newPage();
  await other.goto(link);
  await expect(count(other)).toHaveText((await count(page).innerText()).trim());
  expect(await firstRows(other)).toEqual(rows);
});

test('Back and Forward step through each deliberate change', async ({ page }) => {
  await openLoaded(page);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('departed');
  await expect(count(page)).toHaveText(/of 555 events/);
  // The URL follows once changes pause (100 ms): changes closer together than that are one step
  // of Back. A person's next choice comes later; so does this test's.
  await expect(page).toHaveURL(/status=departed/);
  await page.getByRole('button', { name: 'Vehicle', exact: true }).click();
  await expect(page).toHaveURL(/sort=vehicle/);
  // Typing replaces the entry instead of adding one per keystroke.
  await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('soyuz');
  await expect(page).toHaveURL(/q=soyuz/);

  await page.goBack();
  await expect(page).toHaveURL(/status=departed(?!.*sort)/);
  await expect(page.getByRole('columnheader', { name: /Docked/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  await page.goBack();
  await expect(count(page)).toHaveText('555 events');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('');
  await page.goForward();
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('departed');
  await page.goForward();
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('soyuz');
  await expect(page.getByRole('columnheader', { name: /Vehicle/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
});

test('a click that sets two parameters writes them at once: one step of Back undoes it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const writes: string[] = [];
    Object.assign(window, { urlWrites: writes });
    for (const method of ['pushState', 'replaceState'] as const) {
      const write = history[method].bind(history);
      history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
        writes.push(`${method} ${new URL(String(url), location.href).search}`);
        write(data, unused, url);
      };
    }
  });
  await openLoaded(page);
  const writes = () =>
    page.evaluate(() => (window as unknown as { urlWrites: string[] }).urlWrites);
  const before = (await writes()).length;

  await page
    .getByRole('region', { name: 'Traffic per year' })
    .getByRole('button', { name: /^2020: / })
    .click();
  await expect.poll(() => new URL(page.url()).search).toBe('?from=2020-01-01&to=2020-12-31');
  expect((await writes()).slice(before)).toEqual(['pushState ?from=2020-01-01&to=2020-12-31']);

  await page.goBack();
  await expect(count(page)).toHaveText('555 events');
  expect(new URL(page.url()).search).toBe('');
});

test('a bad link parameter is dropped with a notice and the rest still applies', async ({
  page,
}) => {
  await openLoaded(page, '/?station=abc&from=2025-13-45&sort=nope&status=docked');
  await expect(page.getByRole('alert')).toContainText('station=abc');
  await expect(page.getByRole('alert')).toContainText('from=2025-13-45');
  await expect(page.getByRole('alert')).toContainText('sort=nope');
  await expect(count(page)).toHaveText(`${STILL_DOCKED} of 555 events`);
  await expect(page).toHaveURL(/\/\?status=docked$/);
});
