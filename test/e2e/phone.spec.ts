import { expect, test } from '@playwright/test';
import { generateDockingHistory } from '../support/generate-history';
import { fakeLL2 } from './ll2-routes';
import { settledWindow } from './settled-window';

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

test('at 375 px: two fingers zoom the timeline about where they are and carry it; one finger pans it', async ({
  page,
}) => {
  await fakeLL2(page, generateDockingHistory({ seed: 8, count: 240 }));
  await page.goto('/?from=2020-01-01&to=2020-12-31');
  await expect(page.getByText('1 Jan 2020 – 31 Dec 2020 · UTC')).toBeVisible();
  const timeline = page.getByRole('group', { name: 'Port-occupancy timeline' });
  await timeline.scrollIntoViewIfNeeded();
  const box = (await timeline.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + 80];
  const cdp = await page.context().newCDPSession(page);
  const touch = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    points: { x: number; y: number }[],
  ) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((point, id) => ({ ...point, id })),
    });
  const window = () => ({
    from: new URL(page.url()).searchParams.get('from'),
    to: new URL(page.url()).searchParams.get('to'),
  });
  // Fingers 60 px apart spread to 240: four times closer in, from 366 days to about 92.
  await touch('touchStart', [
    { x: x - 30, y },
    { x: x + 30, y },
  ]);
  for (let half = 40; half <= 120; half += 10) {
    await touch('touchMove', [
      { x: x - half, y },
      { x: x + half, y },
    ]);
  }
  await touch('touchEnd', []);
  await expect.poll(() => window().to).not.toBe('2020-12-31');
  const zoomed = await settledWindow(page);
  const days = (Date.parse(zoomed.to!) - Date.parse(zoomed.from!)) / 86_400_000 + 1;
  expect(days).toBeGreaterThanOrEqual(88);
  expect(days).toBeLessThanOrEqual(96);
  // About their midpoint, near the start of the axis on a narrow screen: still in January.
  expect(zoomed.from! >= '2020-01-01' && zoomed.from! <= '2020-01-31').toBe(true);

  // Both fingers moved 60 px to the right together: the window follows them, earlier in time,
  // as wide as it was.
  await touch('touchStart', [
    { x: x - 60, y },
    { x: x + 60, y },
  ]);
  for (let dx = 10; dx <= 60; dx += 10) {
    await touch('touchMove', [
      { x: x - 60 + dx, y },
      { x: x + 60 + dx, y },
    ]);
  }
  await touch('touchEnd', []);
  await expect.poll(() => window().from).not.toBe(zoomed.from);
  const followed = await settledWindow(page);
  expect(followed.from! < zoomed.from!).toBe(true);
  expect((Date.parse(followed.to!) - Date.parse(followed.from!)) / 86_400_000 + 1).toBe(days);

  // One finger dragged left pans later in time, the same number of days.
  await touch('touchStart', [{ x, y }]);
  for (let dx = 10; dx <= 100; dx += 10) await touch('touchMove', [{ x: x - dx, y }]);
  await touch('touchEnd', []);
  await expect.poll(() => window().from).not.toBe(followed.from);
  const panned = await settledWindow(page);
  expect(panned.from! > followed.from!).toBe(true);
  expect((Date.parse(panned.to!) - Date.parse(panned.from!)) / 86_400_000 + 1).toBe(days);

  // A finger resting on the timeline and another moving above it, outside: nothing moves.
  await touch('touchStart', [
    { x, y },
    { x: 60, y: box.y - 30 },
  ]);
  for (let dx = 10; dx <= 100; dx += 10) {
    await touch('touchMove', [
      { x, y },
      { x: 60 + dx, y: box.y - 30 },
    ]);
  }
  await touch('touchEnd', []);
  expect(await settledWindow(page)).toEqual(panned);
});
