import { expect, test, type Page } from '@playwright/test';
import { generateDockingHistory, type GeneratedEvent } from '../support/generate-history';
import { craftedIssDocking, fakeLL2 } from './ll2-routes';

const base = generateDockingHistory({ seed: 41, count: 300 });
type Loose = GeneratedEvent & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A crafted ISS docking at "Test port", flown by a flight of its own. */
function crafted(id: number, name: string, docking: string, departure: string | null) {
  const event = craftedIssDocking(base, id, name, docking, departure) as Loose;
  event.flight_vehicle_chaser = { ...event.flight_vehicle_chaser, id };
  return event as GeneratedEvent;
}

const dockedNow = (page: Page) => page.getByRole('region', { name: /^Docked (now|at)/ });
const table = (page: Page) => page.getByRole('table', { name: 'Docking events' });

test.describe('a stay with no departure whose port was used again', () => {
  const events = [
    ...base,
    crafted(91_001, 'Resilience Test', '2020-11-17T04:01:00Z', null),
    crafted(91_002, 'Later Dragon', '2025-03-16T06:04:00Z', null),
  ];

  test('is not docked now, reads "departure not recorded", and is counted in a quiet notice', async ({
    page,
  }) => {
    await fakeLL2(page, events);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: `${events.length} events` })).toBeVisible();

    const iss = dockedNow(page).getByRole('list', { name: 'International Space Station' });
    await expect(iss.getByRole('button', { name: /Test port Later Dragon/ })).toBeVisible();
    await expect(iss.getByRole('button', { name: /Resilience Test/ })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'no departure' })).toHaveText(
      '1 stay has no departure although its port was used again (or the spacecraft docked again): it is shown as ended by that docking, "departure not recorded".',
    );

    await page.goto('/?q=Resilience+Test');
    const row = table(page).getByRole('row').nth(1);
    await expect(row).toContainText('Departure not recorded');
    await expect(row).toContainText('left before 16 Mar 2025 06:04 UTC');
    // 17 Nov 2020 04:01 to 16 Mar 2025 06:04, at most.
    await expect(row.getByRole('cell').nth(3)).toHaveText('≤ 1580 d 2 h 3 min');
    await row.click();
    const drawer = page.getByRole('dialog', { name: 'Resilience Test at Test port' });
    await expect(drawer).toContainText(
      'Departure not recorded: it left before 16 Mar 2025 06:04 UTC',
    );
    await expect(drawer).toContainText('Departed (departure not recorded)');

    // Not among the stays still docked.
    await page.goto('/?q=Resilience+Test&status=docked');
    await expect(page.getByRole('heading', { name: `0 of ${events.length} events` })).toBeVisible();
  });
});

test.describe('docked at an instant', () => {
  // Two stays overlapping at one port around the instant, besides the generated history.
  const events = [
    ...base,
    crafted(92_001, 'Overlap Early', '2011-07-01T00:00:00Z', '2011-07-20T00:00:00Z'),
    crafted(92_002, 'Overlap Late', '2011-07-08T00:00:00Z', '2011-07-15T00:00:00Z'),
  ];
  const AT = '2011-07-10T12:00Z';
  const at = Date.parse(AT);
  const stationName = (event: GeneratedEvent) =>
    (event.docking_location as { spacestation: { name: string } | null }).spacestation?.name ??
    null;
  /** From the raw events: every stay at a station that had docked by `ms` and not yet left. */
  const coveringAt = (ms: number) =>
    events.filter(
      (event) =>
        stationName(event) !== null &&
        Date.parse(event.docking) <= ms &&
        (event.departure === null || Date.parse(event.departure) > ms),
    );

  test('a link with at= lists exactly the stays covering that instant, per station', async ({
    page,
  }) => {
    await fakeLL2(page, events);
    await page.goto(`/?at=${AT}`);
    await expect(page.getByRole('heading', { name: `${events.length} events` })).toBeVisible();
    const strip = dockedNow(page);
    await expect(
      strip.getByRole('heading', { name: 'Docked at 10 Jul 2011 12:00 UTC' }),
    ).toBeVisible();

    const expected = coveringAt(at);
    expect(expected.map((event) => event.id)).toEqual(expect.arrayContaining([92_001, 92_002]));
    const byStation = new Map<string, number>();
    for (const event of expected)
      byStation.set(stationName(event)!, (byStation.get(stationName(event)!) ?? 0) + 1);
    for (const [name, count] of byStation) {
      await expect(strip.getByRole('heading', { name: `${name} (${count})` })).toBeVisible();
      await expect(strip.getByRole('list', { name }).getByRole('button')).toHaveCount(count);
    }
    await expect(strip.getByRole('heading', { level: 3 })).toHaveCount(byStation.size);
    // How long each had been docked then: Overlap Late since 8 Jul 00:00.
    await expect(
      strip.getByRole('button', { name: /^Test port Overlap Late · docked for 2 d 12 h$/ }),
    ).toBeVisible();

    // A chip opens its event.
    await strip.getByRole('button', { name: /Overlap Early/ }).click();
    await expect(page.getByRole('dialog', { name: 'Overlap Early at Test port' })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('at')).toBe(AT);
  });

  test('the timeline cursor steps by keyboard to the next docking or departure; the strip follows; Back to now', async ({
    page,
  }) => {
    await fakeLL2(page, events);
    await page.goto(`/?at=${AT}`);
    await expect(page.getByRole('heading', { name: `${events.length} events` })).toBeVisible();
    const cursor = page.getByRole('slider', { name: 'Docked at' });
    await expect(cursor).toHaveAttribute('aria-valuetext', '10 Jul 2011 12:00 UTC');

    // The next docking or departure after the instant, from the raw events, to the minute.
    const instants = events
      .flatMap((event) => [event.docking, event.departure])
      .filter((time): time is string => time !== null)
      .map((time) => Math.ceil(Date.parse(time) / 60_000) * 60_000);
    const next = Math.min(...instants.filter((ms) => ms > at));
    const nextText = new Date(next).toISOString().slice(0, 16);

    await cursor.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('at')).toBe(`${nextText}Z`);
    await expect(cursor).toHaveAttribute(
      'aria-valuetext',
      new RegExp(`${nextText.slice(11)} UTC$`),
    );
    const groups = coveringAt(next).length;
    await expect(dockedNow(page).getByRole('listitem')).toHaveCount(groups);

    // Back by one: the instant of the link again, or the one before it if it was itself an event.
    await page.keyboard.press('ArrowLeft');
    const previous = Math.max(...instants.filter((ms) => ms < next));
    await expect
      .poll(() => new URL(page.url()).searchParams.get('at'))
      .toBe(`${new Date(previous).toISOString().slice(0, 16)}Z`);

    // A click on the axis puts the cursor there; the strip shows that instant.
    const axis = (await page.locator('svg.timeline-axis').boundingBox())!;
    await page.mouse.click(axis.x + axis.width * 0.6, axis.y + axis.height / 2);
    await expect
      .poll(() => new URL(page.url()).searchParams.get('at'))
      .not.toBe(`${new Date(previous).toISOString().slice(0, 16)}Z`);
    const clicked = new URL(page.url()).searchParams.get('at')!;
    const clickedText = `${Number(clicked.slice(8, 10))} ${new Date(Date.parse(clicked)).toUTCString().slice(8, 11)} ${clicked.slice(0, 4)} ${clicked.slice(11, 16)} UTC`;
    await expect(
      dockedNow(page).getByRole('heading', { name: `Docked at ${clickedText}` }),
    ).toBeVisible();
    await expect(cursor).toHaveAttribute('aria-valuetext', clickedText);

    await page.getByRole('button', { name: 'Back to now' }).click();
    await expect(dockedNow(page).getByRole('heading', { name: 'Docked now' })).toBeVisible();
    // The link follows the view a moment after it (its writes are batched).
    await expect.poll(() => new URL(page.url()).searchParams.has('at')).toBe(false);
  });

  test('a date and time picked beside the strip is written to the link', async ({ page }) => {
    await fakeLL2(page, events);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: `${events.length} events` })).toBeVisible();
    await page.getByLabel('Docked at (UTC)').fill('2011-07-10T12:00');
    await expect.poll(() => new URL(page.url()).searchParams.get('at')).toBe(AT);
    await expect(
      dockedNow(page).getByRole('button', { name: /^Test port Overlap Early/ }),
    ).toBeVisible();
  });
});

test('a relocation is linked in the drawer both ways and joined on the timeline', async ({
  page,
}) => {
  // One flight: at Test port until 1 Mar 2026 10:00, then at Test port two from 10:40.
  const first = crafted(93_001, 'Soyuz Mover', '2026-01-10T08:00:00Z', '2026-03-01T10:00:00Z');
  const second = crafted(
    93_002,
    'Soyuz Mover',
    '2026-03-01T10:40:00Z',
    '2026-04-01T08:00:00Z',
  ) as Loose;
  second.flight_vehicle_chaser = { ...second.flight_vehicle_chaser, id: 93_001 };
  second.docking_location = { ...second.docking_location, id: 778, name: 'Test port two' };
  const events = [...base, first, second];
  await fakeLL2(page, events);
  await page.goto('/?event=93001&from=2026-01-01&to=2026-04-30');

  const drawer = page.getByRole('dialog');
  await expect(drawer).toHaveAccessibleName('Soyuz Mover at Test port');
  await expect(drawer.getByText(/^Moved to Test port two on 1 Mar 2026 10:40 UTC$/)).toBeVisible();
  await expect(drawer.getByText(/^Relocated from/)).toHaveCount(0);
  await drawer.getByRole('button', { name: 'Test port two' }).click();

  await expect(drawer).toHaveAccessibleName('Soyuz Mover at Test port two');
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe('93002');
  await expect(
    drawer.getByText(/^Relocated from Test port on 1 Mar 2026 10:40 UTC$/),
  ).toBeVisible();
  await drawer.getByRole('button', { name: 'Test port', exact: true }).click();
  await expect(drawer).toHaveAccessibleName('Soyuz Mover at Test port');

  await expect(page.locator('path.relocation[data-relocation="93001-93002"]')).toBeAttached();
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText(
    'Relocation (one flight moving port)',
  );
});

test('traffic per year spans its panel, wide and narrow', async ({ page }) => {
  await fakeLL2(page, base);
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: `${base.length} events` })).toBeVisible();
    const years = page.getByRole('group', { name: 'Dockings per year' });
    const canvas = page.getByRole('region', { name: 'Traffic per year' }).locator('canvas');
    // The chart follows the history when it pauses, a moment after the count: wait for it.
    await expect
      .poll(async () => {
        const plot = (await years.boundingBox())!;
        const first = (await years.getByRole('button').first().boundingBox())!;
        const last = (await years.getByRole('button').last().boundingBox())!;
        const drawnWidth = await canvas.evaluate((element: HTMLCanvasElement) => element.width);
        return {
          // The first year starts at the plot's left edge and the last ends at its right edge…
          firstAtLeftEdge: Math.abs(first.x - plot.x) < 1,
          lastAtRightEdge: Math.abs(last.x + last.width - (plot.x + plot.width)) < 1,
          // …and the bars are drawn for that width, one canvas pixel to a screen pixel.
          drawnAtPlotWidth: Math.abs(drawnWidth - plot.width) < 1,
        };
      })
      .toEqual({ firstAtLeftEdge: true, lastAtRightEdge: true, drawnAtPlotWidth: true });
  }
});

test('traffic per year: a year shows its numbers on focus, and a click shows that year in the table', async ({
  page,
}) => {
  await fakeLL2(page, base);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: `${base.length} events` })).toBeVisible();
  const chart = page.getByRole('region', { name: 'Traffic per year' });

  const dockedIn = (year: number) =>
    base.filter((event) => new Date(event.docking).getUTCFullYear() === year).length;
  const year2011 = chart.getByRole('button', { name: /^2011: / });
  await expect(year2011).toHaveAccessibleName(new RegExp(`^2011: ${dockedIn(2011)} dockings — `));
  await year2011.focus();
  await expect(chart.getByText(new RegExp(`^2011: ${dockedIn(2011)} dockings — `))).toBeVisible();

  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).search).toBe('?from=2011-01-01&to=2011-12-31');
  // The table lists every stay during 2011 (from the raw events): those that began in it and
  // those still there from before.
  const during = base.filter(
    (event) =>
      Date.parse(event.docking) < Date.parse('2012-01-01T00:00:00Z') &&
      (event.departure === null ||
        Date.parse(event.departure) >= Date.parse('2011-01-01T00:00:00Z')),
  ).length;
  await expect(
    page.getByRole('heading', { name: `${during} of ${base.length} events` }),
  ).toBeVisible();
  await expect(year2011).toHaveAttribute('aria-current', 'true');

  // The same numbers as a table.
  await chart.getByText('Traffic per year as a table').click();
  const row = chart
    .getByRole('table', { name: 'Dockings per year' })
    .getByRole('row', { name: /^2011 / });
  await expect(row.getByRole('cell').first()).toHaveText(String(dockedIn(2011)));

  // It follows the filters: Tiangong only.
  await page.goto('/?station=18');
  const tiangong2011 = base.filter(
    (event) =>
      new Date(event.docking).getUTCFullYear() === 2011 &&
      (event.docking_location as { spacestation: { id: number } | null }).spacestation?.id === 18,
  ).length;
  await expect(
    page.getByRole('region', { name: 'Traffic per year' }).getByRole('button', { name: /^2011: / }),
  ).toHaveAccessibleName(new RegExp(`^2011: ${tiangong2011} docking`));
});

test.describe('in Asia/Kolkata', () => {
  test.use({ timezoneId: 'Asia/Kolkata' });

  test('the docked-at cursor and picker follow the time zone toggle', async ({ page }) => {
    await fakeLL2(page, base);
    await page.goto('/?at=2011-07-10T12:00Z&tz=local');
    await expect(page.getByRole('heading', { name: `${base.length} events` })).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Docked at' })).toHaveAttribute(
      'aria-valuetext',
      '10 Jul 2011 17:30 GMT+5:30',
    );
    await expect(dockedNow(page).getByRole('heading', { level: 2 })).toHaveText(
      'Docked at 10 Jul 2011 17:30 GMT+5:30',
    );
    await expect(page.getByLabel('Docked at (local time)')).toHaveValue('2011-07-10T17:30');

    await page.getByLabel('Time zone').selectOption('utc');
    await expect(page.getByLabel('Docked at (UTC)')).toHaveValue('2011-07-10T12:00');
    await expect(page.getByRole('slider', { name: 'Docked at' })).toHaveAttribute(
      'aria-valuetext',
      '10 Jul 2011 12:00 UTC',
    );
    expect(new URL(page.url()).searchParams.get('at')).toBe('2011-07-10T12:00Z');
  });
});
