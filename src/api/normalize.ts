import type { ChaserDetails, ChaserKind, Docking, Landing, Picture, Ref } from '../domain/docking';
import type {
  DockingEvent,
  Image,
  Landing as WireLanding,
  PayloadFlight,
  SpaceStationMini,
  SpacecraftFlight,
} from './schemas';

/*
 * LL2's docking events turned into the domain's `Docking`: every wire shape stops here, so nothing
 * past the API layer branches on LL2's field names. `null` always means "the data does not say".
 */

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;
export const trimmed = (value: string | null | undefined): string | null => value?.trim() || null;

/**
 * One copy of each distinct small part of a docking: the same station, port, agency, picture
 * licence or landing type recurs in thousands of events, and each page's JSON brings its own copies.
 * Equal parts become the same object; nothing changes a part once made. Parts that are mostly unique
 * (a flight, a launch, a spacecraft's details) are not shared: their keys would cost more than they save.
 */
const sharedParts = new Map<string, unknown>();

function shared<T extends object | null>(part: T): T {
  if (part === null) return part;
  const key = JSON.stringify(part);
  const known = sharedParts.get(key) as T | undefined;
  if (known) return known;
  sharedParts.set(key, part);
  return part;
}

/** One copy of each short label that recurs (a spacecraft's status or type, a picture's credit). */
const sharedLabel = (label: string | null) => (label === null ? null : shared({ label }).label);

function picture(image: Image | null | undefined): Picture | null {
  if (!image) return null;
  return {
    thumbnailUrl: orNull(image.thumbnail_url),
    imageUrl: orNull(image.image_url),
    credit: sharedLabel(trimmed(image.credit)),
    licence: image.license
      ? shared({ name: trimmed(image.license.name), link: orNull(image.license.link) })
      : null,
  };
}

const agencyName = (agency: { name: string; abbrev?: string | null } | null | undefined) =>
  agency ? shared({ name: agency.name, abbrev: trimmed(agency.abbrev) }) : null;

/** A coordinate LL2 gives as a number or a numeric string. */
function coordinate(value: number | string | null | undefined): number | null {
  const number = typeof value === 'string' ? Number.parseFloat(value) : value;
  return number === null || number === undefined || !Number.isFinite(number) ? null : number;
}

function landingOf(landing: WireLanding | null | undefined): Landing | null {
  if (!landing) return null;
  const { type, landing_location: location } = landing;
  return {
    attempted: orNull(landing.attempt),
    success: orNull(landing.success),
    description: trimmed(landing.description),
    type: type
      ? shared({
          name: trimmed(type.name),
          abbrev: trimmed(type.abbrev),
          description: trimmed(type.description),
        })
      : null,
    location: location
      ? shared({
          name: trimmed(location.name),
          latitude: coordinate(location.latitude),
          longitude: coordinate(location.longitude),
        })
      : null,
  };
}

type Party =
  | { kind: 'spacecraft'; flight: SpacecraftFlight }
  | { kind: 'payload'; flight: PayloadFlight }
  | { kind: 'station'; station: SpaceStationMini };

function party(
  flight: SpacecraftFlight | null | undefined,
  payload: PayloadFlight | null | undefined,
  station: SpaceStationMini | null | undefined,
): Party | null {
  if (flight) return { kind: 'spacecraft', flight };
  if (payload) return { kind: 'payload', flight: payload };
  if (station) return { kind: 'station', station };
  return null;
}

const payloadName = (payload: { name?: string | null }) =>
  payload.name?.trim() || 'Unnamed payload';

function partyRef(p: Party): Ref & { kind: ChaserKind } {
  switch (p.kind) {
    case 'spacecraft':
      return { kind: p.kind, id: p.flight.spacecraft.id, name: p.flight.spacecraft.name };
    case 'payload':
      return { kind: p.kind, id: p.flight.payload.id, name: payloadName(p.flight.payload) };
    case 'station':
      return { kind: p.kind, id: p.station.id, name: p.station.name };
  }
}

function launchOf(p: Party) {
  if (p.kind === 'station' || !p.flight.launch) return null;
  const { id, name } = p.flight.launch;
  return { id, name: name ?? 'Unnamed launch' };
}

export function normalizeDockingEvent(event: DockingEvent, fetchedAt: number): Docking {
  const chaserParty = party(
    event.flight_vehicle_chaser,
    event.payload_flight_chaser,
    event.space_station_chaser,
  );
  // The schema rejects events without a chaser; this keeps the type honest.
  if (!chaserParty) throw new Error(`docking event ${event.id} has no chaser`);
  const targetParty = party(
    event.flight_vehicle_target,
    event.payload_flight_target,
    event.space_station_target,
  );

  const location = event.docking_location;
  const stationSource = location.spacestation ?? event.space_station_target ?? null;
  const station = stationSource ? { id: stationSource.id, name: stationSource.name } : null;
  const target = station
    ? { kind: 'station' as const, ...station }
    : targetParty
      ? partyRef(targetParty)
      : location.spacecraft
        ? {
            kind: 'spacecraft' as const,
            id: location.spacecraft.id,
            name: location.spacecraft.name,
          }
        : location.payload
          ? {
              kind: 'payload' as const,
              id: location.payload.id,
              name: payloadName(location.payload),
            }
          : { kind: 'station' as const, id: -location.id, name: 'Unknown target' };

  const config =
    chaserParty.kind === 'spacecraft' ? chaserParty.flight.spacecraft.spacecraft_config : null;
  const payload = chaserParty.kind === 'payload' ? chaserParty.flight.payload : null;
  const agencySource = config?.agency ?? payload?.operator ?? payload?.manufacturer ?? null;

  const docked = Date.parse(event.docking);
  const departed = event.departure ? Date.parse(event.departure) : null;
  const end = departed ?? Math.max(fetchedAt, docked);

  return {
    id: event.id,
    docked,
    departed,
    asOf: fetchedAt,
    status: departed === null ? 'docked' : 'departed',
    endedBy: null,
    durationMs: Math.max(0, end - docked),
    target: shared(target),
    station: shared(station),
    port: shared({ id: location.id, name: location.name }),
    chaser: partyRef(chaserParty),
    vehicle: shared(config ? { id: config.id, name: config.name } : null),
    agency: shared(
      agencySource
        ? { id: agencySource.id, name: agencySource.name, abbrev: agencySource.abbrev ?? null }
        : null,
    ),
    launch: launchOf(chaserParty),
    flight: chaserParty.kind === 'spacecraft' ? chaserParty.flight.id : null,
    details: chaserDetails(chaserParty),
    landing: chaserParty.kind === 'station' ? null : landingOf(chaserParty.flight.landing),
  };
}

function chaserDetails(p: Party): ChaserDetails {
  switch (p.kind) {
    case 'spacecraft': {
      const craft = p.flight.spacecraft;
      const config = craft.spacecraft_config;
      return {
        kind: 'spacecraft',
        name: craft.name,
        serialNumber: trimmed(craft.serial_number),
        status: sharedLabel(trimmed(craft.status?.name)),
        vehicle: trimmed(config?.name),
        type: sharedLabel(trimmed(config?.type?.name)),
        agency: agencyName(config?.agency),
        families: shared(
          (config?.family ?? [])
            .map((family) => trimmed(family.name))
            .filter((name): name is string => name !== null),
        ),
        flights: orNull(craft.flights_count),
        timeInSpace: trimmed(craft.time_in_space),
        timeDocked: trimmed(craft.time_docked),
        fastestTurnaround: trimmed(craft.fastest_turnaround),
        inSpace: orNull(craft.in_space),
        description: trimmed(craft.description),
        picture: picture(craft.image ?? config?.image),
      };
    }
    case 'payload': {
      const payload = p.flight.payload;
      return {
        kind: 'payload',
        name: trimmed(payload.name),
        type: trimmed(payload.type?.name),
        operator: agencyName(payload.operator),
        manufacturer: agencyName(payload.manufacturer),
        description: trimmed(payload.description),
        picture: picture(payload.image),
      };
    }
    case 'station':
      return { kind: 'station', name: p.station.name, picture: picture(p.station.image) };
  }
}
