import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { resetCacheNotice } from '../src/api/query-persister';
import { resetSettingsCache } from '../src/api/settings';
import { server } from './support/msw-server';

/*
 * A request no handler planned for fails the test that made it. MSW's 'error' strategy only logs
 * (and errors the request, which the app may well survive), so the requests are collected and the
 * test is failed after it ends.
 */
const unplannedRequests: string[] = [];
beforeAll(() =>
  server.listen({
    onUnhandledRequest: (request, print) => {
      unplannedRequests.push(`${request.method} ${request.url}`);
      print.error(); // …and the request itself fails rather than reach the network.
    },
  }),
);

beforeEach(async () => {
  // Unit tests of pure code run without a DOM, and so without localStorage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
  await clear();
  resetSettingsCache();
  resetCacheNotice();
  unplannedRequests.length = 0;
});
afterEach(() => {
  server.resetHandlers();
  const unplanned = unplannedRequests.splice(0);
  if (unplanned.length > 0)
    throw new Error(`Requests no test handler planned for:\n${unplanned.join('\n')}`);
});
afterAll(() => server.close());
