import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { dockingEventDetailQuery } from '../../api/docking-events-queries';
import { HttpStatusError } from '../../api/errors';
import type { SourceId } from '../../api/sources';
import { type Docking } from '../../domain/docking';
import { eventIdOf } from '../../domain/view-state';

export type DrawerDocking =
  | { state: 'found'; docking: Docking }
  | { state: 'loading' }
  | { state: 'not-found' }
  | { state: 'error'; error: Error; retry: () => void };

interface Options {
  eventRef: string;
  dockings: readonly Docking[];
  source: SourceId;
  /** False while the history is still arriving: the event may be on a page not yet loaded. */
  historyComplete: boolean;
  /** True when the data shown comes from the chosen API, so it can be asked for one event. */
  canAskApi: boolean;
}

/**
 * The docking the drawer shows: from the loaded data when it is there (no request), else, once the
 * whole history is in and still lacks it, from `/docking_events/<id>/` (one request, cached).
 */
export function useDrawerDocking({
  eventRef,
  dockings,
  source,
  historyComplete,
  canAskApi,
}: Options): DrawerDocking {
  const id = eventIdOf(eventRef);
  const loaded = useMemo(
    () => (id === null ? undefined : dockings.find((docking) => docking.id === id)),
    [dockings, id],
  );
  const mustFetch = id !== null && !loaded && historyComplete && canAskApi;
  const detail = useQuery(dockingEventDetailQuery(source, id, mustFetch));
  const fetched = detail.data?.events[0];

  if (id === null) return { state: 'not-found' };
  if (loaded) return { state: 'found', docking: loaded };
  if (fetched) return { state: 'found', docking: fetched };
  if (!historyComplete || detail.isFetching) return { state: 'loading' };
  if (!canAskApi) return { state: 'not-found' };
  if (detail.error instanceof HttpStatusError && detail.error.status === 404) {
    return { state: 'not-found' };
  }
  if (detail.error) {
    return { state: 'error', error: detail.error, retry: () => void detail.refetch() };
  }
  return { state: 'loading' };
}
