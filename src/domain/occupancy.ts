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
 * What was docked at each station or other target, the busiest first: at the instant `at`, or
 * with `at` null, now (the stays still open as far as the data knows). With `stations`, only those.
 */
export function dockedAt(
  dockings: readonly Docking[],
  at: number | null,
  stations: readonly number[] = [],
): DockedNowGroup[] {
  const only = new Set(stations);
  const groups = new Map<string, DockedNowGroup>();
  for (const docking of dockings) {
    if (at === null ? docking.status !== 'docked' : !coversInstant(docking, at)) continue;
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

/** Total length of the union of half-open intervals, each clipped to `window`. */
function coveredMs(intervals: [number, number][], window: TimeRange): number {
  const clipped = intervals
    .map(([start, end]): [number, number] => [
      Math.max(start, window.start),
      Math.min(end, window.end),
    ])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let run: [number, number] | null = null;
  for (const [start, end] of clipped) {
    if (run && start <= run[1]) run[1] = Math.max(run[1], end);
    else {
      if (run) total += run[1] - run[0];
      run = [start, end];
    }
  }
  return run ? total + run[1] - run[0] : total;
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
  const ports = new Map<
    string,
    { target: Ref; port: Ref; stays: Docking[]; intervals: [number, number][] }
  >();
  const entryOf = (target: Ref & { kind: ChaserKind }, port: Ref) => {
    const key = `${target.kind}:${target.id}:${port.id}`;
    let entry = ports.get(key);
    if (!entry) {
      entry = { target: { id: target.id, name: target.name }, port, stays: [], intervals: [] };
      ports.set(key, entry);
    }
    return entry;
  };
  if (emptyPorts) {
    const station = { kind: 'station' as const, ...emptyPorts.station };
    for (const port of emptyPorts.ports) entryOf(station, port);
  }
  for (const docking of dockings) {
    const end = stayEnd(docking);
    if (docking.docked >= window.end || end < window.start) continue;
    const entry = entryOf(docking.target, docking.port);
    entry.stays.push(docking);
    entry.intervals.push([docking.docked, end]);
  }
  return [...ports.entries()].map(([key, entry]) => {
    const occupiedMs = windowMs > 0 ? coveredMs(entry.intervals, window) : 0;
    const longest = entry.stays.reduce<Docking | null>(
      (best, docking) => (!best || docking.durationMs > best.durationMs ? docking : best),
      null,
    );
    return {
      key,
      target: entry.target,
      port: entry.port,
      stays: entry.stays.length,
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
