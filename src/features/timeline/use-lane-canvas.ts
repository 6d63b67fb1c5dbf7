import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { TimeScale, TimelineBar } from '../../domain/timeline';
import { useThemeColors } from '../../ui/theme';
import { AXIS_HEIGHT, LABEL_WIDTH, laneMarks, markAt, type Mark, type MarkRow } from './lane-marks';
import { paintLanes } from './paint-lanes';

/** The theme's colours the canvas draws with. */
const LANE_COLORS = { warning: '--error-border' };

interface LaneCanvasOptions {
  rows: readonly MarkRow[];
  scale: TimeScale;
  /** Pixels of the time axis, and the lanes' whole height. */
  width: number;
  height: number;
  colorOf: (bar: TimelineBar) => string;
  /** The scrolling box the lanes are in: the canvas draws what it shows. */
  scrollRef: RefObject<HTMLDivElement | null>;
}

/**
 * The canvas the stays are painted on, and the stay under a point of the page. It is drawn after
 * each render that changes what it shows, and on each scroll or resize of the box.
 */
export function useLaneCanvas(options: LaneCanvasOptions) {
  const { rows, scale, width, height, colorOf, scrollRef } = options;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const marks = useRef<Mark[]>([]);
  // Where the box is scrolled and how tall it is, kept from its events: drawing never forces a layout.
  const view = useRef({ top: 0, height: 0 });
  const colors = useThemeColors(LANE_COLORS);
  const draw = useCallback(() => {
    const canvas = canvasRef.current;
    // Before the box's first reported size there is nothing in view to draw.
    if (!canvas || view.current.height === 0) return;
    const { top } = view.current;
    const shown = Math.max(0, Math.min(view.current.height - AXIS_HEIGHT, height - top));
    marks.current = laneMarks(rows, scale, top, top + shown);
    const chartWidth = LABEL_WIDTH + width;
    canvas.style.width = `${chartWidth}px`;
    canvas.style.height = `${shown}px`;
    paintLanes(canvas, marks.current, {
      width: chartWidth,
      height: shown,
      ratio: window.devicePixelRatio || 1,
      top,
      left: LABEL_WIDTH,
      colors,
      colorOf,
    });
  }, [rows, scale, width, height, colorOf, colors]);
  useLayoutEffect(draw, [draw]);
  const latestDraw = useRef(draw);
  useLayoutEffect(() => {
    latestDraw.current = draw;
  });
  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    let frame = 0;
    const redraw = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => latestDraw.current());
    };
    const onScroll = () => {
      view.current.top = box.scrollTop;
      redraw();
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    // Reported after the browser's layout, first when the box is first laid out: read then, the
    // box's size costs nothing, and the stays are drawn before that frame is painted.
    const observer = new ResizeObserver(() => {
      view.current = { top: box.scrollTop, height: box.clientHeight };
      cancelAnimationFrame(frame);
      latestDraw.current();
    });
    observer.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      box.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [scrollRef]);

  /** The stay drawn under (clientX, clientY); `lanes` is the element the lanes are laid out in. */
  const markAtPoint = useCallback(
    (lanes: Element, clientX: number, clientY: number): Mark | null => {
      const box = lanes.getBoundingClientRect();
      return markAt(marks.current, clientX - box.left - LABEL_WIDTH, clientY - box.top);
    },
    [],
  );
  return { canvasRef, markAtPoint };
}
