import { describe, expect, it } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { buildDockings } from '../../src/domain/docking';
import { facetOptions, filterDockings, sortDockings, timeWindow } from '../../src/domain/select';
import { parseViewState, type ViewFilters } from '../../src/domain/view-state';
import { devDockingPage } from '../support/fixtures';
import { generateDockingHistory } from '../support/generate-history';

const FETCHED = Date.parse('2026-04-05T04:17:00Z');
const dockings = buildDockings([
  { events: parseDockingEvents(devDockingPage().results).events, fetchedAt: FETCHED },
]);
const view = (search: string): ViewFilters => parseViewState(search);
const ids = (search: string, tz: 'utc' | 'local' = 'utc') =>
  filterDockings(dockings, view(search), tz).map((docking) => docking.id);

describe('filterDockings', () => {
  it('shows everything without filters, in the given order', () => {
    expect(ids('')).toEqual([631, 630, 629, 624, 622]);
  });

  it('filters by port, vehicle, agency and status', () => {
    expect(ids('?port=30')).toEqual([624, 622]);
    expect(ids('?port=30,21')).toEqual([631, 624, 622]);
    expect(ids('?vehicle=7')).toEqual([622]);
    expect(ids('?agency=121')).toEqual([624, 622]);
    expect(ids('?status=docked')).toEqual([629]);
    expect(ids('?status=departed')).toEqual([631, 630, 624, 622]);
    expect(ids('?station=4')).toHaveLength(5);
    expect(ids('?station=18')).toEqual([]);
  });

  it('keeps stays overlapping the inclusive time window', () => {
    // 624 docked 26 Jun and left 14 Jul 2025; 622 left 23 May 2025.
    expect(ids('?from=2025-07-14&to=2025-07-14')).toEqual([624]);
    expect(ids('?from=2025-05-24&to=2025-06-25')).toEqual([]);
    expect(ids('?to=2025-04-22')).toEqual([622]);
    // The open stay counts as docked until the data was fetched, not today.
    expect(ids('?from=2026-04-04')).toEqual([629]);
    expect(ids('?from=2026-04-06')).toEqual([]);
  });

  it('searches spacecraft, vehicle, agency, station, port and launch, ignoring case and accents', () => {
    expect(ids('?q=willie')).toEqual([630]);
    expect(ids('?q=ZVEZDA')).toEqual([629]);
    expect(ids('?q=spacex')).toEqual([624, 622]);
    expect(ids('?q=axiom')).toEqual([624]);
    expect(ids('?q=dragon grace')).toEqual([624]);
    expect(ids('?q=h3-24')).toEqual([631]);
    expect(ids('?q=htv-x')).toEqual([631]);
    expect(ids('?q=international harmony')).toEqual([631, 624, 622]);
    expect(ids('?q=mcc%C3%B3ol')).toEqual([630]);
  });

  it('reads the window in the chosen zone', () => {
    const { start: utc } = timeWindow('2025-07-14', null, 'utc');
    const { start: local } = timeWindow('2025-07-14', null, 'local');
    expect(utc).toBe(Date.parse('2025-07-14T00:00:00Z'));
    expect(local).toBe(new Date(2025, 6, 14).getTime());
    expect(timeWindow(null, '2025-07-14', 'utc').end).toBe(Date.parse('2025-07-15T00:00:00Z'));
  });
});

describe('facetOptions', () => {
  it('counts each choice given the other filters', () => {
    const ports = facetOptions(dockings, view('?status=departed'), 'utc', 'port');
    expect(ports.map((port) => [port.name, port.count])).toEqual([
      ['Harmony zenith', 2],
      ['Harmony nadir', 1],
      ['Unity nadir', 1],
    ]);
  });

  it('scopes ports to the chosen stations and keeps chosen values listed', () => {
    const history = buildDockings([
      {
        events: parseDockingEvents(generateDockingHistory({ seed: 1, count: 400 })).events,
        fetchedAt: FETCHED,
      },
    ]);
    const tiangongPorts = facetOptions(history, view('?station=18'), 'utc', 'port');
    expect(tiangongPorts.length).toBeGreaterThan(0);
    expect(tiangongPorts.every((port) => port.group === 'Tiangong space station')).toBe(true);
    const withChosen = facetOptions(history, view('?station=18&port=30'), 'utc', 'port');
    expect(withChosen.find((port) => port.id === 30)).toMatchObject({ count: 0 });
  });

  it('does not narrow a facet by its own choice', () => {
    const stations = facetOptions(dockings, view('?station=4'), 'utc', 'station');
    expect(stations).toEqual([
      { id: 4, name: 'International Space Station', count: 5, group: undefined },
    ]);
  });
});

describe('sortDockings', () => {
  const order = (search: string) =>
    sortDockings(dockings, parseViewState(search).sort).map((docking) => docking.id);

  it('sorts by each key in turn, then newest docking first', () => {
    expect(order('')).toEqual([631, 630, 629, 624, 622]);
    expect(order('?sort=docked')).toEqual([622, 624, 629, 630, 631]);
    expect(order('?sort=spacecraft')).toEqual([622, 624, 630, 631, 629]);
    // Two Harmony zenith stays tie on port and fall back to newest first.
    expect(order('?sort=port')).toEqual([631, 624, 622, 630, 629]);
    expect(order('?sort=agency,-duration')).toEqual([631, 630, 629, 622, 624]);
  });

  it('puts open stays after every departure, and first when descending', () => {
    expect(order('?sort=departed').at(-1)).toBe(629);
    expect(order('?sort=-departed')[0]).toBe(629);
  });

  it('gives the same order whatever order the rows come in', () => {
    const sort = parseViewState('?sort=station,port').sort;
    const shuffled = [...dockings].reverse();
    expect(sortDockings(shuffled, sort)).toEqual(sortDockings(dockings, sort));
  });
});
