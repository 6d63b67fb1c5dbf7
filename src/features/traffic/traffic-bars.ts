import type { YearTraffic } from '../../domain/occupancy';
import type { LegendEntry } from '../../ui/agency-colors';
import { clearedCanvas } from '../../ui/canvas';

/** One agency's part of one year's bar, in CSS pixels from the canvas's top left. */
export interface BarPiece {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
}

/** Room above the tallest bar. */
const HEADROOM = 4;

/** Consecutive years shown as one column of the chart: a single year wherever there is room. */
export interface YearSpan {
  first: number;
  last: number;
  total: number;
  /** Dockings by group (an agency, or "other"). */
  counts: ReadonlyMap<string, number>;
}

/** The narrowest a column gets: narrower, it could not be pointed at, nor its bar told apart. */
export const MIN_COLUMN_PX = 4;

/**
 * How many years share a column across `width` px: one while each year gets `minWidth` or more,
 * otherwise as few as reach it. A long history (a generated one of 100,000 spans thousands of
 * years) would otherwise be thousands of buttons and bars that no one could point at, each costing
 * every frame its part of the page's paint.
 */
export function yearsPerColumn(yearCount: number, width: number, minWidth = MIN_COLUMN_PX): number {
  return Math.max(1, Math.ceil((yearCount * minWidth) / Math.max(1, width)));
}

/** The chart's columns: `perSpan` consecutive years each (the last may hold fewer). */
export function yearSpans(years: readonly YearTraffic[], perSpan: number): YearSpan[] {
  const spans: YearSpan[] = [];
  for (let start = 0; start < years.length; start += perSpan) {
    const part = years.slice(start, start + perSpan);
    const counts = new Map<string, number>();
    let total = 0;
    for (const year of part) {
      total += year.total;
      for (const [group, count] of year.counts) counts.set(group, (counts.get(group) ?? 0) + count);
    }
    spans.push({ first: part[0]!.year, last: part[part.length - 1]!.year, total, counts });
  }
  return spans;
}

/**
 * Each column's stacked bar: one slot per column across `width`, the bar in its middle 80%, the
 * busiest column `height - 4` tall, agencies stacked from the bottom in the legend's order.
 */
export function trafficBars(
  years: readonly Pick<YearSpan, 'total' | 'counts'>[],
  legend: readonly LegendEntry[],
  width: number,
  height: number,
): BarPiece[] {
  const most = Math.max(1, ...years.map((year) => year.total));
  const slot = years.length ? width / years.length : width;
  const pieces: BarPiece[] = [];
  years.forEach((year, index) => {
    let top = height;
    for (const entry of legend) {
      const count = year.counts.get(entry.key) ?? 0;
      if (!count) continue;
      const pieceHeight = (count / most) * (height - HEADROOM);
      top -= pieceHeight;
      pieces.push({
        x: index * slot + slot * 0.1,
        y: top,
        width: slot * 0.8,
        height: pieceHeight,
        color: entry.color,
      });
    }
  });
  return pieces;
}

/**
 * Paints the pieces on a canvas sized `width` × `height` CSS pixels at the screen's pixel ratio.
 * Edges are rounded to whole device pixels, so a bar is crisp and stacked pieces neither overlap
 * nor leave a seam.
 */
export function paintBars(
  canvas: HTMLCanvasElement,
  pieces: readonly BarPiece[],
  width: number,
  height: number,
  ratio: number,
) {
  const context = clearedCanvas(canvas, width, height, ratio);
  if (!context) return;
  for (const piece of pieces) {
    const left = Math.round(piece.x * ratio);
    const right = Math.round((piece.x + piece.width) * ratio);
    const top = Math.round(piece.y * ratio);
    const bottom = Math.round((piece.y + piece.height) * ratio);
    context.fillStyle = piece.color;
    // A year's single docking beside a busy year still shows, as one device pixel.
    const tall = Math.max(1, bottom - top);
    context.fillRect(left, bottom - tall, Math.max(1, right - left), tall);
  }
}
