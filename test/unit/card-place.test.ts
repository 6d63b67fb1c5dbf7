import { describe, expect, it } from 'vitest';
import { cardPlace } from '../../src/features/timeline/card-place';

const card = { width: 200, height: 150 };
const viewport = { width: 1280, height: 720 };

describe('the hover card’s place', () => {
  it('is below and right of the pointer where it fits', () => {
    expect(cardPlace({ x: 100, y: 100 }, card, viewport)).toEqual({ left: 112, top: 112 });
  });

  it('goes above the pointer near the bottom, left of it near the right edge', () => {
    expect(cardPlace({ x: 100, y: 600 }, card, viewport)).toEqual({ left: 112, top: 438 });
    expect(cardPlace({ x: 1200, y: 100 }, card, viewport)).toEqual({ left: 988, top: 112 });
    expect(cardPlace({ x: 1200, y: 600 }, card, viewport)).toEqual({ left: 988, top: 438 });
  });

  it('stays inside the window’s top and left edges where it fits neither way', () => {
    expect(cardPlace({ x: 150, y: 100 }, card, { width: 300, height: 200 })).toEqual({
      left: 4,
      top: 4,
    });
  });
});
