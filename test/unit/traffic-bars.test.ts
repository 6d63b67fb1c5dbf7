import { describe, expect, it } from 'vitest';
import type { YearTraffic } from '../../src/domain/occupancy';
import {
  paintBars,
  trafficBars,
  yearSpans,
  yearsPerColumn,
} from '../../src/features/traffic/traffic-bars';

const legend = [
  { key: 'a', label: 'A', color: '#111111' },
  { key: 'b', label: 'B', color: '#222222' },
];
const year = (y: number, a: number, b: number): YearTraffic => ({
  year: y,
  total: a + b,
  counts: new Map([
    ['a', a],
    ['b', b],
  ]),
});

describe('traffic bars', () => {
  it('stacks each year in the legend order inside its slot, the busiest year filling the height', () => {
    // Two years across 200 px: slots of 100 px, bars 80 px wide; the busiest (8) is 100 - 4 tall.
    expect(trafficBars([year(2010, 6, 2), year(2011, 0, 4)], legend, 200, 100)).toEqual([
      { x: 10, y: 28, width: 80, height: 72, color: '#111111' },
      { x: 10, y: 4, width: 80, height: 24, color: '#222222' },
      { x: 110, y: 52, width: 80, height: 48, color: '#222222' },
    ]);
  });

  it('draws nothing for no years', () => {
    expect(trafficBars([], legend, 200, 100)).toEqual([]);
  });
});

describe('columns of years', () => {
  const years = [year(2010, 6, 2), year(2011, 0, 4), year(2012, 1, 1)];

  it('hold a year each while each year has 4 px or more, else as few years as reach it', () => {
    expect(yearsPerColumn(3, 12)).toBe(1);
    expect(yearsPerColumn(3, 8)).toBe(2);
    expect(yearsPerColumn(55, 100)).toBe(3);
  });

  it('are a year each at one year a column', () => {
    expect(yearSpans(years, 1).map((span) => [span.first, span.last, span.total])).toEqual([
      [2010, 2010, 8],
      [2011, 2011, 4],
      [2012, 2012, 2],
    ]);
  });

  it('sum as few consecutive years as reach it, agency by agency', () => {
    expect(yearSpans(years, 2)).toEqual([
      {
        first: 2010,
        last: 2011,
        total: 12,
        counts: new Map([
          ['a', 6],
          ['b', 6],
        ]),
      },
      {
        first: 2012,
        last: 2012,
        total: 2,
        counts: new Map([
          ['a', 1],
          ['b', 1],
        ]),
      },
    ]);
  });
});

describe('painting the bars', () => {
  const paint = (pieces: Parameters<typeof paintBars>[1], ratio: number) => {
    const rects: [string, number, number, number, number][] = [];
    const context = {
      fillStyle: '',
      setTransform: () => {},
      clearRect: () => {},
      fillRect(x: number, y: number, w: number, h: number) {
        rects.push([this.fillStyle, x, y, w, h]);
      },
    };
    const canvas = { width: 0, height: 0, getContext: () => context };
    paintBars(canvas as unknown as HTMLCanvasElement, pieces, 200, 100, ratio);
    return { canvas, rects };
  };

  it('sizes the canvas in device pixels and rounds every edge to one', () => {
    const { canvas, rects } = paint(
      [
        { x: 10, y: 42.4, width: 80, height: 57.6, color: '#111111' },
        { x: 10, y: 4, width: 80, height: 38.4, color: '#222222' },
      ],
      1.5,
    );
    expect([canvas.width, canvas.height]).toEqual([300, 150]);
    // 42.4 × 1.5 = 63.6 → 64: the lower piece starts where the upper one ends, with no seam.
    expect(rects).toEqual([
      ['#111111', 15, 64, 120, 86],
      ['#222222', 15, 6, 120, 58],
    ]);
  });

  it('keeps a sliver of a bar one device pixel tall', () => {
    const { rects } = paint([{ x: 10, y: 99.9, width: 80, height: 0.1, color: '#111111' }], 2);
    expect(rects).toEqual([['#111111', 20, 199, 160, 1]]);
  });
});
