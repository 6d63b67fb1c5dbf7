import { isoUtc as iso } from '../lib/format';
import type { Docking } from './docking';
import type { ViewState } from './view-state';

/*
 * The rows of a view as a file to take away: CSV or JSON, in the table's order, times in ISO-8601
 * UTC. Only the docking's own facts go in: nothing from settings (such as the API key) can.
 */

export interface ExportRow {
  id: number;
  docked: string;
  departed: string | null;
  status: 'docked' | 'departed';
  /** Minutes at the port; for an open stay, up to `as_of`. */
  duration_minutes: number;
  as_of: string;
  spacecraft: string;
  chaser_kind: string;
  vehicle: string | null;
  agency: string | null;
  station_or_target: string;
  port: string;
  launch: string | null;
}

export function exportRows(dockings: readonly Docking[]): ExportRow[] {
  return dockings.map((docking) => ({
    id: docking.id,
    docked: iso(docking.docked),
    departed: docking.departed === null ? null : iso(docking.departed),
    status: docking.status,
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

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; and a text starting with = + - @
 * is prefixed with ' so that a spreadsheet does not run it as a formula.
 */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly ExportRow[]): string {
  const columns: (keyof ExportRow)[] = [
    'id',
    'docked',
    'departed',
    'status',
    'duration_minutes',
    'as_of',
    'spacecraft',
    'chaser_kind',
    'vehicle',
    'agency',
    'station_or_target',
    'port',
    'launch',
  ];
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** "station-dockings_2026-11-28_station-4_2025-01-01-to-2025-12-31_docked.csv" */
export function exportFileName(
  view: Pick<ViewState, 'station' | 'port' | 'status' | 'from' | 'to' | 'q'>,
  today: string,
  extension: 'csv' | 'json',
): string {
  const parts = ['station-dockings', today];
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
