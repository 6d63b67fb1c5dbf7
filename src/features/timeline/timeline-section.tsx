import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
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
  /** Whether the drawer was opened from the timeline: each stay it steps to is brought into view. */
  followActive: boolean;
  /** Every relocation in the loaded history. */
  moves: readonly Relocation[];
  at: number | null;
  onAtChange: (at: number | null) => void;
  setView: SetViewState;
  onOpen: (id: number) => void;
}

/** How long a zoom or pan pauses before the rest of the page follows its window. */
export const GESTURE_PAUSE_MS = 150;

/**
 * Connects the timeline to the view: its window is the view's from/to. A zoom or pan redraws the
 * timeline at once; the window replaces the view's (and the link's) when the gesture pauses, and
 * only then do the table, counts and statistics follow it.
 */
export function TimelineSection(props: TimelineSectionProps) {
  const { shown, allDockings, station, from, to, tz, source, activeId, setView, onOpen } = props;
  const { followActive } = props;
  const { at, onAtChange, moves } = props;
  const now = useNow(60 * 60_000);
  // The window of a gesture under way (null inside: all of it); null: none under way.
  const [gesture, setGesture] = useState<{ window: DayWindow | null } | null>(null);
  const windowFrom = gesture ? (gesture.window?.from ?? null) : from;
  const windowTo = gesture ? (gesture.window?.to ?? null) : to;
  const range = useMemo(
    () => viewRange(shown, timeWindow(windowFrom, windowTo, tz), now, 0.02),
    [shown, windowFrom, windowTo, tz, now],
  );
  const emptyPorts = useStationPorts(source, station);

  const pause = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(pause.current), []);
  const onWindowChange = useCallback(
    (window: DayWindow | null) => {
      setGesture({ window });
      clearTimeout(pause.current);
      pause.current = setTimeout(() => {
        void setView(window ?? { from: null, to: null }, { history: 'replace' });
        setGesture(null);
      }, GESTURE_PAUSE_MS);
    },
    [setView],
  );

  return (
    <TimelinePanel
      dockings={shown}
      allDockings={allDockings}
      range={range}
      isFitAll={windowFrom === null && windowTo === null}
      tz={tz}
      emptyPorts={emptyPorts}
      activeId={activeId}
      followActive={followActive}
      moves={moves}
      at={at}
      onAtChange={onAtChange}
      onWindowChange={onWindowChange}
      onOpen={onOpen}
    />
  );
}
