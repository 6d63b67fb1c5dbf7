import type { ExportField, SortValue } from './event-columns';
import type { PortStat } from './occupancy';

interface PortStatColumn<Id extends string> {
  /** Its id in the URL's `psort`. */
  id: Id;
  header: string;
  sortValue: (stat: PortStat) => SortValue;
  /** Figures sort largest first on the first click. */
  descFirst: boolean;
  /** What the column is in the export, in order. */
  exported: ExportField<PortStat>[];
}

/**
 * The port statistics table's columns, in their order on screen: the URL's `psort` ids, the
 * sorting, the headers and the export read them; the panel adds a cell for each id.
 */
export const PORT_STAT_COLUMN_DEFS = [
  {
    id: 'port',
    header: 'Port',
    // By station, then port: alike-named ports of different stations stay apart.
    sortValue: (stat) => `${stat.target.name}\u0000${stat.port.name}`,
    descFirst: false,
    exported: [
      { name: 'station_or_target', value: (stat) => stat.target.name },
      { name: 'port', value: (stat) => stat.port.name },
    ],
  } satisfies PortStatColumn<'port'>,
  {
    id: 'stays',
    header: 'Stays',
    sortValue: (stat) => stat.stays,
    descFirst: true,
    exported: [{ name: 'stays', value: (stat) => stat.stays }],
  } satisfies PortStatColumn<'stays'>,
  {
    id: 'share',
    header: 'Occupied',
    sortValue: (stat) => stat.share,
    descFirst: true,
    exported: [
      // Share of the window with a vehicle at the port, 0–1, four decimals.
      { name: 'occupied_share', value: (stat) => Math.round(stat.share * 10_000) / 10_000 },
      { name: 'occupied_hours', value: (stat) => Math.round(stat.occupiedMs / 3_600_000) },
    ],
  } satisfies PortStatColumn<'share'>,
  {
    id: 'longest',
    header: 'Longest',
    sortValue: (stat) => stat.longest?.durationMs ?? -1,
    descFirst: true,
    exported: [
      {
        name: 'longest_stay_minutes',
        value: (stat) => (stat.longest ? Math.floor(stat.longest.durationMs / 60_000) : null),
      },
      { name: 'longest_stay_spacecraft', value: (stat) => stat.longest?.chaser ?? null },
    ],
  } satisfies PortStatColumn<'longest'>,
];

export type PortStatColumnId = (typeof PORT_STAT_COLUMN_DEFS)[number]['id'];
export const PORT_STAT_COLUMNS: readonly PortStatColumnId[] = PORT_STAT_COLUMN_DEFS.map(
  (column) => column.id,
);
