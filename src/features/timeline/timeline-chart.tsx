import { memo, useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Docking } from '../../domain/docking';
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
import { formatDate, formatDateTime } from '../../lib/format';

export const LABEL_WIDTH = 170;
const SUBLANE_HEIGHT = 22;
const LANE_GAP = 6;
const GROUP_HEADER = 24;
const AXIS_HEIGHT = 26;
const CHAR_WIDTH = 6.6;

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

const datesCache: Record<TimeZoneMode, WeakMap<Docking, string>> = {
  utc: new WeakMap(),
  local: new WeakMap(),
};

/** "Name at Port, 26 Jun 2025 – 14 Jul 2025", formatted once per docking and zone. */
function stayText(docking: Docking, tz: TimeZoneMode): string {
  let text = datesCache[tz].get(docking);
  if (text === undefined) {
    const end = docking.endedBy
      ? `departure not recorded, before ${formatDate(docking.endedBy.docked, tz)}`
      : docking.departed === null
        ? `still docked as of ${formatDate(docking.asOf, tz)}`
        : formatDate(docking.departed, tz);
    text = `${docking.chaser.name} at ${docking.port.name}, ${formatDate(docking.docked, tz)} – ${end}`;
    datesCache[tz].set(docking, text);
  }
  return text;
}

export function barLabel(bar: TimelineBar, tz: TimeZoneMode): string {
  const text = stayText(bar.docking, tz);
  return bar.overlaps ? `${text}, overlaps another stay` : text;
}

interface BarProps {
  bar: TimelineBar;
  x1: number;
  width: number;
  y: number;
  color: string;
  label: string;
  active: boolean;
  tooltipId: string;
  onOpen: (id: number) => void;
  onHover: (bar: TimelineBar | null, x: number, y: number) => void;
}

/** Bars are rebuilt whenever the data changes; the same stay drawn the same way is not redrawn. */
function sameBar(before: BarProps, after: BarProps): boolean {
  return (
    before.bar.docking === after.bar.docking &&
    before.bar.overlaps === after.bar.overlaps &&
    before.x1 === after.x1 &&
    before.width === after.width &&
    before.y === after.y &&
    before.color === after.color &&
    before.label === after.label &&
    before.active === after.active &&
    before.tooltipId === after.tooltipId &&
    before.onOpen === after.onOpen &&
    before.onHover === after.onHover
  );
}

/** One stay: re-rendered only when where or how it is drawn changes. */
const Bar = memo(function Bar(props: BarProps) {
  const { bar, x1, width, y, color, label, active, tooltipId, onOpen, onHover } = props;
  const h = SUBLANE_HEIGHT - 4;
  const name = bar.docking.chaser.name;
  const id = bar.docking.id;
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-describedby={tooltipId}
      aria-current={active ? 'true' : undefined}
      data-bar-id={id}
      className={`bar${bar.open ? ' open' : ''}${bar.overlaps ? ' overlaps' : ''}${bar.docking.endedBy ? ' unrecorded' : ''}`}
      onClick={() => onOpen(id)}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        event.stopPropagation();
        onOpen(id);
      }}
      onMouseEnter={(event) => onHover(bar, event.clientX, event.clientY)}
      onMouseLeave={() => onHover(null, 0, 0)}
      onFocus={(event) => {
        const box = event.currentTarget.getBoundingClientRect();
        onHover(bar, box.left + box.width / 2, box.bottom);
      }}
      onBlur={() => onHover(null, 0, 0)}
    >
      <rect x={x1} y={y} width={width} height={h} rx={3} fill={color} />
      {bar.overlaps && (
        <rect
          x={x1}
          y={y}
          width={width}
          height={h}
          rx={3}
          fill="url(#overlap-hatch)"
          className="overlap-mark"
        />
      )}
      {bar.open && (
        <path
          className="open-end"
          d={`M${x1 + width},${y} l7,${h / 2} l-7,${h / 2}z`}
          fill={color}
        />
      )}
      {width > name.length * CHAR_WIDTH + 10 && (
        <text className="bar-label" x={x1 + 5} y={y + h / 2 + 4}>
          {name}
        </text>
      )}
    </g>
  );
}, sameBar);

interface ChartProps {
  rows: LaneLayout[];
  /** The lanes' vertical span on screen: bars of lanes far outside it are not drawn. */
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
  onBarOpen: (id: number) => void;
  onBarHover: (bar: TimelineBar | null, x: number, y: number) => void;
  onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
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

/** The lanes and bars: only bars inside the window are drawn. */
export const TimelineChart = memo(function TimelineChart(props: ChartProps) {
  const { rows, height, range, width, tz, now, activeId, colorOf, tooltipId } = props;
  const { at, onAtChange, onAtStep, moves } = props;
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
      <svg
        className="timeline-lanes"
        width={LABEL_WIDTH + width}
        height={Math.max(height, 40)}
        onPointerDown={onPointerDown}
      >
        <defs>
          <pattern
            id="overlap-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="3" height="6" className="hatch" />
          </pattern>
          <linearGradient id="unrecorded-gradient">
            <stop offset="0.5" stopColor="white" />
            <stop offset="1" stopColor="white" stopOpacity="0.2" />
          </linearGradient>
          <mask id="unrecorded-fade" maskContentUnits="objectBoundingBox">
            <rect width="1" height="1" fill="url(#unrecorded-gradient)" />
          </mask>
        </defs>
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
              <g transform={`translate(${LABEL_WIDTH},${row.y})`}>
                {row.y + row.height >= visibleTop &&
                  row.y <= visibleBottom &&
                  row.bars.map((bar) => {
                    if (bar.end < range.start || bar.start > range.end) return null;
                    // Rounded to tenths of a pixel: a bar that did not move is not redrawn.
                    const x1 = Math.round(Math.max(-2, scale.x(bar.start)) * 10) / 10;
                    const x2 = Math.min(width + 2, scale.x(bar.end));
                    return (
                      <Bar
                        key={bar.docking.id}
                        bar={bar}
                        x1={x1}
                        width={Math.max(2, Math.round((x2 - x1) * 10) / 10)}
                        y={bar.subLane * SUBLANE_HEIGHT + 2}
                        color={colorOf(bar)}
                        label={barLabel(bar, tz)}
                        active={bar.docking.id === activeId}
                        tooltipId={tooltipId}
                        onOpen={onBarOpen}
                        onHover={onBarHover}
                      />
                    );
                  })}
              </g>
            </g>
          ),
        )}
        <g transform={`translate(${LABEL_WIDTH},0)`} aria-hidden="true">
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
            aria-hidden="true"
          />
        )}
        {nowX >= 0 && nowX <= width && (
          <line
            className="now-line"
            x1={LABEL_WIDTH + nowX}
            x2={LABEL_WIDTH + nowX}
            y2={height}
            aria-hidden="true"
          />
        )}
      </svg>
    </>
  );
});
