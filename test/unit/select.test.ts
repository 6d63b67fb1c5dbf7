import { describe, expect, it } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { buildDockings } from '../support/dockings';
import {
  allFacetOptions,
  facetOptions,
  filterDockings,
  prepareSorts,
  searchText,
  sortDockings,
  timeWindow,
  withinWindow,
} from '../../src/domain/select';
import type { Docking } from '../../src/domain/docking';
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

describe('filtering as a search is typed', () => {
  it('shows what a fresh search would, typed on, taken back or changed', () => {
    // A history of its own, so that no search is remembered for it yet.
    const history = [...dockings];
    const shown = (search: string) =>
      filterDockings(history, view(search), 'utc').map((docking) => docking.id);
    expect(shown('?q=dragon%20gra')).toEqual([624]);
    // Letters taken away, or another filter changed, may show more than the last input did.
    expect(shown('?q=dragon')).toEqual([624, 622]);
    expect(shown('?q=dr')).toEqual([624, 622]);
    expect(shown('?q=dragon&status=departed')).toEqual([624, 622]);
    expect(shown('?status=departed')).toEqual([631, 630, 624, 622]);
    expect(shown('?q=progress')).toEqual([629]);
    expect(shown('?q=progress%20ms')).toEqual([629]);
    // Another history is searched whole, even when the search only grew.
    const older = dockings.filter((docking) => docking.id !== 629);
    expect(filterDockings(older, view('?q=progress%20ms'), 'utc')).toEqual([]);
  });

  it('filters rows put in order, keeping their order', () => {
    const byName = sortDockings(dockings, parseViewState('?sort=spacecraft').sort);
    const shown = (rows: readonly Docking[], search: string) =>
      filterDockings(rows, view(search), 'utc').map((docking) => docking.id);
    expect(shown(byName, '?status=departed')).toEqual([622, 624, 630, 631]);
    expect(shown(byName, '?q=dragon')).toEqual([622, 624]);
    const someByDate = sortDockings(dockings.slice(2), parseViewState('?sort=docked').sort);
    expect(shown(someByDate, '?agency=121')).toEqual([622, 624]);
    expect(shown(someByDate, '?status=docked')).toEqual([629]);
  });
});

describe('allFacetOptions', () => {
  it('counts every facet in one pass, each as if its own choice were not made', () => {
    // Unity nadir (port 1) had only a Northrop Grumman visit: with SpaceX chosen, nothing shows.
    expect(ids('?port=1&agency=121')).toEqual([]);
    const options = allFacetOptions(dockings, view('?port=1&agency=121'), 'utc');
    const counts = (facet: keyof typeof options) =>
      options[facet].map((option) => [option.name, option.count]);
    expect(counts('port')).toEqual([
      ['Harmony zenith', 2],
      ['Unity nadir', 0],
    ]);
    expect(counts('agency')).toEqual([
      ['Northrop Grumman Space Systems', 1],
      ['SpaceX', 0],
    ]);
    expect(counts('station')).toEqual([]);
    expect(counts('vehicle')).toEqual([]);
  });

  it('still applies status, time and search to a stay that fails only the facet being counted', () => {
    // Of the ports, only Zvezda aft has a stay still docked; Unity nadir is listed as chosen.
    const ports = allFacetOptions(dockings, view('?port=1&status=docked'), 'utc').port;
    expect(ports.map((option) => [option.name, option.count])).toEqual([
      ['Zvezda aft', 1],
      ['Unity nadir', 0],
    ]);
  });

  it('counts the dockings it is given, whichever history they come from', () => {
    const ports = (list: readonly Docking[]) =>
      allFacetOptions(list, view('?agency=121'), 'utc').port.map((option) => [
        option.name,
        option.count,
        option.group,
      ]);
    // SpaceX's two stays were both at Harmony zenith; the first two dockings are not SpaceX's.
    expect(ports(dockings)).toEqual([['Harmony zenith', 2, 'International Space Station']]);
    expect(ports(dockings.slice(0, 2))).toEqual([]);
    expect(ports(dockings.slice(3))).toEqual([
      ['Harmony zenith', 2, 'International Space Station'],
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

describe('sorting after the columns were put in order while idle', () => {
  const history = buildDockings([
    {
      events: parseDockingEvents(generateDockingHistory({ seed: 5, count: 3000 })).events,
      fetchedAt: FETCHED,
    },
  ]);
  const bySpacecraft = parseViewState('?sort=spacecraft').sort;
  const firstNames = (rows: readonly Docking[]) =>
    rows.slice(0, 4).map((docking) => docking.chaser.name);

  it('gives the same rows whether the columns were done, half done or not begun', () => {
    // Each copy of the history is a history of its own, with places of its own.
    const notBegun = sortDockings([...history], bySpacecraft);
    const done = [...history];
    const allSteps = prepareSorts(done);
    let steps = 0;
    while (!allSteps.next().done) steps += 1;
    expect(steps).toBeGreaterThan(20);
    const halfDone = [...history];
    const someSteps = prepareSorts(halfDone);
    for (let step = 0; step < 5; step += 1) someSteps.next();
    const sortedHalfway = sortDockings(halfDone, bySpacecraft);
    // The idle work goes on past the column the sort finished.
    expect(someSteps.next().done).toBe(false);

    expect(firstNames(notBegun)).toEqual([
      'Cargo Dragon C11',
      'Cargo Dragon C12',
      'Cargo Dragon C13',
      'Cargo Dragon C14',
    ]);
    expect(sortDockings(done, bySpacecraft)).toEqual(notBegun);
    expect(sortedHalfway).toEqual(notBegun);
    const byLaunch = parseViewState('?sort=-launch').sort;
    expect(sortDockings(done, byLaunch)).toEqual(sortDockings([...history], byLaunch));
  });
});

describe('at the edges of a window', () => {
  // 622 docked 22 Apr 2025 12:40 and left 23 May 2025 16:05 UTC.
  const only622 = dockings.filter((docking) => docking.id === 622);
  const shown = (from: string | null, to: string | null) =>
    withinWindow(only622, from, to, 'utc').map((docking) => docking.id);

  it('keeps a stay that ends on the first day or starts on the last, and no other', () => {
    expect(shown('2025-05-23', null)).toEqual([622]);
    expect(shown('2025-05-24', null)).toEqual([]);
    expect(shown(null, '2025-04-22')).toEqual([622]);
    expect(shown(null, '2025-04-21')).toEqual([]);
    expect(shown('2025-04-23', '2025-05-22')).toEqual([622]);
  });

  it('gives back the very list it was given when there is no window', () => {
    expect(withinWindow(dockings, null, null, 'utc')).toBe(dockings);
  });

  it('counts a stay departing at the very start of the window, not one docking at its very end', () => {
    const at = (iso: string) => Date.parse(iso);
    const edge = {
      ...only622[0]!,
      docked: at('2025-06-01T00:00:00Z') - 3_600_000,
      departed: at('2025-06-01T00:00:00Z'),
    };
    const late = { ...only622[0]!, id: 1, docked: at('2025-06-02T00:00:00Z'), departed: null };
    expect(withinWindow([edge, late], '2025-06-01', '2025-06-01', 'utc')).toEqual([edge]);
  });
});

describe('search text', () => {
  it('matches every word, in any order, however it is spaced', () => {
    expect(ids('?q=%20grace%20%20%20dragon%20')).toEqual([624]);
    expect(ids('?q=dragon%20zzz')).toEqual([]);
    expect(ids('?q=egarc')).toEqual([]);
  });

  it('answers each search for its own words when searches take turns over the same dockings', () => {
    expect(ids('?q=dragon')).toEqual([624, 622]);
    expect(ids('?q=progress')).toEqual([629]);
    expect(ids('?q=dragon')).toEqual([624, 622]);
    expect(ids('?q=dragon%20grace')).toEqual([624]);
    expect(ids('?q=dragongrace')).toEqual([]);
    expect(allFacetOptions(dockings, view('?q=dragon'), 'utc').station).toEqual([
      { id: 4, name: 'International Space Station', count: 2 },
    ]);
  });

  it('reads a docking with no vehicle, agency or launch recorded', () => {
    const bare = { ...dockings[0]!, id: 1, vehicle: null, agency: null, launch: null };
    expect(searchText(bare)).toBe('htv-x1\ninternational space station\nharmony nadir');
    expect(filterDockings([bare], view('?q=harmony'), 'utc')).toEqual([bare]);
    expect(filterDockings([bare], view('?vehicle=7'), 'utc')).toEqual([]);
    expect(filterDockings([bare], view('?agency=121'), 'utc')).toEqual([]);
  });
});

describe('facets of a history with many stations', () => {
  const history = buildDockings([
    {
      events: parseDockingEvents(generateDockingHistory({ seed: 1, count: 400 })).events,
      fetchedAt: FETCHED,
    },
  ]);
  const countOf = (facet: 'station' | 'port' | 'vehicle' | 'agency', search: string, id: number) =>
    facetOptions(history, view(search), 'utc', facet).find((option) => option.id === id)?.count;
  const total = (test: (docking: (typeof history)[number]) => boolean) =>
    history.filter(test).length;

  it('counts every other choice of a facet as if its own choice were not made', () => {
    expect(countOf('station', '?station=4', 18)).toBe(total((d) => d.station?.id === 18));
    expect(countOf('vehicle', '?vehicle=21', 7)).toBe(total((d) => d.vehicle?.id === 7));
    expect(countOf('agency', '?agency=88', 121)).toBe(total((d) => d.agency?.id === 121));
    const otherPort = history.find((d) => d.port.id !== 60)!.port.id;
    expect(countOf('port', '?port=60', otherPort)).toBe(total((d) => d.port.id === otherPort));
  });

  it('lists no choice for dockings without that field, and names a chosen unknown id', () => {
    expect(
      facetOptions(history, view('?agency=999999'), 'utc', 'agency', new Map([[999999, 'Gone']])),
    ).toContainEqual({ id: 999999, name: 'Gone', count: 0 });
    expect(
      facetOptions(history, view('?agency=999998'), 'utc', 'agency').find(
        (option) => option.id === 999998,
      ),
    ).toEqual({ id: 999998, name: '#999998', count: 0 });
    const bare = { ...history[0]!, vehicle: null, station: null };
    expect(facetOptions([bare], view(''), 'utc', 'vehicle')).toEqual([]);
    expect(facetOptions([bare], view(''), 'utc', 'station')).toEqual([]);
  });
});

describe('sorting values of every kind', () => {
  const named = (id: number, name: string, docked: number) => ({
    ...dockings[0]!,
    id,
    docked,
    chaser: { ...dockings[0]!.chaser, name },
  });

  it('sorts names by letters, not by case, and numbers within names by value', () => {
    const rows = [
      named(1, 'Progress MS-10', 3),
      named(2, 'alpha', 2),
      named(3, 'Beta', 1),
      named(4, 'Progress MS-9', 0),
    ];
    expect(sortDockings(rows, [{ id: 'spacecraft', desc: false }]).map((d) => d.id)).toEqual([
      2, 3, 4, 1,
    ]);
  });

  it('treats names that differ only in case as one, newest docking first among them', () => {
    const rows = [named(1, 'iss', 1), named(2, 'Zarya', 5), named(3, 'ISS', 3), named(4, 'Iss', 2)];
    expect(sortDockings(rows, [{ id: 'spacecraft', desc: false }]).map((d) => d.id)).toEqual([
      3, 4, 1, 2,
    ]);
    expect(sortDockings(rows, [{ id: 'spacecraft', desc: true }]).map((d) => d.id)).toEqual([
      2, 3, 4, 1,
    ]);
  });

  it('sorts rows of a history by the names of that history, and rows from elsewhere by their own', () => {
    const history = [named(1, 'Soyuz MS-9', 1), named(2, 'Dragon', 2), named(3, 'soyuz ms-10', 3)];
    const byName = [{ id: 'spacecraft' as const, desc: false }];
    expect(sortDockings([history[2]!, history[0]!], byName, history).map((d) => d.id)).toEqual([
      1, 3,
    ]);
    const stranger = named(4, 'Apollo', 4);
    expect(sortDockings([history[0]!, stranger], byName, history).map((d) => d.id)).toEqual([4, 1]);
  });

  it('keeps newest first among equal values when the rows come newest first, either way round', () => {
    const history = [
      { ...named(4, 'b', 4), departed: null },
      { ...named(3, 'a', 3), departed: 10 },
      { ...named(2, 'b', 2), departed: 10 },
      { ...named(1, 'a', 1), departed: 5 },
    ];
    const ids = (id: 'spacecraft' | 'departed', desc: boolean) =>
      sortDockings(history, [{ id, desc }], history).map((d) => d.id);
    expect(ids('spacecraft', false)).toEqual([3, 1, 4, 2]);
    expect(ids('spacecraft', true)).toEqual([4, 2, 3, 1]);
    // An open stay has not ended: it sorts after every departure.
    expect(ids('departed', false)).toEqual([1, 3, 2, 4]);
    expect(ids('departed', true)).toEqual([4, 3, 2, 1]);
  });

  it('sorts times before 1970 before later ones', () => {
    const rows = [
      named(1, 'Soyuz 5', Date.parse('1969-01-16T00:00:00Z')),
      named(2, 'Apollo 9', Date.parse('1969-03-03T00:00:00Z')),
      named(3, 'Progress', Date.parse('2025-01-01T00:00:00Z')),
    ];
    expect(sortDockings(rows, [{ id: 'docked', desc: false }]).map((d) => d.id)).toEqual([1, 2, 3]);
  });

  it('sorts by vehicle, agency (its abbreviation, else its name) and launch, empty ones first', () => {
    const base = dockings[0]!;
    const rows = [
      {
        ...base,
        id: 1,
        vehicle: { id: 1, name: 'Soyuz' },
        agency: { id: 1, name: 'Zeta Agency', abbrev: 'AZ' },
        launch: { id: 'a', name: 'B launch' },
      },
      {
        ...base,
        id: 2,
        vehicle: null,
        agency: { id: 2, name: 'Alpha Agency', abbrev: null },
        launch: null,
      },
      {
        ...base,
        id: 3,
        vehicle: { id: 3, name: 'Dragon' },
        agency: null,
        launch: { id: 'c', name: 'A launch' },
      },
    ];
    const by = (id: 'vehicle' | 'agency' | 'launch') =>
      sortDockings(rows, [{ id, desc: false }]).map((d) => d.id);
    expect(by('vehicle')).toEqual([2, 3, 1]);
    expect(by('agency')).toEqual([3, 2, 1]);
    expect(by('launch')).toEqual([2, 3, 1]);
  });
});
