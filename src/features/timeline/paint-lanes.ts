import type { TimelineBar } from '../../domain/timeline';
import { clearedCanvas } from '../../ui/canvas';
import { BAR_HEIGHT, OPEN_ARROW, type Mark } from './lane-marks';

/** The theme's colours the canvas needs, read from its CSS variables. */
export interface LaneColors {
  warning: string;
}

export interface PaintOptions {
  /** Canvas size in CSS pixels, and the screen's pixel ratio. */
  width: number;
  height: number;
  ratio: number;
  /** Lane pixels: the lane y at the canvas's top, and where the time axis starts. */
  top: number;
  left: number;
  colors: LaneColors;
  colorOf: (bar: TimelineBar) => string;
}

const CHAR_WIDTH = 6.6;
const HATCH_GAP = 6;

function barPath(context: CanvasRenderingContext2D, mark: Mark, y: number) {
  context.beginPath();
  if (mark.width >= 6) context.roundRect(mark.x, y, mark.width, BAR_HEIGHT, 3);
  else context.rect(mark.x, y, mark.width, BAR_HEIGHT);
}

/** Diagonal stripes over an overlapping stay, and a warning outline. */
function hatch(context: CanvasRenderingContext2D, mark: Mark, y: number, colors: LaneColors) {
  context.save();
  barPath(context, mark, y);
  context.clip();
  context.strokeStyle = 'rgb(0 0 0 / 0.35)';
  context.lineWidth = 3;
  context.beginPath();
  for (let x = mark.x - BAR_HEIGHT; x < mark.x + mark.width; x += HATCH_GAP) {
    context.moveTo(x, y + BAR_HEIGHT);
    context.lineTo(x + BAR_HEIGHT, y);
  }
  context.stroke();
  context.restore();
  barPath(context, mark, y);
  context.strokeStyle = colors.warning;
  context.lineWidth = 1.5;
  context.stroke();
}

/**
 * Draws the stays: a rounded bar in the agency's colour; an arrow past the end of an open stay;
 * a fade towards the end of one whose departure was not recorded; stripes on an overlap; the
 * spacecraft's name where it fits. The open event's stay is outlined by its button (`StayLayer`):
 * opening, closing or changing the open event repaints nothing (10,000 stays take 40 ms to paint).
 */
export function paintLanes(
  canvas: HTMLCanvasElement,
  marks: readonly Mark[],
  options: PaintOptions,
) {
  const { width, height, ratio, top, left, colors, colorOf } = options;
  const context = clearedCanvas(canvas, width, height, ratio);
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, left * ratio, -top * ratio);
  context.font = '600 11px system-ui, sans-serif';
  context.textBaseline = 'middle';
  for (const mark of marks) {
    const { bar, x, width: barWidth } = mark;
    const y = mark.y;
    if (y + BAR_HEIGHT < top || y > top + height) continue;
    const color = colorOf(bar);
    if (bar.docking.endedBy) {
      const fade = context.createLinearGradient(x, 0, x + barWidth, 0);
      fade.addColorStop(0.5, color);
      fade.addColorStop(1, `${color}33`);
      context.fillStyle = fade;
    } else context.fillStyle = color;
    barPath(context, mark, y);
    context.fill();
    if (bar.open) {
      context.fillStyle = color;
      context.beginPath();
      context.moveTo(x + barWidth, y);
      context.lineTo(x + barWidth + OPEN_ARROW, y + BAR_HEIGHT / 2);
      context.lineTo(x + barWidth, y + BAR_HEIGHT);
      context.fill();
    }
    if (bar.overlaps) hatch(context, mark, y, colors);
    const name = bar.docking.chaser.name;
    if (barWidth > name.length * CHAR_WIDTH + 10) {
      context.fillStyle = '#fff';
      context.fillText(name, x + 5, y + BAR_HEIGHT / 2 + 1);
    }
  }
}
