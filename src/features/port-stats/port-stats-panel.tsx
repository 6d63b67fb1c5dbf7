import {
  createColumnHelper,
  createSortedRowModel,
  functionalUpdate,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useId } from 'react';
import type { PortStat } from '../../domain/occupancy';
import type { TimeZoneMode } from '../../lib/time';
import type { TimeRange } from '../../domain/timeline';
import {
  DEFAULT_PORT_STAT_SORT,
  PORT_STAT_COLUMNS,
  type PortStatSortKey,
} from '../../domain/view-state';
import { formatCount, formatDate, formatDuration, formatShare, plural } from '../../lib/format';
import { ExportButtons } from '../../ui/export-buttons';
import { PANEL_IDS } from '../../ui/skip-button';
import { SortHeaderRow } from '../../ui/sort-header';

// Sorted here (unlike the events, which arrive sorted): a few dozen rows at most.
const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  tableMeta: {} as { showStation: boolean },
});
const column = createColumnHelper<typeof features, PortStat>();

const columns = column.columns([
  // Sorted by station, then port: alike-named ports of different stations stay apart.
  column.accessor((stat) => `${stat.target.name}\u0000${stat.port.name}`, {
    id: 'port',
    header: 'Port',
    sortFn: 'alphanumeric',
    cell: ({ row, table }) => (
      <>
        {row.original.port.name}
        {table.options.meta?.showStation && (
          <span className="secondary">{row.original.target.name}</span>
        )}
      </>
    ),
  }),
  column.accessor((stat) => stat.stays, {
    id: 'stays',
    header: 'Stays',
    sortFn: 'basic',
    sortDescFirst: true,
    cell: (info) => formatCount(info.getValue()),
  }),
  column.accessor((stat) => stat.share, {
    id: 'share',
    header: 'Occupied',
    sortFn: 'basic',
    sortDescFirst: true,
    cell: (info) => (
      <>
        {formatShare(info.getValue())}
        <span className="share-bar" aria-hidden="true">
          <span style={{ width: `${Math.min(100, info.getValue() * 100)}%` }} />
        </span>
      </>
    ),
  }),
  column.accessor((stat) => stat.longest?.durationMs ?? -1, {
    id: 'longest',
    header: 'Longest',
    sortFn: 'basic',
    sortDescFirst: true,
    cell: ({ row }) =>
      row.original.longest ? (
        <>
          {formatDuration(row.original.longest.durationMs, true)}{' '}
          <span className="secondary" title={row.original.longest.chaser}>
            {row.original.longest.chaser}
          </span>
        </>
      ) : (
        '—'
      ),
  }),
]);

const columnIds: readonly string[] = PORT_STAT_COLUMNS;

interface PortStatsPanelProps {
  stats: PortStat[];
  window: TimeRange;
  tz: TimeZoneMode;
  sort: PortStatSortKey[];
  onSortChange: (sort: PortStatSortKey[]) => void;
  /** The rows to export, given the statistics in the order shown. */
  exportRows: (shown: PortStat[]) => { [column: string]: string | number | null }[];
  fileName: (extension: 'csv' | 'json') => string;
  /** The view has changed and these figures are about to follow it. */
  updating: boolean;
}

/** Per port over the time window: stays, share of time occupied, longest stay. */
export function PortStatsPanel(props: PortStatsPanelProps) {
  const { stats, window, tz, sort, onSortChange, exportRows, fileName, updating } = props;
  const titleId = useId();
  const oneTarget = stats.every((stat) => stat.target.id === stats[0]?.target.id);
  const table = useTable({
    features,
    columns,
    // With one station (or target) its name in every row says nothing: it is in the caption.
    meta: { showStation: !oneTarget },
    data: stats,
    getRowId: (stat) => stat.key,
    state: { sorting: sort },
    onSortingChange: (updater) => {
      const next = functionalUpdate(updater, sort).filter((key) => columnIds.includes(key.id));
      onSortChange(next.length ? (next as PortStatSortKey[]) : DEFAULT_PORT_STAT_SORT);
    },
    enableSortingRemoval: false,
    enableMultiSort: true,
  });
  const rows = table.getRowModel().rows;
  const shownTo = formatDate(Math.max(window.start, window.end - 1), tz);

  return (
    <section
      className="stats-panel"
      aria-labelledby={titleId}
      aria-busy={updating}
      id={PANEL_IDS.portStats}
      tabIndex={-1}
    >
      <div className="stats-toolbar">
        <h2 id={titleId} className="panel-title">
          Port statistics
        </h2>
        <ExportButtons
          what="port statistics"
          rows={() => exportRows(rows.map((row) => row.original))}
          disabled={stats.length === 0}
          fileName={fileName}
        />
      </div>
      <p className="muted small">
        {formatDate(window.start, tz)} – {shownTo}
        {oneTarget && stats[0] ? ` · ${stats[0].target.name}` : ''} · {plural(stats.length, 'port')}
        . Occupied: share of that time with a vehicle at the port.
      </p>
      {stats.length === 0 ? (
        <p className="timeline-empty">No stays in this window.</p>
      ) : (
        <div className="stats-scroll">
          <table className="data-table stats-table" aria-labelledby={titleId}>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <SortHeaderRow key={group.id} headers={group.headers} multiSort={sort.length > 1} />
              ))}
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id} className={`col-${cell.column.id}`}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
