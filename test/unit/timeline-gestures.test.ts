import { describe, expect, it } from 'vitest';
import {
  pinchWindow,
  wheelZoomFactor,
  zoomsByADay,
} from '../../src/features/timeline/use-timeline-gestures';
import { DAY_MS } from '../../src/lib/time';

describe('wheelZoomFactor', () => {
  it('zooms a pinch by its own scale, a small event a little', () => {
    expect(wheelZoomFactor(-2, 0)).toBeCloseTo(1.0202, 4);
    expect(wheelZoomFactor(2, 0)).toBeCloseTo(0.9802, 4);
  });

  it('zooms a mouse wheel’s notch one step of 1.5, in pixels, lines or pages', () => {
    expect(wheelZoomFactor(-100, 0)).toBe(1.5);
    expect(wheelZoomFactor(100, 0)).toBeCloseTo(0.6667, 4);
    expect(wheelZoomFactor(-3, 1)).toBe(1.5);
    expect(wheelZoomFactor(1, 2)).toBeCloseTo(0.6667, 4);
  });
});

describe('zoomsByADay', () => {
  const days = (count: number) => ({ start: 0, end: count * DAY_MS });

  it('waits until a zoom changes the window by a whole day', () => {
    expect(zoomsByADay(days(366), 1.02)).toBe(true);
    expect(zoomsByADay(days(10), 1.02)).toBe(false);
    expect(zoomsByADay(days(10), 1.12)).toBe(true);
    expect(zoomsByADay(days(10), 0.9)).toBe(true);
  });
});

describe('pinchWindow', () => {
  // Ten days, fingers 100 px apart at the start, their midpoint halfway along the axis.
  const pinch = {
    distance: 100,
    range: { start: Date.parse('2025-01-01T00:00Z'), end: Date.parse('2025-01-11T00:00Z') },
    anchor: 0.5,
    last: null,
  };

  it('zooms by how much further apart the fingers are, about their midpoint', () => {
    expect(pinchWindow(pinch, 200, 'utc')).toEqual({ from: '2025-01-04', to: '2025-01-08' });
    expect(pinchWindow(pinch, 50, 'utc')).toEqual({ from: '2024-12-27', to: '2025-01-15' });
  });

  it('keeps the window it began on until the zoom is a whole day', () => {
    expect(pinchWindow(pinch, 105, 'utc')).toEqual({ from: '2025-01-01', to: '2025-01-10' });
  });
});
