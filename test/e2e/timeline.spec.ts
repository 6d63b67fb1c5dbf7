import { expect, test, type Locator, type Page } from '@playwright/test';
import { generateDockingHistory } from '../support/generate-history';
import { craftedIssDocking, fakeLL2 } from './ll2-routes';
import { settledWindow } from './settled-window';

const base = generateDockingHistory({ seed: 31, count: 300 });

const crafted = (id: number, name: string, docking: string, departure: string | null) =>
  craftedIssDocking(base, id, name, docking, departure);

const events = [
  ...base,
  crafted(90_001, 'Overlap One', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
  crafted(90_002, 'Overlap Two', '2026-02-01T00:00:00Z', '2026-04-01T00:00:00Z'),
  crafted(90_003, 'Still Here', '2026-06-01T00:00:00Z', null),
];
const total = events.length;

const timeline = (page: Page) => page.getByRole('group', { name: 'Port-occupancy timeline' });
const countHeading = (page: Page) => page.getByRole('heading', { name: /events$/ });
const searchParam = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/**
 * Where a stay's button is once the page is still: the buttons follow the lanes when they pause,
 * so while the history loads one may still be where its stay was drawn a moment before.
 */
async function stillBox(locator: Locator) {
  let box = await locator.boundingBox();
  await expect
    .poll(async () => {
      const before = box;
      await new Promise((resolve) => setTimeout(resolve, 300));
      box = await locator.boundingBox();
      return before !== null && JSON.stringify(before) === JSON.stringify(box);
    })
    .toBe(true);
  return box!;
}

/** The timeline canvas's pixel at a point of the page, [r, g, b, a]. */
const pixelAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ({ pageX, pageY }) => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.timeline-canvas')!;
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const at = (value: number, start: number) => Math.floor((value - start) * ratio);
      return [
        ...canvas.getContext('2d')!.getImageData(at(pageX, box.left), at(pageY, box.top), 1, 1)
          .data,
      ];
    },
    { pageX: x, pageY: y },
  );

/** Whether the timeline's canvas has paint at a point of the page. */
const drawnAt = async (page: Page, x: number, y: number) => (await pixelAt(page, x, y))[3]! > 0;

test('lanes and bars follow the filters; a station filter changes the lanes', async ({ page }) => {
  await fakeLL2(page, events);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: `${total} events` })).toBeVisible();
  const chart = timeline(page);
  await expect(chart.getByText('International Space Station', { exact: true })).toBeVisible();
  await expect(chart.getByText('Tiangong space station', { exact: true })).toBeVisible();
  // The stays' buttons are those of the lanes in view: scrolled to, Zvezda aft's are there.
  await chart.getByText('Zvezda aft', { exact: true }).scrollIntoViewIfNeeded();
  await expect(chart.getByRole('button', { name: /at Zvezda aft, / }).first()).toBeAttached();

  await page.goto('/?station=18');
  await expect(
    page.getByRole('heading', { name: new RegExp(`of ${total} events$`) }),
  ).toBeVisible();
  await expect(chart.getByText('Tianhe forward', { exact: true })).toBeVisible();
  await expect(chart.getByText('International Space Station', { exact: true })).toHaveCount(0);
  await expect(chart.getByRole('button', { name: /at Zvezda aft, / })).toHaveCount(0);
  const rows = Number(/^(\d+) of/.exec((await countHeading(page).textContent()) ?? '')?.[1]);
  // One button per stay in view (the lanes all fit at this size), once the page is still.
  await expect(chart.getByRole('button')).toHaveCount(rows);
});

test('an open stay is drawn open-ended to when the data was fetched', async ({ page }) => {
  await fakeLL2(page, events);
  await page.goto('/?q=Still+Here&from=2026-05-01&to=2026-12-31');
  const bar = timeline(page).getByRole('button', {
    name: /^Still Here at Test port, 1 Jun 2026 – still docked as of \d+ \w+ 2026$/,
  });
  await expect(bar).toBeVisible();
  // Fetched moments ago: the bar ends at the "now" line (once the history has loaded)…
  const nowLine = timeline(page).locator('line.now-line');
  await expect
    .poll(async () => {
      const [barBox, nowBox] = [(await bar.boundingBox())!, (await nowLine.boundingBox())!];
      return Math.abs(barBox.x + barBox.width - nowBox.x);
    })
    .toBeLessThan(3);
  const barBox = (await bar.boundingBox())!;
  const end = barBox.x + barBox.width;
  // …and the canvas draws an arrow past that end, which a closed stay does not have.
  const middle = barBox.y + barBox.height / 2;
  expect(await drawnAt(page, barBox.x + 2, middle)).toBe(true);
  expect(await drawnAt(page, end + 3, middle)).toBe(true);
  expect(await drawnAt(page, end + 12, middle)).toBe(false);
});

test('two overlapping stays on one port both stay visible, on separate rows, flagged', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/?port=777&from=2025-12-01&to=2026-05-01');
  const one = timeline(page).getByRole('button', {
    name: /^Overlap One at Test port, .*, overlaps another stay$/,
  });
  const two = timeline(page).getByRole('button', {
    name: /^Overlap Two at Test port, .*, overlaps another stay$/,
  });
  await expect(one).toBeVisible();
  await expect(two).toBeVisible();
  const [a, b] = [(await one.boundingBox())!, (await two.boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(15);
  await expect(page.getByText(/2 stays overlap another at the same port/)).toBeVisible();
});

test('zooming with the buttons and keys writes from/to, narrows the table and replaces history', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: `${total} events` })).toBeVisible();
  const historyLength = await page.evaluate(() => history.length);

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
  await expect(
    page.getByRole('heading', { name: new RegExp(`of ${total} events$`) }),
  ).toBeVisible();
  const firstFrom = searchParam(page, 'from')!;
  const firstTo = searchParam(page, 'to')!;

  await timeline(page).focus();
  await page.keyboard.press('+');
  await expect.poll(() => searchParam(page, 'from')).not.toBe(firstFrom);
  const zoomedFrom = searchParam(page, 'from')!;
  const zoomedTo = searchParam(page, 'to')!;
  expect(zoomedFrom > firstFrom && zoomedTo < firstTo).toBe(true);
  const zoomedCount = await countHeading(page).textContent();

  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => searchParam(page, 'from')).not.toBe(zoomedFrom);
  expect(searchParam(page, 'from')! < zoomedFrom).toBe(true);
  await expect(countHeading(page)).not.toHaveText(zoomedCount!);

  await page.keyboard.press('-');
  await expect.poll(() => searchParam(page, 'to')).not.toBe(zoomedTo);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);

  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.getByRole('heading', { name: `${total} events` })).toBeVisible();
});

test('a link with from/to opens the timeline at that window', async ({ page }) => {
  await fakeLL2(page, events);
  await page.goto('/?from=2020-01-01&to=2020-12-31');
  await expect(page.getByText('1 Jan 2020 – 31 Dec 2020 · UTC')).toBeVisible();
  // The axis is labelled once the timeline knows its width, a frame or more after its toolbar.
  await expect
    .poll(() => page.locator('.timeline-axis text').allTextContents())
    .toEqual(expect.arrayContaining(['2020', 'Jul']));
});

test('Enter on a focused bar opens its event; Escape returns focus to the bar', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/?q=Still+Here');
  const bar = timeline(page).getByRole('button', { name: /^Still Here at Test port/ });
  await bar.focus();
  await expect(page.getByRole('tooltip')).toContainText('Still docked as of');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Still Here at Test port' })).toBeVisible();
  await expect.poll(() => searchParam(page, 'event')).toBe('90003');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(bar).toBeFocused();
});

test('stepping in the drawer to a stay on a lane scrolled away brings it into view; Escape focuses it', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/?from=2026-06-01&to=2026-06-30');
  const stay = (name: RegExp) => timeline(page).getByRole('button', { name });
  const dragon = stay(/^Crew Dragon C236 at Harmony forward/);
  await dragon.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('dialog', { name: 'Crew Dragon C236 at Harmony forward' }),
  ).toBeVisible();
  // The table's row before it is a Soyuz at Mir, whose lane is far below the timeline's view.
  await page.getByRole('dialog').press('ArrowLeft');
  await expect(page.getByRole('dialog', { name: 'Soyuz MS-45 at Kvant-1 aft' })).toBeVisible();
  const soyuz = stay(/^Soyuz MS-45 at Kvant-1 aft/);
  await expect(soyuz).toHaveAttribute('aria-current', 'true');
  await expect(soyuz).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(soyuz).toBeFocused();
});

test('stays too close to tell apart are one mark that says how many it covers; zooming in parts them', async ({
  page,
}) => {
  // Three ten-minute stays twenty minutes apart: at two months across the lane they share one
  // pixel column, at one day they are 13 px apart.
  const brief = [
    crafted(90_011, 'Brief One', '2026-05-10T00:00:00Z', '2026-05-10T00:10:00Z'),
    crafted(90_012, 'Brief Two', '2026-05-10T00:20:00Z', '2026-05-10T00:30:00Z'),
    crafted(90_013, 'Brief Three', '2026-05-10T00:40:00Z', '2026-05-10T00:50:00Z'),
  ];
  await fakeLL2(page, [...events, ...brief]);
  await page.goto('/?port=777&from=2026-05-01&to=2026-06-30');
  const stay = (name: RegExp) => timeline(page).getByRole('button', { name });
  const mark = stay(
    /^Brief One at Test port, 10 May 2026 – 10 May 2026, and 2 more stays too close to tell apart at this zoom$/,
  );
  await expect(mark).toBeVisible();
  await expect(stay(/^Brief (Two|Three)/)).toHaveCount(0);
  // The pointer finds the same mark, and its card says the same.
  const box = await stillBox(mark);
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await expect(page.getByRole('tooltip')).toContainText('Brief One');
  await expect(page.getByRole('tooltip')).toContainText(
    '2 more stays too close to tell apart at this zoom',
  );

  // Opened from the mark and stepped in the drawer to a stay it covers, which then has a button of
  // its own for its outline; on closing, focus goes back to the mark.
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Brief One at Test port' })).toBeVisible();
  await page.getByRole('dialog').press('ArrowLeft');
  await expect(page.getByRole('dialog', { name: 'Brief Two at Test port' })).toBeVisible();
  await expect(stay(/^Brief Two at Test port, 10 May 2026 – 10 May 2026$/)).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(mark).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(mark).toBeFocused();

  await page.goto('/?port=777&from=2026-05-10&to=2026-05-10');
  for (const name of ['Brief One', 'Brief Two', 'Brief Three']) {
    await expect(
      stay(new RegExp(`^${name} at Test port, 10 May 2026 – 10 May 2026$`)),
    ).toBeVisible();
  }
});

test('dragging pans the window and does not open the bar it started on; pinch zooms', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/?from=2020-01-01&to=2020-12-31');
  await expect(page.getByText('1 Jan 2020 – 31 Dec 2020 · UTC')).toBeVisible();
  const box = (await timeline(page).locator('svg.timeline-lanes').boundingBox())!;
  const y = box.y + 60;
  await page.mouse.move(box.x + box.width - 100, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 300, y, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => searchParam(page, 'from')).not.toBe('2020-01-01');
  expect(searchParam(page, 'from')! > '2020-01-01').toBe(true);
  expect(searchParam(page, 'event')).toBeNull();

  const from = (await settledWindow(page)).from!;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(() => searchParam(page, 'from')).not.toBe(from);
  expect(searchParam(page, 'from')! > from).toBe(true);

  // A trackpad's pinch is many small events: 20 of -2 are a scale of e^0.4, about 1.5 in all,
  // so a year of 366 days narrows to about 245 (each event a 1.5 step would leave one day).
  await page.goto('/?from=2020-01-01&to=2020-12-31');
  await expect(page.getByText('1 Jan 2020 – 31 Dec 2020 · UTC')).toBeVisible();
  await page.mouse.move(box.x + box.width / 2, y);
  await page.keyboard.down('Control');
  for (let event = 0; event < 20; event += 1) await page.mouse.wheel(0, -2);
  await page.keyboard.up('Control');
  const days = () => {
    const [from, to] = [searchParam(page, 'from'), searchParam(page, 'to')];
    return from && to ? (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1 : 366;
  };
  await expect.poll(days).toBeLessThan(260);
  expect(days()).toBeGreaterThan(235);
});

test('a trackpad swipe pans by the days it moves; a pinch held at one day widens at once', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/?from=2020-06-01&to=2020-06-10');
  await expect(page.getByText('1 Jun 2020 – 10 Jun 2020 · UTC')).toBeVisible();
  const box = (await timeline(page).locator('svg.timeline-lanes').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 60);
  const days = () =>
    (Date.parse(searchParam(page, 'to') ?? '2020-06-10') -
      Date.parse(searchParam(page, 'from') ?? '2020-06-01')) /
      86_400_000 +
    1;

  // Twenty small sideways events of 1 px, a pan of 1.5 times that, 30 px, over a 10-day axis of
  // about 620 px: half a day, so the window stays (it moved a day an event before: 20 days).
  for (let event = 0; event < 20; event += 1) await page.mouse.wheel(1, 0);
  await page.waitForTimeout(500);
  expect(searchParam(page, 'from') ?? '2020-06-01').toBe('2020-06-01');
  // Twenty of 20 px, 600 px of pan: about ten days later, still ten days wide.
  for (let event = 0; event < 20; event += 1) await page.mouse.wheel(20, 0);
  await expect.poll(() => searchParam(page, 'from') ?? '').toMatch(/^2020-06-(09|1[0-2])$/);
  expect(days()).toBe(10);

  // Pinched in far past one day, then out a little: the window widens on the way out.
  await page.keyboard.down('Control');
  for (let event = 0; event < 40; event += 1) await page.mouse.wheel(0, -10);
  await expect.poll(days).toBe(1);
  for (let event = 0; event < 10; event += 1) await page.mouse.wheel(0, 10);
  await page.keyboard.up('Control');
  await expect.poll(days).toBeGreaterThan(1);
});

test('pointing at a drawn stay shows its card, and a click opens it', async ({ page }) => {
  await fakeLL2(page, events);
  await page.goto('/?port=777&from=2025-12-01&to=2026-05-01');
  await expect(countHeading(page)).toHaveText(`2 of ${total} events`);
  const one = timeline(page).getByRole('button', { name: /^Overlap One at Test port/ });
  const box = await stillBox(one);
  // Beside the bar (same lane, before it starts): no stay there.
  await page.mouse.move(box.x - 20, box.y + box.height / 2);
  await expect(page.getByRole('tooltip')).toBeHidden();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('tooltip')).toContainText('Overlap One');
  // The card is beside the pointer, and on top of the panels below the timeline.
  const card = (await page.getByRole('tooltip').boundingBox())!;
  expect(Math.round(card.x - (box.x + box.width / 2))).toBe(12);
  expect(Math.round(card.y - (box.y + box.height / 2))).toBe(12);
  const onTop = await page.evaluate(
    ({ x, y }) => {
      // The card lets the pointer through; for this look, it takes it.
      const tooltip = document.querySelector<HTMLElement>('[role="tooltip"]')!;
      tooltip.style.pointerEvents = 'auto';
      const top = document.elementFromPoint(x, y);
      tooltip.style.pointerEvents = '';
      return tooltip.contains(top);
    },
    { x: card.x + card.width / 2, y: card.y + card.height - 4 },
  );
  expect(onTop).toBe(true);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('dialog', { name: 'Overlap One at Test port' })).toBeVisible();
  await expect.poll(() => searchParam(page, 'event')).toBe('90001');
});

test('near the window’s bottom the hover card goes above the pointer, whole', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 560 });
  await fakeLL2(page, events);
  await page.goto('/?port=777&from=2025-12-01&to=2026-05-01');
  const box = await stillBox(timeline(page).getByRole('button', { name: /^Overlap One/ }));
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(point.x, point.y);
  await expect(page.getByRole('tooltip')).toContainText('Overlap One');
  const card = (await page.getByRole('tooltip').boundingBox())!;
  expect(Math.round(card.x - point.x)).toBe(12);
  expect(Math.round(point.y - (card.y + card.height))).toBe(12);
});

test('the open stay is outlined in the theme’s text colour, redrawn when the theme changes', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?port=777&from=2025-12-01&to=2026-05-01&event=90001');
  await expect(page.getByRole('dialog', { name: 'Overlap One at Test port' })).toBeVisible();
  await expect(countHeading(page)).toHaveText(`2 of ${total} events`);
  // The outline is the open stay's button's (the canvas is not repainted for it).
  const stay = timeline(page).getByRole('button', { name: /^Overlap One/ });
  await expect(stay).toHaveAttribute('aria-current', 'true');
  const brightness = async () => {
    const shadow = await stay.evaluate((element) => getComputedStyle(element).boxShadow);
    const [r, g, b] = (shadow.match(/\d+/g) ?? []).map(Number);
    return r === undefined ? null : Math.round((r + g! + b!) / 3);
  };
  // Dark text on a light page…
  await expect.poll(brightness).toBeLessThan(80);
  // …and light text once the system's theme turns dark, without a reload.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(brightness).toBeGreaterThan(180);
});
