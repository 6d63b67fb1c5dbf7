import { queryOptions, skipToken } from '@tanstack/react-query';
import { InvalidResponseError } from './errors';
import { PAGES_IN_FLIGHT, inParallel, loadHistory } from './history-loader';
import {
  MAX_HISTORY_PAGES,
  SNAPSHOT_PATH,
  historyPageParams,
  isOversizedHistory,
  nextPageOffset,
} from './paging';
import { NORMAL, apiBaseUrl, askedFor, fetchFromApi } from './http';
import type { Docking } from '../domain/docking';
import { queryKeys } from './query-keys';
import { loadCode } from '../lib/load-code';
import { idle } from '../lib/idle';
import { paced } from '../lib/paced';
import type { SnapshotHistory } from './read-dockings';
import { SAMPLE, type SourceId } from './sources';

/** How long loaded data counts as fresh: within it a reload sends no request at all. */
export const FRESH_FOR_MS = 60 * 60 * 1000;

export interface DockingPage {
  offset: number;
  /** The API's total at the time of this page. */
  count: number;
  nextOffset: number | null;
  /** Read and normalized at once: the API's own objects are not kept (they are twice the size). */
  events: Docking[];
  invalidCount: number;
  /**
   * The unreadable events' ids, where they have one (absent from a cache saved before they were
   * kept).
   */
  invalidIds?: readonly number[];
  fetchedAt: number;
  /** The build's snapshot, not an answer of the API: it is brought up to date at once. */
  fromSnapshot?: boolean;
}

/** What Refresh brought in: the events that can have changed since the history was loaded. */
export interface DockingUpdates {
  events: Docking[];
  invalidCount: number;
  /** As in `DockingPage`. */
  invalidIds?: readonly number[];
  fetchedAt: number;
}

/**
 * The code that reads answers (`read-dockings.ts`, with zod), asked for alongside each request:
 * the browser loads it once, while the first request is on its way.
 */
const reader = () => loadCode(() => import('./read-dockings'));

async function fetchSamplePage(signal: AbortSignal): Promise<DockingPage> {
  const [response, read] = await Promise.all([
    fetch(`${import.meta.env.BASE_URL}${SAMPLE.eventsPath}`, { signal }),
    reader(),
  ]);
  if (!response.ok) throw new InvalidResponseError('the bundled sample is missing');
  const envelope = read.readPageEnvelope(await response.json());
  return {
    offset: 0,
    count: envelope.results.length,
    nextOffset: null,
    ...read.readDockings(envelope.results, SAMPLE.capturedAt),
    fetchedAt: SAMPLE.capturedAt,
  };
}

/** The snapshot's file, or one of its parts (a file beside it). */
const askForSnapshot = (signal?: AbortSignal, part?: string) => {
  const path = part ? SNAPSHOT_PATH.replace(/[^/]*$/, part) : SNAPSHOT_PATH;
  return fetch(`${import.meta.env.BASE_URL}${path}`, { signal, cache: 'no-cache' });
};
let snapshotAhead: Promise<Response> | null = null;

/**
 * Starts asking for the build's snapshot (and the code that reads it) now, while the first view
 * renders, for a first visit that will start from it: `fetchSnapshot` takes the answer.
 */
export function readSnapshotAhead(): void {
  snapshotAhead ??= askForSnapshot();
  snapshotAhead.catch(() => undefined);
  reader().catch(() => undefined);
}

/** The snapshot's answer as JSON, or null when it has none (a host may answer with its index page). */
async function snapshotJson(response: Response): Promise<unknown> {
  if (!response.ok || !response.headers.get('Content-Type')?.includes('json')) return null;
  return response.json();
}

/**
 * The snapshot served with the build (its first pages; `fetchSnapshotParts` reads the rest), or
 * null when it has none (or an unreadable one). It comes from the app's own host, so reading it
 * costs the API nothing.
 */
export async function fetchSnapshot(signal: AbortSignal): Promise<SnapshotHistory | null> {
  // Asked for alongside the snapshot, but waited for only if there is one to read (without one, the
  // API's first page is asked for at once, and a failure to load it is that page's to tell).
  const read = reader();
  read.catch(() => undefined);
  const ahead = snapshotAhead;
  snapshotAhead = null;
  try {
    const json = await snapshotJson(await (ahead ?? askForSnapshot(signal)));
    signal.throwIfAborted();
    return json === null ? null : (await read).readSnapshotHistory(json);
  } catch (error) {
    if (signal.aborted) throw error;
    return null;
  }
}

/** How long the parts wait at most, after the first pages are shown, before they are asked for. */
const ASK_FOR_PARTS_WITHIN_MS = 1000;
/** How long a part that has arrived waits at most for the page to be idle before it is read. */
const READ_PART_WITHIN_MS = 500;

/**
 * Every page of the snapshot: its own, then its parts' (read a few at a time, each told to
 * `onPages` with all read so far, in the snapshot's order). Null when a part is missing or is not
 * the snapshot's (a deploy replaced the files while they were read): the API is read instead.
 */
async function fetchSnapshotParts(
  snapshot: SnapshotHistory,
  signal: AbortSignal,
  onPages?: (pages: DockingPage[]) => void,
): Promise<DockingPage[] | null> {
  const read = await reader();
  const parts: DockingPage[][] = [];
  // `flat` leaves out the parts not read yet.
  const pagesSoFar = () => [...snapshot.pages, ...parts.flat()];
  try {
    // Asked for once the page is idle: the views' first render of the snapshot's own pages goes
    // first, not shared with the parts' bodies as they arrive.
    if (snapshot.parts.length) await idle(ASK_FOR_PARTS_WITHIN_MS);
    await inParallel(
      snapshot.parts.map((part, index) => ({ part, index })),
      PAGES_IN_FLIGHT,
      async ({ part, index }) => {
        const response = await askForSnapshot(signal, part.path);
        // Read when the page is idle: input and the views' rendering go first.
        await idle(READ_PART_WITHIN_MS);
        signal.throwIfAborted();
        const json = await snapshotJson(response);
        const pages = json === null ? null : read.readSnapshotPartPages(json, snapshot, part);
        if (!pages) throw new InvalidResponseError(`the snapshot's part ${part.path} is not whole`);
        parts[index] = pages;
        onPages?.(pagesSoFar());
      },
      signal,
    );
  } catch (error) {
    if (signal.aborted) throw error;
    return null;
  }
  return pagesSoFar();
}

export async function fetchDockingPage(
  source: SourceId,
  offset: number,
  signal: AbortSignal,
  extraParams: Record<string, string> = {},
): Promise<DockingPage> {
  if (source === 'sample') return fetchSamplePage(signal);
  const baseUrl = apiBaseUrl(source);
  const [json, read] = await Promise.all([
    fetchFromApi(
      source,
      'docking_events/',
      { ...historyPageParams(offset), ...extraParams },
      signal,
    ),
    reader(),
  ]);
  const envelope = read.readPageEnvelope(json);
  const fetchedAt = Date.now();
  return {
    offset,
    count: envelope.count,
    nextOffset: nextPageOffset(envelope.next, baseUrl, offset, envelope.count),
    ...read.readDockings(envelope.results, fetchedAt),
    fetchedAt,
  };
}

/** The history as read: its pages, and whether reading it (and mending any drift) finished. */
export interface DockingHistory {
  pages: DockingPage[];
  complete: boolean;
}

/** The page read last: its count is the API's latest word on the total. */
export function newestPage(pages: readonly DockingPage[]): DockingPage | undefined {
  return pages.reduce<DockingPage | undefined>(
    (newest, page) => (!newest || page.fetchedAt >= newest.fetchedAt ? page : newest),
    undefined,
  );
}

/** How far a load under way has read: told with every page, long before the views show them. */
export interface HistoryProgress {
  read: number;
  total: number;
}

/**
 * While pages pour in, the history shown is replaced after waits that double from four seconds to
 * eight; the progress is told with every page (`HistoryProgress`). Each replacement rebuilds every
 * view, at a cost that grows with the history: replaced every frame, the views never caught up
 * before the end of a load of 10,000, and replaced after a quarter second, then a half, and so
 * on, that load (from a server on the same machine) took 4.0-4.9 s, against 3.2-4.0 s when only
 * the first page and the whole history are shown, as now at that size.
 */
const SHOW_WHILE_LOADING = { firstWaitMs: 4000, longestWaitMs: 8000 };

/**
 * The progress is told at most four times a second: each telling repaints the page (about 7 ms of
 * the page's thread at 1,440 × 900), and 100 pages can arrive in under three seconds.
 */
const TELL_PROGRESS = { firstWaitMs: 250, longestWaitMs: 250 };

/**
 * The whole history, read in parallel (`loadHistory`); `wanted: false` waits (the sample, while the
 * API answers). A load that stopped resumes where it stopped: only the missing pages are asked for,
 * and the pages read so far are shown as they arrive (the first at once, then more and more
 * seldom). A complete history is read afresh, and shown only once it is whole, so a failure never
 * wipes it.
 */
export const dockingHistoryQuery = (source: SourceId, wanted = true) =>
  queryOptions<DockingHistory>({
    queryKey: queryKeys.history(source),
    queryFn: !wanted
      ? skipToken
      : async ({ signal, client, queryKey }) => {
          const known = client.getQueryData<DockingHistory>(queryKey);
          // A history read in part goes on from where it stopped; one from the snapshot starts
          // again (its pages are the snapshot's, not the API's).
          const unfinished = known !== undefined && !known.complete;
          const resuming = unfinished && !known.pages.some((page) => page.fromSnapshot);
          // A first reading, or one resumed, shows its pages as they come. Any other (a complete
          // history, or a snapshot's read again) is shown only once it is whole: what is on screen
          // stays until then, and a failure never wipes it.
          const showAsRead = known === undefined || resuming;
          const show = paced(
            (pages: DockingPage[]) =>
              client.setQueryData<DockingHistory>(queryKey, { pages, complete: false }),
            SHOW_WHILE_LOADING,
          );
          const progress = paced(
            (told: HistoryProgress) =>
              client.setQueryData<HistoryProgress>(queryKeys.historyProgress(source), told),
            TELL_PROGRESS,
          );
          const tell = (pages: DockingPage[]) => {
            const total = newestPage(pages)?.count ?? 0;
            const read = pages.reduce((sum, page) => sum + page.events.length, 0);
            progress.call({ read: Math.min(read, total), total });
            show.call(pages);
          };
          const onPage = showAsRead ? tell : undefined;
          const whole = (pages: DockingPage[]): DockingHistory => {
            // The answer shows every page; a replacement waiting past it would undo `complete`.
            show.cancel();
            progress.cancel();
            return { pages, complete: true };
          };
          try {
            // A first visit to a build with a snapshot starts from it: no page of the API is needed.
            if (source === 'live' && !resuming) {
              const snapshot = await fetchSnapshot(signal);
              if (snapshot) {
                for (const station of snapshot.stations)
                  client.setQueryData(queryKeys.stationPorts(source, station.id), station, {
                    updatedAt: snapshot.fetchedAt,
                  });
                onPage?.(snapshot.pages);
                const pages = await fetchSnapshotParts(snapshot, signal, onPage);
                if (pages) return whole(pages);
              }
            }
            const pages = await loadHistory({
              have: resuming ? known.pages : [],
              fetchPage: (offset) => fetchDockingPage(source, offset, signal),
              onPage,
              signal,
            });
            return whole(pages);
          } catch (error) {
            // What waits is the last pages read before the failure: they must stay.
            show.flush();
            progress.cancel();
            throw error;
          }
        },
    // History is never read again by itself: Refresh asks only for what can have changed.
    staleTime: Infinity,
  });

/** Set by the history's load as each page arrives (`HistoryProgress`); never fetched. */
export const historyProgressQuery = (source: SourceId) =>
  queryOptions<HistoryProgress>({
    queryKey: queryKeys.historyProgress(source),
    queryFn: skipToken,
    staleTime: Infinity,
  });

export const dockingUpdatesQuery = (source: SourceId) =>
  queryOptions<DockingUpdates>({
    queryKey: queryKeys.updates(source),
    queryFn: skipToken,
    staleTime: Infinity,
  });

/**
 * Every docking since `since` (ISO date-time), newest first: usually one request, never more than
 * MAX_HISTORY_PAGES, and none past a first page whose count is not believed. Aborting `signal` stops
 * it between pages as well as during one.
 */
export async function fetchDockingUpdates(
  source: SourceId,
  since: string,
  signal: AbortSignal,
): Promise<DockingUpdates> {
  const events: Docking[] = [];
  const invalidIds: number[] = [];
  let invalidCount = 0;
  let offset: number | null = 0;
  for (let pages = 0; offset !== null; pages += 1) {
    if (pages === MAX_HISTORY_PAGES)
      throw new InvalidResponseError(`more than ${MAX_HISTORY_PAGES} pages of changes`);
    signal.throwIfAborted();
    const page: DockingPage = await fetchDockingPage(source, offset, signal, {
      docking__gte: since,
    });
    if (isOversizedHistory(page.count))
      throw new InvalidResponseError(`a count of ${page.count} events`);
    events.push(...page.events);
    invalidCount += page.invalidCount;
    invalidIds.push(...(page.invalidIds ?? []));
    offset = page.nextOffset;
  }
  return { events, invalidCount, invalidIds, fetchedAt: Date.now() };
}

export function mergeUpdates(
  previous: DockingUpdates | undefined,
  next: DockingUpdates,
): DockingUpdates {
  const byId = new Map<number, Docking>();
  for (const event of previous?.events ?? []) byId.set(event.id, event);
  for (const event of next.events) byId.set(event.id, event);
  return {
    events: [...byId.values()],
    invalidCount: next.invalidCount,
    invalidIds: next.invalidIds,
    fetchedAt: next.fetchedAt,
  };
}

/**
 * How many events could not be read, each counted once: an unreadable event with an id that came
 * in more than one batch (a refresh overlaps the newest page; a page can be read again) is one, and
 * one that has been read since (in any batch) is none. Those without an id are counted as sent.
 */
export function unreadableCount(
  batches: readonly Pick<DockingPage, 'invalidCount' | 'invalidIds'>[],
  dockings: readonly Docking[],
): number {
  const ids = new Set<number>();
  let withoutId = 0;
  for (const batch of batches) {
    const known = batch.invalidIds ?? [];
    withoutId += batch.invalidCount - known.length;
    for (const id of known) ids.add(id);
  }
  if (ids.size === 0) return withoutId;
  const read = new Set(dockings.map((docking) => docking.id));
  return withoutId + [...ids].filter((id) => !read.has(id)).length;
}

/**
 * One docking event by id, for a shared link to an event that is not among those loaded; asked for
 * only when `wanted` (what was fetched before shows either way).
 */
export const dockingEventDetailQuery = (source: SourceId, id: number | null, wanted: boolean) =>
  queryOptions({
    queryKey: queryKeys.dockingEvent(source, id),
    queryFn: askedFor(id, wanted, async (eventId): Promise<DockingUpdates> => {
      const [json, read] = await Promise.all([
        fetchFromApi(source, `docking_events/${eventId}/`, NORMAL),
        reader(),
      ]);
      const fetchedAt = Date.now();
      const { events } = read.readDockings([json], fetchedAt);
      if (events.length === 0) throw new InvalidResponseError('not a docking event');
      return { events, invalidCount: 0, fetchedAt };
    }),
    staleTime: Infinity,
    retry: false,
  });
