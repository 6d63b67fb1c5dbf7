import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, SORTABLE_COLUMNS, agencyLabel } from '../../src/domain/event-columns';
import { PORT_STAT_COLUMN_DEFS, PORT_STAT_COLUMNS } from '../../src/domain/port-stat-columns';
import { parseViewState } from '../../src/domain/view-state';

describe('the events table columns', () => {
  it('are defined once: their order on screen, headers and the sort ids a link may name', () => {
    expect(EVENT_COLUMNS.map((column) => [column.id, column.header, column.descFirst])).toEqual([
      ['spacecraft', 'Spacecraft', false],
      ['docked', 'Docked', true],
      ['departed', 'Departed', true],
      ['duration', 'Duration', true],
      ['vehicle', 'Vehicle', false],
      ['agency', 'Agency', false],
      ['station', 'Station', false],
      ['port', 'Port', false],
      ['launch', 'Launch', false],
    ]);
    expect(SORTABLE_COLUMNS).toEqual(EVENT_COLUMNS.map((column) => column.id));
    expect(parseViewState('?sort=launch,-agency').sort).toEqual([
      { id: 'launch', desc: false },
      { id: 'agency', desc: true },
    ]);
  });

  it('name an agency by its abbreviation, or its name when it has none', () => {
    expect(agencyLabel({ name: 'SpaceX', abbrev: 'SpX' })).toBe('SpX');
    expect(agencyLabel({ name: 'Axiom Space', abbrev: null })).toBe('Axiom Space');
    expect(agencyLabel({ name: 'Axiom Space', abbrev: '' })).toBe('Axiom Space');
  });
});

describe('the port statistics columns', () => {
  it('are defined once: order, headers, first sort direction, sort ids and export fields', () => {
    expect(
      PORT_STAT_COLUMN_DEFS.map((column) => [
        column.id,
        column.header,
        column.descFirst,
        column.exported.map((field) => field.name),
      ]),
    ).toEqual([
      ['port', 'Port', false, ['station_or_target', 'port']],
      ['stays', 'Stays', true, ['stays']],
      ['share', 'Occupied', true, ['occupied_share', 'occupied_hours']],
      ['longest', 'Longest', true, ['longest_stay_minutes', 'longest_stay_spacecraft']],
    ]);
    expect(PORT_STAT_COLUMNS).toEqual(['port', 'stays', 'share', 'longest']);
    expect(parseViewState('?psort=longest,-port').psort).toEqual([
      { id: 'longest', desc: false },
      { id: 'port', desc: true },
    ]);
    expect(parseViewState('?psort=duration').psort).toEqual([{ id: 'share', desc: true }]);
  });
});
