import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PORT_STAT_COLUMNS,
  SORTABLE_COLUMNS,
  VIEW_PARAMS,
  findInvalidParams,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../src/domain/view-state';

// A property's time is its number of runs; three time zones share two cores in CI, where the
// default five seconds is too short a bound.
const PROPERTY_TIMEOUT_MS = 60_000;

/*
 * Properties of the URL codec over generated input: links are pasted by strangers, so any text must
 * read without a throw, and every view the app can be in must survive a round trip through its link.
 */

const ids = fc.uniqueArray(fc.integer({ min: 1, max: 9_999_999_999 }), { maxLength: 12 });
const day = fc
  .date({
    min: new Date('1960-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
/** Text of at most `maxLength` UTF-16 units (the codec's limits count those), any script. */
const text = (maxLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength, size: 'max' })
    .filter((value) => value.trim() !== '' && value.length <= maxLength);
const sortOf = <Id extends string>(columns: readonly Id[]) =>
  fc
    .uniqueArray(fc.constantFrom(...columns), { minLength: 1, maxLength: 4 })
    .chain((ids) => fc.tuple(...ids.map((id) => fc.boolean().map((desc) => ({ id, desc })))));

const sortedIds = (values: number[]) => [...values].sort((a, b) => a - b);

/** Any view the app can be in, in its parsed form. */
const view: fc.Arbitrary<ViewState> = fc.record({
  station: ids.map(sortedIds),
  port: ids.map(sortedIds),
  vehicle: ids.map(sortedIds),
  agency: ids.map(sortedIds),
  status: fc.constantFrom(null, 'docked' as const, 'departed' as const),
  from: fc.option(day, { nil: null }),
  to: fc.option(day, { nil: null }),
  q: fc.oneof(fc.constant(''), text(200)),
  sort: sortOf(SORTABLE_COLUMNS),
  psort: sortOf(PORT_STAT_COLUMNS),
  event: fc.option(
    text(64)
      .map((value) => value.trim())
      .filter(Boolean),
    { nil: null },
  ),
  // Whole minutes from 1960 to 2099.
  at: fc.option(
    fc.integer({ min: -5_260_320, max: 68_374_079 }).map((minutes) => minutes * 60_000),
    { nil: null },
  ),
  tz: fc.constantFrom('utc' as const, 'local' as const),
});

describe('the URL codec, over generated input', { timeout: PROPERTY_TIMEOUT_MS }, () => {
  it('reads any query string as a view that writes a link which reads back the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (search) => {
        const read = parseViewState(`?${search}`);
        // Whatever came in, what is kept is a valid view: its own link is clean and reads back.
        const link = serializeViewState(read);
        expect(findInvalidParams(link)).toEqual([]);
        expect(parseViewState(link)).toEqual(read);
        expect(Array.isArray(findInvalidParams(search))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads any value of any parameter without throwing, and reports it when it is unreadable', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VIEW_PARAMS),
        fc.string({ unit: 'binary', maxLength: 300 }),
        (name, value) => {
          const params = new URLSearchParams({ [name]: value });
          const parsed = parseViewState(params);
          const invalid = findInvalidParams(params).map((param) => param.name);
          expect(invalid.length <= 1).toBe(true);
          if (invalid.length === 0 && value !== '') expect(parsed[name]).not.toBeNull();
        },
      ),
      { numRuns: 2000 },
    );
  });

  it(
    'round-trips every view through its link, and writes one canonical link for it',
    { timeout: 30_000 },
    () => {
      fc.assert(
        fc.property(view, (state) => {
          const link = serializeViewState(state);
          const read = parseViewState(link);
          expect(read).toEqual(state);
          expect(serializeViewState(read)).toBe(link);
          expect(findInvalidParams(new URL(link, 'https://x.example').searchParams)).toEqual([]);
        }),
        { numRuns: 1000 },
      );
    },
  );

  it(
    'drops one bad value with a notice and keeps the rest of the link',
    { timeout: 30_000 },
    () => {
      const bad = fc.record({
        name: fc.constantFrom('station', 'from', 'sort', 'status', 'tz' as const),
        value: fc.constantFrom('abc', '2025-13-45', 'nope', '-', ',,', '0'),
      });
      fc.assert(
        fc.property(view, bad, (state, { name, value }) => {
          const params = new URL(serializeViewState(state), 'https://x.example').searchParams;
          params.set(name, value);
          const read = parseViewState(params);
          expect(findInvalidParams(params)).toEqual([{ name, value }]);
          const fallback = parseViewState('');
          expect(read[name]).toEqual(fallback[name]);
          for (const other of VIEW_PARAMS.filter((param) => param !== name)) {
            expect(read[other]).toEqual(state[other]);
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  it('reads thousands of ids and very long values', () => {
    const many = Array.from({ length: 5000 }, (_, index) => index + 1);
    const read = parseViewState(`?station=${many.join(',')}&q=${'x'.repeat(100_000)}`);
    expect(read.station).toHaveLength(5000);
    expect(read.q).toHaveLength(200);
    expect(findInvalidParams(`?event=${'9'.repeat(100_000)}`)).toEqual([
      { name: 'event', value: '9'.repeat(100_000) },
    ]);
  });
});
