import { describe, expect, it } from 'vitest';
import { wheelZoomFactor, zoomsByADay } from '../../src/features/timeline/use-timeline-gestures';
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
