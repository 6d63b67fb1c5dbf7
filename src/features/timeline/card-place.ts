/** How far the hover card sits from the pointer, and from the window's edges at the least. */
const GAP = 12;
const MARGIN = 4;

interface Size {
  width: number;
  height: number;
}

/**
 * Where the hover card goes, in window pixels: below and right of the point, or above and left of
 * it where the window would cut it off there; never past the window's top or left edge.
 */
export function cardPlace(
  point: { x: number; y: number },
  card: Size,
  viewport: Size,
): { left: number; top: number } {
  const fitsRight = point.x + GAP + card.width <= viewport.width - MARGIN;
  const fitsBelow = point.y + GAP + card.height <= viewport.height - MARGIN;
  return {
    left: Math.max(MARGIN, fitsRight ? point.x + GAP : point.x - GAP - card.width),
    top: Math.max(MARGIN, fitsBelow ? point.y + GAP : point.y - GAP - card.height),
  };
}
