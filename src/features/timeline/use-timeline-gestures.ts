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
  shiftWindow,
  zoomWindow,
  type DayWindow,
  type TimeRange,
} from '../../domain/timeline';
import { timeWindow } from '../../domain/select';
import {
  ZOOM_STEP,
  daysAcross,
  pinchWindow,
  startPinch,
  wheelPixels,
  wheelZoomFactor,
  zoomsByADay,
  type Point,
  type TwoFingers,
} from './gesture-windows';
import { LABEL_WIDTH } from './lane-marks';

const PAN_STEP = 0.2;

/** Wheel events closer than this are one gesture. */
const GESTURE_PAUSE_MS = 250;
/** A sideways wheel pans this many times the pixels it scrolls. */
const WHEEL_PAN = 1.5;

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
  const latest = useRef({ range, width, tz, onWindowChange });
  useEffect(() => {
    latest.current = { range, width, tz, onWindowChange };
  });
  // A trackpad's gesture, a stream of small wheel events: the window it last asked for (the next
  // event goes on from there, drawn yet or not), and the zoom and the days of pan it has not yet
  // applied, being less than a day.
  const trackpad = useRef({ asked: null as TimeRange | null, at: 0, zoom: 1, pan: 0 });
  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      const { width: chartWidth, tz: zone, onWindowChange: ask } = latest.current;
      const zooming = event.ctrlKey || event.metaKey;
      const sideways =
        Math.abs(event.deltaX) > Math.abs(event.deltaY) &&
        element.scrollWidth <= element.clientWidth;
      if (!zooming && !sideways) return;
      event.preventDefault();
      const state = trackpad.current;
      const from =
        state.asked && event.timeStamp - state.at < GESTURE_PAUSE_MS
          ? state.asked
          : latest.current.range;
      let next: DayWindow;
      if (zooming) {
        const factor = state.zoom * wheelZoomFactor(event.deltaY, event.deltaMode);
        if (!zoomsByADay(from, factor)) {
          // A window a day wide zooms in no further: that is nothing to keep.
          state.zoom = factor > 1 && from.end - from.start <= DAY_MS ? 1 : factor;
          return;
        }
        state.zoom = 1;
        const box = element.getBoundingClientRect();
        const anchor = (event.clientX - box.left + element.scrollLeft - LABEL_WIDTH) / chartWidth;
        next = zoomWindow(from, factor, Math.min(1, Math.max(0, anchor)), zone);
      } else {
        const pixels = wheelPixels(event.deltaX, event.deltaMode) * WHEEL_PAN;
        const days = state.pan + daysAcross(pixels, chartWidth, from);
        const whole = Math.trunc(days);
        state.pan = days - whole;
        if (whole === 0) return;
        next = shiftWindow(from, whole, zone);
      }
      Object.assign(state, { asked: timeWindow(next.from, next.to, zone), at: event.timeStamp });
      ask(next);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [scrollRef]);

  // One pointer drags to pan; two (a touch screen's fingers) zoom about where they began. A
  // gesture that moved does not also count as a click on the stay it started on.
  const pointers = useRef(new Map<number, Point>());
  const drag = useRef<{ x: number; range: TimeRange; moved: boolean } | null>(null);
  const twoFingers = useRef<TwoFingers | null>(null);
  const onPointerDown = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      if (event.button !== 0) return;
      // A gesture's first pointer: whatever a lost `pointerup` left behind is over.
      if (event.isPrimary) pointers.current.clear();
      pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
      if (pointers.current.size === 1) {
        drag.current = { x: event.clientX, range, moved: false };
        return;
      }
      if (pointers.current.size !== 2) return;
      const [a, b] = [...pointers.current.values()] as [Point, Point];
      const left = event.currentTarget.getBoundingClientRect().left + LABEL_WIDTH;
      twoFingers.current = startPinch(a, b, left, width, range);
      drag.current = null;
    },
    [range, width],
  );
  useEffect(() => {
    const onMove = (event: globalThis.PointerEvent) => {
      // Only the pointers that came down on the timeline: not a second finger elsewhere.
      const point = pointers.current.get(event.pointerId);
      if (!point) return;
      Object.assign(point, { x: event.clientX, y: event.clientY });
      const pinch = twoFingers.current;
      if (pinch) {
        if (pointers.current.size !== 2) return;
        const [a, b] = [...pointers.current.values()] as [Point, Point];
        const next = pinchWindow(pinch, a, b, tz);
        if (next.from === pinch.last?.from && next.to === pinch.last.to) return;
        pinch.last = next;
        onWindowChange(next);
        return;
      }
      const start = drag.current;
      if (!start) return;
      const dx = event.clientX - start.x;
      if (!start.moved && Math.abs(dx) < 4) return;
      start.moved = true;
      // By whole days, so that the window keeps its width as it moves.
      const days = Math.round(daysAcross(-dx, latest.current.width, start.range));
      onWindowChange(shiftWindow(start.range, days, tz));
    };
    const onEnd = (event: globalThis.PointerEvent) => {
      pointers.current.delete(event.pointerId);
      const moved = drag.current?.moved || twoFingers.current !== null;
      drag.current = null;
      // The finger left after a pinch does not start a drag; the pinch ends with the last one.
      if (pointers.current.size === 0) twoFingers.current = null;
      if (moved && event.type === 'pointerup') {
        const swallow = (click: MouseEvent) => click.stopPropagation();
        window.addEventListener('click', swallow, { capture: true, once: true });
        setTimeout(() => window.removeEventListener('click', swallow, { capture: true }), 0);
      }
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onEnd);
    window.addEventListener('pointercancel', onEnd);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onEnd);
      window.removeEventListener('pointercancel', onEnd);
    };
  }, [onWindowChange, tz]);

  return { zoom, onKeyDown, onPointerDown };
}
