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
