import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  eventIdOf,
  findInvalidParams,
  parseViewState,
  serializeViewState,
} from '../../src/domain/view-state';

describe('URL codec', () => {
  it('reads every parameter of a shared link', () => {
    const view = parseViewState(
      '?station=4,18&port=30&vehicle=7&agency=121&status=docked&from=2025-01-01&to=2025-12-31&q=dragon&sort=station,-docked&psort=-stays,port&event=622&tz=local',
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
      tz: 'local',
    });
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
