import { describe, expect, it } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { buildDockings, type Docking } from '../../src/domain/docking';
import { DAY_MS } from '../../src/domain/select';
import {
  buildTimelineGroups,
  chooseTickStep,
  packStays,
  panWindow,
  staysExtent,
  timeScale,
  timeTicks,
  windowDays,
  zoomWindow,
} from '../../src/domain/timeline';
import { devDockingPage } from '../support/fixtures';
import { generateDockingHistory } from '../support/generate-history';

const FETCHED = Date.parse('2026-04-05T04:17:00Z');
const real = buildDockings([
  { events: parseDockingEvents(devDockingPage().results).events, fetchedAt: FETCHED },
]);
const byId = (id: number) => real.find((docking) => docking.id === id)!;

/** A copy of a real docking at another time and id, at the same port. */
function stay(id: number, docked: string, departed: string | null): Docking {
  return {
    ...byId(622),
    id,
    docked: Date.parse(docked),
    departed: departed ? Date.parse(departed) : null,
    status: departed ? 'departed' : 'docked',
  };
}

describe('packStays', () => {
  it('puts stays in time order on one sub-lane when they do not overlap', () => {
    const { bars, subLanes } = packStays([
      stay(2, '2025-03-01T00:00Z', '2025-04-01T00:00Z'),
      stay(1, '2025-01-01T00:00Z', '2025-03-01T00:00Z'),
    ]);
    expect(subLanes).toBe(1);
    expect(bars.map((bar) => [bar.docking.id, bar.subLane, bar.overlaps])).toEqual([
      [1, 0, false],
      [2, 0, false],
    ]);
  });

  it('moves overlapping stays to sub-lanes and flags both sides', () => {
    const { bars, subLanes } = packStays([
      stay(1, '2025-01-01T00:00Z', '2025-06-01T00:00Z'),
      stay(2, '2025-02-01T00:00Z', '2025-02-10T00:00Z'),
      stay(3, '2025-03-01T00:00Z', '2025-03-10T00:00Z'),
      stay(4, '2025-07-01T00:00Z', '2025-08-01T00:00Z'),
    ]);
    expect(subLanes).toBe(2);
    expect(bars.map((bar) => [bar.docking.id, bar.subLane, bar.overlaps])).toEqual([
      [1, 0, true],
      [2, 1, true],
      [3, 1, true],
      [4, 0, false],
    ]);
  });

  it('runs an open stay to when the data was fetched, not to today', () => {
    const { bars } = packStays([byId(629)]);
    expect(bars[0]).toMatchObject({ open: true, start: Date.parse('2025-09-13T17:23:00Z') });
    expect(bars[0]!.end).toBe(FETCHED);
  });

  it('flags an open stay that a later docking at its port overlaps', () => {
    const { bars } = packStays([
      stay(1, '2025-01-01T00:00Z', null),
      stay(2, '2025-06-01T00:00Z', '2025-07-01T00:00Z'),
    ]);
    expect(bars.every((bar) => bar.overlaps)).toBe(true);
  });
});

describe('buildTimelineGroups', () => {
  it('groups the real events into ISS lanes, one per port, sorted by name', () => {
    const groups = buildTimelineGroups(real);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.target.name).toBe('International Space Station');
    expect(groups[0]!.lanes.map((lane) => [lane.port.name, lane.bars.length])).toEqual([
      ['Harmony nadir', 1],
      ['Harmony zenith', 2],
      ['Unity nadir', 1],
      ['Zvezda aft', 1],
    ]);
  });

  it("adds a station's empty ports, and keeps non-station targets as their own group", () => {
    const generated = buildDockings([
      {
        events: parseDockingEvents(generateDockingHistory({ seed: 1, count: 300 })).events,
        fetchedAt: Date.parse('2026-11-01T00:00:00Z'),
      },
    ]);
    const iss = generated.filter((docking) => docking.station?.id === 4);
    const groups = buildTimelineGroups(iss, {
      station: { id: 4, name: 'International Space Station' },
      ports: [
        { id: 2, name: 'Zvezda aft' },
        { id: 99, name: 'Unused port' },
      ],
    });
    const lanes = groups[0]!.lanes;
    expect(lanes.find((lane) => lane.port.id === 99)).toEqual({
      port: { id: 99, name: 'Unused port' },
      subLanes: 1,
      bars: [],
    });
    expect(lanes.filter((lane) => lane.port.id === 2)).toHaveLength(1);

    const all = buildTimelineGroups(generated);
    expect(all.map((group) => group.target.kind)).toContain('payload');
    const laneCount = all.reduce((sum, group) => sum + group.lanes.length, 0);
    const barCount = all.reduce(
      (sum, group) => sum + group.lanes.reduce((n, lane) => n + lane.bars.length, 0),
      0,
    );
    expect(barCount).toBe(generated.length);
    expect(laneCount).toBeGreaterThan(10);
  });
});

describe('the time scale and window', () => {
  const range = { start: Date.parse('2025-01-01T00:00Z'), end: Date.parse('2025-01-11T00:00Z') };

  it('maps time to pixels and back', () => {
    const scale = timeScale(range, 1000);
    expect(scale.x(range.start)).toBe(0);
    expect(scale.x(Date.parse('2025-01-06T00:00Z'))).toBe(500);
    expect(scale.time(250)).toBe(Date.parse('2025-01-03T12:00Z'));
  });

  it('covers the stays for "Fit all"', () => {
    expect(staysExtent(real, 0)).toEqual({
      start: Date.parse('2025-04-22T12:40:00Z'),
      end: FETCHED,
    });
  });

  it('zooms about an anchor in whole days, never below one day', () => {
    expect(zoomWindow(range, 2, 0.5, 'utc')).toEqual({ from: '2025-01-04', to: '2025-01-08' });
    expect(zoomWindow(range, 2, 0, 'utc')).toEqual({ from: '2025-01-01', to: '2025-01-05' });
    expect(zoomWindow(range, 0.5, 0.5, 'utc')).toEqual({ from: '2024-12-27', to: '2025-01-15' });
    expect(zoomWindow(range, 1000, 0.5, 'utc')).toEqual({ from: '2025-01-06', to: '2025-01-06' });
  });

  it('pans by a share of the window, at least a day', () => {
    expect(panWindow(range, 0.2, 'utc')).toEqual({ from: '2025-01-03', to: '2025-01-12' });
    expect(panWindow(range, -0.2, 'utc')).toEqual({ from: '2024-12-30', to: '2025-01-08' });
    const oneDay = { start: range.start, end: range.start + DAY_MS };
    expect(panWindow(oneDay, 0.2, 'utc')).toEqual({ from: '2025-01-02', to: '2025-01-02' });
  });

  it('names the days a range covers', () => {
    expect(windowDays(range, 'utc')).toEqual({ from: '2025-01-01', to: '2025-01-10' });
  });
});

describe('ticks', () => {
  const span = (days: number) => ({
    start: Date.parse('2020-01-01T00:00Z'),
    end: Date.parse('2020-01-01T00:00Z') + days * DAY_MS,
  });

  it('choose decades, years, months, days or hours as the zoom changes', () => {
    expect(chooseTickStep(span(70 * 365), 8)).toMatchObject({ unit: 'year', step: 10 });
    expect(chooseTickStep(span(8 * 365), 10)).toMatchObject({ unit: 'year', step: 1 });
    expect(chooseTickStep(span(300), 12)).toMatchObject({ unit: 'month', step: 1 });
    expect(chooseTickStep(span(10), 12)).toMatchObject({ unit: 'day', step: 1 });
    expect(chooseTickStep(span(1), 12)).toMatchObject({ unit: 'hour', step: 3 });
  });

  it('are labelled and aligned in UTC', () => {
    const ticks = timeTicks(
      { start: Date.parse('2024-11-15T00:00Z'), end: Date.parse('2025-03-15T00:00Z') },
      'utc',
      8,
    );
    expect(ticks.map((tick) => tick.label)).toEqual(['Dec', '2025', 'Feb', 'Mar']);
    expect(ticks[1]).toMatchObject({ ms: Date.parse('2025-01-01T00:00Z'), major: true });
    const hours = timeTicks(
      { start: Date.parse('2025-01-01T22:00Z'), end: Date.parse('2025-01-02T05:00Z') },
      'utc',
      4,
    );
    expect(hours.map((tick) => tick.label)).toEqual(
      ['00:00', '03:00'].map((l, i) => (i === 0 ? '2 Jan' : l)),
    );
  });

  it('decades over the whole history', () => {
    const ticks = timeTicks(
      { start: Date.parse('1971-04-19T00:00Z'), end: Date.parse('2026-11-01T00:00Z') },
      'utc',
      8,
    );
    expect(ticks.map((tick) => tick.label)).toEqual(['1980', '1990', '2000', '2010', '2020']);
  });
});
