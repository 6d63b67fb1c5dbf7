/*
 * How the history is read from `/docking_events/`, page by page: shared by the app and by the
 * build-time snapshot, so both follow the same pages (`readPageEnvelope` in `schemas.ts` refuses
 * the same answers for both). Nothing here needs the schemas, so the first view loads without them.
 */

/** Where a build keeps its snapshot, relative to the app's base URL. */
export const SNAPSHOT_PATH = 'snapshot/docking-events.json';

export const PAGE_SIZE = 100;
/**
 * The largest history the dashboard reads: LL2 had 555 docking events in 2025. A count above it is
 * not believed; the first page is shown and no further page is asked for.
 */
export const MAX_HISTORY_EVENTS = 100_000;
/** So at most this many pages are ever followed (for the history, or for one refresh). */
export const MAX_HISTORY_PAGES = Math.ceil(MAX_HISTORY_EVENTS / PAGE_SIZE);

/** The query of one page of the history, newest docking first. */
export function historyPageParams(offset: number): Record<string, string | number> {
  return { ordering: '-docking', limit: PAGE_SIZE, offset };
}

/**
 * The offset of the next page, or null when there is none to follow: `next` is absent, points at
 * another origin, does not move forward (a loop), or lies past `count`.
 */
export function nextPageOffset(
  nextUrl: string | null | undefined,
  apiBaseUrl: string,
  offset: number,
  count: number,
): number | null {
  if (!nextUrl) return null;
  let next: URL;
  try {
    next = new URL(nextUrl);
  } catch {
    return null;
  }
  if (next.origin !== new URL(apiBaseUrl).origin) return null;
  const nextOffset = Number(next.searchParams.get('offset') ?? Number.NaN);
  if (!Number.isInteger(nextOffset) || nextOffset <= offset || nextOffset >= count) return null;
  return nextOffset;
}

/** True when the API's count is more than the dashboard reads: only the first page is kept. */
export function isOversizedHistory(count: number): boolean {
  return count > MAX_HISTORY_EVENTS;
}
