import { isoUtc as iso } from '../lib/format';
import type { Docking, StayStatus } from './docking';
import type { PortStat } from './occupancy';
import type { TimeRange } from './timeline';
import type { ViewState } from './view-state';

/*
 * The rows of a view as a file to take away: CSV or JSON, in the table's order, times in ISO-8601
 * UTC. Only the docking's own facts go in: nothing from settings (such as the API key) can.
 */

// A type, not an interface: rows must fit `toCsv`'s index signature.
export type ExportRow = {
  id: number;
  docked: string;
  departed: string | null;
  status: StayStatus;
  /** Why `departed` is empty, when it is. */
  departure_note: string | null;
  /** Minutes at the port; for an open stay, up to `as_of`; for an unrecorded departure, at most. */
  duration_minutes: number;
  as_of: string;
  spacecraft: string;
  chaser_kind: string;
  vehicle: string | null;
  agency: string | null;
  station_or_target: string;
  port: string;
  launch: string | null;
};

export function exportRows(dockings: readonly Docking[]): ExportRow[] {
  return dockings.map((docking) => ({
    id: docking.id,
    docked: iso(docking.docked),
    departed: docking.departed === null ? null : iso(docking.departed),
    status: docking.status,
    departure_note: departureNote(docking),
    duration_minutes: Math.floor(docking.durationMs / 60_000),
    as_of: iso(docking.asOf),
    spacecraft: docking.chaser.name,
    chaser_kind: docking.chaser.kind,
    vehicle: docking.vehicle?.name ?? null,
    agency: docking.agency?.name ?? null,
    station_or_target: docking.target.name,
    port: docking.port.name,
    launch: docking.launch?.name ?? null,
  }));
}

function departureNote(docking: Docking): string | null {
  if (docking.endedBy)
    return `not recorded; it left before docking ${docking.endedBy.id} at ${iso(docking.endedBy.docked)}`;
  if (docking.departed === null) return `not recorded; still docked as of ${iso(docking.asOf)}`;
  return null;
}

export type PortStatRow = {
  station_or_target: string;
  port: string;
  stays: number;
  /** Share of the window with a vehicle at the port, 0–1, four decimals. */
  occupied_share: number;
  occupied_hours: number;
  longest_stay_minutes: number | null;
  longest_stay_spacecraft: string | null;
  window_start: string;
  window_end: string;
};

export function portStatRows(stats: readonly PortStat[], window: TimeRange): PortStatRow[] {
  return stats.map((stat) => ({
    station_or_target: stat.target.name,
    port: stat.port.name,
    stays: stat.stays,
    occupied_share: Math.round(stat.share * 10_000) / 10_000,
    occupied_hours: Math.round(stat.occupiedMs / 3_600_000),
    longest_stay_minutes: stat.longest ? Math.floor(stat.longest.durationMs / 60_000) : null,
    longest_stay_spacecraft: stat.longest?.chaser ?? null,
    window_start: iso(window.start),
    window_end: iso(window.end),
  }));
}

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; and a text starting with = + - @
 * is prefixed with ' so that a spreadsheet does not run it as a formula.
 */
function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** What a cell of an exported table holds. */
export type Cell = string | number | null;

/** CSV with a header line; the columns are the first row's keys, in their order. */
export function toCsv<Row extends { [column: string]: Cell }>(rows: readonly Row[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const lines = [columns.join(',')];
  for (const row of rows)
    lines.push(columns.map((column) => csvCell(row[column] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly object[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/**
 * "station-dockings_2026-11-28_station-4_2025-01-01-to-2025-12-31_docked.csv"; `what` names the
 * table when it is not the events ("port-statistics").
 */
export function exportFileName(
  view: Pick<ViewState, 'station' | 'port' | 'status' | 'from' | 'to' | 'q'>,
  today: string,
  extension: 'csv' | 'json',
  what?: string,
): string {
  const parts = ['station-dockings', ...(what ? [what] : []), today];
  if (view.station.length) parts.push(`station-${view.station.join('-')}`);
  if (view.port.length) parts.push(`port-${view.port.join('-')}`);
  if (view.from || view.to) parts.push(`${view.from ?? 'start'}-to-${view.to ?? 'now'}`);
  if (view.status) parts.push(view.status);
  const words = view.q
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (words) parts.push(words.slice(0, 30));
  return `${parts.join('_')}.${extension}`;
}
