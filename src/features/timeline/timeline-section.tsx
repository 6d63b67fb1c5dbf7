import { useCallback, useMemo } from 'react';
import type { SourceId } from '../../api/sources';
import type { Docking } from '../../domain/docking';
import type { Relocation } from '../../domain/occupancy';
import { timeWindow } from '../../domain/select';
import { type TimeZoneMode } from '../../lib/time';
import { viewRange, type DayWindow } from '../../domain/timeline';
import { TimelinePanel } from './timeline-panel';
import type { SetViewState } from '../../ui/use-view-state';
import { useNow } from '../../ui/use-now';
import { useStationPorts } from '../../api/use-station-ports';

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
  /** Every relocation in the loaded history. */
  moves: readonly Relocation[];
  at: number | null;
  onAtChange: (at: number | null) => void;
  setView: SetViewState;
  onOpen: (id: number) => void;
}

/** Connects the timeline to the view: its window is the view's from/to, replaced while zooming. */
export function TimelineSection(props: TimelineSectionProps) {
  const { shown, allDockings, station, from, to, tz, source, activeId, setView, onOpen } = props;
  const { at, onAtChange, moves } = props;
  const now = useNow(60 * 60_000);
  const range = useMemo(
    () => viewRange(shown, timeWindow(from, to, tz), now, 0.02),
    [shown, from, to, tz, now],
  );
  const emptyPorts = useStationPorts(source, station);

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
      moves={moves}
      at={at}
      onAtChange={onAtChange}
      onWindowChange={onWindowChange}
      onOpen={onOpen}
    />
  );
}
