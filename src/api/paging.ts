import { InvalidResponseError } from './errors';
import { pageEnvelopeSchema } from './schemas';

/*
 * How the history is read from `/docking_events/`, page by page: shared by the app and by the
 * build-time snapshot, so both follow the same pages and refuse the same answers.
 */

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

/** The paging envelope of a page of docking events, refused when it is not one or is too long. */
export function readPageEnvelope(json: unknown) {
  const envelope = pageEnvelopeSchema.safeParse(json);
  if (!envelope.success) throw new InvalidResponseError('not a page of docking events');
  if (envelope.data.results.length > PAGE_SIZE)
    throw new InvalidResponseError(`a page of more than the ${PAGE_SIZE} events asked for`);
  return envelope.data;
}

/** True when the API's count is more than the dashboard reads: only the first page is kept. */
export function isOversizedHistory(count: number): boolean {
  return count > MAX_HISTORY_EVENTS;
}
