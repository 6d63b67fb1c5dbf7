import { DAY_MS, type TimeZoneMode } from '../lib/time';
import { newestFirst, type Docking, type Ref } from './docking';
import { finish, ITEMS_PER_STEP, mapInSteps, sortInSteps, type Steps } from '../lib/steps';
import { eventColumn, SORTABLE_COLUMNS, type ColumnId } from './event-columns';
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

/** Whether a stay overlaps the half-open time range `start`–`end`. */
function overlaps(docking: Docking, start: number, end: number): boolean {
  return docking.docked < end && stayEnd(docking) >= start;
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

/** A docking's search text: its names, folded for matching. */
export function searchText(docking: Docking): string {
  return fold(
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
}

/** Case- and accent-insensitive text for matching. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

const searchWords = (q: string) => fold(q).split(/\s+/).filter(Boolean);

function containsEvery(text: string, words: readonly string[]): boolean {
  for (const word of words) if (!text.includes(word)) return false;
  return true;
}

/** Whether every docking `next` finds is one `previous` found: each earlier word is in a new one. */
const narrowsSearch = (previous: readonly string[], next: readonly string[]) =>
  previous.every((word) => next.some((nextWord) => nextWord.includes(word)));

/**
 * What every filter tests, for each docking of one history, in arrays by its place in the history:
 * made once per history, so that filtering and counting at an input read numbers, not objects.
 */
export interface HistoryIndex {
  dockings: readonly Docking[];
  /** Every choice of each filter, and which one each docking has (its place in `choices`, or -1). */
  choices: Record<FacetName, FacetOption[]>;
  placeOf: Record<FacetName, Int32Array>;
  /** 1 where the docking is still docked. */
  docked: Uint8Array;
  /** Where each stay starts and ends (`stayEnd`), for the time window. */
  start: Float64Array;
  end: Float64Array;
  /** The search texts, made at the first search; recent searches' answers, 1 where it matches. */
  texts: string[] | null;
  searches: Map<string, { words: readonly string[]; hits: Uint8Array }>;
}

const historyIndexes = new WeakMap<readonly Docking[], HistoryIndex>();
// Search texts outlive a history: a refresh's new history folds only the dockings it adds.
const foldedTexts = new WeakMap<Docking, string>();
/** Searches remembered per history: the table's and the other panels' differ while typing. */
const REMEMBERED_SEARCHES = 4;

/** The index of a history (of any list of dockings), made at its first use. */
export function historyIndex(dockings: readonly Docking[]): HistoryIndex {
  let index = historyIndexes.get(dockings);
  if (index) return index;
  const count = dockings.length;
  const choices = {} as Record<FacetName, FacetOption[]>;
  const placeOf = {} as Record<FacetName, Int32Array>;
  for (const facet of FACET_NAMES) {
    const refOf = facetRef[facet];
    const places = new Map<number, number>();
    const list: FacetOption[] = [];
    const of = new Int32Array(count).fill(-1);
    for (let position = 0; position < count; position += 1) {
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
  const docked = new Uint8Array(count);
  const start = new Float64Array(count);
  const end = new Float64Array(count);
  dockings.forEach((docking, position) => {
    docked[position] = docking.status === 'docked' ? 1 : 0;
    start[position] = docking.docked;
    end[position] = stayEnd(docking);
  });
  index = { dockings, choices, placeOf, docked, start, end, texts: null, searches: new Map() };
  historyIndexes.set(dockings, index);
  return index;
}

/**
 * A docking's search text (`searchText`), folded once and kept with the docking: the app folds a
 * new history's texts while the page is idle, so that its first search does not.
 */
export function foldedSearchText(docking: Docking): string {
  let text = foldedTexts.get(docking);
  if (text === undefined) foldedTexts.set(docking, (text = searchText(docking)));
  return text;
}

/** 1 for each docking of the history that holds every word. */
function searchHits(index: HistoryIndex, words: readonly string[]): Uint8Array {
  const key = words.join(' ');
  const known = index.searches.get(key);
  if (known) return known.hits;
  const texts = (index.texts ??= index.dockings.map(foldedSearchText));
  // Typing on ("pro", then "prog") tests only what the shorter search found.
  const wider = [...index.searches.values()].find((search) => narrowsSearch(search.words, words));
  const hits = new Uint8Array(texts.length);
  for (let position = 0; position < texts.length; position += 1) {
    if (wider && wider.hits[position] === 0) continue;
    if (containsEvery(texts[position]!, words)) hits[position] = 1;
  }
  index.searches.set(key, { words, hits });
  if (index.searches.size > REMEMBERED_SEARCHES)
    index.searches.delete(index.searches.keys().next().value!);
  return hits;
}

/** One bit per facet, and one for everything else a view filters by (status, time, search). */
const FACET_BIT: Record<FacetName, number> = { station: 1, port: 2, vehicle: 4, agency: 8 };
const OTHER_BIT = 16;

/**
 * Which of the view's filters each docking of the history fails, as bits by its place: 0 where the
 * view shows it. Each filter is tested once, and every facet's counts are read from these answers
 * (a facet ignores its own bit). Status, time and search are skipped where the answer cannot
 * change: for the view, after a failed facet; for facet counts (`forFacets`), after two.
 *
 * Each test is a loop of its own over typed arrays. A closure called per docking that went through
 * a list of tests was optimized and thrown back by the JIT again and again (Chromium's
 * `--trace-deopt`: "wrong map"), running the rest of 10,000 dockings unoptimized each time.
 */
function missBits(
  index: HistoryIndex,
  filters: ViewFilters,
  tz: TimeZoneMode,
  forFacets = false,
): Uint8Array {
  const count = index.dockings.length;
  const bits = new Uint8Array(count);
  for (const facet of FACET_NAMES) {
    if (filters[facet].length === 0) continue;
    // The chosen values as 1s over the facet's choices: a choice no docking has marks nothing.
    const chosen = new Set(filters[facet]);
    const marked = Uint8Array.from(index.choices[facet], (choice) =>
      chosen.has(choice.id) ? 1 : 0,
    );
    markMissed(bits, index.placeOf[facet], marked, FACET_BIT[facet]);
  }

  const wantDocked = filters.status === null ? -1 : filters.status === 'docked' ? 1 : 0;
  const noWindow = filters.from === null && filters.to === null;
  const words = searchWords(filters.q);
  if (wantDocked < 0 && noWindow && words.length === 0) return bits;
  const { start, end } = timeWindow(filters.from, filters.to, tz);
  const hits = words.length > 0 ? searchHits(index, words) : null;
  for (let position = 0; position < count; position += 1) {
    const missed = bits[position]!;
    if (forFacets ? (missed & (missed - 1)) !== 0 : missed !== 0) continue;
    if (
      // "Departed" takes in the stays whose departure was not recorded: all but the docked ones.
      (wantDocked >= 0 && index.docked[position] !== wantDocked) ||
      (!noWindow && !(index.start[position]! < end && index.end[position]! >= start)) ||
      (hits !== null && hits[position] === 0)
    )
      bits[position] = missed | OTHER_BIT;
  }
  return bits;
}

/** Sets `bit` where a docking has none of the facet's choices, or one not `marked`. */
function markMissed(bits: Uint8Array, places: Int32Array, marked: Uint8Array, bit: number) {
  for (let position = 0; position < places.length; position += 1) {
    const place = places[position]!;
    if (place < 0 || marked[place] === 0) bits[position]! |= bit;
  }
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
 * Lists put in order by `sortDockings`, and where each of their dockings is in the list sorted:
 * filtering them reads that list's index.
 */
const sortedFrom = new WeakMap<
  readonly Docking[],
  { source: readonly Docking[]; places: Int32Array }
>();

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
  const sorted = sortedFrom.get(dockings);
  const index = historyIndex(sorted ? sorted.source : dockings);
  const missed = missBits(index, filters, tz);
  const shown: Docking[] = [];
  for (let row = 0; row < dockings.length; row += 1) {
    if (missed[sorted ? sorted.places[row]! : row] === 0) shown.push(dockings[row]!);
  }
  return shown;
}

export interface FacetOptionsContext {
  /** Names for chosen values no docking has, which are otherwise listed as "#id". */
  knownNames?: ReadonlyMap<number, string>;
}

/**
 * The choices of every filter with how many events each would show, given every other filter
 * (so ports are scoped to the chosen stations). Chosen values are always listed, even at zero.
 * Each filter is tested once per docking; each facet's counts are then one pass over the answers.
 */
export function allFacetOptions(
  dockings: readonly Docking[],
  filters: ViewFilters,
  tz: TimeZoneMode,
  { knownNames = new Map() }: FacetOptionsContext = {},
): FacetOptions {
  const index = historyIndex(dockings);
  const { choices } = index;
  const missed = missBits(index, filters, tz, true);
  const listed = (facet: FacetName): FacetOption[] => {
    const chosen = new Set(filters[facet]);
    const counts = tally(missed, ~FACET_BIT[facet], index.placeOf[facet], choices[facet].length);
    const options = choices[facet]
      .map((choice, place) => ({ ...choice, count: counts[place]! }))
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

/** How many dockings have each choice, among those that fail no filter but the facet's own. */
function tally(missed: Uint8Array, others: number, places: Int32Array, choiceCount: number) {
  const counts = new Int32Array(choiceCount);
  for (let position = 0; position < places.length; position += 1) {
    const place = places[position]!;
    if (place >= 0 && (missed[position]! & others) === 0) counts[place]! += 1;
  }
  return counts;
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
function* namePlaces(texts: readonly string[], inSteps: boolean): Steps<number[]> {
  const names = [...new Set(texts)];
  // A native sort is faster by half at once (it makes use of the names' runs already in order).
  const distinct = inSteps
    ? yield* sortInSteps(names, collator.compare)
    : names.sort(collator.compare);
  const placeOf = new Map<string, number>();
  let place = 0;
  for (let index = 0; index < distinct.length; index += 1) {
    const text = distinct[index]!;
    if (index > 0 && collator.compare(distinct[index - 1]!, text) !== 0) place += 1;
    placeOf.set(text, place);
    if ((index + 1) % ITEMS_PER_STEP === 0) yield;
  }
  return yield* mapInSteps(texts, (text) => placeOf.get(text)!);
}

/**
 * Each value's place among the distinct values, smallest first (NaN last): the distinct values
 * sorted as numbers, each value found among them by halving. With a map keyed by the numbers, the
 * first sort of 100,000 dockings by a time took 126 ms in Node; so, 58 ms.
 */
function* numberPlaces(values: readonly number[]): Steps<number[]> {
  const sorted = Float64Array.from(values).sort();
  let count = 0;
  for (const value of sorted) {
    if (Number.isNaN(value)) break;
    if (count === 0 || value !== sorted[count - 1]) sorted[count++] = value;
  }
  yield;
  return yield* mapInSteps(values, (value) => {
    if (Number.isNaN(value)) return count;
    let low = 0;
    let high = count - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < value) low = middle + 1;
      else high = middle;
    }
    return low;
  });
}

/**
 * Each row's place in one column's order, counted from 0 (equal values share a place): rows sort
 * by these whole numbers whatever the column holds. Names are sorted in steps too when `inSteps`.
 */
function* columnPlaces(rows: readonly Docking[], id: ColumnId, inSteps: boolean): Steps<number[]> {
  const values = yield* mapInSteps(rows, eventColumn(id).sortValue);
  return values.every((value) => typeof value === 'number')
    ? yield* numberPlaces(values as number[])
    : yield* namePlaces(values.map(String), inSteps);
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

/**
 * Finds a history's places in every column, in steps: run while the page is idle after a history
 * arrives, so that the first sort by a column only puts numbers in order (at 10,000 a first sort by
 * name collated them for 10–20 ms, at 100,000 for up to 300). A sort asked for before its column is
 * done finds its places at once.
 */
export function* prepareSorts(history: readonly Docking[]): Steps<void> {
  const known = placesOf(history);
  for (const id of SORTABLE_COLUMNS) {
    if (known.byColumn.has(id)) continue;
    const places = yield* columnPlaces(history, id, true);
    if (!known.byColumn.has(id)) known.byColumn.set(id, places);
  }
}

const inNewestFirstOrder = (rows: readonly Docking[]) =>
  rows.every((row, index) => index === 0 || newestFirst(rows[index - 1]!, row) <= 0);

function sortPlaces(rows: readonly Docking[], id: ColumnId, history: readonly Docking[]) {
  const known = placesOf(history);
  let places = known.byColumn.get(id);
  if (!places) known.byColumn.set(id, (places = finish(columnPlaces(history, id, false))));
  if (rows === history) return places;
  const indexOf = (known.indexOf ??= new Map(history.map((docking, index) => [docking, index])));
  const inHistory = rows.map((row) => indexOf.get(row));
  return inHistory.every((index) => index !== undefined)
    ? inHistory.map((index) => places[index]!)
    : finish(columnPlaces(rows, id, false));
}

/**
 * Where each row goes in the order of one column's places, a tie keeping the rows' order. Places
 * are whole numbers below the row count, so the rows are put in order by counting how many take
 * each place: a counting sort, in linear time (a sort of 100,000 rows took 5–6 ms in Node where
 * sorting keys natively took 10–20).
 */
function byOnePlace(places: readonly number[], sign: number): Int32Array {
  let top = 0;
  for (const place of places) top = Math.max(top, place);
  const placeOf = (index: number) => (sign > 0 ? places[index]! : top - places[index]!);
  // Where each place's rows start in the order: how many rows take a smaller place.
  const starts = new Int32Array(top + 2);
  for (let index = 0; index < places.length; index += 1) starts[placeOf(index) + 1]! += 1;
  for (let place = 1; place < starts.length; place += 1) starts[place]! += starts[place - 1]!;
  const order = new Int32Array(places.length);
  for (let index = 0; index < places.length; index += 1) order[starts[placeOf(index)]!++] = index;
  return order;
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
  const order =
    keys.length === 1 && newestFirstAlready
      ? byOnePlace(keys[0]!.places, keys[0]!.sign)
      : Int32Array.from(rows, (_, index) => index).sort((a, b) => {
          for (const { places, sign } of keys) {
            const x = places[a]!;
            const y = places[b]!;
            if (x !== y) return x < y ? -sign : sign;
          }
          return tie(a, b);
        });
  const sorted = new Array<Docking>(order.length);
  for (let index = 0; index < order.length; index += 1) sorted[index] = rows[order[index]!]!;
  sortedFrom.set(sorted, { source: rows, places: order });
  return sorted;
}
