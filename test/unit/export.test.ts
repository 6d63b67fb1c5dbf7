import { describe, expect, it } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { buildDockings } from '../support/dockings';
import { exportFileName, exportRows, portStatRows, toCsv, toJson } from '../../src/domain/export';
import { portStats } from '../../src/domain/occupancy';
import { parseViewState } from '../../src/domain/view-state';
import { devDockingPage } from '../support/fixtures';

const FETCHED = Date.parse('2026-04-05T04:17:00Z');
const dockings = buildDockings([
  { events: parseDockingEvents(devDockingPage().results).events, fetchedAt: FETCHED },
]);

describe('export', () => {
  it('writes the rows in order, times in ISO-8601 UTC, open stays as of the data', () => {
    const rows = exportRows(dockings);
    expect(rows.map((row) => row.id)).toEqual([631, 630, 629, 624, 622]);
    expect(rows.find((row) => row.id === 622)).toEqual({
      id: 622,
      docked: '2025-04-22T12:40:00.000Z',
      departed: '2025-05-23T16:05:00.000Z',
      status: 'departed',
      departure_note: null,
      duration_minutes: 31 * 1440 + 3 * 60 + 25,
      as_of: '2026-04-05T04:17:00.000Z',
      spacecraft: 'Cargo Dragon C209',
      chaser_kind: 'spacecraft',
      vehicle: 'Cargo Dragon 2',
      agency: 'SpaceX',
      station_or_target: 'International Space Station',
      port: 'Harmony zenith',
      launch: 'Falcon 9 Block 5 | Dragon CRS-2 SpX-32',
    });
    expect(toCsv(rows).split('\r\n')[0]).toBe(
      'id,docked,departed,status,departure_note,duration_minutes,as_of,spacecraft,chaser_kind,vehicle,agency,station_or_target,port,launch',
    );
    expect(rows.find((row) => row.id === 629)).toMatchObject({
      departed: null,
      departure_note: 'not recorded; still docked as of 2026-04-05T04:17:00.000Z',
    });
  });

  it('quotes CSV cells that need it and defuses spreadsheet formulas', () => {
    const [row] = exportRows(dockings.filter((docking) => docking.id === 630));
    const csv = toCsv([row!, { ...row!, spacecraft: '=HYPERLINK("x")', port: 'a,b\nc' }]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'id,docked,departed,status,departure_note,duration_minutes,as_of,spacecraft,chaser_kind,vehicle,agency,station_or_target,port,launch',
    );
    expect(lines[1]).toContain(',Cygnus CRS NG-23 (S.S. William “Willie” C. McCool),spacecraft,');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a,b\nc"');
    expect(JSON.parse(toJson([row!]))).toEqual([row]);
  });

  it('names the file after the day and the main filters', () => {
    expect(exportFileName(parseViewState(''), '2026-11-28', 'csv')).toBe(
      'station-dockings_2026-11-28.csv',
    );
    expect(
      exportFileName(
        parseViewState('?station=4,18&from=2025-01-01&to=2025-12-31&status=docked&q=Crew Dragon!'),
        '2026-11-28',
        'json',
      ),
    ).toBe(
      'station-dockings_2026-11-28_station-4-18_2025-01-01-to-2025-12-31_docked_crew-dragon.json',
    );
  });

  it('writes port statistics with the window, shares as fractions, durations in minutes', () => {
    const window = {
      start: Date.parse('2025-04-01T00:00:00Z'),
      end: Date.parse('2025-05-01T00:00:00Z'),
    };
    const rows = portStatRows(portStats(dockings, window), window);
    const zenith = rows.find((row) => row.port === 'Harmony zenith');
    expect(zenith).toEqual({
      station_or_target: 'International Space Station',
      port: 'Harmony zenith',
      stays: 1,
      // 22 Apr 12:40 to the end of April: 8 days 11 h 20 min of 30 days.
      occupied_share: Math.round((((8 * 24 + 11) * 60 + 20) / (30 * 24 * 60)) * 10_000) / 10_000,
      occupied_hours: 203,
      longest_stay_minutes: 31 * 1440 + 3 * 60 + 25,
      longest_stay_spacecraft: 'Cargo Dragon C209',
      window_start: '2025-04-01T00:00:00.000Z',
      window_end: '2025-05-01T00:00:00.000Z',
    });
    expect(toCsv(rows).split('\r\n')[0]).toBe(
      'station_or_target,port,stays,occupied_share,occupied_hours,longest_stay_minutes,longest_stay_spacecraft,window_start,window_end',
    );
    expect(
      exportFileName(parseViewState('?station=4'), '2026-11-28', 'csv', 'port-statistics'),
    ).toBe('station-dockings_port-statistics_2026-11-28_station-4.csv');
  });
});

describe('export, where the data says little', () => {
  it('writes an empty cell for what the data does not know, and keeps zeros', () => {
    const [row] = exportRows([
      { ...dockings[0]!, vehicle: null, agency: null, launch: null, durationMs: 59_999 },
    ]);
    expect(row).toMatchObject({ vehicle: null, agency: null, launch: null, duration_minutes: 0 });
    expect(toCsv([row!]).split('\r\n')[1]).toBe(
      '631,2025-10-29T19:43:00.000Z,2026-03-06T17:00:00.000Z,departed,,0,2026-04-05T04:17:00.000Z,HTV-X1,spacecraft,,,International Space Station,Harmony nadir,',
    );
  });

  it('defuses only text that starts like a formula, and never a number', () => {
    const csv = toCsv([{ a: '+1 555', b: '-x', c: '@sum', d: 'a=b', e: -5, f: '\tx' }]);
    expect(csv.split('\r\n')[1]).toBe("'+1 555,'-x,'@sum,a=b,-5,'\tx");
    expect(toCsv([])).toBe('\r\n');
  });

  it('writes the longest stay of a port with none as empty', () => {
    const window = { start: 0, end: 3_600_000 };
    const rows = portStatRows(
      [
        {
          key: 'k',
          target: { id: 1, name: 'Mir' },
          port: { id: 2, name: 'Kvant' },
          stays: 0,
          occupiedMs: 0,
          share: 0,
          longest: null,
        },
      ],
      window,
    );
    expect(rows[0]).toMatchObject({ longest_stay_minutes: null, longest_stay_spacecraft: null });
  });

  it('names the file after ports, a window open at one end, and search text made safe', () => {
    const name = (search: string) => exportFileName(parseViewState(search), '2026-11-28', 'csv');
    expect(name('?port=30,2')).toBe('station-dockings_2026-11-28_port-2-30.csv');
    expect(name('?from=2025-01-01')).toBe('station-dockings_2026-11-28_2025-01-01-to-now.csv');
    expect(name('?to=2025-01-01')).toBe('station-dockings_2026-11-28_start-to-2025-01-01.csv');
    expect(name('?q=--Soyuz%20%C3%A9 MS..')).toBe('station-dockings_2026-11-28_soyuz-ms.csv');
    expect(name(`?q=${'abcdefghij'.repeat(4)}`)).toBe(
      'station-dockings_2026-11-28_abcdefghijabcdefghijabcdefghij.csv',
    );
    expect(
      exportFileName(parseViewState('?station=4'), '2026-11-28', 'json', 'port-statistics'),
    ).toBe('station-dockings_port-statistics_2026-11-28_station-4.json');
  });
});
