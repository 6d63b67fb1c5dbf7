import {
  memo,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import type { Relocation } from '../../domain/occupancy';
import { stayEnd } from '../../domain/select';
import { type TimeZoneMode } from '../../lib/time';
import {
  timeScale,
  timeTicks,
  type Tick,
  type TimeRange,
  type TimeScale,
  type TimelineBar,
  type TimelineGroup,
} from '../../domain/timeline';
import { formatDateTime } from '../../lib/format';
import { SETTLE_MS, useSettledValue } from '../../ui/use-settled-value';
import { AXIS_HEIGHT, LABEL_WIDTH, SUBLANE_HEIGHT } from './lane-marks';
import { StayLayer } from './stay-layer';
import { useLaneCanvas } from './use-lane-canvas';

const LANE_GAP = 6;
const GROUP_HEADER = 24;

export interface LaneLayout {
  key: string;
  kind: 'group' | 'lane';
  label: string;
  y: number;
  height: number;
  bars: TimelineBar[];
}

/** Vertical positions of the station headers and port lanes. */
export function layoutLanes(groups: readonly TimelineGroup[]): {
  rows: LaneLayout[];
  height: number;
} {
  const rows: LaneLayout[] = [];
  let y = 0;
  for (const group of groups) {
    const groupKey = `${group.target.kind}:${group.target.id}`;
    rows.push({
      key: groupKey,
      kind: 'group',
      label: group.target.name,
      y,
      height: GROUP_HEADER,
      bars: [],
    });
    y += GROUP_HEADER;
    for (const lane of group.lanes) {
      const height = lane.subLanes * SUBLANE_HEIGHT + LANE_GAP;
      rows.push({
        key: `${groupKey}/${lane.port.id}`,
        kind: 'lane',
        label: lane.port.name,
        y,
        height,
        bars: lane.bars,
      });
      y += height;
    }
  }
  return { rows, height: y };
}

interface ChartProps {
  rows: LaneLayout[];
  /** The lanes' vertical span on screen: stays of lanes far outside it have no button. */
  visibleTop: number;
  visibleBottom: number;
  height: number;
  range: TimeRange;
  width: number;
  tz: TimeZoneMode;
  now: number;
  activeId: number | null;
  /** The docked-at instant; null: now. */
  at: number | null;
  onAtChange: (at: number | null) => void;
  onAtStep: (direction: -1 | 1) => void;
  /** Relocations among the drawn stays: a connector from one bar's end to the next one's start. */
  moves: readonly Relocation[];
  colorOf: (bar: TimelineBar) => string;
  tooltipId: string;
  /** The scrolling box the lanes are in: the canvas draws what it shows. */
  scrollRef: RefObject<HTMLDivElement | null>;
  onBarOpen: (id: number) => void;
  /** `hidden`: how many stays the mark under the pointer covers besides its own. */
  onBarHover: (bar: TimelineBar | null, x: number, y: number, hidden?: number) => void;
  onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
}

interface AxisProps {
  scale: TimeScale;
  ticks: Tick[];
  now: number;
  tz: TimeZoneMode;
  at: number | null;
  onAtChange: (at: number | null) => void;
  onAtStep: (direction: -1 | 1) => void;
}

const MINUTE_MS = 60_000;
const STEP_KEYS: Record<string, -1 | 1> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
};

/**
 * The time axis, and on it the docked-at cursor: a click on the axis puts it there, dragging moves
 * it, and as a slider the arrow keys step it to the previous or next docking or departure (End:
 * back to now).
 */
function Axis({ scale, ticks, now, tz, at, onAtChange, onAtStep }: AxisProps) {
  const { width } = scale;
  const nowX = scale.x(now);
  const cursor = at ?? now;
  const cursorX = Math.min(width, Math.max(0, scale.x(cursor)));
  const dragging = useRef(false);
  const instantAt = (event: PointerEvent<SVGSVGElement>) => {
    const x = event.clientX - event.currentTarget.getBoundingClientRect().left - LABEL_WIDTH;
    return Math.floor(scale.time(Math.min(width, Math.max(0, x))) / MINUTE_MS) * MINUTE_MS;
  };
  return (
    <svg
      className="timeline-axis"
      width={LABEL_WIDTH + width}
      height={AXIS_HEIGHT}
      onPointerDown={(event) => {
        if (event.clientX - event.currentTarget.getBoundingClientRect().left < LABEL_WIDTH) return;
        dragging.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
        onAtChange(instantAt(event));
      }}
      onPointerMove={(event) => {
        if (dragging.current) onAtChange(instantAt(event));
      }}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      <rect className="axis-hit" x={LABEL_WIDTH} width={width} height={AXIS_HEIGHT} />
      <g transform={`translate(${LABEL_WIDTH},0)`} aria-hidden="true">
        {ticks.map((tick) => {
          const x = scale.x(tick.ms);
          return (
            <g
              key={tick.ms}
              transform={`translate(${x},0)`}
              className={tick.major ? 'tick major' : 'tick'}
            >
              <line y1={AXIS_HEIGHT - 6} y2={AXIS_HEIGHT} />
              <text x={3} y={AXIS_HEIGHT - 10}>
                {tick.label}
              </text>
            </g>
          );
        })}
        {nowX >= 0 && nowX <= width && (
          <text className="now-label" x={nowX} y={10} textAnchor="end">
            now
          </text>
        )}
      </g>
      <g
        className={at === null ? 'at-cursor at-now' : 'at-cursor'}
        role="slider"
        tabIndex={0}
        aria-label="Docked at"
        aria-valuemin={scale.start}
        aria-valuemax={Math.max(scale.end, now)}
        aria-valuenow={cursor}
        aria-valuetext={at === null ? `now (${formatDateTime(now, tz)})` : formatDateTime(at, tz)}
        transform={`translate(${LABEL_WIDTH + cursorX},0)`}
        onKeyDown={(event: KeyboardEvent) => {
          const direction = STEP_KEYS[event.key];
          if (direction === undefined && event.key !== 'End') return;
          // The timeline pans with the same keys: here they move the cursor only.
          event.preventDefault();
          event.stopPropagation();
          if (direction === undefined) onAtChange(null);
          else onAtStep(direction);
        }}
      >
        <path d={`M-6,${AXIS_HEIGHT - 12} h12 l-6,10 z`} />
      </g>
    </svg>
  );
}

/**
 * The lanes: labels and grid in an SVG, the stays drawn on a canvas the size of the scrolling
 * box's view (only what is in view is drawn, and a pan or zoom is one repaint), then the
 * connectors and the now and docked-at lines. Pointing and clicking find the stay under the
 * pointer; the keyboard and assistive technology use the stays' buttons (`StayLayer`).
 */
export const TimelineChart = memo(function TimelineChart(props: ChartProps) {
  const { rows, height, range, width, tz, now, activeId, colorOf, tooltipId } = props;
  const { at, onAtChange, onAtStep, moves, scrollRef } = props;
  // Where the middle of each relocated stay's bar is, for the connectors (none: nothing to find).
  const barMiddles = useMemo(() => {
    const middles = new Map<number, number>();
    if (moves.length === 0) return middles;
    const moved = new Set(moves.flatMap(({ from, to }) => [from.id, to.id]));
    for (const row of rows)
      for (const bar of row.bars)
        if (moved.has(bar.docking.id))
          middles.set(bar.docking.id, row.y + bar.subLane * SUBLANE_HEIGHT + SUBLANE_HEIGHT / 2);
    return middles;
  }, [rows, moves]);
  const { visibleTop, visibleBottom } = props;
  const { onBarOpen, onBarHover, onPointerDown } = props;
  const scale = useMemo(() => timeScale(range, width), [range, width]);
  const ticks = useMemo(
    () => timeTicks(range, tz, Math.max(2, Math.floor(width / 90))),
    [range, tz, width],
  );
  const nowX = scale.x(now);

  const { canvasRef, markAtPoint } = useLaneCanvas({
    rows,
    scale,
    width,
    height,
    colorOf,
    scrollRef,
  });

  // The stay under the pointer, in lane pixels.
  const pointed = useRef<number | null>(null);
  const stayAt = (event: MouseEvent<HTMLDivElement>) =>
    markAtPoint(event.currentTarget, event.clientX, event.clientY);
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const mark = stayAt(event);
    const id = mark?.bar.docking.id ?? null;
    if (id === pointed.current) return;
    pointed.current = id;
    event.currentTarget.style.cursor = mark ? 'pointer' : '';
    onBarHover(mark?.bar ?? null, event.clientX, event.clientY, mark?.merged.length);
  };
  const onPointerLeave = (event: PointerEvent<HTMLDivElement>) => {
    if (pointed.current === null) return;
    pointed.current = null;
    event.currentTarget.style.cursor = '';
    onBarHover(null, 0, 0);
  };

  // The buttons follow the lanes, the window and the scrolling once they pause: the canvas and the
  // table answer an input first, and a gesture or typing never waits for hundreds of buttons.
  const layer = useSettledValue(
    useMemo(
      () => ({ rows, scale, top: visibleTop, bottom: visibleBottom }),
      [rows, scale, visibleTop, visibleBottom],
    ),
    SETTLE_MS,
  );

  return (
    <>
      <Axis
        scale={scale}
        ticks={ticks}
        now={now}
        tz={tz}
        at={at}
        onAtChange={onAtChange}
        onAtStep={onAtStep}
      />
      {/* Stays under the axis while the lanes scroll: the canvas shows the lanes in view. */}
      <div className="timeline-canvas-holder">
        <canvas ref={canvasRef} className="timeline-canvas" aria-hidden="true" />
      </div>
      <div
        className="timeline-body"
        style={{ width: LABEL_WIDTH + width, height: Math.max(height, 40) }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        onClick={(event) => {
          // Enter on a stay's button clicks it: that button opens the stay itself.
          if ((event.target as Element).closest('.timeline-stay')) return;
          const mark = stayAt(event);
          if (mark) onBarOpen(mark.bar.docking.id);
        }}
      >
        <svg className="timeline-lanes" width={LABEL_WIDTH + width} height={Math.max(height, 40)}>
          <g transform={`translate(${LABEL_WIDTH},0)`} aria-hidden="true">
            {ticks.map((tick) => (
              <line
                key={tick.ms}
                className={tick.major ? 'grid major' : 'grid'}
                x1={scale.x(tick.ms)}
                x2={scale.x(tick.ms)}
                y2={height}
              />
            ))}
          </g>
          {rows.map((row) =>
            row.kind === 'group' ? (
              <text key={row.key} className="group-label" x={6} y={row.y + 17}>
                {row.label}
              </text>
            ) : (
              <g key={row.key}>
                <rect
                  className="lane-bg"
                  x={0}
                  y={row.y}
                  width={LABEL_WIDTH + width}
                  height={row.height - LANE_GAP / 2}
                />
                <text className="lane-label" x={14} y={row.y + 15}>
                  {row.label}
                </text>
              </g>
            ),
          )}
        </svg>
        <svg
          className="timeline-overlay"
          width={LABEL_WIDTH + width}
          height={Math.max(height, 40)}
          aria-hidden="true"
        >
          <g transform={`translate(${LABEL_WIDTH},0)`}>
            {moves.map(({ from, to }) => {
              const y1 = barMiddles.get(from.id);
              const y2 = barMiddles.get(to.id);
              const x1 = scale.x(stayEnd(from));
              const x2 = scale.x(to.docked);
              if (y1 === undefined || y2 === undefined || x2 < 0 || x1 > width) return null;
              return (
                <path
                  key={`${from.id}-${to.id}`}
                  className="relocation"
                  data-relocation={`${from.id}-${to.id}`}
                  d={`M${x1},${y1} C${x1 + 12},${y1} ${x2 - 12},${y2} ${x2},${y2}`}
                />
              );
            })}
          </g>
          {at !== null && scale.x(at) >= 0 && scale.x(at) <= width && (
            <line
              className="at-line"
              x1={LABEL_WIDTH + scale.x(at)}
              x2={LABEL_WIDTH + scale.x(at)}
              y2={height}
            />
          )}
          {nowX >= 0 && nowX <= width && (
            <line
              className="now-line"
              x1={LABEL_WIDTH + nowX}
              x2={LABEL_WIDTH + nowX}
              y2={height}
            />
          )}
        </svg>
        <StayLayer
          rows={layer.rows}
          scale={layer.scale}
          top={layer.top}
          bottom={layer.bottom}
          tz={tz}
          activeId={activeId}
          tooltipId={tooltipId}
          onOpen={onBarOpen}
          onHover={onBarHover}
        />
      </div>
    </>
  );
});
