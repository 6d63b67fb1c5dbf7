import { describe, expect, it } from 'vitest';
import { launchSchema, parseDockingEvents, type DockingEvent } from '../../src/api/schemas';
import { normalizeDockingEvent } from '../../src/api/normalize';
import { buildDockings } from '../support/dockings';
import { normalizeLaunch } from '../../src/api/launch-queries';
import { refreshWindowStart } from '../../src/domain/docking';
import { devDockingPage } from '../support/fixtures';
import { generateDockingHistory } from '../support/generate-history';

const FETCHED = Date.parse('2026-04-05T04:17:00Z');

function realEvents(): DockingEvent[] {
  return parseDockingEvents(devDockingPage().results).events;
}

function realEvent(id: number): DockingEvent {
  const event = realEvents().find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

describe('normalizeDockingEvent', () => {
  it('carries what the drawer shows in the domain model, and no LL2 object', () => {
    const docking = normalizeDockingEvent(realEvent(622), FETCHED);
    expect(docking.details).toMatchObject({
      kind: 'spacecraft',
      name: 'Cargo Dragon C209',
      serialNumber: 'C209',
      agency: { name: 'SpaceX', abbrev: 'SpX' },
      families: ['Dragon', 'Dragon 2'],
      flights: 5,
      timeInSpace: 'P175DT23H36M1S',
      inSpace: false,
      picture: { credit: 'NASA', licence: { name: 'NASA Image and Media Guidelines' } },
    });
    expect(docking.landing).toEqual({
      attempted: true,
      success: true,
      description: 'The Cargo Dragon C209 spacecraft has splashed down in the Pacific Ocean.',
      type: {
        name: 'Parachute Landing',
        abbrev: 'PCL',
        description: 'Unpowered landing using parachute(s).',
      },
      location: { name: 'Pacific Ocean', latitude: null, longitude: null },
    });
    // LL2 names its fields in snake_case (flight_vehicle_chaser, time_in_space…); the model never.
    expect(JSON.stringify(docking)).not.toMatch(/"[a-z]+_[a-z_]+":/);
  });

  it('flattens a spacecraft docking at a station', () => {
    const docking = normalizeDockingEvent(realEvent(622), FETCHED);
    expect(docking).toMatchObject({
      id: 622,
      docked: Date.parse('2025-04-22T12:40:00Z'),
      departed: Date.parse('2025-05-23T16:05:00Z'),
      status: 'departed',
      station: { id: 4, name: 'International Space Station' },
      target: { kind: 'station', id: 4, name: 'International Space Station' },
      port: { id: 30, name: 'Harmony zenith' },
      chaser: { kind: 'spacecraft', name: 'Cargo Dragon C209' },
      vehicle: { id: 7, name: 'Cargo Dragon 2' },
      agency: { id: 121, name: 'SpaceX', abbrev: 'SpX' },
      launch: {
        id: '6f25718d-40d8-4c74-be30-b70674a0dfb3',
        name: 'Falcon 9 Block 5 | Dragon CRS-2 SpX-32',
      },
    });
    expect(docking.durationMs).toBe(
      Date.parse('2025-05-23T16:05:00Z') - Date.parse('2025-04-22T12:40:00Z'),
    );
  });

  it('keeps an open stay open only as of when the data was fetched', () => {
    const docking = normalizeDockingEvent(realEvent(629), FETCHED);
    expect(docking.status).toBe('docked');
    expect(docking.departed).toBeNull();
    expect(docking.asOf).toBe(FETCHED);
    expect(docking.durationMs).toBe(FETCHED - Date.parse('2025-09-13T17:23:00Z'));
  });

  it('names a payload chaser and takes its operator as the agency', () => {
    const event = structuredClone(realEvent(622));
    event.flight_vehicle_chaser = null;
    event.payload_flight_chaser = {
      id: 9,
      destination: null,
      payload: {
        id: 77,
        name: 'Bishop Airlock',
        type: null,
        manufacturer: null,
        operator: { id: 1, name: 'Nanoracks', abbrev: null },
        image: null,
      },
      launch: null,
      landing: null,
    };
    const docking = normalizeDockingEvent(event, FETCHED);
    expect(docking.chaser).toEqual({ kind: 'payload', id: 77, name: 'Bishop Airlock' });
    expect(docking.agency).toEqual({ id: 1, name: 'Nanoracks', abbrev: null });
    expect(docking.vehicle).toBeNull();
    expect(docking.launch).toBeNull();

    // The official schema does not require a payload's name.
    const unnamed = parseDockingEvents([
      {
        ...event,
        payload_flight_chaser: { ...event.payload_flight_chaser, payload: { id: 78, image: null } },
      },
    ]).events[0]!;
    expect(normalizeDockingEvent(unnamed, FETCHED).chaser).toEqual({
      kind: 'payload',
      id: 78,
      name: 'Unnamed payload',
    });
  });

  it('names a station-module chaser', () => {
    const event = structuredClone(realEvent(622));
    event.flight_vehicle_chaser = null;
    event.space_station_chaser = { id: 50, name: 'Nauka', image: null };
    const docking = normalizeDockingEvent(event, FETCHED);
    expect(docking.chaser).toEqual({ kind: 'station', id: 50, name: 'Nauka' });
    expect(docking.agency).toBeNull();
  });

  it('keeps a docking away from any station under its target', () => {
    const event = structuredClone(realEvent(622));
    event.docking_location.spacestation = null;
    event.space_station_target = null;
    event.payload_flight_target = {
      id: 3,
      destination: null,
      payload: {
        id: 8,
        name: 'Intelsat 901',
        type: null,
        manufacturer: null,
        operator: null,
        image: null,
      },
      launch: null,
      landing: null,
    };
    const docking = normalizeDockingEvent(event, FETCHED);
    expect(docking.station).toBeNull();
    expect(docking.target).toEqual({ kind: 'payload', id: 8, name: 'Intelsat 901' });
  });

  it('names a spacecraft target given only by the docking location', () => {
    const event = structuredClone(realEvent(622));
    event.docking_location.spacestation = null;
    event.space_station_target = null;
    event.docking_location.spacecraft = {
      id: 3,
      name: 'Apollo CSM',
      type: null,
      agency: null,
      family: null,
      image: null,
    };
    expect(normalizeDockingEvent(event, FETCHED).target).toEqual({
      kind: 'spacecraft',
      id: 3,
      name: 'Apollo CSM',
    });
  });
});

describe('normalizeDockingEvent, sharing what recurs', () => {
  it('gives equal small parts of two events, read from two pages, one object; unequal ones stay apart', () => {
    // A second copy of the JSON, as another page brings its own copies of what events share.
    const copy = structuredClone(realEvent(622));
    copy.id = 9622;
    copy.docking_location = { ...copy.docking_location, id: 9999, name: 'Another port' };
    const first = normalizeDockingEvent(realEvent(622), FETCHED);
    const second = normalizeDockingEvent(copy, FETCHED);
    expect(first.station).toBe(second.station);
    expect(first.agency).toBe(second.agency);
    expect(first.landing!.type).toBe(second.landing!.type);
    expect(first.details.picture!.licence).toBe(second.details.picture!.licence);
    expect(first.port).toEqual({ id: 30, name: 'Harmony zenith' });
    expect(second.port).toEqual({ id: 9999, name: 'Another port' });
    // What is mostly unique stays each event's own, equal or not.
    expect(first.details).toEqual(second.details);
    expect(first.details).not.toBe(second.details);
  });
});

describe('buildDockings', () => {
  it('orders newest docking first and keeps one record per id, the latest fetched', () => {
    const events = realEvents();
    const refreshed = structuredClone(realEvent(629));
    refreshed.departure = '2026-05-01T10:00:00Z';
    const dockings = buildDockings([
      { events, fetchedAt: FETCHED },
      { events: [events[2]!, events[0]!], fetchedAt: FETCHED - 1000 },
      { events: [refreshed], fetchedAt: FETCHED + 1000 },
    ]);
    expect(dockings.map((docking) => docking.id)).toEqual([631, 630, 629, 624, 622]);
    expect(dockings.find((docking) => docking.id === 629)).toMatchObject({
      status: 'departed',
      asOf: FETCHED + 1000,
    });
  });
});

describe('refreshWindowStart', () => {
  it('starts at the oldest stay that may still end, or at the newest docking', () => {
    const dockings = buildDockings([{ events: realEvents(), fetchedAt: FETCHED }]);
    expect(refreshWindowStart(dockings)).toBe(Date.parse('2025-09-13T17:23:00Z'));
    const allDeparted = dockings.filter((docking) => docking.status === 'departed');
    expect(refreshWindowStart(allDeparted)).toBe(Date.parse('2025-10-29T19:43:00Z'));
    expect(refreshWindowStart([])).toBeNull();
  });

  it('ignores stays left open for years, such as modules', () => {
    const events = parseDockingEvents(generateDockingHistory({ seed: 3, count: 400 })).events;
    const dockings = buildDockings([{ events, fetchedAt: Date.parse('2026-11-01T00:00:00Z') }]);
    const start = refreshWindowStart(dockings)!;
    const newest = dockings[0]!.docked;
    expect(newest - start).toBeLessThan(2 * 366 * 24 * 3600 * 1000);
    expect(dockings.filter((docking) => docking.docked >= start).length).toBeLessThanOrEqual(100);
  });
});

describe('normalizeDockingEvent, where the data says little', () => {
  it('takes the station from the target when the docking location does not name it', () => {
    const event = structuredClone(realEvent(622));
    event.docking_location.spacestation = null;
    const docking = normalizeDockingEvent(event, FETCHED);
    expect(docking.station).toEqual({ id: 4, name: 'International Space Station' });
    expect(docking.target).toEqual({ kind: 'station', id: 4, name: 'International Space Station' });
  });

  it('names a target it cannot tell "Unknown target", apart from every real one', () => {
    const event = structuredClone(realEvent(622));
    event.docking_location.spacestation = null;
    event.space_station_target = null;
    const docking = normalizeDockingEvent(event, FETCHED);
    expect(docking.target).toEqual({ kind: 'station', id: -30, name: 'Unknown target' });
    expect(docking.station).toBeNull();
  });

  it('names a payload of blank name "Unnamed payload" and a launch without one "Unnamed launch"', () => {
    const event = structuredClone(realEvent(622));
    event.docking_location.spacestation = null;
    event.space_station_target = null;
    event.docking_location.payload = {
      id: 5,
      name: '   ',
      type: null,
      manufacturer: null,
      operator: null,
      image: null,
    };
    event.flight_vehicle_chaser!.launch!.name = null as unknown as string;
    const docking = normalizeDockingEvent(event, FETCHED);
    expect(docking.target).toEqual({ kind: 'payload', id: 5, name: 'Unnamed payload' });
    expect(docking.launch).toEqual({
      id: event.flight_vehicle_chaser!.launch!.id,
      name: 'Unnamed launch',
    });
  });

  it('refuses an event with no chaser, which the schema never lets through', () => {
    const event = structuredClone(realEvent(622));
    event.flight_vehicle_chaser = null;
    expect(() => normalizeDockingEvent(event, FETCHED)).toThrow('docking event 622 has no chaser');
  });
});

describe('buildDockings, more closely', () => {
  it('takes the later batch for an id fetched twice at the same moment', () => {
    const first = structuredClone(realEvent(629));
    const second = structuredClone(realEvent(629));
    second.departure = '2026-05-01T10:00:00Z';
    const [docking] = buildDockings([
      { events: [first], fetchedAt: FETCHED },
      { events: [second], fetchedAt: FETCHED },
    ]);
    expect(docking!.status).toBe('departed');
  });

  it('orders dockings of the same moment by id, highest first', () => {
    const a = structuredClone(realEvent(622));
    const b = structuredClone(realEvent(622));
    b.id = 9;
    const c = structuredClone(realEvent(622));
    c.id = 700;
    const ids = buildDockings([{ events: [b, a, c], fetchedAt: FETCHED }]).map((d) => d.id);
    expect(ids).toEqual([700, 622, 9]);
  });
});

describe('refreshWindowStart at its two-year edge', () => {
  it('counts a stay opened exactly two years before the newest docking, not one a minute older', () => {
    const newest = structuredClone(realEvent(631));
    const twoYears = 2 * 365 * 24 * 60 * 60 * 1000;
    const atEdge = structuredClone(realEvent(629));
    atEdge.id = 1;
    atEdge.docking = new Date(Date.parse(newest.docking) - twoYears).toISOString();
    const older = structuredClone(atEdge);
    older.id = 2;
    older.docking = new Date(Date.parse(atEdge.docking) - 60_000).toISOString();
    const withEdge = buildDockings([{ events: [newest, atEdge], fetchedAt: FETCHED }]);
    expect(new Date(refreshWindowStart(withEdge)!).toISOString()).toBe('2023-10-30T19:43:00.000Z');
    const withOlder = buildDockings([{ events: [newest, older], fetchedAt: FETCHED }]);
    expect(new Date(refreshWindowStart(withOlder)!).toISOString()).toBe('2025-10-29T19:43:00.000Z');
  });
});

describe('normalizeLaunch', () => {
  it('keeps what the drawer shows of a launch, as plain values', () => {
    const launch = launchSchema.parse({
      id: 'f0c1',
      name: 'Soyuz 2.1a | Progress MS-31',
      net: '2025-07-03T19:32:09Z',
      status: { name: 'Launch Successful', abbrev: 'Success' },
      launch_service_provider: { name: 'Russian Federal Space Agency (ROSCOSMOS)' },
      rocket: { configuration: { name: 'Soyuz 2.1a', full_name: ' Soyuz 2.1a ' } },
      pad: { name: '31/6', location: { name: 'Baikonur Cosmodrome, Republic of Kazakhstan' } },
      mission: {
        name: 'Progress MS-31 (92P)',
        description: ' Cargo to the ISS. ',
        orbit: { name: 'Low Earth Orbit' },
      },
      extra_field: 'ignored',
    });
    expect(normalizeLaunch(launch)).toEqual({
      net: Date.UTC(2025, 6, 3, 19, 32, 9),
      rocket: 'Soyuz 2.1a',
      provider: 'Russian Federal Space Agency (ROSCOSMOS)',
      pad: '31/6, Baikonur Cosmodrome, Republic of Kazakhstan',
      status: 'Launch Successful',
      mission: 'Progress MS-31 (92P)',
      orbit: 'Low Earth Orbit',
      description: 'Cargo to the ISS.',
    });
  });

  it('says null for what LL2 leaves out, blank or unreadable', () => {
    const launch = launchSchema.parse({
      id: 'x',
      name: 'Unknown',
      net: 'soon',
      rocket: { configuration: { name: 'Falcon 9', full_name: '  ' } },
      pad: { name: ' ', location: { name: 'Cape Canaveral SFS' } },
      mission: null,
    });
    expect(normalizeLaunch(launch)).toEqual({
      net: null,
      rocket: 'Falcon 9',
      provider: null,
      pad: 'Cape Canaveral SFS',
      status: null,
      mission: null,
      orbit: null,
      description: null,
    });
  });
});
