import { describe, expect, it } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { buildDockings } from '../support/dockings';
import { type Docking } from '../../src/domain/docking';
import { DAY_MS } from '../../src/lib/time';
import {
  buildTimelineGroups,
  chooseTickStep,
  packStays,
  packedLanes,
  panWindow,
  shiftWindow,
  staysExtent,
  timeScale,
  timeTicks,
  viewRange,
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

describe("a history's packed lanes", () => {
  const long = stay(1, '2025-01-01T00:00Z', '2025-06-01T00:00Z');
  const short = stay(2, '2025-02-01T00:00Z', '2025-02-10T00:00Z');
  const later = stay(3, '2025-07-01T00:00Z', '2025-08-01T00:00Z');
  const history = [long, short, later];
  const packed = packedLanes(buildTimelineGroups(history));
  const lane = (dockings: Docking[]) => buildTimelineGroups(dockings, null, packed)[0]!.lanes[0]!;

  it('give a port that keeps all its stays its two rows, the overlapping pair flagged', () => {
    const kept = lane([later, short, long]);
    expect(kept.subLanes).toBe(2);
    expect(kept.bars.map((bar) => [bar.docking.id, bar.subLane, bar.overlaps])).toEqual([
      [1, 0, true],
      [2, 1, true],
      [3, 0, false],
    ]);
  });

  it('are not used for a port that lost a stay: the one left is not shown as overlapping', () => {
    const kept = lane([short, later]);
    expect(kept.subLanes).toBe(1);
    expect(kept.bars.map((bar) => [bar.docking.id, bar.subLane, bar.overlaps])).toEqual([
      [2, 0, false],
      [3, 0, false],
    ]);
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

  it('shifts by whole days, as many days wide', () => {
    expect(shiftWindow(range, 3, 'utc')).toEqual({ from: '2025-01-04', to: '2025-01-13' });
    expect(shiftWindow(range, -40, 'utc')).toEqual({ from: '2024-11-22', to: '2024-12-01' });
    expect(shiftWindow(range, 0, 'utc')).toEqual({ from: '2025-01-01', to: '2025-01-10' });
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

describe('groups and lanes, more closely', () => {
  const at = (target: Docking['target'], id: number, docked: string, port = byId(622).port) => ({
    ...stay(id, docked, '2020-01-02T00:00Z'),
    target,
    port,
  });
  const MIR = { kind: 'station' as const, id: 3, name: 'Mir' };
  const SKYLAB = { kind: 'station' as const, id: 1, name: 'Skylab' };
  const ALPHA = { kind: 'station' as const, id: 9, name: 'Alpha' };

  it('puts the group with the latest docking first, then by name; a group counts its latest stay', () => {
    const groups = buildTimelineGroups([
      at(SKYLAB, 1, '1973-05-26T00:00Z'),
      at(MIR, 2, '1990-01-01T00:00Z'),
      at(SKYLAB, 3, '1999-01-01T00:00Z'),
      at(ALPHA, 4, '1999-01-01T00:00Z'),
    ]);
    expect(groups.map((group) => group.target.name)).toEqual(['Alpha', 'Skylab', 'Mir']);
  });

  it('orders lanes by port name, then id, and keeps a lane per port', () => {
    const a1 = { id: 2, name: 'Aft' };
    const a2 = { id: 1, name: 'Aft' };
    const fwd = { id: 3, name: 'Forward' };
    const [group] = buildTimelineGroups([
      at(MIR, 1, '1990-01-01T00:00Z', fwd),
      at(MIR, 2, '1991-01-01T00:00Z', a1),
      at(MIR, 3, '1992-01-01T00:00Z', a2),
      at(MIR, 4, '1993-01-01T00:00Z', fwd),
    ]);
    expect(
      group!.lanes.map((lane) => [lane.port.id, lane.bars.map((bar) => bar.docking.id)]),
    ).toEqual([
      [1, [3]],
      [2, [2]],
      [3, [1, 4]],
    ]);
  });

  it('adds empty ports to a station that has stays without repeating a port that has them', () => {
    const port = byId(622).port;
    const [group] = buildTimelineGroups([at(MIR, 1, '1990-01-01T00:00Z', port)], {
      station: { id: MIR.id, name: MIR.name },
      ports: [port, { id: 999, name: 'Kvant aft' }],
    });
    expect(group!.lanes.map((lane) => [lane.port.name, lane.bars.length])).toEqual([
      ['Harmony zenith', 1],
      ['Kvant aft', 0],
    ]);
  });

  it('marks open stays as open and ended ones as not', () => {
    const { bars } = packStays([
      stay(1, '2026-01-01T00:00Z', null),
      stay(2, '2025-01-01T00:00Z', '2025-02-01T00:00Z'),
    ]);
    expect(bars.map((bar) => [bar.docking.id, bar.open])).toEqual([
      [2, false],
      [1, true],
    ]);
  });

  it('flags a stay that overlaps the longest one before it, even past a shorter one', () => {
    const { bars } = packStays([
      stay(1, '2025-01-01T00:00Z', '2025-03-01T00:00Z'),
      stay(2, '2025-01-10T00:00Z', '2025-01-20T00:00Z'),
      stay(3, '2025-02-01T00:00Z', '2025-02-10T00:00Z'),
      stay(4, '2025-03-01T00:00Z', '2025-03-10T00:00Z'),
    ]);
    expect(bars.map((bar) => [bar.docking.id, bar.overlaps])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
  });

  it('orders stays docking at the same moment by id', () => {
    const { bars } = packStays([
      stay(7, '2025-01-01T00:00Z', '2025-01-02T00:00Z'),
      stay(3, '2025-01-01T00:00Z', '2025-01-02T00:00Z'),
    ]);
    expect(bars.map((bar) => bar.docking.id)).toEqual([3, 7]);
  });
});

describe('extents and windows, more closely', () => {
  const now = Date.parse('2026-04-05T00:00Z');

  it('looks at the year before now when there is nothing to show, and at least a day', () => {
    expect(staysExtent([], now)).toEqual({ start: now - 365 * DAY_MS, end: now });
    const instant = { ...stay(1, '2026-01-01T00:00Z', '2026-01-01T00:00Z') };
    expect(staysExtent([instant], now)).toEqual({
      start: Date.parse('2026-01-01T00:00Z'),
      end: Date.parse('2026-01-02T00:00Z'),
    });
  });

  it('uses the window where it is set, else the stays widened by the padding', () => {
    const stays = [stay(1, '2025-01-01T00:00Z', '2025-01-11T00:00Z')];
    expect(viewRange(stays, { start: -Infinity, end: Infinity }, now, 0.1)).toEqual({
      start: Date.parse('2024-12-31T00:00Z'),
      end: Date.parse('2025-01-12T00:00Z'),
    });
    expect(viewRange(stays, { start: 5, end: Infinity }, now, 0.1)).toEqual({
      start: 5,
      end: Date.parse('2025-01-12T00:00Z'),
    });
    expect(viewRange(stays, { start: -Infinity, end: 7 }, now)).toEqual({
      start: Date.parse('2025-01-01T00:00Z'),
      end: 7,
    });
    expect(viewRange(stays, { start: 5, end: 7 }, now, 0.1)).toEqual({ start: 5, end: 7 });
  });

  it('zooms in or out by at least a day, even by a factor too small to make one', () => {
    const tenDays = {
      start: Date.parse('2025-01-01T00:00Z'),
      end: Date.parse('2025-01-11T00:00Z'),
    };
    expect(zoomWindow(tenDays, 1.01, 0, 'utc')).toEqual({ from: '2025-01-01', to: '2025-01-09' });
    expect(zoomWindow(tenDays, 0.99, 0, 'utc')).toEqual({ from: '2025-01-01', to: '2025-01-11' });
    expect(zoomWindow(tenDays, 1, 0, 'utc')).toEqual({ from: '2025-01-01', to: '2025-01-10' });
  });

  it('zooms out of a window 500 years wide, as over a history of 100,000 generated events', () => {
    const fiveCenturies = {
      start: Date.parse('1009-09-29T00:00Z'),
      end: Date.parse('1510-10-13T00:00Z'),
    };
    expect(zoomWindow(fiveCenturies, 1 / 1.5, 0.5, 'utc')).toEqual({
      from: '0884-06-25',
      to: '1636-01-14',
    });
  });
});

describe('ticks, more closely', () => {
  const labels = (start: string, end: string, maxTicks: number) =>
    timeTicks({ start: Date.parse(start), end: Date.parse(end) }, 'utc', maxTicks);

  it('start quarters in January, April, July and October', () => {
    const ticks = labels('2024-02-15T00:00Z', '2025-02-15T00:00Z', 5);
    expect(ticks.map((tick) => tick.label)).toEqual(['Apr', 'Jul', 'Oct', '2025']);
  });

  it('label days with the month, and the first of a month with its year too', () => {
    const ticks = labels('2025-01-29T00:00Z', '2025-02-03T00:00Z', 8);
    expect(ticks.map((tick) => [tick.label, tick.major])).toEqual([
      ['29 Jan', false],
      ['30 Jan', false],
      ['31 Jan', false],
      ['1 Feb 2025', true],
      ['2 Feb', false],
      ['3 Feb', false],
    ]);
  });

  it('put weekly ticks on Mondays', () => {
    const ticks = labels('2025-01-01T00:00Z', '2025-02-01T00:00Z', 5);
    expect(ticks.map((tick) => tick.label)).toEqual(['6 Jan', '13 Jan', '20 Jan', '27 Jan']);
  });

  it('make decades major and other years not', () => {
    const ticks = labels('2018-06-01T00:00Z', '2023-06-01T00:00Z', 6);
    expect(ticks.map((tick) => [tick.label, tick.major])).toEqual([
      ['2019', false],
      ['2020', true],
      ['2021', false],
      ['2022', false],
      ['2023', false],
    ]);
  });

  it('take the finest step that fits exactly as many ticks as asked', () => {
    expect(chooseTickStep({ start: 0, end: 10 * DAY_MS }, 10)).toMatchObject({
      unit: 'day',
      step: 1,
    });
  });

  it('stop at 500 whatever is asked', () => {
    const many = timeTicks({ start: 0, end: 1000 * 3_600_000 }, 'utc', 2000);
    expect(many).toHaveLength(500);
  });
});
