import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { generateDockingHistory, type GeneratedEvent } from '../support/generate-history';
import { craftedIssDocking, fakeLL2 } from './ll2-routes';

const base = generateDockingHistory({ seed: 31, count: 300 });
type Loose = GeneratedEvent & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const stationOf = (event: GeneratedEvent) =>
  (event.docking_location as { spacestation: { id: number; name: string } | null }).spacestation;

const crafted = (id: number, name: string, docking: string, departure: string | null) =>
  craftedIssDocking(base, id, name, docking, departure);

const events = [
  ...base,
  crafted(90_001, 'Overlap One', '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z'),
  crafted(90_002, 'Overlap Two', '2026-02-01T00:00:00Z', '2026-04-10T00:00:00Z'),
];
const total = events.length;
const statsTable = (page: Page) => page.getByRole('table', { name: 'Port statistics' });
const dockedNow = (page: Page) => page.getByRole('region', { name: 'Docked now' });
const statsRegion = (page: Page) => page.getByRole('region', { name: 'Port statistics' });

test('docked now lists the open stays per station; a chip opens the drawer and gets focus back', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: `${total} events` })).toBeVisible();

  const openAtIss = events.filter(
    (event) => event.departure === null && stationOf(event)?.id === 4,
  );
  expect(openAtIss.length).toBeGreaterThan(1);
  await expect(
    dockedNow(page).getByRole('heading', {
      name: `International Space Station (${openAtIss.length})`,
    }),
  ).toBeVisible();
  await expect(dockedNow(page)).toContainText(/as of \d+ \w+ \d{4} \d\d:\d\d UTC/);
  // One chip per open stay.
  await expect(
    dockedNow(page).getByRole('list', { name: 'International Space Station' }).getByRole('button'),
  ).toHaveCount(openAtIss.length);

  const event = openAtIss.find((open) => open.flight_vehicle_chaser) as Loose;
  const name = event.flight_vehicle_chaser.spacecraft.name as string;
  const port = event.docking_location.name as string;
  const chip = dockedNow(page).getByRole('button', {
    name: new RegExp(`^${port} ${name} · \\d+ \\w+ ago$`),
  });
  await chip.click();
  await expect(page.getByRole('dialog', { name: `${name} at ${port}` })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(String(event.id));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(chip).toBeFocused();

  // A station filter keeps the overview to that station.
  await page.goto('/?station=18');
  await expect(
    dockedNow(page).getByRole('heading', { name: /^International Space Station/ }),
  ).toHaveCount(0);
});

test('port statistics: stays, share occupied and longest stay over the window; sortable; exportable', async ({
  page,
}) => {
  await fakeLL2(page, events);
  await page.goto('/?q=Overlap&from=2026-01-01&to=2026-04-30');
  await expect(page.getByRole('heading', { name: `2 of ${total} events` })).toBeVisible();
  // 1 Jan – 10 Apr occupied (the overlap counted once): 99 of the window's 120 days.
  const row = statsTable(page).getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText([
    'Test port',
    '2',
    '82.5%',
    '68 d 0 h Overlap Two',
  ]);
  await expect(statsRegion(page)).toContainText('1 Jan 2026 – 30 Apr 2026');

  // Every ISS port, busiest first by default; a click on Stays sorts by it and goes into the URL.
  await page.goto('/?station=4');
  const atIss = events.filter((event) => stationOf(event)?.id === 4);
  await expect(
    page.getByRole('heading', { name: `${atIss.length} of ${total} events` }),
  ).toBeVisible();
  // The statistics follow the table a moment later, and say so while they are behind.
  await expect(statsRegion(page)).toHaveAttribute('aria-busy', 'false');
  const cells = (column: number) =>
    statsTable(page)
      .getByRole('row')
      .evaluateAll(
        (rows, index) =>
          rows.slice(1).map((tr) => tr.querySelectorAll('td')[index]?.textContent ?? ''),
        column,
      );
  // The empty ports come with the station's port list, a moment later.
  await expect.poll(async () => (await cells(0)).length).toBeGreaterThan(10);
  const shares = (await cells(2)).map((text) => parseFloat(text));
  expect(shares).toEqual([...shares].sort((a, b) => b - a));
  expect((await cells(1)).some((text) => text === '0')).toBe(true); // empty ports are listed
  await statsTable(page).getByRole('button', { name: 'Stays' }).click();
  await expect(page).toHaveURL(/psort=-stays/);
  const isDescending = (values: number[]) =>
    values.every((value, i) => i === 0 || values[i - 1]! >= value);
  await expect.poll(async () => isDescending((await cells(1)).map(Number))).toBe(true);
  const stays = (await cells(1)).map(Number);
  expect(stays.reduce((sum, count) => sum + count, 0)).toBe(atIss.length);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export port statistics as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^station-dockings_port-statistics_\d{4}-\d{2}-\d{2}_station-4\.csv$/,
  );
  const lines = (await readFile((await download.path())!, 'utf8')).trim().split('\r\n');
  expect(lines[0]).toBe(
    'station_or_target,port,stays,occupied_share,occupied_hours,longest_stay_minutes,longest_stay_spacecraft,window_start,window_end',
  );
  expect(lines).toHaveLength((await cells(0)).length + 1);
  // In the order shown.
  expect(lines.slice(1).map((line) => Number(line.split(',')[2]))).toEqual(stays);
});
