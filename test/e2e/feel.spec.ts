import { expect, test } from '@playwright/test';
import { generateDockingHistory } from '../support/generate-history';
import { fakeLL2, holdPage, stationOfEvent } from './ll2-routes';

const events = generateDockingHistory({ seed: 12, count: 555 });
const departedFromTiangong = events.filter(
  (event) => stationOfEvent(event) === 18 && event.departure !== null,
).length;
const favicon = (page: import('@playwright/test').Page) =>
  page.locator('link[rel="icon"]').getAttribute('href');

test('the tab title and icon reflect the filters', async ({ page }) => {
  await fakeLL2(page, events);
  await page.goto('/');
  await expect(page).toHaveTitle('555 events | Station Dockings');
  expect(await favicon(page)).toBe('/favicon.svg');

  await page.goto('/?station=18&status=departed');
  expect(departedFromTiangong).toBeGreaterThan(1);
  await expect(page).toHaveTitle(
    `Tiangong space station · departed — ${departedFromTiangong} of 555 events | Station Dockings`,
  );
  expect(await favicon(page)).toBe('/favicon-filtered.svg');
  expect((await page.request.get('/favicon-filtered.svg')).ok()).toBe(true);

  await page.getByRole('search').getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveTitle('555 events | Station Dockings');
  expect(await favicon(page)).toBe('/favicon.svg');
});

test('figures line up: right-aligned, in tabular digits', async ({ page }) => {
  await fakeLL2(page, events);
  await page.goto('/?station=4');
  await expect(page.getByRole('heading', { name: /of 555 events$/ })).toBeVisible();
  const style = (cell: import('@playwright/test').Locator) =>
    cell.evaluate((element) => {
      const computed = getComputedStyle(element);
      return `${computed.textAlign} ${computed.fontVariantNumeric}`;
    });
  const duration = page
    .getByRole('table', { name: 'Docking events' })
    .getByRole('row')
    .nth(1)
    .getByRole('cell')
    .nth(3);
  await expect(duration).toHaveText(/^\d+ d \d+ h \d+ min( \+)?$/);
  expect(await style(duration)).toBe('right tabular-nums');
  const statsRow = page.getByRole('table', { name: 'Port statistics' }).getByRole('row').nth(1);
  for (const column of [1, 2, 3]) {
    expect(await style(statsRow.getByRole('cell').nth(column))).toBe('right tabular-nums');
  }
});

const PANELS = ['Filters', 'Docked now', 'Timeline', 'Port statistics', 'Docking events'];

test('nothing moves when the data arrives: the panels keep their places, layout shift stays small', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const ll2 = await fakeLL2(page, events);
  ll2.delayMs = 400;
  const boxes = () =>
    Promise.all(
      PANELS.map(async (name) => {
        const panel = page.getByRole(name === 'Filters' ? 'search' : 'region', { name }).first();
        // Null while a placeholder is being replaced by its panel.
        const box = await panel.boundingBox();
        return box && { name, y: Math.round(box.y), height: Math.round(box.height) };
      }),
    );
  await page.goto('/');
  // Before the first page: placeholders and skeletons.
  await expect(page.getByRole('status', { name: 'Loading docking events' })).toBeVisible();
  // Read again if a placeholder was being swapped for its panel's own at that moment.
  let waiting = await boxes();
  await expect.poll(async () => (waiting = await boxes()).every(Boolean)).toBe(true);
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible({ timeout: 15_000 });
  // The timeline's and statistics' code may still be arriving: read until every panel is there.
  await expect.poll(boxes).toEqual(waiting);
  // Web Vitals call under 0.1 good; what remains is the lanes and rows filling in.
  const shift = await page.evaluate(() =>
    (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((a, b) => a + b, 0),
  );
  expect(shift).toBeLessThan(0.1);
});

test('a link to an event lays the page out beside the drawer from the start: nothing jumps sideways', async ({
  page,
}) => {
  // Every width the page's content is laid out at, from the first.
  await page.addInitScript(() => {
    const widths: number[] = [];
    (window as unknown as { contentWidths: number[] }).contentWidths = widths;
    const watch = () => {
      const main = document.querySelector('main');
      if (!main) return void requestAnimationFrame(watch);
      new ResizeObserver(([entry]) => widths.push(Math.round(entry!.contentRect.width))).observe(
        main,
      );
    };
    requestAnimationFrame(watch);
  });
  await fakeLL2(page, events);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/?event=${events[3]!.id}`);
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Port statistics' })).toBeVisible();
  // 1,440 px less the drawer's 30rem and the page's padding.
  expect(
    await page.evaluate(() => (window as unknown as { contentWidths: number[] }).contentWidths),
  ).toEqual([960]);
});

for (const width of [700, 900, 1100]) {
  test(`at ${width} px the header keeps its height while the history loads: nothing below it moves`, async ({
    page,
  }) => {
    const ll2 = await fakeLL2(page, events);
    const release = holdPage(ll2, 300);
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    const header = page.locator('.app-header');
    const status = page.getByRole('group', { name: 'Data status' });
    // All but its fourth page: the progress and its bar are in the status, beside its source.
    await expect(status).toContainText('updated just now');
    await expect(status).toContainText('Loaded 455 of 555 events');
    await expect(page.getByRole('progressbar', { name: 'History loaded' })).toBeVisible();
    const whileLoading = (await header.boundingBox())!.height;
    release();
    await expect(status).not.toContainText('Loaded');
    expect((await header.boundingBox())!.height).toBe(whileLoading);
  });
}

test('timeline and port statistics sit side by side where the page has room, and stack when the drawer takes it', async ({
  page,
}) => {
  await fakeLL2(page, events);
  // The panels' code loads after the count can show: their placeholders (in the same places) may
  // still be on the page, or being replaced, so the boxes are read until both are there.
  const sideBySide = async () => {
    const timeline = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
    const stats = await page.getByRole('region', { name: 'Port statistics' }).boundingBox();
    if (!timeline || !stats) return 'not shown';
    return Math.abs(timeline.y - stats.y) < 1 && stats.x >= timeline.x + timeline.width;
  };
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await expect.poll(sideBySide).toBe(true);

  // The drawer sits beside the page and takes 30rem of its width: too little is left.
  await page.getByRole('table', { name: 'Docking events' }).getByRole('row').nth(1).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(sideBySide).toBe(false);
  // On a window wide enough for both, they stay side by side with the drawer open.
  await page.setViewportSize({ width: 1700, height: 900 });
  await expect.poll(sideBySide).toBe(true);

  await page.setViewportSize({ width: 1024, height: 900 });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await expect.poll(sideBySide).toBe(false);
});

test('the loading placeholders keep still: nothing moves while the page waits for LL2', async ({
  page,
}) => {
  const ll2 = await fakeLL2(page, events);
  const release = holdPage(ll2, 0);
  await page.goto('/');
  const loading = page.getByRole('status', { name: 'Loading docking events' });
  await expect(loading).toBeVisible();
  // A moving placeholder costs the machine's cores every frame while the code and the data need
  // them (see docs/performance.md): the bars are still, and so is everything else on the page.
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  release();
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await expect(loading).toHaveCount(0);
});
