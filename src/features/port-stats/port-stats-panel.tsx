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
import { useId, type ReactNode } from 'react';
import type { PortStat } from '../../domain/occupancy';
import type { TimeZoneMode } from '../../lib/time';
import type { TimeRange } from '../../domain/timeline';
import { PORT_STAT_COLUMN_DEFS, type PortStatColumnId } from '../../domain/port-stat-columns';
import {
  DEFAULT_PORT_STAT_SORT,
  PORT_STAT_COLUMNS,
  type PortStatSortKey,
} from '../../domain/view-state';
import { formatCount, formatDate, formatDuration, formatShare, plural } from '../../lib/format';
import { ExportButtons } from '../../ui/export-buttons';
import { PANEL_IDS } from '../../ui/skip-button';
import { DataTable } from '../../ui/data-table';
import './port-stats.css';

// Sorted here (unlike the events, which arrive sorted): a few dozen rows at most.
const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic },
  tableMeta: {} as { showStation: boolean },
});
const column = createColumnHelper<typeof features, PortStat>();

/** What each column shows: ids, headers, sorting and the export are in `PORT_STAT_COLUMN_DEFS`. */
const cells: Record<PortStatColumnId, (stat: PortStat, showStation: boolean) => ReactNode> = {
  port: (stat, showStation) => (
    <>
      {stat.port.name}
      {showStation && <span className="secondary">{stat.target.name}</span>}
    </>
  ),
  stays: (stat) => formatCount(stat.stays),
  share: (stat) => (
    <>
      {formatShare(stat.share)}
      <span className="share-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, stat.share * 100)}%` }} />
      </span>
    </>
  ),
  longest: (stat) =>
    stat.longest ? (
      <>
        {formatDuration(stat.longest.durationMs, true)}{' '}
        <span className="secondary" title={stat.longest.chaser}>
          {stat.longest.chaser}
        </span>
      </>
    ) : (
      '—'
    ),
};

const columns = column.columns(
  PORT_STAT_COLUMN_DEFS.map(({ id, header, sortValue, descFirst }) =>
    column.accessor(sortValue, {
      id,
      header,
      // Names in natural order ("Node 2" before "Node 10"); figures by value.
      sortFn: id === 'port' ? 'alphanumeric' : 'basic',
      sortDescFirst: descFirst,
      cell: ({ row, table }) => cells[id](row.original, table.options.meta?.showStation ?? false),
    }),
  ),
);

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
      className="panel stats-panel"
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
        <p className="panel-empty">No stays in this window.</p>
      ) : (
        <div className="stats-scroll">
          <DataTable table={table} rows={rows} className="stats-table" labelledBy={titleId} />
        </div>
      )}
    </section>
  );
}
