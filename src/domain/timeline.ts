import {
  addDays,
  addHours,
  addMonths,
  addYears,
  format,
  startOfDay,
  startOfHour,
  startOfMonth,
  startOfYear,
} from 'date-fns';
import type { ChaserKind, Docking, Ref } from './docking';
import { shiftDay, stayEnd } from './select';
import { DAY_MS, zonedDate, type TimeZoneMode } from '../lib/time';

/*
 * The port-occupancy timeline, as plain functions: lanes and their packing, the time scale, the
 * ticks of the axis, and the zoom and pan of the visible window (which is the view's from/to).
 */

const HOUR_MS = 60 * 60 * 1000;

// ---------------------------------------------------------------- lanes

export interface TimelineBar {
  docking: Docking;
  start: number;
  end: number;
  /** No departure: the stay runs to when the data was fetched, and is drawn open-ended. */
  open: boolean;
  /** Row within the port's lane: overlapping stays never hide each other. */
  subLane: number;
  /** Overlaps another stay at the same port: the data has two vehicles there at once. */
  overlaps: boolean;
}

export interface TimelineLane {
  port: Ref;
  subLanes: number;
  bars: TimelineBar[];
}

export interface TimelineGroup {
  target: Ref & { kind: ChaserKind };
  lanes: TimelineLane[];
}

/**
 * Bars for one port's stays, earliest first, packed into as few sub-lanes as possible; every stay
 * that overlaps another is flagged. Stays that only touch (one leaves as the next arrives) do not.
 */
export function packStays(dockings: readonly Docking[]): { bars: TimelineBar[]; subLanes: number } {
  const sorted = [...dockings].sort((a, b) => a.docked - b.docked || a.id - b.id);
  const laneEnds: number[] = [];
  const bars: TimelineBar[] = [];
  let furthest: TimelineBar | null = null;
  for (const docking of sorted) {
    const start = docking.docked;
    const end = Math.max(start, stayEnd(docking));
    let subLane = laneEnds.findIndex((laneEnd) => laneEnd <= start);
    if (subLane === -1) subLane = laneEnds.push(end) - 1;
    else laneEnds[subLane] = end;
    const bar: TimelineBar = {
      docking,
      start,
      end,
      open: docking.status === 'docked',
      subLane,
      overlaps: false,
    };
    // The stay reaching furthest so far overlaps this one whenever any earlier stay does.
    if (furthest && start < furthest.end) {
      bar.overlaps = true;
      furthest.overlaps = true;
    }
    if (!furthest || end > furthest.end) furthest = bar;
    bars.push(bar);
  }
  return { bars, subLanes: Math.max(1, laneEnds.length) };
}

export interface StationPorts {
  station: Ref;
  ports: readonly Ref[];
}

const targetKey = (target: { kind: string; id: number }) => `${target.kind}:${target.id}`;
const laneKey = (target: { kind: string; id: number }, portId: number) =>
  `${targetKey(target)}:${portId}`;
const byName = (a: Ref, b: Ref) => a.name.localeCompare(b.name) || a.id - b.id;

/** The lanes of groups, by target and port: `buildTimelineGroups` takes a history's as `packed`. */
export type PackedLanes = ReadonlyMap<string, TimelineLane>;

export function packedLanes(groups: readonly TimelineGroup[]): PackedLanes {
  const lanes = new Map<string, TimelineLane>();
  for (const group of groups)
    for (const lane of group.lanes) lanes.set(laneKey(group.target, lane.port.id), lane);
  return lanes;
}

/**
 * One group per station (or other target), one lane per port with stays; with `emptyPorts`, that
 * station's ports without stays get lanes too. Groups with the most recent docking come first.
 *
 * `packed`: the lanes of the whole history these dockings were chosen from. A port that kept every
 * one of its stays (a station or a port chosen, say) takes its lane from there rather than packing
 * its stays again: the dockings are a subset of that history, so as many stays are the same stays.
 */
export function buildTimelineGroups(
  dockings: readonly Docking[],
  emptyPorts: StationPorts | null = null,
  packed: PackedLanes = new Map(),
): TimelineGroup[] {
  const groups = new Map<
    string,
    {
      target: TimelineGroup['target'];
      latest: number;
      ports: Map<number, Docking[]>;
      names: Map<number, Ref>;
    }
  >();
  const groupOf = (target: TimelineGroup['target']) => {
    const key = targetKey(target);
    let group = groups.get(key);
    if (!group) {
      group = { target, latest: -Infinity, ports: new Map(), names: new Map() };
      groups.set(key, group);
    }
    return group;
  };
  for (const docking of dockings) {
    const group = groupOf(docking.target);
    group.latest = Math.max(group.latest, docking.docked);
    const stays = group.ports.get(docking.port.id);
    if (stays) stays.push(docking);
    else {
      group.ports.set(docking.port.id, [docking]);
      group.names.set(docking.port.id, docking.port);
    }
  }
  if (emptyPorts) {
    const group = groupOf({ kind: 'station', ...emptyPorts.station });
    for (const port of emptyPorts.ports) {
      if (!group.ports.has(port.id)) {
        group.ports.set(port.id, []);
        group.names.set(port.id, port);
      }
    }
  }
  return [...groups.values()]
    .sort((a, b) => b.latest - a.latest || a.target.name.localeCompare(b.target.name))
    .map((group) => ({
      target: group.target,
      lanes: [...group.names.values()].sort(byName).map((port) => {
        const stays = group.ports.get(port.id) ?? [];
        const whole = packed.get(laneKey(group.target, port.id));
        if (whole && stays.length > 0 && whole.bars.length === stays.length) return whole;
        const { bars, subLanes } = packStays(stays);
        return { port, subLanes, bars };
      }),
    }));
}

// ---------------------------------------------------------------- scale

export interface TimeRange {
  start: number;
  end: number;
}

export interface TimeScale extends TimeRange {
  width: number;
  x: (ms: number) => number;
  time: (x: number) => number;
}

/** A linear map from the time range onto 0…width pixels, and back. */
export function timeScale({ start, end }: TimeRange, width: number): TimeScale {
  const span = Math.max(1, end - start);
  return {
    start,
    end,
    width,
    x: (ms) => ((ms - start) / span) * width,
    time: (x) => start + (x / Math.max(1, width)) * span,
  };
}

/** The range of the stays, for "Fit all": from the first docking to the last end. */
export function staysExtent(dockings: readonly Docking[], now: number): TimeRange {
  let start = Infinity;
  let end = -Infinity;
  for (const docking of dockings) {
    start = Math.min(start, docking.docked);
    end = Math.max(end, stayEnd(docking));
  }
  if (start === Infinity) return { start: now - 365 * DAY_MS, end: now };
  return { start, end: Math.max(end, start + DAY_MS) };
}

/**
 * The time a view looks at: its window where set (from `timeWindow`, open sides infinite), else
 * where the shown stays begin or end, widened by `padding` (a share of their span).
 */
export function viewRange(
  dockings: readonly Docking[],
  window: TimeRange,
  now: number,
  padding = 0,
): TimeRange {
  // A window closed on both sides takes nothing from the stays: a zoom or a pan step does not
  // read every stay (5 ms at 100,000).
  if (Number.isFinite(window.start) && Number.isFinite(window.end))
    return { start: window.start, end: window.end };
  const extent = staysExtent(dockings, now);
  const pad = (extent.end - extent.start) * padding;
  return {
    start: Number.isFinite(window.start) ? window.start : extent.start - pad,
    end: Number.isFinite(window.end) ? window.end : extent.end + pad,
  };
}

// ---------------------------------------------------------------- days and the window

/** The `YYYY-MM-DD` day of a moment in the view's zone. */
export function dayOf(ms: number, tz: TimeZoneMode): string {
  return format(zonedDate(ms, tz), 'yyyy-MM-dd');
}

export interface DayWindow {
  from: string;
  to: string;
}

/** Whole days covering a range: the day of its start to the day of its last moment. */
export function windowDays(range: TimeRange, tz: TimeZoneMode): DayWindow {
  return { from: dayOf(range.start, tz), to: dayOf(Math.max(range.start, range.end - 1), tz) };
}

// Wider than any history the dashboard reads (100,000 generated events reach back to the fifth
// century; at 500 years, zooming out of a window that wide did nothing); only absurd zooms stop here.
const MAX_DAYS = 2000 * 366;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/**
 * The window zoomed by `factor` (> 1 zooms in) about `anchor` (0 = left edge, 1 = right edge),
 * in whole days: always at least one day narrower or wider than before, never under one day.
 */
export function zoomWindow(
  range: TimeRange,
  factor: number,
  anchor: number,
  tz: TimeZoneMode,
): DayWindow {
  const current = windowDays(range, tz);
  const days = daysBetween(current.from, current.to);
  let nextDays = Math.round((range.end - range.start) / DAY_MS / factor);
  if (factor > 1) nextDays = Math.min(nextDays, days - 1);
  if (factor < 1) nextDays = Math.max(nextDays, days + 1);
  nextDays = Math.min(MAX_DAYS, Math.max(1, nextDays));
  const pivot = range.start + (range.end - range.start) * anchor;
  // The day nearest to where the new window starts.
  const from = dayOf(pivot - nextDays * DAY_MS * anchor + DAY_MS / 2, tz);
  return { from, to: shiftDay(from, nextDays - 1) };
}

/** The window moved by `fraction` of its width (negative: back in time), by at least a day. */
export function panWindow(range: TimeRange, fraction: number, tz: TimeZoneMode): DayWindow {
  const current = windowDays(range, tz);
  const days = daysBetween(current.from, current.to);
  const shift = Math.sign(fraction) * Math.max(1, Math.round(days * Math.abs(fraction)));
  return shiftWindow(range, shift, tz);
}

/** The window moved by whole `days` (negative: back in time), as many days wide as it was. */
export function shiftWindow(range: TimeRange, days: number, tz: TimeZoneMode): DayWindow {
  const current = windowDays(range, tz);
  return { from: shiftDay(current.from, days), to: shiftDay(current.to, days) };
}

// ---------------------------------------------------------------- ticks

export type TickUnit = 'hour' | 'day' | 'month' | 'year';

interface TickStep {
  unit: TickUnit;
  step: number;
  approxMs: number;
}

const TICK_STEPS: TickStep[] = [
  { unit: 'hour', step: 1, approxMs: HOUR_MS },
  { unit: 'hour', step: 3, approxMs: 3 * HOUR_MS },
  { unit: 'hour', step: 6, approxMs: 6 * HOUR_MS },
  { unit: 'hour', step: 12, approxMs: 12 * HOUR_MS },
  { unit: 'day', step: 1, approxMs: DAY_MS },
  { unit: 'day', step: 2, approxMs: 2 * DAY_MS },
  { unit: 'day', step: 7, approxMs: 7 * DAY_MS },
  { unit: 'month', step: 1, approxMs: 30.4 * DAY_MS },
  { unit: 'month', step: 3, approxMs: 91 * DAY_MS },
  { unit: 'month', step: 6, approxMs: 182 * DAY_MS },
  { unit: 'year', step: 1, approxMs: 365.25 * DAY_MS },
  { unit: 'year', step: 2, approxMs: 2 * 365.25 * DAY_MS },
  { unit: 'year', step: 5, approxMs: 5 * 365.25 * DAY_MS },
  { unit: 'year', step: 10, approxMs: 10 * 365.25 * DAY_MS },
  { unit: 'year', step: 20, approxMs: 20 * 365.25 * DAY_MS },
];

export interface Tick {
  ms: number;
  label: string;
  /** A tick that starts a larger unit (a new day, month or year): drawn stronger. */
  major: boolean;
}

/** The finest tick step that gives at most `maxTicks` ticks over the range. */
export function chooseTickStep(range: TimeRange, maxTicks: number): TickStep {
  const span = range.end - range.start;
  return (
    TICK_STEPS.find((candidate) => span / candidate.approxMs <= maxTicks) ??
    (TICK_STEPS[TICK_STEPS.length - 1] as TickStep)
  );
}

function firstTick(start: Date, { unit, step }: TickStep): Date {
  switch (unit) {
    case 'hour': {
      const hour = startOfHour(start);
      return addHours(hour, (step - (hour.getHours() % step)) % step);
    }
    case 'day':
      return step === 7
        ? addDays(startOfDay(start), (8 - startOfDay(start).getDay()) % 7) // Mondays
        : startOfDay(start);
    case 'month': {
      const month = startOfMonth(start);
      return addMonths(month, (step - (month.getMonth() % step)) % step);
    }
    case 'year': {
      const year = startOfYear(start);
      return addYears(year, (step - (year.getFullYear() % step)) % step);
    }
  }
}

function advance(date: Date, { unit, step }: TickStep): Date {
  switch (unit) {
    case 'hour':
      return addHours(date, step);
    case 'day':
      return addDays(date, step);
    case 'month':
      return addMonths(date, step);
    case 'year':
      return addYears(date, step);
  }
}

function tickLabel(date: Date, { unit }: TickStep): { label: string; major: boolean } {
  switch (unit) {
    case 'hour': {
      const midnight = date.getHours() === 0;
      return { label: midnight ? format(date, 'd MMM') : format(date, 'HH:mm'), major: midnight };
    }
    case 'day': {
      const first = date.getDate() === 1;
      return { label: format(date, first ? 'd MMM yyyy' : 'd MMM'), major: first };
    }
    case 'month': {
      const january = date.getMonth() === 0;
      return { label: format(date, january ? 'yyyy' : 'MMM'), major: january };
    }
    case 'year':
      return { label: format(date, 'yyyy'), major: date.getFullYear() % 10 === 0 };
  }
}

/** Axis ticks over the range, in the view's zone, at most about `maxTicks` of them. */
export function timeTicks(range: TimeRange, tz: TimeZoneMode, maxTicks: number): Tick[] {
  const step = chooseTickStep(range, Math.max(2, maxTicks));
  const ticks: Tick[] = [];
  let date = firstTick(zonedDate(range.start, tz), step);
  if (date.getTime() < range.start) date = advance(date, step);
  while (date.getTime() <= range.end && ticks.length < 500) {
    ticks.push({ ms: date.getTime(), ...tickLabel(date, step) });
    date = advance(date, step);
  }
  return ticks;
}
