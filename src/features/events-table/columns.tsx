import { createColumnHelper, rowSortingFeature, tableFeatures } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import type { Docking } from '../../domain/docking';
import { EVENT_COLUMNS, agencyLabel, type ColumnId } from '../../domain/event-columns';
import { formatDuration } from '../../lib/format';
import { DateTime } from '../../ui/time-zone';

/** Sorting state and header toggles only: rows arrive already in the view's order (`sortDockings`). */
export const tableFeatureSet = tableFeatures({ rowSortingFeature });

const column = createColumnHelper<typeof tableFeatureSet, Docking>();
const orDash = (value: string | null | undefined) => value || '—';

/** What each column shows: ids, headers and sorting are in `EVENT_COLUMNS`. */
const cells: Record<ColumnId, (docking: Docking) => ReactNode> = {
  spacecraft: (docking) => docking.chaser.name,
  docked: (docking) => <DateTime ms={docking.docked} relative />,
  departed: (docking) =>
    docking.endedBy ? (
      <>
        <span className="unrecorded">Departure not recorded</span>{' '}
        <span className="secondary">
          left before <DateTime ms={docking.endedBy.docked} />
        </span>
      </>
    ) : docking.departed === null ? (
      <>
        <span className="open-stay">Still docked</span>{' '}
        <span className="secondary">
          as of <DateTime ms={docking.asOf} />
        </span>
      </>
    ) : (
      <DateTime ms={docking.departed} relative />
    ),
  duration: (docking) => (
    <span className="numeric">
      {docking.endedBy ? <abbr title="at most">≤ </abbr> : null}
      {formatDuration(docking.durationMs)}
      {docking.status === 'docked' ? ' +' : ''}
    </span>
  ),
  vehicle: (docking) => orDash(docking.vehicle?.name),
  agency: (docking) =>
    docking.agency ? <abbr title={docking.agency.name}>{agencyLabel(docking.agency)}</abbr> : '—',
  station: (docking) => docking.target.name,
  port: (docking) => docking.port.name,
  launch: (docking) => orDash(docking.launch?.name),
};

export const dockingColumns = column.columns(
  EVENT_COLUMNS.map(({ id, header, sortValue, descFirst }) =>
    column.accessor(sortValue, {
      id,
      header,
      sortDescFirst: descFirst,
      cell: ({ row }) => cells[id](row.original),
    }),
  ),
);
