import {
  useCallback,
  useEffect,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { DAY_MS, type TimeZoneMode } from '../../lib/time';
import {
  panWindow,
  windowDays,
  zoomWindow,
  type DayWindow,
  type TimeRange,
} from '../../domain/timeline';
import { timeWindow } from '../../domain/select';
import { LABEL_WIDTH } from './lane-marks';

export const ZOOM_STEP = 1.5;
const PAN_STEP = 0.2;

/** Wheel events closer than this are one pinch. */
const PINCH_PAUSE_MS = 250;
/** Pixels a wheel's line and page stand for (`WheelEvent.deltaMode` 1 and 2). */
const WHEEL_LINE = 40;
const WHEEL_PAGE = 800;

/**
 * How much one Ctrl+wheel event zooms in (above 1) or out. A trackpad's pinch sends many small
 * events, each by its own scale (Chromium sends `deltaY = -100 ln(scale)`); a mouse
 * wheel's notch, a large delta, zooms one step, as the buttons do.
 */
export function wheelZoomFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaY * (deltaMode === 1 ? WHEEL_LINE : deltaMode === 2 ? WHEEL_PAGE : 1);
  return Math.min(ZOOM_STEP, Math.max(1 / ZOOM_STEP, Math.exp(-pixels / 100)));
}

/** Whether zooming `range` by `factor` changes it by a whole day (a window is whole days). */
export const zoomsByADay = (range: TimeRange, factor: number) => {
  const days = (range.end - range.start) / DAY_MS;
  return Math.abs(days / factor - days) >= 1;
};

interface Options {
  scrollRef: RefObject<HTMLDivElement | null>;
  range: TimeRange;
  /** Pixels of the time axis. */
  width: number;
  tz: TimeZoneMode;
  onWindowChange: (window: DayWindow | null) => void;
}

/**
 * Zoom and pan of the timeline: keys (+ - arrows 0), pinch or Ctrl+wheel about the pointer, a
 * sideways wheel, and dragging. Each step becomes a new window of whole days.
 */
export function useTimelineGestures({ scrollRef, range, width, tz, onWindowChange }: Options) {
  const zoom = useCallback(
    (factor: number, anchor = 0.5) => onWindowChange(zoomWindow(range, factor, anchor, tz)),
    [onWindowChange, range, tz],
  );
  const pan = useCallback(
    (fraction: number) => onWindowChange(panWindow(range, fraction, tz)),
    [onWindowChange, range, tz],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === '+' || event.key === '=') zoom(ZOOM_STEP);
    else if (event.key === '-' || event.key === '_') zoom(1 / ZOOM_STEP);
    else if (event.key === 'ArrowLeft') pan(-PAN_STEP);
    else if (event.key === 'ArrowRight') pan(PAN_STEP);
    else if (event.key === '0') onWindowChange(null);
    else return;
    event.preventDefault();
  };

  // Pinch (ctrl + wheel) zooms about the pointer; a sideways wheel pans. Plain wheel scrolls lanes.
  const latest = useRef({ pan, range, width, tz, onWindowChange });
  useEffect(() => {
    latest.current = { pan, range, width, tz, onWindowChange };
  });
  // A pinch: the window it last asked for (the next event zooms from there, drawn yet or not),
  // and its zoom not yet applied (less than a day at the window's size).
  const pinch = useRef({ asked: null as TimeRange | null, at: 0, pending: 1 });
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const { pan: panNow, width: chartWidth, tz: zone, onWindowChange: ask } = latest.current;
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        const state = pinch.current;
        const from =
          state.asked && event.timeStamp - state.at < PINCH_PAUSE_MS
            ? state.asked
            : latest.current.range;
        const factor = state.pending * wheelZoomFactor(event.deltaY, event.deltaMode);
        if (!zoomsByADay(from, factor)) {
          state.pending = factor;
          return;
        }
        const box = element.getBoundingClientRect();
        const anchor = (event.clientX - box.left + element.scrollLeft - LABEL_WIDTH) / chartWidth;
        const next = zoomWindow(from, factor, Math.min(1, Math.max(0, anchor)), zone);
        pinch.current = {
          asked: timeWindow(next.from, next.to, zone),
          at: event.timeStamp,
          pending: 1,
        };
        ask(next);
      } else if (
        Math.abs(event.deltaX) > Math.abs(event.deltaY) &&
        element.scrollWidth <= element.clientWidth
      ) {
        event.preventDefault();
        panNow((event.deltaX / chartWidth) * 1.5);
      }
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [scrollRef]);

  // Drag to pan; a drag that moved does not also count as a click on the bar it started on.
  const drag = useRef<{ x: number; range: TimeRange; moved: boolean } | null>(null);
  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      if (event.button !== 0) return;
      drag.current = { x: event.clientX, range, moved: false };
    },
    [range],
  );
  useEffect(() => {
    const onMove = (event: globalThis.PointerEvent) => {
      const start = drag.current;
      if (!start) return;
      const dx = event.clientX - start.x;
      if (!start.moved && Math.abs(dx) < 4) return;
      start.moved = true;
      const span = start.range.end - start.range.start;
      const shift = (-dx / latest.current.width) * span;
      onWindowChange(
        windowDays({ start: start.range.start + shift, end: start.range.end + shift }, tz),
      );
    };
    const onUp = () => {
      const moved = drag.current?.moved;
      drag.current = null;
      if (moved) {
        const swallow = (event: MouseEvent) => event.stopPropagation();
        window.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
      }
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
    };
  }, [onWindowChange, tz]);

  return { zoom, onKeyDown, onPointerDown };
}
