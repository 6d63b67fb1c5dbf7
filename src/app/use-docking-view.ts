import { useDeferredValue, useMemo } from 'react';
import type { Docking } from '../domain/docking';
import { relocations } from '../domain/occupancy';
import { allFacetOptions, filterDockings, sortDockings, withinWindow } from '../domain/select';
import type { ViewFilters, ViewState } from '../domain/view-state';
import { formatCount, plural } from '../lib/format';
import { measured } from '../lib/measure';

/**
 * What the view shows of the loaded dockings: its filters, the filtered stays whatever their time
 * (for the timeline, the statistics and the traffic chart), the table's rows, the facet counts and
 * the relocations. Each is derived once per change of what it depends on.
 */
export function useDockingView(view: ViewState, loaded: readonly Docking[]) {
  // While the history pours in page by page, the views catch up at low priority, skipping pages.
  const dockings = useDeferredValue(loaded);
  // Typing stays responsive: the rows follow the search box a moment later.
  const q = useDeferredValue(view.q);
  const { station, port, vehicle, agency, status, from, to, tz, sort } = view;

  const filters = useMemo<ViewFilters>(
    () => ({ station, port, vehicle, agency, status, from, to, q }),
    [station, port, vehicle, agency, status, from, to, q],
  );
  // Filtered once: the timeline shows every time of the filtered events, the table its window.
  // Not redone when only the window moves: a pan or a zoom leaves these stays as they are.
  // Each step is measured (`view:…`): the bench reports what filtering and sorting cost.
  const allTime = useMemo(
    () =>
      measured('view:filter', () =>
        filterDockings(
          dockings,
          { station, port, vehicle, agency, status, q, from: null, to: null },
          tz,
        ),
      ),
    [dockings, station, port, vehicle, agency, status, q, tz],
  );
  const filtered = useMemo(
    () => measured('view:window', () => withinWindow(allTime, from, to, tz)),
    [allTime, from, to, tz],
  );
  const rows = useMemo(
    () => measured('view:sort', () => sortDockings(filtered, sort, dockings)),
    [filtered, sort, dockings],
  );
  const facets = useMemo(
    () => measured('view:facets', () => allFacetOptions(dockings, filters, tz)),
    [dockings, filters, tz],
  );
  // Relocations are found once per history; the timeline draws those among the stays it shows.
  const moves = useMemo(() => relocations(dockings), [dockings]);

  const total = dockings.length;
  const countText =
    rows.length === total
      ? plural(total, 'event')
      : `${formatCount(rows.length)} of ${plural(total, 'event')}`;

  return { dockings, filters, allTime, rows, facets, moves, total, countText };
}
