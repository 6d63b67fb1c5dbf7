import { QueryObserver, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import {
  FRESH_FOR_MS,
  dockingHistoryQuery,
  dockingUpdatesQuery,
  historyProgressQuery,
  newestPage,
  fetchDockingUpdates,
  mergeUpdates,
  unreadableCount,
  type DockingPage,
  type DockingUpdates,
  type HistoryProgress,
} from './docking-events-queries';
import { RateLimitedError } from './errors';
import { isOversizedHistory } from './paging';
import { queryKeys } from './query-keys';
import { rateLimitedUntil } from './rate-limit';
import { useSettings } from './settings';
import { DATA_SOURCES, type SourceId } from './sources';
import { mergeDockings, refreshWindowStart, type Docking } from '../domain/docking';

export type DataOrigin =
  /** Nothing to show yet. */
  | 'none'
  /** From the chosen API (freshly fetched or from the persisted cache). */
  | 'api'
  /** The API could not be reached and nothing was cached: the bundled sample stands in. */
  | 'sample-fallback'
  /** The person chose the bundled sample. */
  | 'sample';

export interface DockingData {
  source: SourceId;
  origin: DataOrigin;
  dockings: Docking[];
  /** Events the API sent that could not be read. */
  invalidCount: number;
  /** Events loaded so far and the API's total. */
  loaded: number;
  total: number | null;
  /** The API's count when it is more than the dashboard reads (only the first page is then kept). */
  oversizedCount: number | null;
  isLoadingFirstPage: boolean;
  isLoadingMore: boolean;
  isRefreshing: boolean;
  /** A request for the events is under way or waiting to be retried. */
  isBusy: boolean;
  /** When the newest data shown was fetched. */
  fetchedAt: number | null;
  /** What is shown is the build's snapshot, not yet brought up to date. */
  fromSnapshot: boolean;
  /** The last failure, kept until a request succeeds. */
  error: Error | null;
  rateLimitedUntil: number | null;
  refresh: () => void;
  retry: () => void;
}

const EMPTY: Docking[] = [];

/**
 * Calls `show` with a load's progress as each page arrives, without rendering anything: pages come
 * faster than the views can be rebuilt, and a React update restarts the views' rendering under way
 * (with the progress rendered, the first rows of 10,000 came only with the last page). Returns the
 * progress as it is now, for the render.
 */
export function useHistoryProgress(
  source: SourceId,
  show: (progress: HistoryProgress) => void,
): HistoryProgress | undefined {
  const client = useQueryClient();
  const latestShow = useRef(show);
  useLayoutEffect(() => {
    latestShow.current = show;
  });
  useEffect(() => {
    const observer = new QueryObserver(client, historyProgressQuery(source));
    return observer.subscribe(({ data }) => data && latestShow.current(data));
  }, [client, source]);
  return client.getQueryData(historyProgressQuery(source).queryKey);
}

export function useDockingData(): DockingData {
  const { source } = useSettings();
  const queryClient = useQueryClient();
  const history = useQuery(dockingHistoryQuery(source));
  const updates = useQuery(dockingUpdatesQuery(source));

  const hasHistory = (history.data?.pages.length ?? 0) > 0;
  const needsSample = source !== 'sample' && !hasHistory && history.isError;
  const sample = useQuery(dockingHistoryQuery('sample', needsSample));

  // A history saved before it was whole goes on loading, unless this visit's attempt failed: then
  // Retry does. (A restored cache brings back old failures as plain objects, not Errors.)
  const isComplete = history.data?.complete === true;
  const failedThisVisit = history.error instanceof Error;
  const { isFetching: isFetchingHistory, refetch: refetchHistory } = history;
  useEffect(() => {
    if (hasHistory && !isComplete && !isFetchingHistory && !failedThisVisit) void refetchHistory();
  }, [hasHistory, isComplete, isFetchingHistory, failedThisVisit, refetchHistory]);

  const shown = hasHistory ? history.data : needsSample ? sample.data : undefined;
  // Keyed on the pages, not the history around them: the load finishing (`complete`) with the
  // same pages must not rebuild every view.
  const shownPages = shown?.pages;
  const withUpdates = updates.data && shown === history.data ? updates.data : null;
  const batches = useMemo<(DockingPage | DockingUpdates)[]>(() => {
    const fromPages = shownPages ?? [];
    return withUpdates ? [...fromPages, withUpdates] : fromPages;
  }, [shownPages, withUpdates]);
  const dockings = useMemo(
    () => (batches.length ? mergeDockings(batches.map((batch) => batch.events)) : EMPTY),
    [batches],
  );

  const invalidCount = useMemo(() => unreadableCount(batches, dockings), [batches, dockings]);

  // A refresh under way stops when the source changes or the page goes: its answer has no place then.
  const refreshAbort = useRef<AbortController | null>(null);
  useEffect(() => () => refreshAbort.current?.abort(), [source]);

  const refreshMutation = useMutation({
    mutationFn: async (): Promise<DockingUpdates | null> => {
      refreshAbort.current?.abort();
      const controller = new AbortController();
      refreshAbort.current = controller;
      const since = refreshWindowStart(dockings);
      if (since === null) {
        await refetchHistory({ throwOnError: true });
        return null;
      }
      return fetchDockingUpdates(source, new Date(since).toISOString(), controller.signal);
    },
    onSuccess: (fresh) => {
      if (fresh) {
        queryClient.setQueryData<DockingUpdates>(queryKeys.updates(source), (previous) =>
          mergeUpdates(previous, fresh),
        );
      }
    },
  });
  const { mutate: refreshNow, isPending: isRefreshing, reset: resetRefresh } = refreshMutation;

  // Read once per data change, not at each render: at 100,000 events there are 1,000 pages.
  const fetchedAt = useMemo(
    () =>
      batches.reduce<number | null>(
        (newest, batch) => Math.max(newest ?? 0, batch.fetchedAt),
        null,
      ),
    [batches],
  );
  const fromSnapshot = history.data?.pages[0]?.fromSnapshot === true && !updates.data;

  // Data older than the freshness window, or a snapshot of any age, is refreshed once, asking only
  // for what can have changed.
  const autoRefreshed = useRef<SourceId | null>(null);
  useEffect(() => {
    if (
      source === 'sample' ||
      !isComplete ||
      fetchedAt === null ||
      autoRefreshed.current === source
    )
      return;
    if (Date.now() - fetchedAt < FRESH_FOR_MS && !fromSnapshot) return;
    autoRefreshed.current = source;
    refreshNow();
  }, [source, isComplete, fetchedAt, fromSnapshot, refreshNow]);

  // A restored cache brings back old failures as plain objects: only this visit's count.
  // A refresh stopped on purpose (the source changed) is no failure.
  const error =
    [refreshMutation.error, history.error, needsSample ? sample.error : null].find(
      (candidate): candidate is Error =>
        candidate instanceof Error && candidate.name !== 'AbortError',
    ) ?? null;
  const baseUrl = DATA_SOURCES[source].baseUrl;
  const blockedUntil =
    error instanceof RateLimitedError
      ? error.availableAt
      : baseUrl
        ? rateLimitedUntil(new URL(baseUrl).origin)
        : null;

  const latestPage = useMemo(() => newestPage(shownPages ?? []), [shownPages]);
  const oversized = latestPage !== undefined && isOversizedHistory(latestPage.count);
  const origin: DataOrigin =
    source === 'sample'
      ? hasHistory
        ? 'sample'
        : 'none'
      : hasHistory
        ? 'api'
        : shown
          ? 'sample-fallback'
          : 'none';

  return {
    source,
    origin,
    dockings,
    invalidCount,
    loaded: dockings.length,
    // Of a history too large to believe, the dashboard means to load only what it has.
    total: latestPage
      ? oversized
        ? dockings.length
        : Math.max(latestPage.count, dockings.length)
      : null,
    oversizedCount: oversized ? latestPage.count : null,
    isLoadingFirstPage: !shown && (history.isFetching || sample.isFetching),
    isLoadingMore: hasHistory && !isComplete && !failedThisVisit,
    isRefreshing,
    isBusy: history.isFetching || sample.isFetching || isRefreshing,
    fetchedAt,
    fromSnapshot,
    error,
    rateLimitedUntil: blockedUntil,
    refresh: () => refreshNow(),
    retry: () => {
      resetRefresh();
      if (hasHistory && !isComplete) void refetchHistory();
      else if (hasHistory) refreshNow();
      else void refetchHistory();
    },
  };
}
