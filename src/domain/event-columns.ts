import { isoUtc as iso } from '../lib/format';
import type { Docking } from './docking';

export type SortValue = number | string;

/** What a cell of an exported table holds. */
export type Cell = string | number | null;

/** A field of the export (CSV column or JSON key) and its value for a row. */
export interface ExportField<Row> {
  name: string;
  value: (row: Row) => Cell;
}

interface EventColumn<Id extends string> {
  /** Its id in the URL's `sort` (a public interface: shared links keep it). */
  id: Id;
  header: string;
  /** What the column sorts by. */
  sortValue: (docking: Docking) => SortValue;
  /** Times and durations sort newest or longest first on the first click. */
  descFirst: boolean;
  /** The column in the export: its field name there and its value, in ISO-8601 UTC for times. */
  exported: ExportField<Docking>;
}

const column = <Id extends string>(
  id: Id,
  header: string,
  sortValue: (docking: Docking) => SortValue,
  exported: ExportField<Docking>,
  descFirst = false,
): EventColumn<Id> => ({ id, header, sortValue, descFirst, exported });

/** An agency as the table and the legend name it: its abbreviation, or its name. */
export const agencyLabel = (agency: { name: string; abbrev: string | null }) =>
  agency.abbrev || agency.name;

/**
 * The events table's columns, in their order on screen: the one place a column is defined. The
 * URL's sort ids, the sorting (`sortDockings`), the table's headers and the export read it; the
 * table adds a cell for each id (typed, so a column without a cell does not compile).
 */
export const EVENT_COLUMNS = [
  // First, and pinned on narrow screens: what a row is about stays in view when scrolling sideways.
  column('spacecraft', 'Spacecraft', (docking) => docking.chaser.name, {
    name: 'spacecraft',
    value: (docking) => docking.chaser.name,
  }),
  column(
    'docked',
    'Docked',
    (docking) => docking.docked,
    { name: 'docked', value: (docking) => iso(docking.docked) },
    true,
  ),
  // An open stay has not ended: it sorts after every departure.
  column(
    'departed',
    'Departed',
    (docking) => docking.departed ?? Infinity,
    {
      name: 'departed',
      value: (docking) => (docking.departed === null ? null : iso(docking.departed)),
    },
    true,
  ),
  // Minutes at the port; for an open stay, up to `as_of`; for an unrecorded departure, at most.
  column(
    'duration',
    'Duration',
    (docking) => docking.durationMs,
    { name: 'duration_minutes', value: (docking) => Math.floor(docking.durationMs / 60_000) },
    true,
  ),
  column('vehicle', 'Vehicle', (docking) => docking.vehicle?.name ?? '', {
    name: 'vehicle',
    value: (docking) => docking.vehicle?.name ?? null,
  }),
  column('agency', 'Agency', (docking) => (docking.agency ? agencyLabel(docking.agency) : ''), {
    name: 'agency',
    value: (docking) => docking.agency?.name ?? null,
  }),
  column('station', 'Station', (docking) => docking.target.name, {
    name: 'station_or_target',
    value: (docking) => docking.target.name,
  }),
  column('port', 'Port', (docking) => docking.port.name, {
    name: 'port',
    value: (docking) => docking.port.name,
  }),
  column('launch', 'Launch', (docking) => docking.launch?.name ?? '', {
    name: 'launch',
    value: (docking) => docking.launch?.name ?? null,
  }),
];

export type ColumnId = (typeof EVENT_COLUMNS)[number]['id'];
export const SORTABLE_COLUMNS: readonly ColumnId[] = EVENT_COLUMNS.map((entry) => entry.id);

const byId = new Map<string, EventColumn<ColumnId>>(
  EVENT_COLUMNS.map((entry) => [entry.id, entry]),
);

export function eventColumn(id: ColumnId): EventColumn<ColumnId> {
  return byId.get(id)!;
}
