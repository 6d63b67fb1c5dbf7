import { describe, expect, it } from 'vitest';
import {
  daysAcross,
  pinchWindow,
  startPinch,
  wheelZoomFactor,
  zoomsByADay,
} from '../../src/features/timeline/gesture-windows';
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

describe('daysAcross', () => {
  it('counts the days a stretch of the axis stands for, back in time when negative', () => {
    const year = { start: 0, end: 360 * DAY_MS };
    expect(daysAcross(60, 600, year)).toBe(36);
    expect(daysAcross(-15, 600, year)).toBe(-9);
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
  // Ten days over an axis of 600 px from the page's left; fingers 100 px apart about its middle.
  const range = { start: Date.parse('2025-01-01T00:00Z'), end: Date.parse('2025-01-11T00:00Z') };
  const at = (x: number) => ({ x, y: 40 });
  const pinch = startPinch(at(250), at(350), 0, 600, range);

  it('begins at the fingers’ midpoint, as a share of the axis', () => {
    expect(pinch.anchor).toBe(0.5);
    expect(startPinch(at(-100), at(-50), 0, 600, range).anchor).toBe(0);
  });

  it('zooms by how much further apart the fingers are, about their midpoint', () => {
    expect(pinchWindow(pinch, at(200), at(400), 'utc')).toEqual({
      from: '2025-01-04',
      to: '2025-01-08',
    });
    expect(pinchWindow(pinch, at(275), at(325), 'utc')).toEqual({
      from: '2024-12-27',
      to: '2025-01-15',
    });
  });

  it('keeps the window until the zoom is a whole day, and moves it with the midpoint', () => {
    expect(pinchWindow(pinch, at(247.5), at(352.5), 'utc')).toEqual({
      from: '2025-01-01',
      to: '2025-01-10',
    });
    // Both fingers 60 px to the right, a tenth of the axis: a day earlier.
    expect(pinchWindow(pinch, at(310), at(410), 'utc')).toEqual({
      from: '2024-12-31',
      to: '2025-01-09',
    });
  });
});
