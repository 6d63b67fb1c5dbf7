import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  activeFilterCount,
  eventIdOf,
  findInvalidParams,
  hasActiveFilters,
  parseViewState,
  serializeViewState,
} from '../../src/domain/view-state';

describe('URL codec', () => {
  it('reads every parameter of a shared link', () => {
    const view = parseViewState(
      '?station=4,18&port=30&vehicle=7&agency=121&status=docked&from=2025-01-01&to=2025-12-31&q=dragon&sort=station,-docked&psort=-stays,port&event=622&at=2011-07-10T12:00Z&tz=local',
    );
    expect(view).toEqual({
      station: [4, 18],
      port: [30],
      vehicle: [7],
      agency: [121],
      status: 'docked',
      from: '2025-01-01',
      to: '2025-12-31',
      q: 'dragon',
      sort: [
        { id: 'station', desc: false },
        { id: 'docked', desc: true },
      ],
      psort: [
        { id: 'stays', desc: true },
        { id: 'port', desc: false },
      ],
      event: '622',
      at: Date.parse('2011-07-10T12:00:00Z'),
      tz: 'local',
    });
  });

  it('reads an instant in UTC to the minute, and nothing else', () => {
    const at = (value: string) => parseViewState(`?at=${encodeURIComponent(value)}`).at;
    expect(at('2011-07-10T12:00Z')).toBe(Date.UTC(2011, 6, 10, 12, 0));
    expect(at('2024-02-29T23:59Z')).toBe(Date.UTC(2024, 1, 29, 23, 59));
    for (const bad of [
      '2011-07-10T12:00',
      '2011-07-10T12:00:00Z',
      '2011-07-10',
      '2011-02-30T12:00Z',
      '2011-07-10T24:00Z',
      '2011-07-10T12:60Z',
      'now',
    ])
      expect(at(bad), bad).toBeNull();
    expect(findInvalidParams('?at=2011-07-10')).toEqual([{ name: 'at', value: '2011-07-10' }]);
    expect(serializeViewState({ at: Date.UTC(2011, 6, 10, 12, 0) })).toBe('?at=2011-07-10T12:00Z');
  });

  it('reads an empty link as the default view', () => {
    const view = parseViewState('');
    expect(view.sort).toEqual(DEFAULT_SORT);
    expect(view.station).toEqual([]);
    expect(view.tz).toBe('utc');
    expect(view.status).toBeNull();
  });

  it('writes one canonical link: defaults left out, ids sorted', () => {
    expect(serializeViewState({ sort: DEFAULT_SORT, tz: 'utc', station: [], q: '' })).toBe('');
    expect(serializeViewState({ station: [18, 4], sort: [{ id: 'port', desc: false }] })).toBe(
      '?station=4,18&sort=port',
    );
  });

  it('round-trips a view', () => {
    const search =
      '?station=4&port=2,30&from=2024-02-29&q=Crew+Dragon&sort=-duration,spacecraft&tz=local';
    const view = parseViewState(search);
    expect(parseViewState(serializeViewState(view))).toEqual(view);
  });

  it('names each bad value and keeps the rest', () => {
    const search =
      '?station=abc&from=2025-13-45&sort=nope&port=30&to=2025-02-30&event=' +
      'x'.repeat(65) +
      '&tz=mars&status=gone';
    expect(findInvalidParams(search).map((param) => `${param.name}=${param.value}`)).toEqual([
      'station=abc',
      'status=gone',
      'from=2025-13-45',
      'to=2025-02-30',
      'sort=nope',
      `event=${'x'.repeat(65)}`,
      'tz=mars',
    ]);
    const view = parseViewState(search);
    expect(view.port).toEqual([30]);
    expect(view.station).toEqual([]);
    expect(view.sort).toEqual(DEFAULT_SORT);
  });

  it('keeps an event reference as text; only a positive whole number is an id', () => {
    expect(parseViewState('?event=abc').event).toBe('abc');
    expect(eventIdOf('622')).toBe(622);
    expect(eventIdOf('abc')).toBeNull();
    expect(eventIdOf('-1')).toBeNull();
    expect(eventIdOf('0')).toBeNull();
    expect(eventIdOf(null)).toBeNull();
  });

  it('rejects a sort naming a column twice and ids that are not whole numbers', () => {
    expect(findInvalidParams('?sort=docked,-docked&vehicle=1.5&agency=4,x')).toHaveLength(3);
    expect(findInvalidParams('?psort=share,-share')).toHaveLength(1);
    expect(findInvalidParams('?psort=docked')).toHaveLength(1);
    expect(findInvalidParams('?station=4,18&sort=-departed,port&q=')).toEqual([]);
  });
});

describe('reading ids, days and text from a link', () => {
  it('sorts ids and drops repeats and empty items, so a link has one canonical form', () => {
    expect(parseViewState('?station=18,4,18&port=30,,2,').station).toEqual([4, 18]);
    expect(parseViewState('?port=30,,2,').port).toEqual([2, 30]);
    expect(parseViewState('?agency=121,9,1000').agency).toEqual([9, 121, 1000]);
    expect(serializeViewState({ vehicle: [7, 7, 3] })).toBe('?vehicle=3,7');
    expect(findInvalidParams('?station=,')).toEqual([{ name: 'station', value: ',' }]);
  });

  it('reads a day only when it is a whole calendar day', () => {
    expect(parseViewState('?from=2024-02-29&to=2025-12-31')).toMatchObject({
      from: '2024-02-29',
      to: '2025-12-31',
    });
    for (const bad of [
      '2025-02-29',
      '2025-04-31',
      '2025-00-10',
      '2025-1-5',
      'x2025-01-01',
      '2025-01-01x',
    ]) {
      expect(findInvalidParams(`?from=${bad}`), bad).toEqual([{ name: 'from', value: bad }]);
    }
  });

  it('keeps search text as typed, up to 200 characters, and drops one of only spaces', () => {
    expect(parseViewState('?q=%20crew%20dragon').q).toBe(' crew dragon');
    expect(parseViewState(`?q=${'a'.repeat(250)}`).q).toBe('a'.repeat(200));
    expect(findInvalidParams('?q=%20%20')).toEqual([{ name: 'q', value: '  ' }]);
  });

  it('trims the event reference, and refuses one over 64 characters or of only spaces', () => {
    expect(parseViewState('?event=%20622%20').event).toBe('622');
    expect(parseViewState(`?event=${'7'.repeat(64)}`).event).toBe('7'.repeat(64));
    expect(findInvalidParams('?event=%20')).toEqual([{ name: 'event', value: ' ' }]);
    expect(eventIdOf('1234567890')).toBe(1234567890);
    expect(eventIdOf('12345678901')).toBeNull();
    expect(eventIdOf('622x')).toBeNull();
    expect(eventIdOf('x622')).toBeNull();
  });

  it('reads an empty sort as the default, and a link given as parameters as one given as text', () => {
    expect(parseViewState('?sort=').sort).toEqual(DEFAULT_SORT);
    expect(findInvalidParams('?sort=,')).toEqual([{ name: 'sort', value: ',' }]);
    expect(findInvalidParams(new URLSearchParams('station=x&port=2'))).toEqual([
      { name: 'station', value: 'x' },
    ]);
  });
});

describe('counting the filters that narrow a view', () => {
  const none = parseViewState('');

  it('counts nothing for the default view, or for search text of only spaces', () => {
    expect(activeFilterCount(none)).toBe(0);
    expect(hasActiveFilters(none)).toBe(false);
    expect(activeFilterCount({ ...none, q: '   ' })).toBe(0);
  });

  it('counts each kind of filter once, and a time window once whichever ends it has', () => {
    expect(activeFilterCount({ ...none, station: [4] })).toBe(1);
    expect(activeFilterCount({ ...none, port: [30, 31] })).toBe(1);
    expect(activeFilterCount({ ...none, vehicle: [7] })).toBe(1);
    expect(activeFilterCount({ ...none, agency: [121] })).toBe(1);
    expect(activeFilterCount({ ...none, status: 'docked' })).toBe(1);
    expect(activeFilterCount({ ...none, from: '2025-01-01' })).toBe(1);
    expect(activeFilterCount({ ...none, to: '2025-01-01' })).toBe(1);
    expect(activeFilterCount({ ...none, from: '2025-01-01', to: '2025-02-01' })).toBe(1);
    expect(activeFilterCount({ ...none, q: 'dragon' })).toBe(1);
    expect(hasActiveFilters({ ...none, to: '2025-01-01' })).toBe(true);
    expect(
      activeFilterCount(
        parseViewState(
          '?station=4&port=30&vehicle=7&agency=121&status=departed&from=2025-01-01&q=x',
        ),
      ),
    ).toBe(7);
  });
});
