import { memo, useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import type { TimeZoneMode } from '../../domain/select';
import {
  timeScale,
  timeTicks,
  type TimeRange,
  type TimelineBar,
  type TimelineGroup,
} from '../../domain/timeline';
import { formatDate } from '../../lib/format';

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

export function barLabel(bar: TimelineBar, tz: TimeZoneMode): string {
  const { docking } = bar;
  const end = bar.open
    ? `still docked as of ${formatDate(docking.asOf, tz)}`
    : formatDate(bar.end, tz);
  return `${docking.chaser.name} at ${docking.port.name}, ${formatDate(bar.start, tz)} – ${end}${
    bar.overlaps ? ', overlaps another stay' : ''
  }`;
}

interface ChartProps {
  rows: LaneLayout[];
  height: number;
  range: TimeRange;
  width: number;
  tz: TimeZoneMode;
  now: number;
  activeId: number | null;
  colorOf: (bar: TimelineBar) => string;
  tooltipId: string;
  onBarOpen: (id: number) => void;
  onBarHover: (bar: TimelineBar | null, x: number, y: number) => void;
  onPointerDown: (event: PointerEvent<SVGSVGElement>) => void;
}

function Axis({ range, width, tz, now }: Pick<ChartProps, 'range' | 'width' | 'tz' | 'now'>) {
  const scale = timeScale(range, width);
  const ticks = timeTicks(range, tz, Math.max(2, Math.floor(width / 90)));
  const nowX = scale.x(now);
  return (
    <svg
      className="timeline-axis"
      width={LABEL_WIDTH + width}
      height={AXIS_HEIGHT}
      aria-hidden="true"
    >
      <g transform={`translate(${LABEL_WIDTH},0)`}>
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
    </svg>
  );
}

/** The lanes and bars: only bars inside the window are drawn. */
export const TimelineChart = memo(function TimelineChart(props: ChartProps) {
  const { rows, height, range, width, tz, now, activeId, colorOf, tooltipId } = props;
  const { onBarOpen, onBarHover, onPointerDown } = props;
  const scale = useMemo(() => timeScale(range, width), [range, width]);
  const ticks = useMemo(
    () => timeTicks(range, tz, Math.max(2, Math.floor(width / 90))),
    [range, tz, width],
  );
  const nowX = scale.x(now);

  const onBarKey = (event: KeyboardEvent, id: number) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    event.stopPropagation();
    onBarOpen(id);
  };

  return (
    <>
      <Axis range={range} width={width} tz={tz} now={now} />
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
                {row.bars.map((bar) => {
                  if (bar.end < range.start || bar.start > range.end) return null;
                  const x1 = Math.max(-2, scale.x(bar.start));
                  const x2 = Math.min(width + 2, scale.x(bar.end));
                  const barWidth = Math.max(2, x2 - x1);
                  const y = bar.subLane * SUBLANE_HEIGHT + 2;
                  const h = SUBLANE_HEIGHT - 4;
                  const name = bar.docking.chaser.name;
                  const fits = barWidth > name.length * CHAR_WIDTH + 10;
                  const id = bar.docking.id;
                  return (
                    <g
                      key={id}
                      role="button"
                      tabIndex={0}
                      aria-label={barLabel(bar, tz)}
                      aria-describedby={tooltipId}
                      aria-current={id === activeId ? 'true' : undefined}
                      data-bar-id={id}
                      className={`bar${bar.open ? ' open' : ''}${bar.overlaps ? ' overlaps' : ''}`}
                      onClick={() => onBarOpen(id)}
                      onKeyDown={(event) => onBarKey(event, id)}
                      onMouseEnter={(event) => onBarHover(bar, event.clientX, event.clientY)}
                      onMouseLeave={() => onBarHover(null, 0, 0)}
                      onFocus={(event) => {
                        const box = event.currentTarget.getBoundingClientRect();
                        onBarHover(bar, box.left + box.width / 2, box.bottom);
                      }}
                      onBlur={() => onBarHover(null, 0, 0)}
                    >
                      <rect x={x1} y={y} width={barWidth} height={h} rx={3} fill={colorOf(bar)} />
                      {bar.overlaps && (
                        <rect
                          x={x1}
                          y={y}
                          width={barWidth}
                          height={h}
                          rx={3}
                          fill="url(#overlap-hatch)"
                          className="overlap-mark"
                        />
                      )}
                      {bar.open && (
                        <path
                          className="open-end"
                          d={`M${x1 + barWidth},${y} l7,${h / 2} l-7,${h / 2}z`}
                          fill={colorOf(bar)}
                        />
                      )}
                      {fits && (
                        <text className="bar-label" x={x1 + 5} y={y + h / 2 + 4}>
                          {name}
                        </text>
                      )}
                    </g>
                  );
                })}
              </g>
            </g>
          ),
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
