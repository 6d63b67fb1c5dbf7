import { describe, expect, it } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { buildDockings } from '../support/dockings';
import { type Docking } from '../../src/domain/docking';
import { OTHER_COLOR, agencyColors } from '../../src/ui/agency-colors';
import { devDockingPage } from '../support/fixtures';

const template = buildDockings([
  { events: parseDockingEvents(devDockingPage().results).events, fetchedAt: 0 },
])[0]!;

/** `count` dockings by agency `n` (abbreviation A<n>), or by no recorded agency when n is null. */
const byAgency = (n: number | null, count: number, firstId: number): Docking[] =>
  Array.from({ length: count }, (_, index) => ({
    ...template,
    id: firstId + index,
    agency:
      n === null ? null : { id: 100 + n, name: `Agency ${n}`, abbrev: n === 3 ? '' : `A${n}` },
  }));

// Agency 1 docks 10 times, agency 2 nine times, … agency 9 twice; one docking has no agency.
const dockings = [
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => byAgency(n, 11 - n, n * 100)),
  ...byAgency(null, 1, 5000),
];
const first = (n: number | null) =>
  dockings.find((docking) => (docking.agency?.id ?? null) === (n === null ? null : 100 + n))!;

describe('agency colours', () => {
  const { colorOf, legend } = agencyColors(dockings);

  it('gives the seven busiest agencies a colour each, the busiest first', () => {
    expect(legend.map((entry) => [entry.label, entry.color])).toEqual([
      ['A1', '#3b7dd8'],
      ['A2', '#e07a3a'],
      ['Agency 3', '#2e9e6a'],
      ['A4', '#9a5bd0'],
      ['A5', '#c9a227'],
      ['A6', '#d04f86'],
      ['A7', '#3aa6b0'],
      ['Other', '#8a94a3'],
    ]);
    expect(colorOf(first(1))).toBe('#3b7dd8');
    expect(colorOf(first(7))).toBe('#3aa6b0');
  });

  it('puts the rest, and a docking with no agency recorded, under "Other"', () => {
    expect(OTHER_COLOR).toBe('#8a94a3');
    expect(colorOf(first(8))).toBe('#8a94a3');
    expect(colorOf(first(9))).toBe('#8a94a3');
    expect(colorOf(first(null))).toBe('#8a94a3');
  });

  it('keeps colours when a filter narrows what is shown, and lists only what is shown', () => {
    const shown = agencyColors(dockings, [first(2), first(9)]);
    expect(shown.colorOf(first(2))).toBe('#e07a3a');
    expect(shown.legend.map((entry) => entry.label)).toEqual(['A2', 'Other']);
    expect(agencyColors(dockings, [first(4)]).legend.map((entry) => entry.label)).toEqual(['A4']);
  });

  it('needs no "Other" for seven agencies or fewer', () => {
    const few = [...byAgency(1, 2, 1), ...byAgency(null, 1, 10)];
    expect(agencyColors(few).legend).toEqual([
      { key: '101', label: 'A1', color: '#3b7dd8' },
      { key: 'none', label: 'Agency not recorded', color: '#e07a3a' },
    ]);
  });
});
