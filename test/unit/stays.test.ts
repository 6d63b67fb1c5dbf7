import { describe, expect, it } from 'vitest';
import { parseDockingEvents, type DockingEvent } from '../../src/api/schemas';
import { buildDockings } from '../support/dockings';
import { mergeDockings, type Docking } from '../../src/domain/docking';
import { normalizeDockingEvent } from '../../src/api/normalize';
import { exportRows } from '../../src/domain/export';
import {
  coversInstant,
  dockedAt,
  eventInstants,
  journeys,
  portStats,
  relocations,
  stepInstant,
  trafficByYear,
} from '../../src/domain/occupancy';
import { filterDockings, stayEnd } from '../../src/domain/select';
import type { ViewFilters } from '../../src/domain/view-state';
import { devDockingPage } from '../support/fixtures';

/*
 * Stays the data contradicts: no departure recorded, but the port was used again (or the same
 * spacecraft flight docked again). Built from a real LL2 event, changed where each case needs it.
 */

const FETCHED = Date.parse('2026-11-01T00:00:00Z');
const NO_FILTERS: ViewFilters = {
  station: [],
  port: [],
  vehicle: [],
  agency: [],
  status: null,
  from: null,
  to: null,
  q: '',
};
const ISS = { id: 4, name: 'International Space Station', image: null };

function event(
  id: number,
  port: [number, string],
  docking: string,
  departure: string | null,
  flight: number,
  station: typeof ISS | null = ISS,
): DockingEvent {
  const real = structuredClone(devDockingPage().results[0]!) as DockingEvent;
  return {
    ...real,
    id,
    docking,
    departure,
    docking_location: {
      ...real.docking_location,
      id: port[0],
      name: port[1],
      spacestation: station,
    },
    space_station_target: station,
    flight_vehicle_chaser: { ...real.flight_vehicle_chaser!, id: flight },
  };
}

const HARMONY_FWD: [number, string] = [19, 'Harmony forward'];
const HARMONY_ZEN: [number, string] = [30, 'Harmony zenith'];
const ZVEZDA_AFT: [number, string] = [2, 'Zvezda aft'];

const build = (events: DockingEvent[]) => {
  const parsed = parseDockingEvents(events);
  expect(parsed.invalidCount).toBe(0);
  return new Map(
    buildDockings([{ events: parsed.events, fetchedAt: FETCHED }]).map((d) => [d.id, d]),
  );
};

describe('an open stay whose port was used again', () => {
  const dockings = build([
    event(1, HARMONY_FWD, '2020-11-17T04:01:00Z', null, 101), // Resilience: departure never recorded
    event(2, HARMONY_FWD, '2025-03-16T06:04:00Z', null, 102), // a later Dragon at the same port
    event(3, ZVEZDA_AFT, '2025-07-05T19:27:00Z', null, 103), // open, nothing since
  ]);

  it('ended, unrecorded, before the next docking there: bounded by it', () => {
    const stale = dockings.get(1)!;
    expect(stale.status).toBe('departure-unrecorded');
    expect(stale.departed).toBeNull();
    expect(stale.endedBy).toEqual({ id: 2, docked: Date.parse('2025-03-16T06:04:00Z') });
    expect(stayEnd(stale)).toBe(Date.parse('2025-03-16T06:04:00Z'));
    // 4 years, 3 months and a bit: an upper bound.
    expect(stale.durationMs).toBe(
      Date.parse('2025-03-16T06:04:00Z') - Date.parse('2020-11-17T04:01:00Z'),
    );
  });

  it('leaves the later stay and a stay with nothing since open', () => {
    expect(dockings.get(2)).toMatchObject({ status: 'docked', endedBy: null });
    expect(dockings.get(3)).toMatchObject({ status: 'docked', endedBy: null });
  });

  it('is not docked now, nor among the "still docked"; "departed" takes it in', () => {
    const all = [...dockings.values()];
    expect(dockedAt(all, null)[0]!.stays.map((d) => d.id)).toEqual([2, 3]);
    const ids = (status: 'docked' | 'departed') =>
      filterDockings(all, { ...NO_FILTERS, status }, 'utc').map((d) => d.id);
    expect(ids('docked')).toEqual([3, 2]);
    expect(ids('departed')).toEqual([1]);
  });

  it('is exported with no departure and the reason', () => {
    const row = exportRows([dockings.get(1)!])[0]!;
    expect(row.departed).toBeNull();
    expect(row.status).toBe('departure-unrecorded');
    expect(row.departure_note).toBe(
      'not recorded; it left before docking 2 at 2025-03-16T06:04:00.000Z',
    );
    expect(exportRows([dockings.get(3)!])[0]!.departure_note).toBe(
      'not recorded; still docked as of 2026-11-01T00:00:00.000Z',
    );
  });

  it('counts in the port statistics only up to the next docking', () => {
    const window = { start: Date.parse('2024-01-01T00:00Z'), end: Date.parse('2026-01-01T00:00Z') };
    const harmony = portStats([...dockings.values()], window).find((s) => s.port.id === 19)!;
    // 1 Jan 2024 – 16 Mar 2025 06:04 by the bounded stay, then 16 Mar 2025 06:04 – 1 Jan 2026.
    expect(harmony.occupiedMs).toBe(window.end - window.start);
    expect(harmony.longest?.durationMs).toBe(
      Date.parse('2025-03-16T06:04:00Z') - Date.parse('2020-11-17T04:01:00Z'),
    );
  });
});

describe('edge cases', () => {
  it('two dockings in the same minute at one port do not end each other', () => {
    const dockings = build([
      event(1, HARMONY_FWD, '2025-01-01T10:00:00Z', null, 101),
      event(2, HARMONY_FWD, '2025-01-01T10:00:00Z', null, 102),
    ]);
    expect(dockings.get(1)!.status).toBe('docked');
    expect(dockings.get(2)!.status).toBe('docked');
  });

  it('a stay whose departure is recorded is never changed', () => {
    const dockings = build([
      event(1, HARMONY_FWD, '2025-01-01T10:00:00Z', '2025-02-01T10:00:00Z', 101),
      event(2, HARMONY_FWD, '2025-01-15T10:00:00Z', null, 102),
    ]);
    expect(dockings.get(1)).toMatchObject({ status: 'departed', endedBy: null });
  });

  it('the same spacecraft flight docking elsewhere ends its open stay, at the earliest of the two', () => {
    const dockings = build([
      event(1, HARMONY_FWD, '2025-01-01T10:00:00Z', null, 101),
      event(2, HARMONY_ZEN, '2025-01-20T10:00:00Z', null, 101), // relocated, departure not recorded
      event(3, HARMONY_FWD, '2025-03-01T10:00:00Z', null, 102), // the port used again, later
    ]);
    expect(dockings.get(1)!.endedBy).toEqual({ id: 2, docked: Date.parse('2025-01-20T10:00:00Z') });
    expect(dockings.get(2)!.status).toBe('docked');
  });

  it('a relocation back to the same port: the first stay ends at the move, the last is open', () => {
    const dockings = build([
      event(1, HARMONY_FWD, '2025-01-01T10:00:00Z', null, 101),
      event(2, HARMONY_ZEN, '2025-01-20T10:00:00Z', '2025-02-10T09:00:00Z', 101),
      event(3, HARMONY_FWD, '2025-02-10T10:00:00Z', null, 101),
    ]);
    expect(dockings.get(1)!.endedBy?.id).toBe(2);
    expect(dockings.get(3)).toMatchObject({ status: 'docked', endedBy: null });
  });

  it('works for a port away from any station', () => {
    const dockings = build([
      event(1, [900, 'Crew Dragon forward'], '2025-01-01T10:00:00Z', null, 101, null),
      event(2, [900, 'Crew Dragon forward'], '2025-01-02T10:00:00Z', null, 102, null),
    ]);
    expect(dockings.get(1)!.status).toBe('departure-unrecorded');
  });

  it('keeps every stay it does not change as it was', () => {
    const parsed = parseDockingEvents([
      event(1, HARMONY_FWD, '2025-01-01T10:00:00Z', null, 101),
      event(2, ZVEZDA_AFT, '2025-01-02T10:00:00Z', null, 102),
    ]).events;
    // Pages are normalized once, when they arrive; merging them again keeps each stay's identity.
    const page = parsed.map((event) => normalizeDockingEvent(event, FETCHED));
    const first = mergeDockings([page]);
    const second = mergeDockings([page]);
    expect(second[0]).toBe(first[0]);
  });
});

describe('coversInstant and dockedAt', () => {
  const dockings: Docking[] = [
    ...build([
      event(1, HARMONY_FWD, '2011-07-08T10:00:00Z', '2011-07-12T10:00:00Z', 101),
      event(2, HARMONY_ZEN, '2011-07-10T12:00:00Z', '2011-07-20T06:00:00Z', 102),
      event(3, HARMONY_ZEN, '2011-07-05T00:00:00Z', '2011-07-11T00:00:00Z', 103), // overlaps 2
      event(4, ZVEZDA_AFT, '2011-07-10T12:00:00Z', null, 104),
      event(5, ZVEZDA_AFT, '2012-01-01T00:00:00Z', null, 105),
    ]).values(),
  ];
  const at = Date.parse('2011-07-10T12:00:00Z');

  it('takes a stay from the minute it docked up to (not including) the minute it left', () => {
    const byId = new Map(dockings.map((d) => [d.id, d]));
    expect(coversInstant(byId.get(2)!, at)).toBe(true);
    expect(coversInstant(byId.get(2)!, at - 60_000)).toBe(false);
    expect(coversInstant(byId.get(1)!, Date.parse('2011-07-12T10:00:00Z'))).toBe(false);
    expect(coversInstant(byId.get(1)!, Date.parse('2011-07-12T09:59:00Z'))).toBe(true);
    // Ended unrecorded by stay 5: covered before it, not from its docking on.
    expect(coversInstant(byId.get(4)!, Date.parse('2011-12-31T23:59:00Z'))).toBe(true);
    expect(coversInstant(byId.get(4)!, Date.parse('2012-01-01T00:00:00Z'))).toBe(false);
    // Open: as far as the data knows, still there.
    expect(coversInstant(byId.get(5)!, Date.parse('2030-01-01T00:00:00Z'))).toBe(true);
  });

  it('lists, per station, every stay covering the instant, two at one port included', () => {
    const groups = dockedAt(dockings, at);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.stays.map((d) => `${d.port.name} ${d.id}`)).toEqual([
      'Harmony forward 1',
      'Harmony zenith 3',
      'Harmony zenith 2',
      'Zvezda aft 4',
    ]);
  });
});

describe('stepping the docked-at instant', () => {
  const dockings = [
    ...build([
      event(1, HARMONY_FWD, '2011-07-08T10:00:00Z', '2011-07-12T10:00:30Z', 101),
      event(2, HARMONY_ZEN, '2011-07-10T12:00:00Z', null, 102),
      event(3, ZVEZDA_AFT, '2011-07-10T12:00:00Z', '2011-07-11T00:00:00Z', 103),
    ]).values(),
  ];
  const instants = eventInstants(dockings);

  it('steps over every docking and departure once, to the minute at which it has happened', () => {
    expect(instants.map((ms) => new Date(ms).toISOString())).toEqual([
      '2011-07-08T10:00:00.000Z',
      '2011-07-10T12:00:00.000Z',
      '2011-07-11T00:00:00.000Z',
      '2011-07-12T10:01:00.000Z',
    ]);
  });

  it('goes to the next or previous one, and nowhere past the ends', () => {
    const at = Date.parse('2011-07-10T12:00:00Z');
    expect(stepInstant(instants, at, 1)).toBe(Date.parse('2011-07-11T00:00:00Z'));
    expect(stepInstant(instants, at, -1)).toBe(Date.parse('2011-07-08T10:00:00Z'));
    expect(stepInstant(instants, Date.parse('2011-07-10T11:00:00Z'), 1)).toBe(at);
    expect(stepInstant(instants, Date.parse('2011-07-08T10:00:00Z'), -1)).toBeNull();
    expect(stepInstant(instants, Date.parse('2011-07-12T10:01:00Z'), 1)).toBeNull();
  });
});

describe('relocations', () => {
  it('pairs consecutive stays of one flight: at or after the departure, within a few days', () => {
    const dockings = [
      ...build([
        event(1, HARMONY_FWD, '2025-01-01T10:00:00Z', '2025-02-01T10:00:00Z', 101),
        event(2, HARMONY_ZEN, '2025-02-01T10:40:00Z', '2025-03-01T10:00:00Z', 101), // moved
        event(3, HARMONY_FWD, '2025-03-05T10:00:00Z', null, 101), // 4 days later: not a move
        event(4, ZVEZDA_AFT, '2025-01-10T10:00:00Z', '2025-01-20T10:00:00Z', 102),
      ]).values(),
    ];
    const moves = relocations(dockings);
    expect(moves.map((move) => [move.from.id, move.to.id])).toEqual([[1, 2]]);
    const journey = journeys(moves);
    expect(journey.get(1)).toEqual({ from: null, to: moves[0] });
    expect(journey.get(2)).toEqual({ from: moves[0], to: null });
    expect(journey.has(3)).toBe(false);
  });

  it('counts a move back to the same port, in the same minute as the departure', () => {
    const dockings = [
      ...build([
        event(1, HARMONY_FWD, '2025-01-01T10:00:00Z', '2025-02-01T10:00:00Z', 101),
        event(2, HARMONY_ZEN, '2025-02-01T10:00:00Z', '2025-02-02T09:00:00Z', 101),
        event(3, HARMONY_FWD, '2025-02-02T09:30:00Z', null, 101),
      ]).values(),
    ];
    expect(relocations(dockings).map((move) => [move.from.id, move.to.id])).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it('takes a stay whose departure was not recorded as ending at the next docking of its flight', () => {
    const dockings = [
      ...build([
        event(1, HARMONY_FWD, '2025-01-01T10:00:00Z', null, 101),
        event(2, HARMONY_ZEN, '2025-01-20T10:00:00Z', null, 101),
      ]).values(),
    ];
    expect(relocations(dockings).map((move) => [move.from.id, move.to.id])).toEqual([[1, 2]]);
  });

  it('does not pair stays of one flight that overlap, nor stays of other chasers', () => {
    const dockings = [
      ...build([
        event(1, HARMONY_FWD, '2025-01-01T10:00:00Z', '2025-02-01T10:00:00Z', 101),
        event(2, HARMONY_ZEN, '2025-01-31T10:00:00Z', '2025-03-01T10:00:00Z', 101),
        event(3, ZVEZDA_AFT, '2025-03-01T10:00:00Z', null, 102),
      ]).values(),
    ];
    expect(relocations(dockings)).toEqual([]);
  });
});

describe('traffic per year', () => {
  const dockings = [
    ...build([
      event(1, HARMONY_FWD, '2009-03-01T10:00:00Z', '2009-04-01T10:00:00Z', 101),
      event(2, HARMONY_ZEN, '2011-12-31T23:30:00Z', '2012-01-05T10:00:00Z', 102),
      event(3, ZVEZDA_AFT, '2011-06-01T10:00:00Z', null, 103),
    ]).values(),
  ];
  const byFlight = (docking: Docking) => (docking.flight === 102 ? 'b' : 'a');

  it('counts the dockings that began each year, every year between the first and last', () => {
    expect(
      trafficByYear(dockings, 'utc', byFlight).map((year) => [
        year.year,
        year.total,
        Object.fromEntries(year.counts),
      ]),
    ).toEqual([
      [2009, 1, { a: 1 }],
      [2010, 0, {}],
      [2011, 2, { a: 1, b: 1 }],
    ]);
    expect(trafficByYear([], 'utc', byFlight)).toEqual([]);
  });
});
