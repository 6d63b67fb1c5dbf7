import { expect, test } from '@playwright/test';
import { generateDockingHistory, generatedStation } from '../support/generate-history';
import { startLL2StandIn } from '../support/ll2-stand-in';
import { fakeLL2, waitForPersistedUpdates, waitUntilSettled } from './ll2-routes';
import { makeSnapshot, serveSnapshot, type SnapshotFiles } from './snapshot-files';

const events = generateDockingHistory({ seed: 77, count: 555 });
/** A history long enough to be split: the snapshot's own file holds its newest 100 events. */
const longEvents = generateDockingHistory({ seed: 78, count: 1_234 });
/** The files `npm run snapshot` wrote: of `events` and of `longEvents`. */
let files: SnapshotFiles;
let longFiles: SnapshotFiles;

// The snapshot is made as a deploy makes it: `npm run snapshot` against an LL2 (here a stand-in
// on this machine), with one port no event used, so that the port list is seen to come along.
test.beforeAll(async () => {
  const standIn = await startLL2StandIn(events);
  standIn.override = (url, response) => {
    if (!url.pathname.endsWith('/space_stations/4/')) return false;
    const iss = generatedStation(4)!;
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(
      JSON.stringify({
        ...iss,
        docking_location: [...iss.docking_location, { id: 999, name: 'Never used port' }],
      }),
    );
    return true;
  };
  files = await makeSnapshot(standIn);
  longFiles = await makeSnapshot(await startLL2StandIn(longEvents));
});

test('a build with a snapshot shows the whole history before any answer from LL2, then brings it up to date with exactly 1 request', async ({
  page,
}) => {
  const snapshotAsked = await serveSnapshot(page, files);
  // Since the snapshot, one more docking.
  const arrival = { ...structuredClone(events[0]!), id: 900_001, docking: '2026-11-20T10:00:00Z' };
  const ll2 = await fakeLL2(page, [...events, arrival]);
  let answer = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  ll2.override = async () => {
    await answered;
    return false;
  };

  await page.goto('/');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Data status' })).toContainText('snapshot taken');
  // The table's rows are there while the one request waits for its answer.
  await expect(
    page.getByRole('table', { name: 'Docking events' }).getByRole('row').nth(1),
  ).toBeVisible();
  expect(ll2.requests).toHaveLength(1);

  answer();
  await expect(page.getByRole('heading', { name: '556 events' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Data status' })).toContainText('updated');
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(1);
  expect(new URL(ll2.requests[0]!).searchParams.get('docking__gte')).not.toBeNull();
  expect(snapshotAsked()).toBe(1);

  // The station's port list came with the snapshot: its unused port has a lane, without a request.
  // (Once the update is saved: leaving the page at once is another test's, in history.spec.ts.)
  await waitForPersistedUpdates(page);
  await page.goto('/?station=4');
  await expect(
    page.getByRole('group', { name: 'Port-occupancy timeline' }).getByText('Never used port'),
  ).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(1);
  expect(ll2.otherRequests).toEqual([]);
});

test('a reload once the brought-up-to-date history is saved sends nothing', async ({ page }) => {
  const snapshotAsked = await serveSnapshot(page, files);
  const ll2 = await fakeLL2(page, events);
  await page.goto('/');
  await expect(page.getByRole('group', { name: 'Data status' })).toContainText('updated');
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(1);
  await waitForPersistedUpdates(page);

  await page.reload();
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(1);
  // Nor is the snapshot asked for again: the saved history is newer.
  expect(snapshotAsked()).toBe(1);
});

test('an unreadable snapshot is passed over: the history loads from LL2 as without one', async ({
  page,
}) => {
  await serveSnapshot(page, files, files.get('docking-events.json')!.slice(0, 5000));
  const ll2 = await fakeLL2(page, events);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '555 events' })).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(6);
});

test("a long history shows its newest events from the snapshot's own file while its parts are on their way", async ({
  page,
}) => {
  expect([...files.keys()]).toEqual(['docking-events.json']);
  expect([...longFiles.keys()].sort()).toEqual([
    'docking-events.1.json',
    'docking-events.2.json',
    'docking-events.3.json',
    'docking-events.json',
  ]);
  await serveSnapshot(page, longFiles);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/snapshot/docking-events.2.json', async (route) => {
    await released;
    await route.fallback();
  });
  const ll2 = await fakeLL2(page, longEvents);
  await page.goto('/');

  const status = page.getByRole('group', { name: 'Data status' });
  await expect(status).toContainText('Loaded 734 of 1,234 events');
  const rows = page.getByRole('table', { name: 'Docking events' }).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  expect(ll2.requests).toHaveLength(0);

  release();
  await expect(page.getByRole('heading', { name: '1,234 events' })).toBeVisible();
  await expect(status).toContainText('updated');
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(1);
});

test('a part of the snapshot gone missing: the history loads from LL2 as without one', async ({
  page,
}) => {
  await serveSnapshot(page, longFiles);
  await page.route('**/snapshot/docking-events.2.json', (route) => route.fulfill({ status: 404 }));
  const ll2 = await fakeLL2(page, longEvents);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '1,234 events' })).toBeVisible();
  await waitUntilSettled(page);
  expect(ll2.requests).toHaveLength(13);
  await expect(page.getByRole('group', { name: 'Data status' })).not.toContainText('snapshot');
});
