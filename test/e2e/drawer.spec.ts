import { expect, test, type Page } from '@playwright/test';
import { generateDockingHistory } from '../support/generate-history';
import { launchJson } from '../support/launch-fixture';
import {
  fakeLL2,
  waitForPersistedCache,
  waitForPersistedQuery,
  waitUntilSettled,
  eventRows,
  spacecraftInRow,
} from './ll2-routes';

const events = generateDockingHistory({ seed: 4, count: 240 });
const pages = 3;

/** The row of the table whose spacecraft is `name`. */
const rowOf = (page: Page, name: string) =>
  eventRows(page).filter({ has: page.getByRole('cell', { name, exact: true }) });

/** The newest docking with a spacecraft, a launch and a unique name: the table's first rows. */
/** The drawer of the newest spacecraft docking, with LL2 ready to answer for its launch. */
async function openNewestWithLaunch(page: Page) {
  const ll2 = await fakeLL2(page, events);
  const { event, name, port, launch } = newestSpacecraftEvent();
  ll2.answerOther = (url) =>
    url.pathname === `/2.3.0/launches/${launch.id}/`
      ? launchJson(launch.id, launch.name, '2026-10-01T08:15:00Z')
      : null;
  await page.goto(`/?event=${event.id}`);
  const drawer = page.getByRole('dialog', { name: `${name} at ${port}` });
  return { ll2, name, launch, drawer };
}

function newestSpacecraftEvent() {
  const withLaunch = events
    .filter((event) => {
      const flight = event.flight_vehicle_chaser as { launch: unknown } | null;
      return flight?.launch;
    })
    .sort((a, b) => Date.parse(b.docking) - Date.parse(a.docking));
  const event = withLaunch[0]!;
  const flight = event.flight_vehicle_chaser as {
    spacecraft: { name: string };
    launch: { id: string; name: string };
  };
  const port = (event.docking_location as { name: string }).name;
  return { event, name: flight.spacecraft.name, launch: flight.launch, port };
}

test('a click on a row opens the drawer and sets event=; a reload reopens it; Escape closes it and focus returns to the row', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, events);
  const { event, name, port } = newestSpacecraftEvent();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '240 events' })).toBeVisible();

  await rowOf(page, name).click();
  const drawer = page.getByRole('dialog', { name: `${name} at ${port}` });
  await expect(drawer).toBeVisible();
  await expect(drawer).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}$`));
  await expect(rowOf(page, name)).toHaveAttribute('aria-current', 'true');

  await waitForPersistedCache(page, pages);
  ll2.requests.length = 0;
  await page.reload();
  await expect(page.getByRole('dialog', { name: `${name} at ${port}` })).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('heading', { name: 'Spacecraft' })).toBeVisible();
  expect(ll2.requests).toEqual([]);
  expect(ll2.otherRequests).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
  await expect(rowOf(page, name)).toBeFocused();

  // Enter on the focused row opens it again; Back closes it.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: `${name} at ${port}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${event.id}$`));
  await page.goBack();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('stepping with the arrow keys follows the table order and keeps the row in view', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/?sort=spacecraft');
  await expect(page.getByRole('heading', { name: '240 events' })).toBeVisible();
  const firstName = await spacecraftInRow(page, 1);
  const secondName = await spacecraftInRow(page, 2);
  await eventRows(page).nth(1).click();
  await expect(page.getByRole('dialog', { name: new RegExp(`^${firstName} at`) })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('dialog', { name: new RegExp(`^${secondName} at`) })).toBeVisible();
  for (let step = 0; step < 40; step += 1) await page.keyboard.press('ArrowRight');
  const current = page.locator('tr[aria-current="true"]');
  // In view within the table's own scrolling box.
  const rowBox = (await current.boundingBox())!;
  const tableBox = (await page.locator('.table-scroll').boundingBox())!;
  expect(rowBox.y).toBeGreaterThanOrEqual(tableBox.y);
  expect(rowBox.y + rowBox.height).toBeLessThanOrEqual(tableBox.y + tableBox.height + 1);
  const shownName = await current.getByRole('cell').first().textContent();
  await expect(page.getByRole('dialog', { name: new RegExp(`^${shownName} at`) })).toBeVisible();
});

test('an unknown id shows "Event not found" after one request for it; a malformed one sends none', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, events);
  await page.goto('/?event=424242');
  await expect(page.getByRole('dialog', { name: 'Event not found' })).toBeVisible();
  expect(ll2.otherRequests.map((url) => new URL(url).pathname)).toEqual([
    '/2.3.0/docking_events/424242/',
  ]);
  await expect(page.getByRole('heading', { name: '240 events' })).toBeVisible();

  ll2.otherRequests.length = 0;
  await page.goto('/?event=%3Cscript%3E');
  await expect(page.getByRole('dialog', { name: 'Event not found' })).toBeVisible();
  expect(ll2.otherRequests).toEqual([]);
});

test('the launch button sends exactly one request, and a second opening sends none', async ({
  page,
}) => {
  const { ll2, name, launch, drawer } = await openNewestWithLaunch(page);
  await expect(drawer).toBeVisible();
  await drawer.getByRole('button', { name: /Load launch details.*1 API request/ }).click();
  await expect(
    drawer.getByText('Space Launch Complex 40, Cape Canaveral SFS, FL, USA'),
  ).toBeVisible();
  await expect(drawer.getByText('1 Oct 2026 08:15 UTC')).toBeVisible();
  expect(ll2.otherRequests.map((url) => new URL(url).pathname)).toEqual([
    `/2.3.0/launches/${launch.id}/`,
  ]);

  await drawer.getByRole('button', { name: 'Close details' }).click();
  await rowOf(page, name).click();
  await expect(page.getByRole('dialog').getByText('Launch Successful')).toBeVisible();

  // Persisted: a reload shows it too, still without asking. (The address bar names the event once
  // the input pauses: a reload before that would open the page without it.)
  await expect(page).toHaveURL(/[?&]event=\d+$/);
  await waitForPersistedCache(page, pages);
  await waitForPersistedQuery(page, 'launches');
  await page.reload();
  await expect(page.getByRole('dialog').getByText('Launch Successful')).toBeVisible();
  expect(ll2.otherRequests).toHaveLength(1);
});

test('closing the drawer while the launch details are on their way keeps them: opening it again shows them without another request', async ({
  page,
}) => {
  const { ll2, name, launch, drawer } = await openNewestWithLaunch(page);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let sent = 0;
  await page.route(`**/launches/${launch.id}/**`, async (route) => {
    sent += 1;
    await released;
    await route.fallback();
  });
  await drawer.getByRole('button', { name: /Load launch details.*1 API request/ }).click();
  await expect.poll(() => sent).toBe(1);
  await drawer.getByRole('button', { name: 'Close details' }).click();
  await expect(drawer).toBeHidden();
  release();

  await rowOf(page, name).click();
  await expect(page.getByRole('dialog').getByText('Launch Successful')).toBeVisible();
  expect(ll2.otherRequests.map((url) => new URL(url).pathname)).toEqual([
    `/2.3.0/launches/${launch.id}/`,
  ]);
});

test('a reload right after the launch arrives sends no request for it again', async ({ page }) => {
  const { ll2, launch, drawer } = await openNewestWithLaunch(page);
  await expect(page.getByRole('heading', { name: '240 events' })).toBeVisible();
  await waitForPersistedCache(page, pages);
  await drawer.getByRole('button', { name: /Load launch details.*1 API request/ }).click();
  await expect(drawer.getByText('Launch Successful')).toBeVisible();
  // No waiting for the cache's write: leaving the page makes it.
  await page.reload();
  await expect(page.getByRole('dialog').getByText('Launch Successful')).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.otherRequests.map((url) => new URL(url).pathname)).toEqual([
    `/2.3.0/launches/${launch.id}/`,
  ]);
});
