import {
  createLoader,
  createParser,
  createSerializer,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs';

/*
 * The URL codec. Parameter names are a public interface: shared links must keep working.
 * Each parser returns null for a bad value, which is then dropped with a notice.
 */

export { SORTABLE_COLUMNS, type ColumnId } from './event-columns';
export { PORT_STAT_COLUMNS, type PortStatColumnId } from './port-stat-columns';
import { SORTABLE_COLUMNS, type ColumnId } from './event-columns';
import { PORT_STAT_COLUMNS, type PortStatColumnId } from './port-stat-columns';

export interface SortKey {
  id: ColumnId;
  desc: boolean;
}

export const DEFAULT_SORT: SortKey[] = [{ id: 'docked', desc: true }];

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((item, index) => same(item, b[index] as T));

const parseAsIdList = createParser<number[]>({
  parse(value) {
    const parts = value.split(',').filter(Boolean);
    if (parts.length === 0 || !parts.every((part) => /^[1-9]\d{0,9}$/.test(part))) return null;
    return [...new Set(parts.map(Number))].sort((a, b) => a - b);
  },
  serialize: (ids) => [...new Set(ids)].sort((a, b) => a - b).join(','),
  eq: (a, b) => sameList(a, b, (x, y) => x === y),
});

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A calendar day, kept as its `YYYY-MM-DD` text: a day in the URL means the same day everywhere. */
const parseAsDay = createParser<string>({
  parse: (value) => (isCalendarDate(value) ? value : null),
  serialize: (value) => value,
});

/** `2011-07-10T12:00Z`: an instant in UTC, to the minute, as epoch milliseconds. */
const parseAsInstant = createParser<number>({
  parse(value) {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})Z$/.exec(value);
    if (!match || !isCalendarDate(match[1]!)) return null;
    const [hours, minutes] = [Number(match[2]), Number(match[3])];
    if (hours > 23 || minutes > 59) return null;
    return Date.parse(`${match[1]}T${match[2]}:${match[3]}:00Z`);
  },
  serialize: (ms) => `${new Date(ms).toISOString().slice(0, 16)}Z`,
});

const parseAsSearch = createParser<string>({
  parse: (value) => (value.trim() ? value.slice(0, 200) : null),
  serialize: (value) => value,
});

/** A sort over `columns`: "-duration,spacecraft" (a minus for descending), each column once. */
function parseAsSortOf<Id extends string>(columns: readonly Id[]) {
  const ids: readonly string[] = columns;
  return createParser<{ id: Id; desc: boolean }[]>({
    parse(value) {
      const keys: { id: Id; desc: boolean }[] = [];
      for (const part of value.split(',')) {
        const desc = part.startsWith('-');
        const id = desc ? part.slice(1) : part;
        if (!ids.includes(id) || keys.some((key) => key.id === id)) return null;
        keys.push({ id: id as Id, desc });
      }
      return keys.length > 0 ? keys : null;
    },
    serialize: (keys) => keys.map((key) => `${key.desc ? '-' : ''}${key.id}`).join(','),
    eq: (a, b) => sameList(a, b, (x, y) => x.id === y.id && x.desc === y.desc),
  });
}

export interface PortStatSortKey {
  id: PortStatColumnId;
  desc: boolean;
}
export const DEFAULT_PORT_STAT_SORT: PortStatSortKey[] = [{ id: 'share', desc: true }];

/**
 * The open event, kept as text: an id that is not a number still opens the drawer, which then
 * says "Event not found" instead of silently showing nothing.
 */
const parseAsEventRef = createParser<string>({
  parse: (value) => (value.trim() && value.length <= 64 ? value.trim() : null),
  serialize: (value) => value,
});

/** The numeric LL2 id of an `event` parameter, or null when it cannot be one. */
export function eventIdOf(ref: string | null): number | null {
  return ref !== null && /^[1-9]\d{0,9}$/.test(ref) ? Number(ref) : null;
}

export const viewStateParsers = {
  station: parseAsIdList.withDefault([]),
  port: parseAsIdList.withDefault([]),
  vehicle: parseAsIdList.withDefault([]),
  agency: parseAsIdList.withDefault([]),
  status: parseAsStringLiteral(['docked', 'departed'] as const),
  from: parseAsDay,
  to: parseAsDay,
  q: parseAsSearch.withDefault(''),
  sort: parseAsSortOf(SORTABLE_COLUMNS).withDefault(DEFAULT_SORT),
  /** The port statistics table's sort. */
  psort: parseAsSortOf(PORT_STAT_COLUMNS).withDefault(DEFAULT_PORT_STAT_SORT),
  event: parseAsEventRef,
  /** The instant the overview shows ("docked at"); absent, the data's as-of time ("docked now"). */
  at: parseAsInstant,
  tz: parseAsStringLiteral(['utc', 'local'] as const).withDefault('utc'),
};

export type ViewState = inferParserType<typeof viewStateParsers>;
export type ViewParam = keyof typeof viewStateParsers;
export const VIEW_PARAMS = Object.keys(viewStateParsers) as ViewParam[];

/** Reads a view from a query string; bad values read as their defaults. */
export const parseViewState = createLoader(viewStateParsers);

/** Writes the canonical query string of a view: defaults left out, lists sorted. */
export const serializeViewState = createSerializer(viewStateParsers);

export interface InvalidParam {
  name: ViewParam;
  value: string;
}

/** The parameters of a query string that are present but cannot be read. */
export function findInvalidParams(search: string | URLSearchParams): InvalidParam[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const invalid: InvalidParam[] = [];
  for (const name of VIEW_PARAMS) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    if (viewStateParsers[name].parse(value) === null) invalid.push({ name, value });
  }
  return invalid;
}

/** The filters of a view, without sort, drawer or zone: what decides which rows are shown. */
export type ViewFilters = Pick<
  ViewState,
  'station' | 'port' | 'vehicle' | 'agency' | 'status' | 'from' | 'to' | 'q'
>;

export const CLEARED_FILTERS: { [K in keyof ViewFilters]: null } = {
  station: null,
  port: null,
  vehicle: null,
  agency: null,
  status: null,
  from: null,
  to: null,
  q: null,
};

/** How many filters narrow the view (a time window counts once). */
export function activeFilterCount(view: ViewFilters): number {
  return [
    view.station.length > 0,
    view.port.length > 0,
    view.vehicle.length > 0,
    view.agency.length > 0,
    view.status !== null,
    view.from !== null || view.to !== null,
    view.q.trim() !== '',
  ].filter(Boolean).length;
}

export function hasActiveFilters(view: ViewFilters): boolean {
  return activeFilterCount(view) > 0;
}
