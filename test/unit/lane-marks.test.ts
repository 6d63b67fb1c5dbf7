import { describe, expect, it } from 'vitest';
import type { Docking } from '../../src/domain/docking';
import { timeScale, type TimelineBar } from '../../src/domain/timeline';
import {
  laneMarks,
  markAt,
  nextStop,
  stayMark,
  type MarkRow,
  type StayStop,
} from '../../src/features/timeline/lane-marks';

/** A stay from `start` to `end` (ms), in row `subLane` of its lane; only the id matters here. */
const bar = (id: number, start: number, end: number, subLane = 0, open = false): TimelineBar => ({
  docking: { id } as Docking,
  start,
  end,
  open,
  subLane,
  overlaps: false,
});
const ids = (marks: { bar: TimelineBar }[]) => marks.map((mark) => mark.bar.docking.id);

// 1,000 ms over 100 px: 10 ms a pixel.
const scale = timeScale({ start: 0, end: 1000 }, 100);

describe('lane marks', () => {
  const rows: MarkRow[] = [
    { y: 0, height: 28, bars: [bar(1, 100, 300), bar(2, 250, 400, 1), bar(3, 2000, 3000)] },
    { y: 28, height: 28, bars: [bar(4, -500, 50), bar(5, 950, 5000)] },
    { y: 56, height: 28, bars: [bar(6, 0, 1000)] },
  ];

  it('places each stay in the window at its time and row, clipped a little past the edges', () => {
    expect(laneMarks(rows, scale, 0, 56)).toEqual([
      { bar: rows[0]!.bars[0], row: 0, x: 10, y: 2, width: 20, merged: [] },
      { bar: rows[0]!.bars[1], row: 0, x: 25, y: 24, width: 15, merged: [] },
      { bar: rows[1]!.bars[0], row: 1, x: -2, y: 30, width: 7, merged: [] },
      { bar: rows[1]!.bars[1], row: 1, x: 95, y: 30, width: 7, merged: [] },
      // The third row starts at 56: it reaches the span's bottom edge, so it is drawn.
      { bar: rows[2]!.bars[0], row: 2, x: 0, y: 58, width: 100, merged: [] },
    ]);
  });

  it('leaves out the rows above and below the span', () => {
    expect(ids(laneMarks(rows, scale, 57, 200))).toEqual([6]);
  });

  it('draws a stay of under a pixel at least 2 px wide', () => {
    expect(laneMarks([{ y: 0, height: 28, bars: [bar(1, 500, 501)] }], scale, 0, 28)).toEqual([
      { bar: expect.anything(), row: 0, x: 50, y: 2, width: 2, merged: [] },
    ]);
  });

  it('merges stays of under a pixel into the mark already drawn at their pixel column', () => {
    // Four 1 ms stays: three in the pixel columns 50–51 that the first covers, one at column 60.
    const busy: MarkRow[] = [
      {
        y: 0,
        height: 28,
        bars: [bar(1, 500, 501), bar(2, 505, 506), bar(3, 512, 513), bar(4, 600, 601)],
      },
    ];
    const marks = laneMarks(busy, scale, 0, 28);
    expect(marks.map((mark) => [mark.bar.docking.id, mark.x, mark.merged])).toEqual([
      [1, 50, [2, 3]],
      [4, 60, []],
    ]);
  });

  it('finds a stay’s own mark, where another mark covers it or not', () => {
    const busy: MarkRow[] = [
      { y: 0, height: 28, bars: [bar(1, 500, 501), bar(2, 505, 506)] },
      { y: 28, height: 28, bars: [bar(3, 2000, 3000)] },
    ];
    expect(stayMark(busy, scale, 0, 28, 2)).toEqual({
      bar: busy[0]!.bars[1],
      row: 0,
      x: 50.5,
      y: 2,
      width: 2,
      merged: [],
    });
    expect(stayMark(busy, scale, 0, 28, 1)?.x).toBe(50);
    // Outside the window, in a row out of view, or not there at all: none.
    expect(stayMark(busy, scale, 0, 56, 3)).toBeNull();
    expect(stayMark(busy, scale, 29, 56, 2)).toBeNull();
    expect(stayMark(busy, scale, 0, 28, 9)).toBeNull();
  });

  it('never merges a stay a pixel or more wide, nor across rows of a lane', () => {
    const lane: MarkRow[] = [
      { y: 0, height: 50, bars: [bar(1, 500, 501), bar(2, 505, 520), bar(3, 506, 507, 1)] },
    ];
    expect(ids(laneMarks(lane, scale, 0, 50))).toEqual([1, 2, 3]);
  });
});

describe('finding the stay under the pointer', () => {
  const marks = laneMarks(
    [
      {
        y: 0,
        height: 50,
        bars: [bar(1, 100, 300), bar(2, 250, 400, 1), bar(3, 700, 800, 0, true)],
      },
    ],
    scale,
    0,
    50,
  );

  it('finds the stay whose bar holds the point', () => {
    expect(markAt(marks, 10, 2)?.bar.docking.id).toBe(1);
    expect(markAt(marks, 29.9, 19.9)?.bar.docking.id).toBe(1);
    expect(markAt(marks, 30, 10)).toBeNull();
    expect(markAt(marks, 20, 20)).toBeNull();
    expect(markAt(marks, 26, 24)?.bar.docking.id).toBe(2);
  });

  it('counts an open stay’s arrow as part of it', () => {
    expect(markAt(marks, 86, 10)?.bar.docking.id).toBe(3);
    expect(markAt(marks, 87, 10)).toBeNull();
  });
});

describe('moving between stays with the keyboard', () => {
  // Two lanes: 1, 2, 3 in the first; 4, 5 in the second.
  const stops: StayStop[] = [
    { id: 1, row: 0, start: 100 },
    { id: 2, row: 0, start: 500 },
    { id: 3, row: 0, start: 900 },
    { id: 4, row: 1, start: 450 },
    { id: 5, row: 1, start: 950 },
  ];

  it('goes left and right in order, across lanes, and stops at the ends', () => {
    expect(nextStop(stops, 3, 'ArrowRight')).toBe(4);
    expect(nextStop(stops, 4, 'ArrowLeft')).toBe(3);
    expect(nextStop(stops, 5, 'ArrowRight')).toBe(5);
    expect(nextStop(stops, 1, 'ArrowLeft')).toBe(1);
  });

  it('goes up and down to the stay nearest in time in the next lane that has one', () => {
    expect(nextStop(stops, 2, 'ArrowDown')).toBe(4);
    expect(nextStop(stops, 3, 'ArrowDown')).toBe(5);
    expect(nextStop(stops, 4, 'ArrowUp')).toBe(2);
    expect(nextStop(stops, 5, 'ArrowUp')).toBe(3);
    expect(nextStop(stops, 5, 'ArrowDown')).toBe(5);
  });

  it('Home and End go to the first and last; other keys are not for the stays', () => {
    expect(nextStop(stops, 3, 'Home')).toBe(1);
    expect(nextStop(stops, 3, 'End')).toBe(5);
    expect(nextStop(stops, 3, '+')).toBeNull();
  });

  it('from a stay not among them, End goes to the last, the other keys for the stays to the first; others are left be', () => {
    expect(nextStop(stops, 9, 'ArrowRight')).toBe(1);
    expect(nextStop(stops, 9, 'End')).toBe(5);
    expect(nextStop(stops, 9, 'Tab')).toBeNull();
    expect(nextStop(stops, 9, 'Enter')).toBeNull();
  });
});
