import type { PersistedClient } from '@tanstack/react-query-persist-client';

/*
 * A history is saved a page at a time: each page of a query's data under a key of its own, and the
 * cache under its key with each page replaced by where it is saved. A page never changes once read,
 * so a write copies only the pages storage does not hold yet, and it can be made in small steps.
 */

/** A page as the history holds it: its place in the API's list and when it was read. */
interface Page {
  offset: number;
  fetchedAt: number;
}

/** Where a page is saved, in its place in the saved cache. */
interface SavedPageRef {
  savedAs: string;
}

type Query = PersistedClient['clientState']['queries'][number];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

const isPage = (value: unknown): value is Page =>
  isObject(value) && typeof value.offset === 'number' && typeof value.fetchedAt === 'number';

const isRef = (value: unknown): value is SavedPageRef =>
  isObject(value) && typeof value.savedAs === 'string';

/** The pages of a query's data, when it is a history of pages. */
function pagesOf(query: Query): readonly unknown[] | null {
  const data: unknown = query.state.data;
  return isObject(data) && Array.isArray(data.pages) ? data.pages : null;
}

const withPages = (query: Query, pages: unknown[]): Query => ({
  ...query,
  state: { ...query.state, data: { ...(query.state.data as object), pages } },
});

/** What the keys of the pages saved beside the cache saved under `at` begin with. */
const pagesPrefix = (at: string) => `${at}:page:`;

/** The key a page of `query` is saved under, next to the cache saved under `at`. */
const pageKey = (at: string, query: Query, page: Page) =>
  `${pagesPrefix(at)}${query.queryHash}:${page.offset}@${page.fetchedAt}`;

/** Whether a key is one of a page saved beside the cache saved under `at`. */
export const isPageKeyOf = (at: string, key: string) => key.startsWith(pagesPrefix(at));

/**
 * The cache to save under `at` with each history page replaced by the key it is saved under, and
 * those pages by key.
 */
export function pagesOut(
  client: PersistedClient,
  at: string,
): { saved: PersistedClient; pages: Map<string, unknown> } {
  const pages = new Map<string, unknown>();
  const queries = client.clientState.queries.map((query) => {
    const list = pagesOf(query);
    if (!list || !list.every(isPage)) return query;
    return withPages(
      query,
      list.map((page) => {
        const savedAs = pageKey(at, query, page);
        pages.set(savedAs, page);
        return { savedAs } satisfies SavedPageRef;
      }),
    );
  });
  return { saved: { ...client, clientState: { ...client.clientState, queries } }, pages };
}

/** The keys of the pages a saved cache refers to. */
export function savedPageKeys(saved: PersistedClient): string[] {
  return saved.clientState.queries.flatMap(
    (query) =>
      pagesOf(query)
        ?.filter(isRef)
        .map((ref) => ref.savedAs) ?? [],
  );
}

/**
 * A saved cache with its pages put back in their places (a cache saved whole is as it was);
 * undefined when a page it refers to is missing.
 */
export function pagesIn(
  saved: PersistedClient,
  pages: ReadonlyMap<string, unknown>,
): PersistedClient | undefined {
  let complete = true;
  const queries = saved.clientState.queries.map((query) => {
    const list = pagesOf(query);
    if (!list?.some(isRef)) return query;
    return withPages(
      query,
      list.map((item) => {
        if (!isRef(item)) return item;
        const page = pages.get(item.savedAs);
        if (!isPage(page)) complete = false;
        return page;
      }),
    );
  });
  return complete ? { ...saved, clientState: { ...saved.clientState, queries } } : undefined;
}
