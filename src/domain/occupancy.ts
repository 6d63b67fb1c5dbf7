import type { ChaserKind, Docking, Ref } from './docking';
import { stayEnd } from './select';
import { type TimeZoneMode } from '../lib/time';
import type { StationPorts, TimeRange } from './timeline';

/*
 * Who is docked now, and how busy each port was over a time window: plain functions over the
 * loaded events.
 */

export interface DockedNowGroup {
  target: Ref & { kind: ChaserKind };
  /** The stays, by port name. */
  stays: Docking[];
  /** When the data was fetched: the stays are known to be open up to then, not later. */
  asOf: number;
}

/**
 * Whether a stay covers the instant `at`: it had docked by then and not yet left. A stay whose
 * departure was not recorded is taken to have left at the docking that followed it; an open one is
 * taken to be there at any instant after it docked (as far as the data, fetched at `asOf`, knows).
 */
export function coversInstant(docking: Docking, at: number): boolean {
  const left = docking.departed ?? docking.endedBy?.docked ?? Infinity;
  return docking.docked <= at && at < left;
}

/**
 * The stays there at the instant `at`, or with `at` null, now (the stays still open as far as the
 * data knows).
 */
export function presentAt(dockings: readonly Docking[], at: number | null): readonly Docking[] {
  return dockings.filter((docking) =>
    at === null ? docking.status === 'docked' : coversInstant(docking, at),
  );
}

/**
 * Stays present together (from `presentAt`) grouped by station or other target, the busiest
 * first, each by port. With `stations`, only those.
 */
export function groupPresent(
  present: readonly Docking[],
  stations: readonly number[] = [],
): DockedNowGroup[] {
  const only = new Set(stations);
  const groups = new Map<string, DockedNowGroup>();
  for (const docking of present) {
    if (only.size > 0 && (docking.station === null || !only.has(docking.station.id))) continue;
    const key = `${docking.target.kind}:${docking.target.id}`;
    const group = groups.get(key);
    if (group) {
      group.stays.push(docking);
      group.asOf = Math.min(group.asOf, docking.asOf);
    } else groups.set(key, { target: docking.target, stays: [docking], asOf: docking.asOf });
  }
  for (const group of groups.values()) {
    group.stays.sort((a, b) => a.port.name.localeCompare(b.port.name) || a.docked - b.docked);
  }
  return [...groups.values()].sort(
    (a, b) => b.stays.length - a.stays.length || a.target.name.localeCompare(b.target.name),
  );
}

/**
 * What was docked at each station or other target, the busiest first: at the instant `at`, or
 * with `at` null, now. With `stations`, only those.
 */
export function dockedAt(
  dockings: readonly Docking[],
  at: number | null,
  stations: readonly number[] = [],
): DockedNowGroup[] {
  return groupPresent(presentAt(dockings, at), stations);
}

export interface PortStat {
  /** `targetKind:targetId:portId`: unique across stations. */
  key: string;
  target: Ref;
  port: Ref;
  /** Stays that overlap the window. */
  stays: number;
  /** Time with at least one vehicle at the port, within the window. */
  occupiedMs: number;
  /** `occupiedMs` as a share of the window, 0–1. */
  share: number;
  /** The longest of those stays, whole (not cut at the window's edges). */
  longest: { chaser: string; durationMs: number } | null;
}

/**
 * Total length of the union of the intervals `starts[i]`–`ends[i]` (each already cut to the window
 * and not empty). They come in the order of the history, newest first, so they are walked from the
 * last when their starts fall or stay level, from the first when they rise or stay level, and put
 * in order only when they do neither.
 */
function coveredMs(starts: readonly number[], ends: readonly number[]): number {
  const count = starts.length;
  let rising = true;
  let falling = true;
  for (let index = 1; index < count; index += 1) {
    if (starts[index]! < starts[index - 1]!) rising = false;
    else if (starts[index]! > starts[index - 1]!) falling = false;
  }
  const order =
    rising || falling ? null : Array.from(starts.keys()).sort((a, b) => starts[a]! - starts[b]!);
  const at = (step: number) =>
    order ? order[step]! : falling && !rising ? count - 1 - step : step;
  let total = 0;
  let runStart = 0;
  let runEnd = -Infinity;
  for (let step = 0; step < count; step += 1) {
    const index = at(step);
    const start = starts[index]!;
    const end = ends[index]!;
    if (start <= runEnd) {
      if (end > runEnd) runEnd = end;
      continue;
    }
    if (runEnd > runStart) total += runEnd - runStart;
    runStart = start;
    runEnd = end;
  }
  return runEnd > runStart ? total + runEnd - runStart : total;
}

/** One port's stays overlapping the window, as `portStats` gathers them. */
interface PortTally {
  key: string;
  target: Ref;
  port: Ref;
  stays: number;
  longest: Docking | null;
  /** Where each stay's time within the window starts and ends (none for a stay without any). */
  starts: number[];
  ends: number[];
}

/**
 * Per port, over `window`: stays, share of time occupied (overlapping stays count once) and the
 * longest stay. Ports in `emptyPorts` (a station's full list) are included even with no stays.
 */
export function portStats(
  dockings: readonly Docking[],
  window: TimeRange,
  emptyPorts: StationPorts | null = null,
): PortStat[] {
  const windowMs = window.end - window.start;
  // Found by target kind, target and port, so that no key is made for each stay.
  const byTarget = new Map<string, Map<number, Map<number, PortTally>>>();
  const tallies: PortTally[] = [];
  const tallyOf = (target: Ref & { kind: ChaserKind }, port: Ref) => {
    let ofKind = byTarget.get(target.kind);
    if (!ofKind) byTarget.set(target.kind, (ofKind = new Map()));
    let ofTarget = ofKind.get(target.id);
    if (!ofTarget) ofKind.set(target.id, (ofTarget = new Map()));
    let tally = ofTarget.get(port.id);
    if (!tally) {
      const key = `${target.kind}:${target.id}:${port.id}`;
      const ref = { id: target.id, name: target.name };
      tally = { key, target: ref, port, stays: 0, longest: null, starts: [], ends: [] };
      ofTarget.set(port.id, tally);
      tallies.push(tally);
    }
    return tally;
  };
  if (emptyPorts) {
    const station = { kind: 'station' as const, ...emptyPorts.station };
    for (const port of emptyPorts.ports) tallyOf(station, port);
  }
  for (const docking of dockings) {
    const end = stayEnd(docking);
    if (docking.docked >= window.end || end < window.start) continue;
    const tally = tallyOf(docking.target, docking.port);
    tally.stays += 1;
    if (!tally.longest || docking.durationMs > tally.longest.durationMs) tally.longest = docking;
    // A stay that ends as the window starts covers none of it.
    const start = Math.max(docking.docked, window.start);
    const within = Math.min(end, window.end);
    if (within > start) {
      tally.starts.push(start);
      tally.ends.push(within);
    }
  }
  return tallies.map(({ key, target, port, stays, longest, starts, ends }) => {
    const occupiedMs = windowMs > 0 ? coveredMs(starts, ends) : 0;
    return {
      key,
      target,
      port,
      stays,
      occupiedMs,
      share: windowMs > 0 ? occupiedMs / windowMs : 0,
      longest: longest ? { chaser: longest.chaser.name, durationMs: longest.durationMs } : null,
    };
  });
}

const MINUTE_MS = 60_000;
const toNextMinute = (ms: number) => Math.ceil(ms / MINUTE_MS) * MINUTE_MS;

/**
 * Every docking and recorded departure, in time order, each once: where `at` can step to. An
 * instant is to the minute (as `at` is), rounded up: at that minute the docking has happened.
 */
export function eventInstants(dockings: readonly Docking[]): number[] {
  const instants = new Set<number>();
  for (const docking of dockings) {
    instants.add(toNextMinute(docking.docked));
    if (docking.departed !== null) instants.add(toNextMinute(docking.departed));
  }
  return [...instants].sort((a, b) => a - b);
}

/** The instant just before (-1) or after (+1) `at` in `instants` (ascending), or null at the end. */
export function stepInstant(
  instants: readonly number[],
  at: number,
  direction: -1 | 1,
): number | null {
  if (direction > 0) return instants.find((instant) => instant > at) ?? null;
  return instants.findLast((instant) => instant < at) ?? null;
}

/** Longest gap between leaving one port and docking at the next that still counts as a move. */
export const RELOCATION_GAP_MS = 3 * 24 * 60 * 60 * 1000;

export interface Relocation {
  from: Docking;
  to: Docking;
}

/** For one docking: the move that brought it to its port, and the one that took it on. */
export interface Journey {
  from: Relocation | null;
  to: Relocation | null;
}

/**
 * Relocations: consecutive stays of one spacecraft flight where the next docking comes at or after
 * the previous stay ended (its recorded departure, or the docking that bounds an unrecorded one),
 * within a few days. Stays of one flight that overlap are not a move (the data contradicts itself).
 */
export function relocations(dockings: readonly Docking[]): Relocation[] {
  const byFlight = new Map<number, Docking[]>();
  for (const docking of dockings) {
    if (docking.flight === null) continue;
    const stays = byFlight.get(docking.flight);
    if (stays) stays.push(docking);
    else byFlight.set(docking.flight, [docking]);
  }
  const moves: Relocation[] = [];
  for (const stays of byFlight.values()) {
    stays.sort((a, b) => a.docked - b.docked || a.id - b.id);
    for (let index = 1; index < stays.length; index += 1) {
      const from = stays[index - 1]!;
      const to = stays[index]!;
      if (from.status === 'docked') continue;
      const gap = to.docked - stayEnd(from);
      if (gap >= 0 && gap <= RELOCATION_GAP_MS) moves.push({ from, to });
    }
  }
  return moves;
}

/** Each relocated docking's journey, by docking id. */
export function journeys(moves: readonly Relocation[]): Map<number, Journey> {
  const byId = new Map<number, Journey>();
  const entry = (id: number) => {
    let journey = byId.get(id);
    if (!journey) byId.set(id, (journey = { from: null, to: null }));
    return journey;
  };
  for (const move of moves) {
    entry(move.from.id).to = move;
    entry(move.to.id).from = move;
  }
  return byId;
}

export interface YearTraffic {
  year: number;
  total: number;
  /** Dockings of the year by group (an agency, or "other"), in the groups' order. */
  counts: Map<string, number>;
}

/**
 * Dockings per calendar year (in the view's zone), every year from the first to the last, the
 * empty ones too, each counted by the group `groupOf` puts it in.
 */
export function trafficByYear(
  dockings: readonly Docking[],
  tz: TimeZoneMode,
  groupOf: (docking: Docking) => string,
): YearTraffic[] {
  const byYear = new Map<number, YearTraffic>();
  // The year last found and its bounds: dockings come in time order, so most share the year before.
  let entry: YearTraffic | undefined;
  let yearStart = Infinity;
  let yearEnd = -Infinity;
  const yearStartOf = (y: number) =>
    tz === 'utc' ? Date.UTC(y, 0, 1) : new Date(y, 0, 1).getTime();
  for (const docking of dockings) {
    if (!entry || docking.docked < yearStart || docking.docked >= yearEnd) {
      const date = new Date(docking.docked);
      const year = tz === 'utc' ? date.getUTCFullYear() : date.getFullYear();
      yearStart = yearStartOf(year);
      yearEnd = yearStartOf(year + 1);
      entry = byYear.get(year);
      if (!entry) byYear.set(year, (entry = { year, total: 0, counts: new Map() }));
    }
    entry.total += 1;
    const group = groupOf(docking);
    entry.counts.set(group, (entry.counts.get(group) ?? 0) + 1);
  }
  if (byYear.size === 0) return [];
  const years = [...byYear.keys()];
  const result: YearTraffic[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1)
    result.push(byYear.get(year) ?? { year, total: 0, counts: new Map() });
  return result;
}
