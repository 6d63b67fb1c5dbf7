import { timeWindow } from '../../domain/select';
import {
  shiftWindow,
  windowDays,
  zoomWindow,
  type DayWindow,
  type TimeRange,
} from '../../domain/timeline';
import { DAY_MS, type TimeZoneMode } from '../../lib/time';

/*
 * The windows the timeline's gestures ask for, worked out from where each gesture began: how
 * much a wheel event zooms, and where two fingers take the window.
 */

/** One zoom step: the buttons, the keys, a mouse wheel's notch. */
export const ZOOM_STEP = 1.5;

/** A wheel's delta in pixels, from lines or pages where the browser counts those. */
export const wheelPixels = (delta: number, deltaMode: number) =>
  delta * (deltaMode === 1 ? 40 : deltaMode === 2 ? 800 : 1);

/**
 * How much one Ctrl+wheel event zooms in (above 1) or out. A trackpad's pinch sends many small
 * events, each by its own scale (Chromium sends `deltaY = -100 ln(scale)`); a mouse
 * wheel's notch, a large delta, zooms one step, as the buttons do.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const scale = Math.exp(-wheelPixels(deltaY, deltaMode) / 100);
  return Math.min(ZOOM_STEP, Math.max(1 / ZOOM_STEP, scale));
}

/** The days that `pixels` of a time axis `width` pixels wide stand for while it shows `range`. */
export const daysAcross = (pixels: number, width: number, range: TimeRange) =>
  ((pixels / width) * (range.end - range.start)) / DAY_MS;

/** Whether zooming `range` by `factor` changes it by a whole day (a window is whole days). */
export const zoomsByADay = (range: TimeRange, factor: number) => {
  const days = (range.end - range.start) / DAY_MS;
  return Math.abs(days / factor - days) >= 1;
};

export interface Point {
  x: number;
  y: number;
}

/** Two fingers on the timeline as they began: how far apart, where, and the window then. */
export interface TwoFingers {
  distance: number;
  /** Their midpoint's x on the page, and as a share of the time axis, `width` pixels wide. */
  midX: number;
  anchor: number;
  width: number;
  range: TimeRange;
  /** The window last asked for. */
  last: DayWindow | null;
}

/** Fingers closer than this at the start count as this far apart (a tiny start, a huge zoom). */
const MIN_PINCH_PX = 24;

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** Two fingers at `a` and `b` that begin a pinch over a time axis starting at page x `left`. */
export function startPinch(
  a: Point,
  b: Point,
  left: number,
  width: number,
  range: TimeRange,
): TwoFingers {
  const midX = (a.x + b.x) / 2;
  return {
    distance: Math.max(MIN_PINCH_PX, distance(a, b)),
    midX,
    anchor: Math.min(1, Math.max(0, (midX - left) / width)),
    width,
    range,
    last: null,
  };
}

/**
 * The window for two fingers now at `a` and `b`: the one they began on, zoomed by how much
 * further apart they are about their midpoint (once that is a whole day), and moved with the
 * midpoint, as the stays under the fingers would, by whole days.
 */
export function pinchWindow(pinch: TwoFingers, a: Point, b: Point, tz: TimeZoneMode): DayWindow {
  const factor = distance(a, b) / pinch.distance;
  const zoomed = zoomsByADay(pinch.range, factor)
    ? zoomWindow(pinch.range, factor, pinch.anchor, tz)
    : windowDays(pinch.range, tz);
  const range = timeWindow(zoomed.from, zoomed.to, tz);
  const moved = daysAcross(pinch.midX - (a.x + b.x) / 2, pinch.width, range);
  return shiftWindow(range, Math.round(moved), tz);
}
