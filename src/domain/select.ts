import { DAY_MS, type TimeZoneMode } from '../lib/time';
import { newestFirst, type Docking, type Ref } from './docking';
import { eventColumn, type ColumnId } from './event-columns';
import { hasActiveFilters, type SortKey, type ViewFilters } from './view-state';

export type FacetName = 'station' | 'port' | 'vehicle' | 'agency';
export const FACET_NAMES: readonly FacetName[] = ['station', 'port', 'vehicle', 'agency'];

/** A `YYYY-MM-DD` day moved by whole calendar days. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Start of a `YYYY-MM-DD` day in the view's zone, as epoch milliseconds. */
export function startOfDay(day: string, tz: TimeZoneMode): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return tz === 'utc' ? Date.UTC(year, month - 1, date) : new Date(year, month - 1, date).getTime();
}

/** The time window `from`–`to` (inclusive days) as a half-open range of epoch milliseconds. */
export function timeWindow(
  from: string | null,
  to: string | null,
  tz: TimeZoneMode,
): { start: number; end: number } {
  return {
    start: from ? startOfDay(from, tz) : -Infinity,
    // The day after `to`, computed by calendar so that a daylight-saving day is still whole.
    end: to ? startOfDay(shiftDay(to, 1), tz) : Infinity,
  };
}

/**
 * Where a stay ends for filtering and drawing: its departure; for one whose departure was not
 * recorded, the later docking it left before; for an open one, as far as the data knows.
 */
export function stayEnd(docking: Docking): number {
  return docking.departed ?? docking.endedBy?.docked ?? Math.max(docking.asOf, docking.docked);
}

/** The status filter: "departed" takes in the stays whose departure was not recorded. */
function hasStatus(docking: Docking, status: 'docked' | 'departed'): boolean {
  return status === 'docked' ? docking.status === 'docked' : docking.status !== 'docked';
}

/** Whether a stay overlaps the half-open time range `start`–`end`. */
function overlaps(docking: Docking, start: number, end: number): boolean {
  return docking.docked < end && stayEnd(docking) >= start;
}

/**
 * A docking's search text, and whether it holds the words last tested against it. The table, the
 * timeline and the facet counts test the same search over the same dockings, one render apart:
 * each text is then matched once, not three times (a letter typed at 100,000 events).
 */
interface SearchEntry {
  text: string;
  /** The words last tested, joined by spaces, and the answer. */
  words: string | null;
  hit: boolean;
}

const searchEntries = new WeakMap<Docking, SearchEntry>();

function searchEntry(docking: Docking): SearchEntry {
  let entry = searchEntries.get(docking);
  if (entry === undefined) {
    const text = fold(
      [
        docking.chaser.name,
        docking.vehicle?.name,
        docking.agency?.name,
        docking.agency?.abbrev,
        docking.target.name,
        docking.port.name,
        docking.launch?.name,
      ]
        .filter(Boolean)
        .join('\n'),
    );
    searchEntries.set(docking, (entry = { text, words: null, hit: false }));
  }
  return entry;
}

export function searchText(docking: Docking): string {
  return searchEntry(docking).text;
}

/** Whether a docking's search text holds every word; `key` is the words joined by spaces. */
function holdsEvery(docking: Docking, words: readonly string[], key: string): boolean {
  const entry = searchEntry(docking);
  if (entry.words !== key) {
    entry.words = key;
    entry.hit = containsEvery(entry.text, words);
  }
  return entry.hit;
}

/** Case- and accent-insensitive text for matching. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** One bit per facet, and one for everything else a view filters by (status, time, search). */
const FACET_BIT: Record<FacetName, number> = { station: 1, port: 2, vehicle: 4, agency: 8 };
const OTHER_BIT = 16;

/**
 * Which of the view's filters a docking fails, as bits: 0 when the view shows it. Each filter is
 * tested once, so one pass can count every facet (a facet ignores its own bit). The dearer tests
 * (status, time, search) are skipped once the answer cannot change: for the view, at the first
 * failed facet; for facet counts (`forFacets`), at the second.
 */
function misses(filters: ViewFilters, tz: TimeZoneMode, forFacets = false) {
  const stations = new Set(filters.station);
  const ports = new Set(filters.port);
  const vehicles = new Set(filters.vehicle);
  const agencies = new Set(filters.agency);
  const { start, end } = timeWindow(filters.from, filters.to, tz);
  const noWindow = filters.from === null && filters.to === null;
  const words = searchWords(filters.q);
  const wordsKey = words.join(' ');

  return (docking: Docking): number => {
    let bits = 0;
    if (stations.size > 0 && !(docking.station !== null && stations.has(docking.station.id)))
      bits |= FACET_BIT.station;
    if (ports.size > 0 && !ports.has(docking.port.id)) bits |= FACET_BIT.port;
    if (vehicles.size > 0 && !(docking.vehicle !== null && vehicles.has(docking.vehicle.id)))
      bits |= FACET_BIT.vehicle;
    if (agencies.size > 0 && !(docking.agency !== null && agencies.has(docking.agency.id)))
      bits |= FACET_BIT.agency;
    const settled = forFacets ? (bits & (bits - 1)) !== 0 : bits !== 0;
    if (settled) return bits;
    if (
      (filters.status !== null && !hasStatus(docking, filters.status)) ||
      (!noWindow && !overlaps(docking, start, end)) ||
      (words.length > 0 && !holdsEvery(docking, words, wordsKey))
    )
      bits |= OTHER_BIT;
    return bits;
  };
}

function containsEvery(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/** The stays overlapping the time window `from`–`to` (inclusive days), in the given order. */
export function withinWindow(
  dockings: readonly Docking[],
  from: string | null,
  to: string | null,
  tz: TimeZoneMode,
): readonly Docking[] {
  if (from === null && to === null) return dockings;
  const { start, end } = timeWindow(from, to, tz);
  return dockings.filter((docking) => overlaps(docking, start, end));
}

/**
 * The dockings a view shows, in the order given: the same array when no filter narrows the view, so
 * that what is derived from it is not derived again (and 10,000 places are not copied at a sort).
 */
export function filterDockings(
  dockings: readonly Docking[],
  filters: ViewFilters,
  tz: TimeZoneMode,
): readonly Docking[] {
  if (!hasActiveFilters(filters)) return dockings;
  const missed = misses(filters, tz);
  return dockings.filter((docking) => missed(docking) === 0);
}

const searchWords = (q: string) => fold(q).split(/\s+/).filter(Boolean);
const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, index) => id === b[index]);

/**
 * Whether every docking `next` shows is one `previous` shows: the same facets, status and window,
 * and a search whose every earlier word is part of one of its words ("pro" then "prog").
 */
function narrows(previous: ViewFilters, next: ViewFilters): boolean {
  if (
    previous.status !== next.status ||
    previous.from !== next.from ||
    previous.to !== next.to ||
    !FACET_NAMES.every((facet) => sameIds(previous[facet], next[facet]))
  )
    return false;
  const nextWords = searchWords(next.q);
  return searchWords(previous.q).every((word) => nextWords.some((next) => next.includes(word)));
}

/**
 * `filterDockings` for a view that follows the typing in its search box: when an input can only
 * narrow what the last one showed (one more letter), only what the last one showed is tested.
 */
export function narrowingFilter() {
  let last: {
    dockings: readonly Docking[];
    filters: ViewFilters;
    tz: TimeZoneMode;
    shown: readonly Docking[];
  } | null = null;
  return (
    dockings: readonly Docking[],
    filters: ViewFilters,
    tz: TimeZoneMode,
  ): readonly Docking[] => {
    const narrower =
      last !== null &&
      last.dockings === dockings &&
      last.tz === tz &&
      narrows(last.filters, filters);
    const shown = filterDockings(narrower ? last!.shown : dockings, filters, tz);
    last = { dockings, filters, tz, shown };
    return shown;
  };
}

export interface FacetOption extends Ref {
  count: number;
  /** For ports: the station it belongs to, to tell alike-named ports apart. */
  group?: string;
}

const facetRef: Record<FacetName, (docking: Docking) => Ref | null> = {
  station: (docking) => docking.station,
  port: (docking) => docking.port,
  vehicle: (docking) => docking.vehicle,
  agency: (docking) => docking.agency,
};

export type FacetOptions = Record<FacetName, FacetOption[]>;

/**
 * Every choice of each filter in one history, and which one each docking has (its place in
 * `choices`, or -1), found once per history: counting the choices at each input then adds to an
 * array by place instead of looking each docking's four choices up by id.
 */
export interface FacetIndex {
  dockings: readonly Docking[];
  choices: Record<FacetName, FacetOption[]>;
  placeOf: Record<FacetName, Int32Array>;
}

export function facetIndex(dockings: readonly Docking[]): FacetIndex {
  const choices = {} as Record<FacetName, FacetOption[]>;
  const placeOf = {} as Record<FacetName, Int32Array>;
  for (const facet of FACET_NAMES) {
    const refOf = facetRef[facet];
    const places = new Map<number, number>();
    const list: FacetOption[] = [];
    const of = new Int32Array(dockings.length).fill(-1);
    for (let position = 0; position < dockings.length; position += 1) {
      const docking = dockings[position]!;
      const ref = refOf(docking);
      if (!ref) continue;
      let place = places.get(ref.id);
      if (place === undefined) {
        place = list.length;
        places.set(ref.id, place);
        list.push({ id: ref.id, name: ref.name, count: 0 });
        // Ports are told apart by their station: alike-named ports exist on several.
        if (facet === 'port') list[place]!.group = docking.target.name;
      }
      of[position] = place;
    }
    choices[facet] = list;
    placeOf[facet] = of;
  }
  return { dockings, choices, placeOf };
}

export interface FacetOptionsContext {
  /** The history's `facetIndex`, made here when not given (or made for other dockings). */
  index?: FacetIndex;
  /** Names for chosen values no docking has, which are otherwise listed as "#id". */
  knownNames?: ReadonlyMap<number, string>;
}

/**
 * The choices of every filter with how many events each would show, given every other filter
 * (so ports are scoped to the chosen stations). Chosen values are always listed, even at zero.
 * One pass over the dockings: each filter is tested once per docking.
 */
export function allFacetOptions(
  dockings: readonly Docking[],
  filters: ViewFilters,
  tz: TimeZoneMode,
  { index, knownNames = new Map() }: FacetOptionsContext = {},
): FacetOptions {
  const { choices, placeOf } = index?.dockings === dockings ? index : facetIndex(dockings);
  const missed = misses(filters, tz, true);
  const counts = Object.fromEntries(
    FACET_NAMES.map((facet) => [facet, new Int32Array(choices[facet].length)]),
  ) as Record<FacetName, Int32Array>;
  for (let position = 0; position < dockings.length; position += 1) {
    const bits = missed(dockings[position]!);
    // A docking two filters leave out is counted under no choice.
    if ((bits & (bits - 1)) !== 0) continue;
    for (const facet of FACET_NAMES) {
      const place = placeOf[facet][position]!;
      if (place >= 0 && (bits & ~FACET_BIT[facet]) === 0) counts[facet][place]! += 1;
    }
  }
  const listed = (facet: FacetName): FacetOption[] => {
    const chosen = new Set(filters[facet]);
    const options = choices[facet]
      .map((choice, place) => ({ ...choice, count: counts[facet][place]! }))
      .filter((option) => option.count > 0 || chosen.has(option.id));
    for (const id of chosen) {
      if (!options.some((option) => option.id === id))
        options.push({ id, name: knownNames.get(id) ?? `#${id}`, count: 0 });
    }
    return options.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  };
  return {
    station: listed('station'),
    port: listed('port'),
    vehicle: listed('vehicle'),
    agency: listed('agency'),
  };
}

/** The choices of one filter: see `allFacetOptions`. */
export function facetOptions(
  dockings: readonly Docking[],
  filters: ViewFilters,
  tz: TimeZoneMode,
  facet: FacetName,
  knownNames?: ReadonlyMap<number, string>,
): FacetOption[] {
  return allFacetOptions(dockings, filters, tz, { knownNames })[facet];
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Each name's place in order, as a number, for each of `texts`; names the collator finds equal
 * ("ISS", "iss") share a place. Sorting rows by these compares numbers rather than collating
 * strings: 10,000 rows take about 130,000 comparisons, and a collated one costs a microsecond or two.
 */
function namePlaces(texts: readonly string[]): number[] {
  const distinct = [...new Set(texts)].sort(collator.compare);
  const placeOf = new Map<string, number>();
  let place = 0;
  distinct.forEach((text, index) => {
    if (index > 0 && collator.compare(distinct[index - 1]!, text) !== 0) place += 1;
    placeOf.set(text, place);
  });
  return texts.map((text) => placeOf.get(text)!);
}

/** Each value's place among the distinct values, smallest first. */
function numberPlaces(values: readonly number[]): number[] {
  const placeOf = new Map<number, number>();
  Float64Array.from(new Set(values))
    .sort()
    .forEach((value, place) => placeOf.set(value, place));
  return values.map((value) => placeOf.get(value)!);
}

/**
 * Each row's place in one column's order, counted from 0 (equal values share a place): rows sort
 * by these whole numbers whatever the column holds.
 */
function columnPlaces(rows: readonly Docking[], id: ColumnId): number[] {
  const values = rows.map(eventColumn(id).sortValue);
  return values.every((value) => typeof value === 'number')
    ? numberPlaces(values as number[])
    : namePlaces(values.map(String));
}

// A history's places, once per column, and where each of its dockings is in it: the view's rows
// are sorted again at each sort, the history they come from changes only when data arrives. Rows
// are found by the docking itself; looking 100,000 names up by their text took 90 ms.
interface HistoryPlaces {
  byColumn: Map<ColumnId, number[]>;
  indexOf?: Map<Docking, number>;
  /** Whether the history is newest first (checking 100,000 dockings takes 25 ms). */
  newestFirst?: boolean;
}
const historyPlaces = new WeakMap<readonly Docking[], HistoryPlaces>();

function placesOf(history: readonly Docking[]): HistoryPlaces {
  let known = historyPlaces.get(history);
  if (!known) historyPlaces.set(history, (known = { byColumn: new Map() }));
  return known;
}

const inNewestFirstOrder = (rows: readonly Docking[]) =>
  rows.every((row, index) => index === 0 || newestFirst(rows[index - 1]!, row) <= 0);

function sortPlaces(rows: readonly Docking[], id: ColumnId, history: readonly Docking[]) {
  const known = placesOf(history);
  let places = known.byColumn.get(id);
  if (!places) known.byColumn.set(id, (places = columnPlaces(history, id)));
  if (rows === history) return places;
  const indexOf = (known.indexOf ??= new Map(history.map((docking, index) => [docking, index])));
  const inHistory = rows.map((row) => indexOf.get(row));
  return inHistory.every((index) => index !== undefined)
    ? inHistory.map((index) => places[index]!)
    : columnPlaces(rows, id);
}

/**
 * Rows in the order of one column's places, a tie keeping the rows' order: each row's place and
 * index packed into one number and sorted as numbers natively (11 ms for 100,000 rows, where a
 * comparison function took 50). Places and indexes are whole numbers below the row count, so a
 * key stays below its square, exact in a double.
 */
function byOnePlace(rows: readonly Docking[], places: readonly number[], sign: number): Docking[] {
  const count = rows.length;
  let top = 0;
  for (const place of places) top = Math.max(top, place);
  const keys = new Float64Array(count);
  for (let index = 0; index < count; index += 1) {
    const place = sign > 0 ? places[index]! : top - places[index]!;
    keys[index] = place * count + index;
  }
  keys.sort();
  const sorted: Docking[] = new Array<Docking>(count);
  for (let index = 0; index < count; index += 1) sorted[index] = rows[keys[index]! % count]!;
  return sorted;
}

/**
 * The rows in the view's order: each sort key in turn, then newest docking first and by id, so
 * that the same link always lists the same rows in the same order. `history`, the loaded dockings
 * the rows are drawn from, lets names be put in order once for every sort of its rows.
 */
export function sortDockings(
  rows: readonly Docking[],
  sort: readonly SortKey[],
  history: readonly Docking[] = rows,
): Docking[] {
  const keys = sort.map((key) => ({
    places: sortPlaces(rows, key.id, history),
    sign: key.desc ? -1 : 1,
  }));
  // Rows read from a history come newest first already: then a tie keeps their order.
  const newestFirstAlready =
    rows === history
      ? (placesOf(history).newestFirst ??= inNewestFirstOrder(history))
      : inNewestFirstOrder(rows);
  const tie = newestFirstAlready
    ? (a: number, b: number) => a - b
    : (a: number, b: number) => newestFirst(rows[a]!, rows[b]!);
  if (keys.length === 1 && newestFirstAlready)
    return byOnePlace(rows, keys[0]!.places, keys[0]!.sign);
  const order = rows.map((_, index) => index);
  order.sort((a, b) => {
    for (const { places, sign } of keys) {
      const x = places[a]!;
      const y = places[b]!;
      if (x !== y) return x < y ? -sign : sign;
    }
    return tie(a, b);
  });
  return order.map((index) => rows[index]!);
}
