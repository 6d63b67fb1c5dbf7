import { describe, expect, it } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { buildDockings } from '../support/dockings';
import type { Docking } from '../../src/domain/docking';
import { trafficByYear } from '../../src/domain/occupancy';
import { filterDockings, timeWindow } from '../../src/domain/select';
import { dayOf, timeTicks } from '../../src/domain/timeline';
import { parseViewState } from '../../src/domain/view-state';
import { formatDate, formatDateTime, formatRelative } from '../../src/lib/format';
import { devDockingPage } from '../support/fixtures';

/*
 * The unit tests run in three zones (see vite.config.ts): what "local" means is written out for
 * each, by hand, from the zones' rules — Los Angeles is UTC−8, or UTC−7 from the second Sunday of
 * March to the first Sunday of November; Kolkata is UTC+5:30 all year.
 */
type Zone = 'UTC' | 'America/Los_Angeles' | 'Asia/Kolkata';
const zone = (process.env.TZ ?? 'UTC') as Zone;
const inThisZone = <T>(values: Record<Zone, T>): T => values[zone];
const iso = (ms: number) => new Date(ms).toISOString();

it('runs in one of the zones this file is written for', () => {
  expect(['UTC', 'America/Los_Angeles', 'Asia/Kolkata']).toContain(zone);
});

describe('formatting a moment', () => {
  const april = Date.parse('2025-04-22T12:40:00Z');
  const january = Date.parse('2025-01-15T03:30:00Z');

  it('in UTC reads the same in every zone', () => {
    expect(formatDateTime(april, 'utc')).toBe('22 Apr 2025 12:40 UTC');
    expect(formatDateTime(january, 'utc')).toBe('15 Jan 2025 03:30 UTC');
    expect(formatDate(january, 'utc')).toBe('15 Jan 2025');
  });

  it('in local time reads the browser zone, summer time included', () => {
    expect(formatDateTime(april, 'local')).toBe(
      inThisZone({
        UTC: '22 Apr 2025 12:40 GMT+0',
        'America/Los_Angeles': '22 Apr 2025 05:40 GMT-7',
        'Asia/Kolkata': '22 Apr 2025 18:10 GMT+5:30',
      }),
    );
    expect(formatDateTime(january, 'local')).toBe(
      inThisZone({
        UTC: '15 Jan 2025 03:30 GMT+0',
        'America/Los_Angeles': '14 Jan 2025 19:30 GMT-8',
        'Asia/Kolkata': '15 Jan 2025 09:00 GMT+5:30',
      }),
    );
    expect(formatDate(january, 'local')).toBe(
      inThisZone({
        UTC: '15 Jan 2025',
        'America/Los_Angeles': '14 Jan 2025',
        'Asia/Kolkata': '15 Jan 2025',
      }),
    );
  });

  it('counts days ago on the local clock, across a change out of summer time', () => {
    // Los Angeles left summer time on 1 Nov 2026: 30 days and 30 minutes before 28 Nov 12:00 UTC
    // is 29 days and 23 h 30 min on its clocks.
    const now = Date.parse('2026-11-28T12:00:00Z');
    const before = now - 30 * 86_400_000 - 30 * 60_000;
    expect(formatRelative(before, now)).toBe(
      inThisZone({
        UTC: '30 days ago',
        'America/Los_Angeles': '29 days ago',
        'Asia/Kolkata': '30 days ago',
      }),
    );
  });

  it('gives the day of a moment in the view zone', () => {
    const evening = Date.parse('2025-10-29T19:43:00Z');
    expect(dayOf(evening, 'utc')).toBe('2025-10-29');
    expect(dayOf(evening, 'local')).toBe(
      inThisZone({
        UTC: '2025-10-29',
        'America/Los_Angeles': '2025-10-29',
        'Asia/Kolkata': '2025-10-30',
      }),
    );
    const night = Date.parse('2025-04-22T03:00:00Z');
    expect(dayOf(night, 'local')).toBe(
      inThisZone({
        UTC: '2025-04-22',
        'America/Los_Angeles': '2025-04-21',
        'Asia/Kolkata': '2025-04-22',
      }),
    );
  });
});

describe('the time window of whole days', () => {
  it('in UTC is the same in every zone', () => {
    const window = timeWindow('2025-03-09', '2025-03-09', 'utc');
    expect([iso(window.start), iso(window.end)]).toEqual([
      '2025-03-09T00:00:00.000Z',
      '2025-03-10T00:00:00.000Z',
    ]);
  });

  it('in local time runs from local midnight to local midnight, 23 hours on the day clocks go forward', () => {
    const window = timeWindow('2025-03-09', '2025-03-09', 'local');
    expect([iso(window.start), iso(window.end)]).toEqual(
      inThisZone({
        UTC: ['2025-03-09T00:00:00.000Z', '2025-03-10T00:00:00.000Z'],
        'America/Los_Angeles': ['2025-03-09T08:00:00.000Z', '2025-03-10T07:00:00.000Z'],
        'Asia/Kolkata': ['2025-03-08T18:30:00.000Z', '2025-03-09T18:30:00.000Z'],
      }),
    );
  });

  it('…and 25 hours on the day they go back', () => {
    const window = timeWindow('2025-11-02', '2025-11-02', 'local');
    expect([iso(window.start), iso(window.end)]).toEqual(
      inThisZone({
        UTC: ['2025-11-02T00:00:00.000Z', '2025-11-03T00:00:00.000Z'],
        'America/Los_Angeles': ['2025-11-02T07:00:00.000Z', '2025-11-03T08:00:00.000Z'],
        'Asia/Kolkata': ['2025-11-01T18:30:00.000Z', '2025-11-02T18:30:00.000Z'],
      }),
    );
  });

  it('decides which real stays a local-time filter shows', () => {
    const page = devDockingPage();
    // Event 622 moved to 03:00 UTC: the evening before in Los Angeles.
    const event622 = page.results.find((event) => event.id === 622)!;
    event622.docking = '2025-04-22T03:00:00Z';
    const dockings = buildDockings([
      {
        events: parseDockingEvents(page.results).events,
        fetchedAt: Date.parse('2026-04-05T04:17:00Z'),
      },
    ]);
    const ids = (search: string, tz: 'utc' | 'local') =>
      filterDockings(dockings, parseViewState(search), tz).map((docking) => docking.id);

    expect(ids('?to=2025-04-21', 'utc')).toEqual([]);
    expect(ids('?to=2025-04-21', 'local')).toEqual(
      inThisZone({ UTC: [], 'America/Los_Angeles': [622], 'Asia/Kolkata': [] }),
    );
    // 631 docked 29 Oct 2025 19:43 UTC: already 30 Oct in Kolkata.
    expect(ids('?from=2025-10-29&to=2025-10-29', 'utc')).toEqual([631, 630, 629]);
    expect(ids('?from=2025-10-29&to=2025-10-29', 'local')).toEqual(
      inThisZone({
        UTC: [631, 630, 629],
        'America/Los_Angeles': [631, 630, 629],
        'Asia/Kolkata': [630, 629],
      }),
    );
  });
});

describe('axis ticks', () => {
  const range = {
    start: Date.parse('2025-03-09T06:00:00Z'),
    end: Date.parse('2025-03-09T12:00:00Z'),
  };
  const labels = (tz: 'utc' | 'local') => timeTicks(range, tz, 7).map((tick) => tick.label);

  it('fall on whole UTC hours in UTC, whatever the zone', () => {
    expect(labels('utc')).toEqual(['06:00', '07:00', '08:00', '09:00', '10:00', '11:00', '12:00']);
  });

  it('fall on whole local hours in local time, skipping the hour summer time skips', () => {
    expect(labels('local')).toEqual(
      inThisZone({
        UTC: ['06:00', '07:00', '08:00', '09:00', '10:00', '11:00', '12:00'],
        'America/Los_Angeles': ['22:00', '23:00', '9 Mar', '01:00', '03:00', '04:00', '05:00'],
        'Asia/Kolkata': ['12:00', '13:00', '14:00', '15:00', '16:00', '17:00'],
      }),
    );
    const midnight = timeTicks(range, 'local', 7).find((tick) => tick.label === '9 Mar');
    expect(midnight?.major ?? false).toBe(zone === 'America/Los_Angeles');
  });
});

describe('traffic per year', () => {
  // Newest first, as the app holds them; the middle two are a minute either side of a New Year.
  const at = (iso: string, id: number) =>
    ({ id, docked: Date.parse(iso), agency: null }) as unknown as Docking;
  const dockings = [
    at('2012-06-01T00:00:00Z', 4),
    at('2012-01-01T00:10:00Z', 3),
    at('2011-12-31T23:50:00Z', 2),
    at('2011-03-01T00:00:00Z', 1),
  ];
  const counts = (tz: 'utc' | 'local') =>
    trafficByYear(dockings, tz, () => 'all').map((year) => [year.year, year.total]);

  it('counts a year in the chosen zone, where its New Year falls', () => {
    expect(counts('utc')).toEqual([
      [2011, 2],
      [2012, 2],
    ]);
    expect(counts('local')).toEqual(
      inThisZone({
        UTC: [
          [2011, 2],
          [2012, 2],
        ],
        // 23:50 and 00:10 UTC are 15:50 and 16:10 on 31 December in Los Angeles.
        'America/Los_Angeles': [
          [2011, 3],
          [2012, 1],
        ],
        // …and 05:20 and 05:40 on 1 January in Kolkata.
        'Asia/Kolkata': [
          [2011, 1],
          [2012, 3],
        ],
      }),
    );
  });
});
