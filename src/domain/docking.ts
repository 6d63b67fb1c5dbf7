import type {
  DockingEvent,
  PayloadFlight,
  SpaceStationMini,
  SpacecraftFlight,
} from '../api/schemas';

export type ChaserKind = 'spacecraft' | 'payload' | 'station';

export interface Ref {
  id: number;
  name: string;
}

/**
 * - `docked`: no departure recorded and nothing since says it left: docked as far as the data knows.
 * - `departed`: a departure is recorded.
 * - `departure-unrecorded`: no departure recorded, but a later docking used its port (or the same
 *   spacecraft flight docked again elsewhere): it left before then, when exactly is not known.
 */
export type StayStatus = 'docked' | 'departed' | 'departure-unrecorded';

/** One docking, flat and typed: what the table, the filters and the timeline read. */
export interface Docking {
  id: number;
  /** Epoch milliseconds. */
  docked: number;
  departed: number | null;
  /** When the data about this event was fetched: an open stay is only known to be open until then. */
  asOf: number;
  status: StayStatus;
  /** For a `departure-unrecorded` stay: the later docking it must have left before. */
  endedBy: { id: number; docked: number } | null;
  /**
   * Milliseconds at the port: up to `asOf` for an open stay, and at most this (up to `endedBy`)
   * for a stay whose departure was not recorded.
   */
  durationMs: number;
  /** The station, or for a docking away from any station, the target it docked with. */
  target: Ref & { kind: ChaserKind };
  station: Ref | null;
  port: Ref;
  chaser: Ref & { kind: ChaserKind };
  vehicle: Ref | null;
  agency: (Ref & { abbrev: string | null }) | null;
  launch: { id: string; name: string } | null;
  /** The chaser's spacecraft flight (LL2's id), which relocations keep; null for other chasers. */
  flight: number | null;
  event: DockingEvent;
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
    target,
    station,
    port: { id: location.id, name: location.name },
    chaser: partyRef(chaserParty),
    vehicle: config ? { id: config.id, name: config.name } : null,
    agency: agencySource
      ? { id: agencySource.id, name: agencySource.name, abbrev: agencySource.abbrev ?? null }
      : null,
    launch: launchOf(chaserParty),
    flight: chaserParty.kind === 'spacecraft' ? chaserParty.flight.id : null,
    event,
  };
}

export interface EventBatch {
  events: readonly DockingEvent[];
  fetchedAt: number;
}

/**
 * All batches as one list of dockings, newest docking first (ties by id, so the order never
 * depends on the API's). Later batches win for an id seen twice: offset paging drifts, and a
 * refresh knows more than the history it refreshes.
 */
/** Each batch is normalized once: while the history loads, the earlier pages are not redone. */
const normalizedBatches = new WeakMap<EventBatch, Docking[]>();

function normalizeBatch(batch: EventBatch): Docking[] {
  let dockings = normalizedBatches.get(batch);
  if (!dockings) {
    dockings = batch.events.map((event) => normalizeDockingEvent(event, batch.fetchedAt));
    normalizedBatches.set(batch, dockings);
  }
  return dockings;
}

export function buildDockings(batches: readonly EventBatch[]): Docking[] {
  const byId = new Map<number, Docking>();
  for (const batch of batches) {
    for (const docking of normalizeBatch(batch)) {
      const known = byId.get(docking.id);
      if (!known || known.asOf <= docking.asOf) byId.set(docking.id, docking);
    }
  }
  return boundUnrecordedDepartures([...byId.values()].sort(newestFirst));
}

/** The port a stay is at: ports are told apart by the target they belong to. */
export const portKey = (docking: Docking) =>
  `${docking.target.kind}:${docking.target.id}:${docking.port.id}`;

/**
 * Open stays that something later contradicts: a later docking at the same port, or the same
 * spacecraft flight docking again. Such a stay ended, unrecorded, before the earliest of them; it is
 * marked so and bounded by it. A docking in the same minute does not count as later.
 * `dockings` is newest first, and so is the result; untouched stays keep their identity.
 */
export function boundUnrecordedDepartures(dockings: readonly Docking[]): Docking[] {
  const earliestLater = new Map<string, Docking>();
  const laterAt = (key: string, docking: Docking) => {
    const later = earliestLater.get(key);
    return later && later.docked > docking.docked ? later : null;
  };
  const result = dockings.map((docking) => docking);
  // Newest first, in runs of one minute: a run is compared only with what came before it.
  for (let start = 0; start < dockings.length;) {
    let end = start;
    while (end < dockings.length && dockings[end]!.docked === dockings[start]!.docked) end += 1;
    for (let index = start; index < end; index += 1) {
      const docking = dockings[index]!;
      if (docking.status !== 'docked') continue;
      const candidates = [
        laterAt(`port:${portKey(docking)}`, docking),
        docking.flight === null ? null : laterAt(`flight:${docking.flight}`, docking),
      ].filter((candidate): candidate is Docking => candidate !== null);
      if (candidates.length === 0) continue;
      const next = candidates.reduce((a, b) => (b.docked < a.docked ? b : a));
      result[index] = {
        ...docking,
        status: 'departure-unrecorded',
        endedBy: { id: next.id, docked: next.docked },
        durationMs: Math.max(0, next.docked - docking.docked),
      };
    }
    for (let index = start; index < end; index += 1) {
      const docking = dockings[index]!;
      earliestLater.set(`port:${portKey(docking)}`, docking);
      if (docking.flight !== null) earliestLater.set(`flight:${docking.flight}`, docking);
    }
    start = end;
  }
  return result;
}

export function newestFirst(a: Docking, b: Docking): number {
  return b.docked - a.docked || b.id - a.id;
}

const OPEN_STAY_LOOKBACK_MS = 2 * 365 * 24 * 60 * 60 * 1000;

/**
 * Where a refresh must start to see everything that can have changed: the newest docking known,
 * or earlier if a stay that might still end opened before it. Stays open for more than two years
 * before the newest docking are modules and permanent attachments, and do not pull the window back.
 */
export function refreshWindowStart(dockings: readonly Docking[]): number | null {
  let newest = -Infinity;
  for (const docking of dockings) newest = Math.max(newest, docking.docked);
  if (newest === -Infinity) return null;
  let start = newest;
  for (const docking of dockings) {
    if (docking.status === 'docked' && docking.docked >= newest - OPEN_STAY_LOOKBACK_MS) {
      start = Math.min(start, docking.docked);
    }
  }
  return start;
}
