import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Docking } from '../../domain/docking';
import type { TimeZoneMode } from '../../lib/time';
import {
  buildTimelineGroups,
  packedLanes,
  type DayWindow,
  type StationPorts,
  type TimeRange,
  type TimelineBar,
} from '../../domain/timeline';
import { formatDate, formatDuration, plural } from '../../lib/format';
import { PANEL_IDS, SkipButton } from '../../ui/skip-button';
import { useMeasured } from '../../ui/use-measured';
import { useNow } from '../../ui/use-now';
import { eventInstants, stepInstant, type Relocation } from '../../domain/occupancy';
import { agencyColors } from '../../ui/agency-colors';
import { AXIS_HEIGHT, LABEL_WIDTH } from './lane-marks';
import { cardPlace } from './card-place';
import { hiddenStaysText } from './stay-label';
import { TimelineChart, layoutLanes } from './timeline-chart';
import { ZOOM_STEP } from './gesture-windows';
import { useTimelineGestures } from './use-timeline-gestures';
import './timeline.css';

const MIN_CHART_WIDTH = 480;

interface TimelinePanelProps {
  /** The filtered events, whatever their time: the lanes do not jump while panning. */
  dockings: readonly Docking[];
  /** Every loaded event: colours are assigned over all of them, so filters never recolour. */
  allDockings: readonly Docking[];
  /** The visible window: the view's from/to, or all the stays when it has none. */
  range: TimeRange;
  isFitAll: boolean;
  tz: TimeZoneMode;
  emptyPorts: StationPorts | null;
  activeId: number | null;
  /** Whether the drawer was opened from the timeline: each stay it steps to is brought into view. */
  followActive: boolean;
  /** Every relocation in the loaded history: those between two shown stays are drawn. */
  moves: readonly Relocation[];
  /** The docked-at instant (null: now), drawn as a cursor that can be moved. */
  at: number | null;
  onAtChange: (at: number | null) => void;
  onWindowChange: (window: DayWindow | null) => void;
  onOpen: (id: number) => void;
}

interface ScrollBox {
  width: number;
  height: number;
  scrollTop: number;
}

const readScrollBox = (element: HTMLElement): ScrollBox => ({
  width: element.clientWidth,
  height: element.clientHeight,
  scrollTop: element.scrollTop,
});

interface LaneRange {
  top: number;
  bottom: number;
}

/**
 * The lanes on screen (lane pixels, under the axis), and a lane or two beyond so that the arrow
 * keys can reach the next lane; in steps, so that scrolling re-renders the stays' buttons rarely.
 * The canvas follows every scroll by itself.
 */
function lanesInView({ scrollTop, height }: ScrollBox): LaneRange {
  const step = 50;
  return {
    top: Math.floor(scrollTop / step) * step - step,
    bottom: Math.ceil((scrollTop + height - AXIS_HEIGHT) / step) * step + step,
  };
}

interface Hovered {
  bar: TimelineBar;
  x: number;
  y: number;
  /** The stays its mark covers besides its own. */
  hidden: number;
}

export function TimelinePanel(props: TimelinePanelProps) {
  const { dockings, allDockings, range, isFitAll, tz, emptyPorts, activeId } = props;
  const { onWindowChange, onOpen, at, onAtChange, moves: allMoves, followActive } = props;
  const [scrollRef, scrollBox] = useMeasured<HTMLDivElement, ScrollBox>(readScrollBox);
  const width = Math.max(MIN_CHART_WIDTH, (scrollBox?.width ?? 0) - LABEL_WIDTH - 2);
  const now = useNow(60_000);
  const tooltipId = useId();
  const summaryId = useId();
  const [hovered, setHovered] = useState<Hovered | null>(null);
  // Which lanes are on screen: as the box was when last laid out, or as last scrolled since.
  const [scrolled, setScrolled] = useState<{ box: ScrollBox; lanes: LaneRange } | null>(null);
  const visible =
    scrolled && scrolled.box === scrollBox
      ? scrolled.lanes
      : lanesInView(scrollBox ?? { width: 0, height: 0, scrollTop: 0 });
  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element || !scrollBox) return;
    const lanes = lanesInView(readScrollBox(element));
    setScrolled((current) =>
      current?.box === scrollBox &&
      current.lanes.top === lanes.top &&
      current.lanes.bottom === lanes.bottom
        ? current
        : { box: scrollBox, lanes },
    );
  }, [scrollRef, scrollBox]);

  // Each port's stays are packed once per history; a filter that keeps all of a port's stays (a
  // station, a port) reuses its lane, and a view of the whole history (no filter, or one cleared)
  // is the history's own groups.
  const wholeGroups = useMemo(() => buildTimelineGroups(allDockings), [allDockings]);
  const packed = useMemo(() => packedLanes(wholeGroups), [wholeGroups]);
  const groups = useMemo(
    () =>
      dockings === allDockings && emptyPorts === null
        ? wholeGroups
        : buildTimelineGroups(dockings, emptyPorts, packed),
    [dockings, allDockings, emptyPorts, wholeGroups, packed],
  );
  const { rows, height } = useMemo(() => layoutLanes(groups), [groups]);
  const { colorOf, legend } = useMemo(
    () => agencyColors(allDockings, dockings),
    [allDockings, dockings],
  );
  const barColor = useCallback((bar: TimelineBar) => colorOf(bar.docking), [colorOf]);

  const stats = useMemo(() => {
    let open = 0;
    let overlapping = 0;
    let lanes = 0;
    for (const group of groups) {
      for (const lane of group.lanes) {
        lanes += 1;
        for (const bar of lane.bars) {
          if (bar.open) open += 1;
          if (bar.overlaps) overlapping += 1;
        }
      }
    }
    return { open, overlapping, lanes };
  }, [groups]);

  const { zoom, onKeyDown, onPointerDown } = useTimelineGestures({
    scrollRef,
    range,
    width,
    tz,
    onWindowChange,
  });

  const moves = useMemo(() => {
    if (allMoves.length === 0) return allMoves;
    const shown = new Set(dockings.map((docking) => docking.id));
    return allMoves.filter((move) => shown.has(move.from.id) && shown.has(move.to.id));
  }, [dockings, allMoves]);
  // The cursor steps from one docking or departure to the next, over every loaded event.
  const instants = useMemo(() => eventInstants(allDockings), [allDockings]);
  const onAtStep = useCallback(
    (direction: -1 | 1) => {
      const next = stepInstant(instants, at ?? now, direction);
      if (next !== null) onAtChange(next);
    },
    [instants, at, now, onAtChange],
  );

  // Opened from the timeline, the drawer's stay, once for each stay it steps to, is brought into
  // view when its lane is scrolled away: its outline shows, and closing the drawer can put focus
  // back on its button. (Opened from the table, the table shows it: scrolling here as well cost
  // each opening at 100,000 a redraw of the lanes and, a moment later, of their buttons.) In the
  // next frame: an effect of a click runs before its paint, where reading the box lays out anew.
  const shownActive = useRef<number | null>(null);
  useEffect(() => {
    if (!followActive || activeId === null) shownActive.current = null;
    if (!followActive || activeId === null || activeId === shownActive.current) return;
    const lane = rows.find((row) => row.bars.some((bar) => bar.docking.id === activeId));
    if (!lane) return;
    const frame = requestAnimationFrame(() => {
      const element = scrollRef.current;
      if (!element) return;
      shownActive.current = activeId;
      // Centred when it is not all in view: the box may be a line shorter once the page has made
      // room for the drawer, which it does in the next frame too.
      const inView = element.clientHeight - AXIS_HEIGHT;
      if (lane.y < element.scrollTop || lane.y + lane.height > element.scrollTop + inView)
        element.scrollTop = lane.y + lane.height / 2 - inView / 2;
    });
    return () => cancelAnimationFrame(frame);
  }, [followActive, activeId, rows, scrollRef]);

  // Placed once its size is known: beside the pointer, on the side where the window has room.
  const cardRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!card || !hovered) return;
    const size = { width: window.innerWidth, height: window.innerHeight };
    const { left, top } = cardPlace(hovered, card.getBoundingClientRect(), size);
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }, [hovered]);

  const onBarHover = useCallback(
    (bar: TimelineBar | null, x: number, y: number, hidden = 0) =>
      setHovered(bar ? { bar, x, y, hidden } : null),
    [],
  );

  const shownFrom = formatDate(range.start, tz);
  const shownTo = formatDate(Math.max(range.start, range.end - 1), tz);

  return (
    <section className="panel timeline-panel" aria-labelledby={`${summaryId}-title`}>
      <div className="timeline-toolbar">
        <h2 id={`${summaryId}-title`} className="panel-title">
          Timeline
        </h2>
        <span className="muted small">
          {shownFrom} – {shownTo} · {tz === 'utc' ? 'UTC' : 'local time'}
        </span>
        <div className="timeline-buttons">
          <button
            type="button"
            onClick={() => zoom(1 / ZOOM_STEP)}
            aria-label="Zoom out"
            title="Zoom out (−)"
          >
            −
          </button>
          <button
            type="button"
            onClick={() => zoom(ZOOM_STEP)}
            aria-label="Zoom in"
            title="Zoom in (+)"
          >
            +
          </button>
          <button
            type="button"
            onClick={() => onWindowChange(null)}
            disabled={isFitAll}
            title="Show all stays (0)"
          >
            Fit all
          </button>
          <SkipButton to={PANEL_IDS.portStats}>Skip past the timeline's bars</SkipButton>
        </div>
      </div>
      <ul className="legend" aria-label="Legend">
        {legend.map((entry) => (
          <li key={entry.key}>
            <span className="swatch" style={{ background: entry.color }} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
        <li>
          <span className="swatch open-swatch" aria-hidden="true" />
          Still docked (open-ended)
        </li>
        <li>
          <span className="swatch overlap-swatch" aria-hidden="true" />
          Overlapping stays
        </li>
        {moves.length > 0 && (
          <li>
            <span className="swatch relocation-swatch" aria-hidden="true" />
            Relocation (one flight moving port)
          </li>
        )}
      </ul>
      {stats.overlapping > 0 && (
        <p className="overlap-note small">
          ⚠ {plural(stats.overlapping, 'stay overlaps', 'stays overlap')} another at the same port:
          the data has two vehicles there at once; each is drawn on its own row.
        </p>
      )}
      <p id={summaryId} className="visually-hidden">
        {`${plural(dockings.length, 'stay')} at ${plural(stats.lanes, 'port')} of ${plural(
          groups.length,
          'station or target',
          'stations or targets',
        )}, shown from ${shownFrom} to ${shownTo}; ${plural(stats.open, 'open stay')}. `}
        Each stay in view is a button that opens its event; on a stay, the arrow keys move to the
        next one, Home and End to the first and last. On the timeline itself, plus and minus zoom,
        left and right arrows pan, 0 shows all. The table lists the same events.
      </p>
      <div
        ref={scrollRef}
        className="timeline-scroll"
        role="group"
        aria-label="Port-occupancy timeline"
        aria-describedby={summaryId}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={onScroll}
      >
        {groups.length === 0 ? (
          <p className="panel-empty">No stays to draw for this view.</p>
        ) : scrollBox === null ? null : (
          // Drawn once the box's width is known, a frame after the box is first laid out: the
          // stays are never drawn twice, and the page's first layout with data is not forced.
          <TimelineChart
            rows={rows}
            visibleTop={visible.top}
            visibleBottom={visible.bottom}
            height={height}
            range={range}
            width={width}
            tz={tz}
            now={now}
            activeId={activeId}
            at={at}
            onAtChange={onAtChange}
            onAtStep={onAtStep}
            moves={moves}
            colorOf={barColor}
            tooltipId={tooltipId}
            scrollRef={scrollRef}
            onBarOpen={onOpen}
            onBarHover={onBarHover}
            onPointerDown={onPointerDown}
          />
        )}
      </div>
      {/* In the page's body: placed by the pointer in the window, not in the panel, whose layout
          containment would make it the card's frame (and hide the card under the next panel). */}
      {createPortal(
        <div
          ref={cardRef}
          id={tooltipId}
          role="tooltip"
          className="timeline-tooltip"
          hidden={!hovered}
        >
          {hovered && <BarDetails bar={hovered.bar} hidden={hovered.hidden} tz={tz} />}
        </div>,
        document.body,
      )}
    </section>
  );
}

function BarDetails(props: { bar: TimelineBar; hidden: number; tz: TimeZoneMode }) {
  const { bar, hidden, tz } = props;
  const { docking } = bar;
  return (
    <>
      <strong>{docking.chaser.name}</strong>
      <span>{docking.vehicle?.name ?? 'Vehicle not recorded'}</span>
      <span>
        {docking.target.name} · {docking.port.name}
      </span>
      <span>Docked {formatDate(bar.start, tz)}</span>
      <span>
        {bar.open
          ? `Still docked as of ${formatDate(docking.asOf, tz)}`
          : docking.endedBy
            ? `Departure not recorded; left before ${formatDate(bar.end, tz)}`
            : `Departed ${formatDate(bar.end, tz)}`}
      </span>
      <span>
        {docking.endedBy ? 'At most ' : ''}
        {formatDuration(bar.end - bar.start)}
      </span>
      {bar.overlaps && <span>⚠ Overlaps another stay at this port</span>}
      {hidden > 0 && <span>{hiddenStaysText(hidden)}</span>}
    </>
  );
}
