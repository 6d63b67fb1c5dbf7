import { MAX_HISTORY_PAGES, PAGE_SIZE, isOversizedHistory } from './paging';

/*
 * The whole history, read in parallel: the first page gives the count, the rest are asked for at
 * once, a few at a time, by offset. Offset paging drifts when the history changes while it is read,
 * so the pages are checked against each other at the end and a drift is mended with one request
 * per place it shows.
 */

/** What the loader needs of a page; the app's pages carry their events' content too. */
export interface HistoryPage {
  offset: number;
  /** The API's total when this page was read. */
  count: number;
  /** Where the API says the next page starts; on the first page, null means there is no more. */
  nextOffset: number | null;
  fetchedAt: number;
  events: readonly { id: number }[];
}

/** How many pages are asked for at once. */
export const PAGES_IN_FLIGHT = 4;

/** Pages in offset order; of two read at one offset, the later. */
export function byOffset<P extends HistoryPage>(pages: readonly P[]): P[] {
  const latest = new Map<number, P>();
  for (const page of pages) {
    const known = latest.get(page.offset);
    if (!known || known.fetchedAt <= page.fetchedAt) latest.set(page.offset, page);
  }
  return [...latest.values()].sort((a, b) => a.offset - b.offset);
}

/** The pages on the PAGE_SIZE grid, as the plain reading of the history asks for them. */
const onGrid = <P extends HistoryPage>(pages: readonly P[]) =>
  byOffset(pages).filter((page) => page.offset % PAGE_SIZE === 0);

/**
 * The offsets of the grid still to read: everything below the largest count any page reported
 * (a history that grew while loading needs its new last page), none when the first page says it is
 * the only one or its count is not believed, and never past MAX_HISTORY_PAGES.
 */
export function missingOffsets(pages: readonly HistoryPage[]): number[] {
  const grid = onGrid(pages);
  const first = grid[0];
  if (!first || first.offset !== 0) return [0];
  if (first.nextOffset === null || isOversizedHistory(first.count)) return [];
  const total = Math.max(...grid.map((page) => page.count));
  const read = new Set(grid.map((page) => page.offset));
  const missing: number[] = [];
  const pageCount = Math.min(Math.ceil(total / PAGE_SIZE), MAX_HISTORY_PAGES);
  for (let index = 1; index < pageCount; index += 1) {
    const offset = index * PAGE_SIZE;
    if (!read.has(offset)) missing.push(offset);
  }
  return missing;
}

/**
 * The offsets to read again where the history shifted while it was read:
 * - the first page, when a later page counts more events (newer dockings came in on top);
 * - one page straddling each edge between neighbouring pages that disagree: their counts differ
 *   or they share events, unless they share exactly as many as the count grew by (events came in
 *   above and pushed the later page back: nothing is missing there).
 * A straddling page already read mends its edge, so it is not asked for twice.
 */
export function shiftRepairs(pages: readonly HistoryPage[]): number[] {
  const all = byOffset(pages);
  const read = new Set(all.map((page) => page.offset));
  const grid = all.filter((page) => page.offset % PAGE_SIZE === 0);
  const repairs = new Set<number>();
  const first = grid[0];
  if (first?.offset === 0 && grid.some((page) => page.count > first.count)) repairs.add(0);
  for (let index = 1; index < grid.length; index += 1) {
    const before = grid[index - 1]!;
    const after = grid[index]!;
    if (after.offset !== before.offset + PAGE_SIZE) continue;
    const earlierIds = new Set(before.events.map((event) => event.id));
    const shared = after.events.filter((event) => earlierIds.has(event.id)).length;
    const grewBy = after.count - before.count;
    if (shared === 0 && grewBy === 0) continue;
    if (shared > 0 && shared === grewBy) continue;
    const reach = Math.min(Math.max(Math.abs(grewBy), shared, 1), PAGE_SIZE / 2);
    const straddling = after.offset - reach;
    if (!read.has(straddling)) repairs.add(straddling);
  }
  return [...repairs];
}

/**
 * Runs `task` for each item, at most `limit` at a time. On the first failure no new item starts;
 * the ones under way finish (what they bring is kept), then that failure is thrown.
 */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | null = null;
  const worker = async () => {
    while (next < items.length && !failure) {
      signal?.throwIfAborted();
      const item = items[next]!;
      next += 1;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw (failure as { error: unknown }).error;
}

export interface LoadHistoryOptions<P extends HistoryPage> {
  /** Pages read before (a load that stopped): only what they lack is asked for. */
  have: readonly P[];
  fetchPage: (offset: number) => Promise<P>;
  /** Called with every page read so far, in offset order, each time one arrives. */
  onPage?: (pages: P[]) => void;
  signal?: AbortSignal;
  inFlight?: number;
}

/**
 * Reads what the history lacks: the first page, then the rest of the grid in parallel (again, if a
 * page shows the history grew past it), then the repairs of any shift. Throws the first failure,
 * keeping (through `onPage`) every page read before it.
 */
export async function loadHistory<P extends HistoryPage>({
  have,
  fetchPage,
  onPage,
  signal,
  inFlight = PAGES_IN_FLIGHT,
}: LoadHistoryOptions<P>): Promise<P[]> {
  let pages = byOffset(have);
  const read = async (offset: number) => {
    const page = await fetchPage(offset);
    pages = byOffset([...pages, page]);
    onPage?.(pages);
  };
  for (let missing = missingOffsets(pages); missing.length; missing = missingOffsets(pages)) {
    if (missing[0] === 0) await read(0);
    else await inParallel(missing, inFlight, read, signal);
  }
  await inParallel(shiftRepairs(pages), inFlight, read, signal);
  return pages;
}
