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
  /** What the drawer shows of the vehicle that docked. */
  details: ChaserDetails;
  /** How the chaser came home, when the data says. */
  landing: Landing | null;
}

/** An agency as the drawer names it. */
export interface AgencyName {
  name: string;
  abbrev: string | null;
}

/** A picture with its credit; either address may be missing or unsafe (checked when shown). */
export interface Picture {
  thumbnailUrl: string | null;
  imageUrl: string | null;
  credit: string | null;
  licence: { name: string | null; link: string | null } | null;
}

/** The chaser, by kind, with what the data records of it. `null` is "not recorded". */
export type ChaserDetails =
  | {
      kind: 'spacecraft';
      name: string;
      serialNumber: string | null;
      status: string | null;
      vehicle: string | null;
      type: string | null;
      agency: AgencyName | null;
      families: string[];
      flights: number | null;
      /** ISO-8601 durations, as LL2 gives them. */
      timeInSpace: string | null;
      timeDocked: string | null;
      fastestTurnaround: string | null;
      inSpace: boolean | null;
      description: string | null;
      picture: Picture | null;
    }
  | {
      kind: 'payload';
      name: string | null;
      type: string | null;
      operator: AgencyName | null;
      manufacturer: AgencyName | null;
      description: string | null;
      picture: Picture | null;
    }
  | { kind: 'station'; name: string; picture: Picture | null };

export interface Landing {
  attempted: boolean | null;
  success: boolean | null;
  description: string | null;
  type: { name: string | null; abbrev: string | null; description: string | null } | null;
  location: { name: string | null; latitude: number | null; longitude: number | null } | null;
}

/** A launch in full, as the drawer shows it once asked for. */
export interface LaunchDetails {
  net: number | null;
  rocket: string | null;
  provider: string | null;
  /** "Pad, location", or whichever of the two is known. */
  pad: string | null;
  status: string | null;
  mission: string | null;
  orbit: string | null;
  description: string | null;
}

/**
 * Lists of dockings (pages, refreshes) as one, newest docking first (ties by id, so the order never
 * depends on the API's). For an id seen twice the newer knowledge wins: offset paging drifts, and a
 * refresh knows more than the history it refreshes. Departures the data contradicts are bounded.
 */
export function mergeDockings(lists: readonly (readonly Docking[])[]): Docking[] {
  const byId = new Map<number, Docking>();
  for (const list of lists) {
    for (const docking of list) {
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
