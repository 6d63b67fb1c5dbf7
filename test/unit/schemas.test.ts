import { describe, expect, it } from 'vitest';
import {
  dockingEventSchema,
  pageEnvelopeSchema,
  parseDockingEvents,
  spaceStationPortsSchema,
} from '../../src/api/schemas';
import { generateDockingHistory } from '../support/generate-history';
import { devDockingPage, issStation } from '../support/fixtures';

describe('docking event schema', () => {
  it('reads every event of a real LL2 page', () => {
    const page = pageEnvelopeSchema.parse(devDockingPage());
    const { events, invalidCount } = parseDockingEvents(page.results);
    expect(invalidCount).toBe(0);
    expect(events.map((event) => event.id)).toEqual([622, 630, 629, 624, 631]);
    const cygnus = events.find((event) => event.id === 630);
    expect(cygnus?.flight_vehicle_chaser?.spacecraft.name).toBe(
      'Cygnus CRS NG-23 (S.S. William “Willie” C. McCool)',
    );
    expect(events.find((event) => event.id === 629)?.departure).toBeNull();
  });

  it('reads the ISS port list of a real station response', () => {
    const station = spaceStationPortsSchema.parse(issStation());
    expect(station.name).toBe('International Space Station');
    expect(station.docking_location).toHaveLength(18);
    expect(station.docking_location.map((port) => port.name)).toContain('Harmony zenith');
  });

  it('keeps the real nulls: no station, no landing, no launch, no images', () => {
    const variant = dockingEventSchema.parse(devDockingPage().results[0]);
    variant.docking_location.spacestation = null;
    variant.space_station_target = null;
    const flight = variant.flight_vehicle_chaser!;
    flight.landing = null;
    flight.launch = null;
    flight.spacecraft.image = null;
    flight.spacecraft.spacecraft_config!.agency = null;
    Object.assign(variant, { unknown_new_field: { anything: true } });
    expect(dockingEventSchema.safeParse(variant).success).toBe(true);
  });

  it('counts the events it cannot read and keeps the others', () => {
    const [good, other] = devDockingPage().results;
    const noId = { ...good, id: 'x' };
    const badDate = { ...other, docking: 'yesterday' };
    const noChaser = { ...good, id: 5, flight_vehicle_chaser: null };
    const result = parseDockingEvents([good, noId, badDate, other, noChaser, null]);
    expect(result.events.map((event) => event.id)).toEqual([622, 630]);
    expect(result.invalidCount).toBe(4);
    // The ones with a usable id, so that one read twice is counted once.
    expect(result.invalidIds).toEqual([630, 5]);
  });

  it('reads every generated event', () => {
    const { invalidCount, events } = parseDockingEvents(
      generateDockingHistory({ seed: 7, count: 300 }),
    );
    expect(invalidCount).toBe(0);
    expect(events).toHaveLength(300);
  });

  it('rejects a page that is not a page', () => {
    expect(pageEnvelopeSchema.safeParse({ detail: 'Not found.' }).success).toBe(false);
    expect(pageEnvelopeSchema.safeParse({ count: 1, results: 'nope' }).success).toBe(false);
  });
});
