import type { Docking } from './docking';

export type SortValue = number | string;

interface EventColumn<Id extends string> {
  /** Its id in the URL's `sort` (a public interface: shared links keep it). */
  id: Id;
  header: string;
  /** What the column sorts by. */
  sortValue: (docking: Docking) => SortValue;
  /** Times and durations sort newest or longest first on the first click. */
  descFirst: boolean;
}

const column = <Id extends string>(
  id: Id,
  header: string,
  sortValue: (docking: Docking) => SortValue,
  descFirst = false,
): EventColumn<Id> => ({ id, header, sortValue, descFirst });

/** An agency as the table and the legend name it: its abbreviation, or its name. */
export const agencyLabel = (agency: { name: string; abbrev: string | null }) =>
  agency.abbrev || agency.name;

/**
 * The events table's columns, in their order on screen: the one place a column is defined. The
 * URL's sort ids, the sorting (`sortDockings`) and the table's headers read it; the table adds a
 * cell for each id (typed, so a column without a cell does not compile).
 */
export const EVENT_COLUMNS = [
  // First, and pinned on narrow screens: what a row is about stays in view when scrolling sideways.
  column('spacecraft', 'Spacecraft', (docking) => docking.chaser.name),
  column('docked', 'Docked', (docking) => docking.docked, true),
  // An open stay has not ended: it sorts after every departure.
  column('departed', 'Departed', (docking) => docking.departed ?? Infinity, true),
  column('duration', 'Duration', (docking) => docking.durationMs, true),
  column('vehicle', 'Vehicle', (docking) => docking.vehicle?.name ?? ''),
  column('agency', 'Agency', (docking) => (docking.agency ? agencyLabel(docking.agency) : '')),
  column('station', 'Station', (docking) => docking.target.name),
  column('port', 'Port', (docking) => docking.port.name),
  column('launch', 'Launch', (docking) => docking.launch?.name ?? ''),
];

export type ColumnId = (typeof EVENT_COLUMNS)[number]['id'];
export const SORTABLE_COLUMNS: readonly ColumnId[] = EVENT_COLUMNS.map((entry) => entry.id);

const byId = new Map<string, EventColumn<ColumnId>>(
  EVENT_COLUMNS.map((entry) => [entry.id, entry]),
);

export function eventColumn(id: ColumnId): EventColumn<ColumnId> {
  return byId.get(id)!;
}
