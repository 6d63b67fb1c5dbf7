import type { TimeScale, TimelineBar } from '../../domain/timeline';

/** The port names' column, left of the time axis, and the axis's height above the lanes. */
export const LABEL_WIDTH = 170;
export const AXIS_HEIGHT = 26;
/** Height of one row of stays within a port's lane, and of a bar in it. */
export const SUBLANE_HEIGHT = 22;
export const BAR_HEIGHT = SUBLANE_HEIGHT - 4;
/** How far an open stay's arrow reaches past its end. */
export const OPEN_ARROW = 7;

/** A lane's place and stays, in lane pixels (y from the top of the first station's header). */
export interface MarkRow {
  y: number;
  height: number;
  bars: readonly TimelineBar[];
}

/** One drawn stay, in lane pixels: x from the start of the time axis. */
export interface Mark {
  bar: TimelineBar;
  /** The index of its row. */
  row: number;
  x: number;
  y: number;
  width: number;
  /** The ids of the stays hidden under this mark: narrower than a pixel, in a column it covers. */
  merged: number[];
}

/** Bars are at least this wide, so that a short stay can still be seen and pointed at. */
const MIN_WIDTH = 2;

const inRows = (row: MarkRow, top: number, bottom: number) =>
  row.y + row.height >= top && row.y <= bottom && row.bars.length > 0;
const inWindow = (bar: TimelineBar, scale: TimeScale) =>
  bar.end >= scale.start && bar.start <= scale.end;

/** A stay's mark, alone: where it is drawn, at least `MIN_WIDTH` wide, clipped past the edges. */
function markOf(bar: TimelineBar, row: MarkRow, rowIndex: number, scale: TimeScale): Mark {
  const x = Math.max(-MIN_WIDTH, scale.x(bar.start));
  const width = Math.max(MIN_WIDTH, Math.min(scale.width + MIN_WIDTH, scale.x(bar.end)) - x);
  const y = row.y + bar.subLane * SUBLANE_HEIGHT + 2;
  return { bar, row: rowIndex, x, y, width, merged: [] };
}

/**
 * The stays to draw in the rows that reach into [top, bottom) and in the scale's window. Merging,
 * a stay narrower than a pixel whose start falls where the previous mark of its row already is,
 * is not drawn again: at full zoom a busy lane is one mark per pixel column, not thousands of bars.
 */
export function laneMarks(
  rows: readonly MarkRow[],
  scale: TimeScale,
  top: number,
  bottom: number,
): Mark[] {
  const marks: Mark[] = [];
  rows.forEach((row, rowIndex) => {
    if (!inRows(row, top, bottom)) return;
    // The end of the last mark in each of the lane's rows of stays.
    const lastEnd: number[] = [];
    const lastMark: Mark[] = [];
    for (const bar of row.bars) {
      if (!inWindow(bar, scale)) continue;
      const start = scale.x(bar.start);
      const previous = lastMark[bar.subLane];
      const under = previous && Math.floor(start) < (lastEnd[bar.subLane] ?? -Infinity);
      if (under && scale.x(bar.end) - start < 1) {
        previous.merged.push(bar.docking.id);
        continue;
      }
      const mark = markOf(bar, row, rowIndex, scale);
      marks.push(mark);
      lastMark[bar.subLane] = mark;
      lastEnd[bar.subLane] = mark.x + mark.width;
    }
  });
  return marks;
}

/**
 * The mark of the stay `id` on its own, where it is in the rows and window that `laneMarks` draws
 * (merged into another mark there, or not); null where it is not among them.
 */
export function stayMark(
  rows: readonly MarkRow[],
  scale: TimeScale,
  top: number,
  bottom: number,
  id: number,
): Mark | null {
  for (const [rowIndex, row] of rows.entries()) {
    if (!inRows(row, top, bottom)) continue;
    const bar = row.bars.find((candidate) => candidate.docking.id === id);
    if (bar && inWindow(bar, scale)) return markOf(bar, row, rowIndex, scale);
  }
  return null;
}

/** The stay drawn at (x, y) in lane pixels, the last drawn (topmost) first; null: none. */
export function markAt(marks: readonly Mark[], x: number, y: number): Mark | null {
  for (let index = marks.length - 1; index >= 0; index -= 1) {
    const mark = marks[index]!;
    const reach = mark.bar.open ? OPEN_ARROW : 0;
    if (y >= mark.y && y < mark.y + BAR_HEIGHT && x >= mark.x && x < mark.x + mark.width + reach)
      return mark;
  }
  return null;
}

/** A stay the keyboard can reach: in reading order, with its lane's index. */
export interface StayStop {
  id: number;
  row: number;
  start: number;
}

const STOP_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']);

/**
 * Where an arrow key moves focus among the stays in view: left and right to the previous or next
 * stay (lane by lane, in time order), up and down to the stay nearest in time in the lane above or
 * below, Home and End to the first and last. Null: nowhere (the key is not for the stays).
 */
export function nextStop(
  stops: readonly StayStop[],
  currentId: number,
  key: string,
): number | null {
  if (!STOP_KEYS.has(key)) return null;
  const index = stops.findIndex((stop) => stop.id === currentId);
  // A stay not among them (the open one, where a mark covers it): End goes to the last, the
  // other keys to the first.
  if (index === -1) return (key === 'End' ? stops.at(-1) : stops[0])?.id ?? null;
  const current = stops[index]!;
  switch (key) {
    case 'ArrowLeft':
      return stops[index - 1]?.id ?? current.id;
    case 'ArrowRight':
      return stops[index + 1]?.id ?? current.id;
    case 'Home':
      return stops[0]!.id;
    case 'End':
      return stops[stops.length - 1]!.id;
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowUp' ? -1 : 1;
      let next = index + step;
      while (stops[next] && stops[next]!.row === current.row) next += step;
      const row = stops[next]?.row;
      if (row === undefined) return current.id;
      let nearest = stops[next]!;
      for (let probe = next; stops[probe]?.row === row; probe += step) {
        const stop = stops[probe]!;
        if (Math.abs(stop.start - current.start) < Math.abs(nearest.start - current.start))
          nearest = stop;
      }
      return nearest.id;
    }
    default:
      return null;
  }
}
