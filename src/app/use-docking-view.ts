import { useDeferredValue, useEffect, useMemo } from 'react';
import type { Docking } from '../domain/docking';
import { relocations } from '../domain/occupancy';
import {
  allFacetOptions,
  filterDockings,
  foldedSearchText,
  historyIndex,
  sortDockings,
  prepareSorts,
  withinWindow,
} from '../domain/select';
import type { ViewFilters, ViewState } from '../domain/view-state';
import { formatCount, plural } from '../lib/format';
import { eachWhenIdle, stepsWhenIdle } from '../lib/idle';
import { measured } from '../lib/measure';

/**
 * What the view shows of the loaded dockings: the table's rows and their count, which answer an
 * input in its own render; and, a render later, what the other panels show (the filters they
 * follow, the filtered stays whatever their time for the timeline, the statistics and the traffic
 * chart, the facet counts, the relocations). Each is derived once per change of what it depends on.
 */
export function useDockingView(view: ViewState, loaded: readonly Docking[]) {
  // While the history pours in page by page, the views catch up at low priority, skipping pages.
  const dockings = useDeferredValue(loaded);
  const { station, port, vehicle, agency, status, q, from, to, tz, sort } = view;

  const matchFilters = useMemo<ViewFilters>(
    () => ({ station, port, vehicle, agency, status, q, from: null, to: null }),
    [station, port, vehicle, agency, status, q],
  );
  const filters = useMemo<ViewFilters>(
    () => ({ ...matchFilters, from, to }),
    [matchFilters, from, to],
  );

  // What every filter tests, in arrays by each docking's place: made once per history, read by
  // filtering and counting (each finds it by the history). Each step is measured (`view:…`): the
  // bench reports what they cost.
  useMemo(() => measured('view:index', () => historyIndex(dockings)), [dockings]);
  // The search texts too, but while the page is idle, in slices: folding 10,000 dockings' names
  // took the first keystroke of a search 25 ms (about 170 at 100,000).
  useEffect(() => eachWhenIdle(dockings, foldedSearchText), [dockings]);
  // And every column's order, so that the first sort by a name does not collate them all: at
  // 10,000 that took it 10–20 ms, at 100,000 up to 290 ms.
  useEffect(() => stepsWhenIdle(prepareSorts(dockings)), [dockings]);
  // The table: sorted once per history and order, then filtered at each input (filtering keeps
  // the order).
  const sorted = useMemo(
    () => measured('view:sort', () => sortDockings(dockings, sort)),
    [dockings, sort],
  );
  const matching = useMemo(
    () => measured('view:filter', () => filterDockings(sorted, matchFilters, tz)),
    [sorted, matchFilters, tz],
  );
  // Not refiltered when only the window moves: a pan or a zoom leaves the matches as they are.
  const rows = useMemo(
    () => measured('view:window', () => withinWindow(matching, from, to, tz)),
    [matching, from, to, tz],
  );

  // The other panels follow the filters in a deferred render: a keystroke or a click repaints the
  // table first, and their rendering, several times the table's, yields to the next input.
  const shownMatch = useDeferredValue(matchFilters);
  const shown = useDeferredValue(filters);
  // Every time of the matching stays, not redone when only the window moves.
  const allTime = useMemo(
    () => filterDockings(dockings, shownMatch, tz),
    [dockings, shownMatch, tz],
  );
  const facets = useMemo(
    () => measured('view:facets', () => allFacetOptions(dockings, shown, tz)),
    [dockings, shown, tz],
  );
  // Relocations are found once per history; the timeline draws those among the stays it shows.
  const moves = useMemo(() => relocations(dockings), [dockings]);

  const total = dockings.length;
  const countText =
    rows.length === total
      ? plural(total, 'event')
      : `${formatCount(rows.length)} of ${plural(total, 'event')}`;

  return { dockings, filters: shown, allTime, rows, facets, moves, total, countText };
}
