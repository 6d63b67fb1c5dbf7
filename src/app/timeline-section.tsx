import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { stationPortsQuery } from '../api/station-queries';
import type { SourceId } from '../api/sources';
import type { Docking } from '../domain/docking';
import { timeWindow, type TimeZoneMode } from '../domain/select';
import { staysExtent, type DayWindow, type StationPorts } from '../domain/timeline';
import { TimelinePanel } from '../features/timeline/timeline-panel';
import type { SetViewState } from '../lib/use-view-state';
import { useNow } from '../ui/use-now';

interface TimelineSectionProps {
  /** The filtered events, whatever their time. */
  shown: readonly Docking[];
  /** Every loaded event (for colours that do not change with filters). */
  allDockings: readonly Docking[];
  station: readonly number[];
  from: string | null;
  to: string | null;
  tz: TimeZoneMode;
  source: SourceId;
  activeId: number | null;
  setView: SetViewState;
  onOpen: (id: number) => void;
}

/** Connects the timeline to the view: its window is the view's from/to, replaced while zooming. */
export function TimelineSection(props: TimelineSectionProps) {
  const { shown, allDockings, station, from, to, tz, source, activeId, setView, onOpen } = props;
  const now = useNow(60 * 60_000);
  const range = useMemo(() => {
    const extent = staysExtent(shown, now);
    const padding = (extent.end - extent.start) * 0.02;
    const window = timeWindow(from, to, tz);
    return {
      start: Number.isFinite(window.start) ? window.start : extent.start - padding,
      end: Number.isFinite(window.end) ? window.end : extent.end + padding,
    };
  }, [shown, from, to, tz, now]);

  const stationId = station.length === 1 ? (station[0] ?? null) : null;
  const ports = useQuery({
    ...stationPortsQuery(source, stationId ?? 0),
    enabled: stationId !== null,
  });
  const emptyPorts = useMemo<StationPorts | null>(
    () =>
      stationId !== null && ports.data && ports.data.id === stationId
        ? {
            station: { id: ports.data.id, name: ports.data.name },
            ports: ports.data.docking_location,
          }
        : null,
    [stationId, ports.data],
  );

  const onWindowChange = useCallback(
    (window: DayWindow | null) =>
      void setView(window ?? { from: null, to: null }, { history: 'replace' }),
    [setView],
  );

  return (
    <TimelinePanel
      dockings={shown}
      allDockings={allDockings}
      range={range}
      isFitAll={from === null && to === null}
      tz={tz}
      emptyPorts={emptyPorts}
      activeId={activeId}
      onWindowChange={onWindowChange}
      onOpen={onOpen}
    />
  );
}
