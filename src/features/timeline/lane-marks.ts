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
  /** Stays hidden under this mark: narrower than a pixel, in a pixel column it already covers. */
  merged: number;
}

/** Bars are at least this wide, so that a short stay can still be seen and pointed at. */
const MIN_WIDTH = 2;

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
  merge = true,
): Mark[] {
  const marks: Mark[] = [];
  rows.forEach((row, rowIndex) => {
    if (row.y + row.height < top || row.y > bottom || row.bars.length === 0) return;
    // The end of the last mark in each of the lane's rows of stays.
    const lastEnd: number[] = [];
    const lastMark: Mark[] = [];
    for (const bar of row.bars) {
      if (bar.end < scale.start || bar.start > scale.end) continue;
      const start = scale.x(bar.start);
      const end = scale.x(bar.end);
      const previous = lastMark[bar.subLane];
      const under = previous && Math.floor(start) < (lastEnd[bar.subLane] ?? -Infinity);
      if (merge && under && end - start < 1) {
        previous.merged += 1;
        continue;
      }
      const x = Math.max(-MIN_WIDTH, start);
      const width = Math.max(MIN_WIDTH, Math.min(scale.width + MIN_WIDTH, end) - x);
      const y = row.y + bar.subLane * SUBLANE_HEIGHT + 2;
      const mark: Mark = { bar, row: rowIndex, x, y, width, merged: 0 };
      marks.push(mark);
      lastMark[bar.subLane] = mark;
      lastEnd[bar.subLane] = x + width;
    }
  });
  return marks;
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
  const index = stops.findIndex((stop) => stop.id === currentId);
  if (index === -1) return stops[0]?.id ?? null;
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
