import { memo, useMemo } from 'react';
import type { SourceId } from '../../api/sources';
import type { Docking } from '../../domain/docking';
import { portStatRows, exportFileName } from '../../domain/export';
import { portStats } from '../../domain/occupancy';
import { timeWindow } from '../../domain/select';
import { type TimeZoneMode } from '../../lib/time';
import { viewRange } from '../../domain/timeline';
import type { PortStatSortKey, ViewFilters } from '../../domain/view-state';
import { PortStatsPanel } from './port-stats-panel';
import type { SetViewState } from '../../ui/use-view-state';
import { today } from '../../ui/export-buttons';
import { useNow } from '../../ui/use-now';
import { SETTLE_MS, useSettledValue } from '../../ui/use-settled-value';
import { useStationPorts } from '../../api/use-station-ports';

interface PortStatsSectionProps {
  /** The filtered events, whatever their time. */
  shown: readonly Docking[];
  /** Every loaded event: the latest fetch time bounds what can be known. */
  allDockings: readonly Docking[];
  /** The view's filters (for the window and the export's file name). */
  filters: ViewFilters;
  tz: TimeZoneMode;
  psort: PortStatSortKey[];
  source: SourceId;
  setView: SetViewState;
}

/** The port statistics of the view's time window (or of all its stays), up to the data's time. */
export const PortStatsSection = memo(function PortStatsSection(props: PortStatsSectionProps) {
  const { allDockings, filters, tz, psort, source, setView } = props;
  const shown = useSettledValue(props.shown, SETTLE_MS);
  const from = useSettledValue(filters.from, SETTLE_MS);
  const to = useSettledValue(filters.to, SETTLE_MS);
  const updating = shown !== props.shown || from !== filters.from || to !== filters.to;
  const { station } = filters;
  const now = useNow(60 * 60_000);
  const emptyPorts = useStationPorts(source, station);
  const window = useMemo(() => {
    const range = viewRange(shown, timeWindow(from, to, tz), now);
    // Time after the data was fetched is not known to be occupied or free: it is left out.
    const knownUntil = allDockings.reduce((latest, docking) => Math.max(latest, docking.asOf), 0);
    return {
      start: range.start,
      end: Math.max(range.start, Math.min(range.end, knownUntil || now)),
    };
  }, [shown, allDockings, from, to, tz, now]);
  const stats = useMemo(() => portStats(shown, window, emptyPorts), [shown, window, emptyPorts]);

  return (
    <PortStatsPanel
      stats={stats}
      window={window}
      tz={tz}
      sort={psort}
      onSortChange={(next) => void setView({ psort: next })}
      exportRows={(shown) => portStatRows(shown, window)}
      fileName={(extension) => exportFileName(filters, today(), extension, 'port-statistics')}
      updating={updating}
    />
  );
});
