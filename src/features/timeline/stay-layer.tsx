import { memo, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TimeScale, TimelineBar } from '../../domain/timeline';
import type { TimeZoneMode } from '../../lib/time';
import { LABEL_WIDTH, laneMarks, nextStop, stayMark, type Mark, type MarkRow } from './lane-marks';
import { markLabel } from './stay-label';

/** A lane, with a name that stays the same while lanes come and go as the filters change. */
interface KeyedRow extends MarkRow {
  key: string;
}

interface StayLayerProps {
  rows: readonly KeyedRow[];
  scale: TimeScale;
  /** The lanes on screen (lane pixels): stays of lanes far outside have no button. */
  top: number;
  bottom: number;
  tz: TimeZoneMode;
  activeId: number | null;
  tooltipId: string;
  onOpen: (id: number) => void;
  /** `hidden`: how many stays the mark covers besides its own (see `laneMarks`). */
  onHover: (bar: TimelineBar | null, x: number, y: number, hidden?: number) => void;
}

interface StayButtonProps {
  bar: TimelineBar;
  /** The ids of the stays under a pixel wide that its mark covers, besides its own. */
  hidden: readonly number[];
  left: number;
  top: number;
  width: number;
  label: string;
  tabbable: boolean;
  active: boolean;
  tooltipId: string;
  onOpen: (id: number) => void;
  onFocus: (bar: TimelineBar, hidden: number, element: HTMLElement) => void;
  onBlur: () => void;
}

/** One stay, over where the canvas draws it: its name, its focus ring, Enter to open it. */
const StayButton = memo(function StayButton(props: StayButtonProps) {
  const { bar, hidden, left, top, width, label, tabbable, active, tooltipId } = props;
  const { onOpen, onFocus, onBlur } = props;
  const id = bar.docking.id;
  return (
    <button
      type="button"
      className={`timeline-stay${bar.open ? ' open' : ''}${bar.overlaps ? ' overlaps' : ''}`}
      // Placed by left and top, not a transform: a transform gives each of thousands of buttons a
      // node of its own that the browser walks again at every frame the page paints. The buttons
      // paint nothing, so moving them is no layout shift.
      style={{ left, top, width }}
      tabIndex={tabbable ? 0 : -1}
      aria-label={label}
      aria-describedby={tooltipId}
      aria-current={active ? 'true' : undefined}
      data-bar-id={id}
      // Where focus goes back to when the drawer of a stay it covers closes.
      data-covers={hidden.length > 0 ? hidden.join(' ') : undefined}
      onClick={() => onOpen(id)}
      onFocus={(event) => onFocus(bar, hidden.length, event.currentTarget)}
      onBlur={onBlur}
    />
  );
});

interface LaneStaysProps {
  marks: readonly Mark[];
  labels: readonly string[];
  /** The tabbable and the open stay, when they are in this lane; else null. */
  tabbableId: number | null;
  activeId: number | null;
  tooltipId: string;
  onOpen: (id: number) => void;
  onFocus: (bar: TimelineBar, hidden: number, element: HTMLElement) => void;
  onBlur: () => void;
}

/**
 * One lane's stays. A lane is drawn again only when its stays, or whether it holds the open or the
 * tabbable stay, change: opening an event or moving focus redraws one or two lanes, not the
 * thousands of buttons of a busy timeline.
 */
const LaneStays = memo(function LaneStays(props: LaneStaysProps) {
  const { marks, labels, tabbableId, activeId, ...handlers } = props;
  return marks.map((mark, index) => (
    <StayButton
      key={mark.bar.docking.id}
      bar={mark.bar}
      hidden={mark.merged}
      left={Math.round((LABEL_WIDTH + mark.x) * 10) / 10}
      top={mark.y}
      width={Math.round(mark.width * 10) / 10}
      label={labels[index]!}
      tabbable={mark.bar.docking.id === tabbableId}
      active={mark.bar.docking.id === activeId}
      {...handlers}
    />
  ));
});

/**
 * The stays in view as buttons, for the keyboard and assistive technology: one Tab stop, the
 * arrow keys move between stays (`nextStop`), Enter opens one. They are not drawn (the canvas
 * is) and take no pointer: pointing is answered by finding the stay under the pointer. There is
 * a button for each mark the canvas draws, as there is a stay to point at: a mark that covers
 * stays under a pixel wide says how many (the table lists every one, zooming in tells them
 * apart). At 100,000 events that is about 900 buttons in view, not 4,800.
 */
export const StayLayer = memo(function StayLayer(props: StayLayerProps) {
  const { rows, scale, top, bottom, tz, activeId, tooltipId, onOpen, onHover } = props;
  const layerRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<number | null>(null);
  const marks = useMemo(() => laneMarks(rows, scale, top, bottom), [rows, scale, top, bottom]);
  const labels = useMemo(
    () => marks.map((mark) => markLabel(mark.bar, mark.merged.length, tz)),
    [marks, tz],
  );
  const stops = useMemo(
    () => marks.map((mark) => ({ id: mark.bar.docking.id, row: mark.row, start: mark.bar.start })),
    [marks],
  );
  // The marks lane by lane (they come in lane order), and the lane of each stay. A lane keeps its
  // key when a filter takes away the lanes above it, so its buttons are kept, not made again.
  const lanes = useMemo(() => {
    const byLane: { row: number; key: string; marks: Mark[]; labels: string[] }[] = [];
    marks.forEach((mark, index) => {
      if (byLane.at(-1)?.row !== mark.row)
        byLane.push({ row: mark.row, key: rows[mark.row]!.key, marks: [], labels: [] });
      byLane.at(-1)!.marks.push(mark);
      byLane.at(-1)!.labels.push(labels[index]!);
    });
    return byLane;
  }, [rows, marks, labels]);
  const laneOf = useMemo(() => new Map(stops.map((stop) => [stop.id, stop.row])), [stops]);
  const has = (id: number | null) => id !== null && laneOf.has(id);
  const tabbableId = has(focusedId) ? focusedId : has(activeId) ? activeId : (stops[0]?.id ?? null);
  const inLane = (id: number | null, row: number) =>
    id !== null && laneOf.get(id) === row ? id : null;
  // The open stay where a mark covers it: a button of its own, for its outline and for focus to
  // come back to when the drawer closes. Found apart from the marks, which opening a stay leaves be.
  const covered = useMemo(() => {
    if (activeId === null || laneOf.has(activeId)) return null;
    const mark = stayMark(rows, scale, top, bottom, activeId);
    return mark && { marks: [mark], labels: [markLabel(mark.bar, 0, tz)] };
  }, [rows, scale, top, bottom, tz, activeId, laneOf]);

  const onFocus = useCallback(
    (bar: TimelineBar, hidden: number, element: HTMLElement) => {
      setFocusedId(bar.docking.id);
      const box = element.getBoundingClientRect();
      onHover(bar, box.left + box.width / 2, box.bottom, hidden);
    },
    [onHover],
  );
  const onBlur = useCallback(() => onHover(null, 0, 0), [onHover]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const id = Number((event.target as HTMLElement).dataset.barId);
    if (!id || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = nextStop(stops, id, event.key);
    if (next === null) return;
    // The same keys pan the timeline when it has focus; on a stay they move between stays.
    event.preventDefault();
    event.stopPropagation();
    setFocusedId(next);
    layerRef.current?.querySelector<HTMLElement>(`[data-bar-id="${next}"]`)?.focus();
  };

  return (
    <div ref={layerRef} className="timeline-stays" onKeyDown={onKeyDown}>
      {lanes.map((lane) => (
        <LaneStays
          key={lane.key}
          marks={lane.marks}
          labels={lane.labels}
          tabbableId={inLane(tabbableId, lane.row)}
          activeId={inLane(activeId, lane.row)}
          tooltipId={tooltipId}
          onOpen={onOpen}
          onFocus={onFocus}
          onBlur={onBlur}
        />
      ))}
      {covered && (
        <LaneStays
          {...covered}
          tabbableId={null}
          activeId={activeId}
          tooltipId={tooltipId}
          onOpen={onOpen}
          onFocus={onFocus}
          onBlur={onBlur}
        />
      )}
    </div>
  );
});
