import { describe, expect, it } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { buildDockings } from '../support/dockings';
import { type Docking } from '../../src/domain/docking';
import { dockedAt, portStats, presentAt } from '../../src/domain/occupancy';
import { DAY_MS } from '../../src/lib/time';
import { devDockingPage } from '../support/fixtures';

const FETCHED = Date.parse('2026-04-05T04:17:00Z');
const real = buildDockings([
  { events: parseDockingEvents(devDockingPage().results).events, fetchedAt: FETCHED },
]);
const template = real.find((docking) => docking.id === 622)!;
const ISS = { kind: 'station' as const, id: 4, name: 'International Space Station' };
const TIANGONG = { kind: 'station' as const, id: 18, name: 'Tiangong' };

/** A docking at `port` of `target`, docked and departed on the given days (null: still there). */
function stay(
  id: number,
  port: string,
  docked: string,
  departed: string | null,
  target: Docking['target'] = ISS,
): Docking {
  const start = Date.parse(docked);
  const end = departed ? Date.parse(departed) : FETCHED;
  return {
    ...template,
    id,
    target,
    station: { id: target.id, name: target.name },
    port: { id: port.length * 100 + port.charCodeAt(0), name: port },
    chaser: { ...template.chaser, name: `Craft ${id}` },
    docked: start,
    departed: departed ? end : null,
    status: departed ? 'departed' : 'docked',
    asOf: FETCHED,
    durationMs: end - start,
  };
}

describe('docked now (dockedAt with no instant)', () => {
  const dockings = [
    stay(1, 'Zvezda aft', '2026-01-10T00:00Z', null),
    stay(2, 'Harmony forward', '2026-02-01T00:00Z', null),
    stay(3, 'Harmony zenith', '2025-11-01T00:00Z', '2026-01-01T00:00Z'),
    stay(4, 'Tianhe forward', '2026-03-01T00:00Z', null, TIANGONG),
  ];

  it('lists the open stays of each station by port, the busiest station first, with the as-of time', () => {
    const groups = dockedAt(dockings, null);
    expect(groups.map((group) => group.target.name)).toEqual([
      'International Space Station',
      'Tiangong',
    ]);
    expect(groups[0]!.stays.map((docking) => docking.port.name)).toEqual([
      'Harmony forward',
      'Zvezda aft',
    ]);
    expect(groups[0]!.asOf).toBe(FETCHED);
  });

  it('keeps to the chosen stations', () => {
    expect(dockedAt(dockings, null, [18]).map((group) => group.target.name)).toEqual(['Tiangong']);
  });

  it('is empty when every stay has ended', () => {
    expect(dockedAt([dockings[2]!], null)).toEqual([]);
  });

  it('finds the stays there now, or at an instant, before any station is chosen', () => {
    // Its departure was not recorded: it left, at the latest, when the next vehicle docked there.
    const unrecorded: Docking = {
      ...stay(5, 'Harmony zenith', '2026-01-05T00:00Z', null),
      status: 'departure-unrecorded',
      endedBy: { id: 2, docked: Date.parse('2026-02-01T00:00Z') },
    };
    const all = [...dockings, unrecorded];
    const ids = (list: readonly Docking[]) => list.map((docking) => docking.id);
    expect(ids(presentAt(all, null))).toEqual([1, 2, 4]);
    expect(ids(presentAt(all, Date.parse('2025-12-25T00:00Z')))).toEqual([3]);
    expect(ids(presentAt(all, Date.parse('2026-01-20T00:00Z')))).toEqual([1, 5]);
  });
});

describe('portStats', () => {
  const window = { start: Date.parse('2026-01-01T00:00Z'), end: Date.parse('2026-01-11T00:00Z') };
  const byPort = (stats: ReturnType<typeof portStats>) =>
    Object.fromEntries(stats.map((stat) => [stat.port.name, stat]));

  it('counts stays overlapping the window and the share of it occupied, cut at its edges', () => {
    const stats = byPort(
      portStats(
        [
          // 2 of the window's 10 days, then 3 more.
          stay(1, 'Zvezda aft', '2025-12-20T00:00Z', '2026-01-03T00:00Z'),
          stay(2, 'Zvezda aft', '2026-01-05T00:00Z', '2026-01-08T00:00Z'),
          // Outside the window.
          stay(3, 'Zvezda aft', '2026-02-01T00:00Z', '2026-02-05T00:00Z'),
        ],
        window,
      ),
    );
    expect(stats['Zvezda aft']).toMatchObject({ stays: 2, occupiedMs: 5 * DAY_MS, share: 0.5 });
    expect(stats['Zvezda aft']!.longest).toEqual({
      chaser: 'Craft 1',
      durationMs: 14 * DAY_MS,
    });
  });

  it('counts time once when two stays at a port overlap', () => {
    const stats = byPort(
      portStats(
        [
          stay(1, 'Poisk zenith', '2026-01-02T00:00Z', '2026-01-06T00:00Z'),
          stay(2, 'Poisk zenith', '2026-01-04T00:00Z', '2026-01-07T00:00Z'),
        ],
        window,
      ),
    );
    expect(stats['Poisk zenith']).toMatchObject({ stays: 2, occupiedMs: 5 * DAY_MS, share: 0.5 });
  });

  it('runs an open stay to the time the data was fetched', () => {
    const open = stay(1, 'Rassvet nadir', '2026-04-01T00:00Z', null);
    const april = { start: Date.parse('2026-04-01T00:00Z'), end: Date.parse('2026-04-05T00:00Z') };
    expect(portStats([open], april)[0]).toMatchObject({ stays: 1, share: 1 });
  });

  it("lists a station's ports without stays at zero, and tells alike-named ports apart", () => {
    const stats = portStats(
      [
        stay(1, 'Forward', '2026-01-02T00:00Z', '2026-01-03T00:00Z'),
        stay(2, 'Forward', '2026-01-02T00:00Z', '2026-01-03T00:00Z', TIANGONG),
      ],
      window,
      { station: { id: ISS.id, name: ISS.name }, ports: [{ id: 999, name: 'Nauka nadir' }] },
    );
    expect(stats.map((stat) => [stat.target.name, stat.port.name, stat.stays])).toEqual([
      ['International Space Station', 'Nauka nadir', 0],
      ['International Space Station', 'Forward', 1],
      ['Tiangong', 'Forward', 1],
    ]);
    expect(stats[0]).toMatchObject({ share: 0, longest: null });
  });
});

describe('docked now, more closely', () => {
  const SALYUT = { kind: 'station' as const, id: 2, name: 'Salyut 7' };

  it('orders stations by how many are docked, then by name; stays by port, then by docking', () => {
    const groups = dockedAt(
      [
        stay(1, 'Tianhe forward', '2026-03-01T00:00Z', null, TIANGONG),
        stay(2, 'Zvezda aft', '2026-01-10T00:00Z', null),
        stay(3, 'Aft', '2026-01-10T00:00Z', null, SALYUT),
        stay(4, 'Zvezda aft', '2026-01-09T00:00Z', null),
      ],
      null,
    );
    expect(groups.map((group) => [group.target.name, group.stays.map((s) => s.id)])).toEqual([
      ['International Space Station', [4, 2]],
      ['Salyut 7', [3]],
      ['Tiangong', [1]],
    ]);
  });

  it('gives a station the oldest as-of time of its stays: each is known open only until then', () => {
    const older = { ...stay(1, 'Zvezda aft', '2026-01-10T00:00Z', null), asOf: FETCHED - DAY_MS };
    const newer = stay(2, 'Harmony forward', '2026-01-11T00:00Z', null);
    expect(dockedAt([newer, older], null)[0]!.asOf).toBe(FETCHED - DAY_MS);
    expect(dockedAt([older, newer], null)[0]!.asOf).toBe(FETCHED - DAY_MS);
  });

  it('leaves out stays away from any station when stations are chosen', () => {
    const away = { ...stay(1, 'Docking port', '2026-01-10T00:00Z', null), station: null };
    expect(dockedAt([away], null)).toHaveLength(1);
    expect(dockedAt([away], null, [4])).toEqual([]);
  });
});

describe('portStats, more closely', () => {
  const window = { start: Date.parse('2026-01-01T00:00Z'), end: Date.parse('2026-01-11T00:00Z') };
  const only = (stats: ReturnType<typeof portStats>) => stats[0]!;

  it('counts a stay nested inside a longer one once, whatever the order', () => {
    const long = stay(1, 'Poisk zenith', '2026-01-02T00:00Z', '2026-01-09T00:00Z');
    const nested = stay(2, 'Poisk zenith', '2026-01-03T00:00Z', '2026-01-04T00:00Z');
    expect(only(portStats([long, nested], window)).occupiedMs).toBe(7 * DAY_MS);
    expect(only(portStats([nested, long], window)).occupiedMs).toBe(7 * DAY_MS);
  });

  it('joins stays that meet end to start, and adds stays apart', () => {
    const stats = portStats(
      [
        stay(3, 'Aft', '2026-01-08T00:00Z', '2026-01-09T00:00Z'),
        stay(1, 'Aft', '2026-01-02T00:00Z', '2026-01-03T00:00Z'),
        stay(2, 'Aft', '2026-01-03T00:00Z', '2026-01-05T00:00Z'),
      ],
      window,
    );
    expect(only(stats)).toMatchObject({ stays: 3, occupiedMs: 4 * DAY_MS, share: 0.4 });
  });

  it('counts the same time in the history order (newest first), oldest first, or mixed', () => {
    const newestFirst = [
      stay(5, 'Aft', '2026-01-09T00:00Z', '2026-01-10T00:00Z'),
      stay(4, 'Aft', '2026-01-06T00:00Z', '2026-01-08T00:00Z'),
      stay(3, 'Aft', '2026-01-05T00:00Z', '2026-01-07T00:00Z'),
      stay(2, 'Aft', '2026-01-02T00:00Z', '2026-01-03T00:00Z'),
      stay(1, 'Aft', '2026-01-02T00:00Z', '2026-01-04T00:00Z'),
    ];
    const mixed = [2, 0, 4, 1, 3].map((place) => newestFirst[place]!);
    // 2–4, 5–8 and 9–10 January: 6 of the window's 10 days.
    for (const order of [newestFirst, [...newestFirst].reverse(), mixed])
      expect(only(portStats(order, window))).toMatchObject({ stays: 5, occupiedMs: 6 * DAY_MS });
  });

  it('counts a stay ending as the window starts, not one docking as it ends', () => {
    const endsAtStart = stay(1, 'Aft', '2025-12-30T00:00Z', '2026-01-01T00:00Z');
    const startsAtEnd = stay(2, 'Aft', '2026-01-11T00:00Z', '2026-01-12T00:00Z');
    expect(only(portStats([endsAtStart, startsAtEnd], window))).toMatchObject({
      stays: 1,
      occupiedMs: 0,
      share: 0,
      longest: { chaser: 'Craft 1', durationMs: 2 * DAY_MS },
    });
  });

  it('keeps the first of two longest stays of equal length', () => {
    const first = stay(1, 'Aft', '2026-01-02T00:00Z', '2026-01-04T00:00Z');
    const second = stay(2, 'Aft', '2026-01-05T00:00Z', '2026-01-07T00:00Z');
    expect(only(portStats([first, second], window)).longest?.chaser).toBe('Craft 1');
    expect(only(portStats([second, first], window)).longest?.chaser).toBe('Craft 2');
  });

  it('reads an empty window as nothing occupied', () => {
    const instant = { start: window.start, end: window.start };
    const open = stay(1, 'Aft', '2025-12-01T00:00Z', null);
    expect(only(portStats([open], instant))).toMatchObject({ stays: 1, occupiedMs: 0, share: 0 });
  });
});
