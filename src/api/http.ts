import { skipToken } from '@tanstack/react-query';
import { fetchLL2Json, ll2Url } from './ll2-client';
import { getSettings } from './settings';
import { DATA_SOURCES, type SourceId } from './sources';

/* The HTTP side of every LL2 resource: the source's base URL, the key, and a waiting query. */

export function apiBaseUrl(source: SourceId): string {
  const baseUrl = DATA_SOURCES[source].baseUrl;
  if (!baseUrl) throw new Error(`${source} is not an API source`);
  return baseUrl;
}

/** GET a path of the source's LL2 API, with the person's key (sent to that API only). */
export function fetchFromApi(
  source: SourceId,
  path: string,
  params: Record<string, string | number>,
  signal?: AbortSignal,
  options: { ignoreRateLimit?: boolean } = {},
): Promise<unknown> {
  const baseUrl = apiBaseUrl(source);
  return fetchLL2Json(ll2Url(baseUrl, path, params), {
    baseUrl,
    apiKey: getSettings().apiKey,
    signal,
    ...options,
  });
}

export const NORMAL = { mode: 'normal' };

/**
 * A query function for one thing by id, or skipToken while there is no id or it is not wanted.
 * It is given no signal to stop with: a request sent counts against LL2's limit, so one whose view
 * goes away (a drawer closed) is read to the end and kept, for the view to show at no cost when it
 * comes back. (React Query stops a query only when its function has read the signal.)
 */
export function askedFor<Id, T>(
  id: Id | null,
  wanted: boolean,
  fetchOne: (id: Id) => Promise<T>,
): typeof skipToken | (() => Promise<T>) {
  return id === null || !wanted ? skipToken : () => fetchOne(id);
}
