import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { Docking } from '../../domain/docking';
import { formatDuration } from '../../lib/format';
import { DateTime } from '../../ui/time-zone';

/** Sorting state and header toggles only: rows arrive already in the view's order (`sortDockings`). */
export const tableFeatureSet = tableFeatures({ rowSortingFeature });

const column = createColumnHelper<typeof tableFeatureSet, Docking>();
const orDash = (value: string | null | undefined) => value || '—';

export const dockingColumns = column.columns([
  // First, and pinned on narrow screens: what a row is about stays in view when scrolling sideways.
  column.accessor((row) => row.chaser.name, {
    id: 'spacecraft',
    header: 'Spacecraft',
  }),
  column.accessor((row) => row.docked, {
    id: 'docked',
    header: 'Docked',
    sortDescFirst: true,
    cell: (info) => <DateTime ms={info.getValue()} relative />,
  }),
  column.accessor((row) => row.departed, {
    id: 'departed',
    header: 'Departed',
    sortDescFirst: true,
    cell: ({ row }) =>
      row.original.endedBy ? (
        <>
          <span className="unrecorded">Departure not recorded</span>{' '}
          <span className="secondary">
            left before <DateTime ms={row.original.endedBy.docked} />
          </span>
        </>
      ) : row.original.departed === null ? (
        <>
          <span className="open-stay">Still docked</span>{' '}
          <span className="secondary">
            as of <DateTime ms={row.original.asOf} />
          </span>
        </>
      ) : (
        <DateTime ms={row.original.departed} relative />
      ),
  }),
  column.accessor((row) => row.durationMs, {
    id: 'duration',
    header: 'Duration',
    sortDescFirst: true,
    cell: ({ row }) => (
      <span className="numeric">
        {row.original.endedBy ? <abbr title="at most">≤ </abbr> : null}
        {formatDuration(row.original.durationMs)}
        {row.original.status === 'docked' ? ' +' : ''}
      </span>
    ),
  }),
  column.accessor((row) => row.vehicle?.name ?? '', {
    id: 'vehicle',
    header: 'Vehicle',
    cell: (info) => orDash(info.getValue()),
  }),
  column.accessor((row) => row.agency?.abbrev || row.agency?.name || '', {
    id: 'agency',
    header: 'Agency',
    cell: ({ row }) =>
      row.original.agency ? (
        <abbr title={row.original.agency.name}>
          {row.original.agency.abbrev || row.original.agency.name}
        </abbr>
      ) : (
        '—'
      ),
  }),
  column.accessor((row) => row.target.name, { id: 'station', header: 'Station' }),
  column.accessor((row) => row.port.name, { id: 'port', header: 'Port' }),
  column.accessor((row) => row.launch?.name ?? '', {
    id: 'launch',
    header: 'Launch',
    cell: (info) => orDash(info.getValue()),
  }),
]);
