import { isoUtc as iso } from '../lib/format';
import type { Docking, StayStatus } from './docking';
import { eventColumn, type Cell, type ColumnId, type ExportField } from './event-columns';
import { PORT_STAT_COLUMN_DEFS } from './port-stat-columns';
import type { PortStat } from './occupancy';
import type { TimeRange } from './timeline';
import type { ViewState } from './view-state';

export type { Cell } from './event-columns';

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

/** The export's fields, in file order: the table's columns and what only the file has. */
const fromColumn = (id: ColumnId) => eventColumn(id).exported;
const EXPORT_FIELDS: ExportField<Docking>[] = [
  { name: 'id', value: (docking) => docking.id },
  fromColumn('docked'),
  fromColumn('departed'),
  { name: 'status', value: (docking) => docking.status },
  { name: 'departure_note', value: departureNote },
  fromColumn('duration'),
  { name: 'as_of', value: (docking) => iso(docking.asOf) },
  fromColumn('spacecraft'),
  { name: 'chaser_kind', value: (docking) => docking.chaser.kind },
  fromColumn('vehicle'),
  fromColumn('agency'),
  fromColumn('station'),
  fromColumn('port'),
  fromColumn('launch'),
];

const rowOf = <Row>(fields: readonly ExportField<Row>[], row: Row) =>
  Object.fromEntries(fields.map((field) => [field.name, field.value(row)]));

export function exportRows(dockings: readonly Docking[]): ExportRow[] {
  return dockings.map((docking) => rowOf(EXPORT_FIELDS, docking) as ExportRow);
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

const PORT_STAT_FIELDS = PORT_STAT_COLUMN_DEFS.flatMap(
  (column): ExportField<PortStat>[] => column.exported,
);

export function portStatRows(stats: readonly PortStat[], window: TimeRange): PortStatRow[] {
  // After the columns' fields: the window the figures are about.
  const about = { window_start: iso(window.start), window_end: iso(window.end) };
  return stats.map((stat) => ({ ...rowOf(PORT_STAT_FIELDS, stat), ...about }) as PortStatRow);
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
