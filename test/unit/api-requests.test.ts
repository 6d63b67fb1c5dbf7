// @vitest-environment jsdom
import { QueryObserver, skipToken } from '@tanstack/react-query';
import { renderHook, act } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import {
  dockingEventDetailQuery,
  dockingHistoryQuery,
  fetchDockingPage,
} from '../../src/api/docking-events-queries';
import { fetchFromApi } from '../../src/api/http';
import { launchQuery } from '../../src/api/launch-queries';
import { apiThrottleQuery } from '../../src/api/throttle-queries';
import { nextPageOffset } from '../../src/api/paging';
import { createQueryClient } from '../../src/api/query-client';
import { stationPortsQuery } from '../../src/api/station-queries';
import {
  HttpStatusError,
  InvalidResponseError,
  NetworkError,
  RateLimitedError,
  isLL2Error,
} from '../../src/api/errors';
import { fetchLL2Json, ll2Url } from '../../src/api/ll2-client';
import { rateLimitedUntil, recordRateLimit, retryAfterSeconds } from '../../src/api/rate-limit';
import { getSettings, resetSettingsCache, saveSettings, useSettings } from '../../src/api/settings';
import { devDockingPage, issStation } from '../support/fixtures';
import { launchJson } from '../support/launch-fixture';
import { server } from '../support/msw-server';

const API = 'https://ll.thespacedevs.com/2.3.0';
const ORIGIN = 'https://ll.thespacedevs.com';
const signal = () => new AbortController().signal;
const run = <T>(options: { queryFn?: unknown; queryKey: readonly unknown[] }) =>
  createQueryClient({ retry: false }).fetchQuery(options as never) as Promise<T>;

describe('LL2 errors', () => {
  it('say what went wrong in words a person can act on', () => {
    expect(new NetworkError(false).message).toBe('Launch Library 2 could not be reached');
    expect(new NetworkError(true).message).toBe('Launch Library 2 did not answer in time');
    expect(new HttpStatusError(503).message).toBe('Launch Library 2 answered with HTTP 503');
    expect(new InvalidResponseError('not JSON').message).toBe(
      'Launch Library 2 sent a response that could not be read (not JSON)',
    );
    expect(new RateLimitedError(5).availableAt).toBe(5);
    expect(
      [
        new NetworkError(true),
        new HttpStatusError(1),
        new InvalidResponseError(''),
        new RateLimitedError(1),
      ].map((error) => error.kind),
    ).toEqual(['network', 'http-status', 'invalid-response', 'rate-limited']);
  });

  it('are told apart from any other error', () => {
    expect(isLL2Error(new NetworkError(false))).toBe(true);
    expect(isLL2Error(new HttpStatusError(500))).toBe(true);
    expect(isLL2Error(new InvalidResponseError('x'))).toBe(true);
    expect(isLL2Error(new RateLimitedError(0))).toBe(true);
    expect(isLL2Error(new Error('x'))).toBe(false);
    expect(isLL2Error(null)).toBe(false);
  });
});

describe('the rate limit remembered in this browser', () => {
  it('holds until the time LL2 gave, per origin, and not after', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    recordRateLimit(ORIGIN, now + 60_000);
    expect(rateLimitedUntil(ORIGIN, now)).toBe(now + 60_000);
    expect(rateLimitedUntil(ORIGIN, now + 59_999)).toBe(now + 60_000);
    expect(rateLimitedUntil(ORIGIN, now + 60_000)).toBeNull();
    expect(rateLimitedUntil('https://lldev.thespacedevs.com', now)).toBeNull();
  });

  it('reads a missing or unreadable memory as no limit', () => {
    expect(rateLimitedUntil(ORIGIN)).toBeNull();
    localStorage.setItem(`station-dockings:rate-limited-until:${ORIGIN}`, 'soon');
    expect(rateLimitedUntil(ORIGIN)).toBeNull();
  });

  it('reads every form of Retry-After, rounding up, and never a negative wait', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds('0', null, now)).toBe(0);
    expect(retryAfterSeconds('1.2', null, now)).toBe(2);
    expect(retryAfterSeconds('-5', null, now)).toBeNull();
    expect(retryAfterSeconds('Wed, 31 Dec 2025 23:00:00 GMT', null, now)).toBe(0);
    expect(retryAfterSeconds('Thu, 01 Jan 2026 00:00:01 GMT', null, now)).toBe(1);
    expect(retryAfterSeconds('later', 'Expected available in 1 second.', now)).toBe(1);
    expect(retryAfterSeconds(null, 'expected AVAILABLE in 12.5 seconds', now)).toBe(13);
    expect(retryAfterSeconds(null, 42, now)).toBeNull();
    expect(retryAfterSeconds('', null, now)).toBeNull();
  });
});

describe('settings kept in this browser', () => {
  it('fall back to the live API and no key when nothing or nonsense is stored', () => {
    expect(getSettings()).toEqual({ source: 'live', apiKey: '' });
    for (const stored of ['{not json', '"live"', JSON.stringify({ source: 'moon', apiKey: 5 })]) {
      localStorage.setItem('station-dockings:settings', stored);
      resetSettingsCache();
      expect(getSettings(), stored).toEqual({ source: 'live', apiKey: '' });
    }
  });

  it('tell every reader when they change', () => {
    const { result } = renderHook(() => useSettings());
    expect(result.current.source).toBe('live');
    act(() => saveSettings({ source: 'sample', apiKey: '' }));
    expect(result.current.source).toBe('sample');
    expect(JSON.parse(localStorage.getItem('station-dockings:settings')!)).toEqual({
      source: 'sample',
      apiKey: '',
    });
  });
});

describe('requests', () => {
  it('build the API address from a path with or without a leading slash, JSON forced', () => {
    expect(ll2Url(API, '/docking_events/', { limit: 100, ordering: '-docking' })).toBe(
      `${API}/docking_events/?limit=100&ordering=-docking&format=json`,
    );
    expect(ll2Url(API, 'launches/x/')).toBe(`${API}/launches/x/?format=json`);
    expect(ll2Url(API, '///launches/x/')).toBe(`${API}/launches/x/?format=json`);
  });

  it('ask for JSON, and say exactly what could not be read', async () => {
    const accepted: (string | null)[] = [];
    server.use(
      http.get(`${API}/page/`, ({ request }) => {
        accepted.push(request.headers.get('Accept'));
        return HttpResponse.html('<html>browsable API</html>');
      }),
    );
    const error = await fetchLL2Json(`${API}/page/`, { baseUrl: API }).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      'Launch Library 2 sent a response that could not be read (not JSON)',
    );
    expect(accepted).toEqual(['application/json']);
  });

  it('tell a key LL2 refuses from any other refusal', async () => {
    server.use(
      http.get(`${API}/denied/`, () =>
        HttpResponse.json({ detail: 'Invalid token.' }, { status: 401 }),
      ),
      http.get(`${API}/forbidden/`, () => new HttpResponse(null, { status: 403 })),
      http.get(`${API}/missing/`, () => new HttpResponse(null, { status: 404 })),
    );
    const failure = (path: string, apiKey?: string): Promise<HttpStatusError> =>
      fetchLL2Json(`${API}/${path}/`, { baseUrl: API, apiKey }).then(
        () => Promise.reject(new Error('expected a failure')),
        (error: unknown) => error as HttpStatusError,
      );
    expect((await failure('denied', 'revoked')).keyRejected).toBe(true);
    expect((await failure('forbidden', 'revoked')).keyRejected).toBe(true);
    expect((await failure('denied')).keyRejected).toBe(false);
    const missing = await failure('missing', 'good');
    expect([missing.status, missing.keyRejected]).toEqual([404, false]);
  });

  it('never ask the bundled sample as an API', () => {
    expect(() => fetchFromApi('sample', 'docking_events/', {}, signal())).toThrow(
      'sample is not an API source',
    );
  });

  it('send nothing while rate limited, except the throttle status, which does not count', async () => {
    recordRateLimit(ORIGIN, Date.now() + 60_000);
    const asked: string[] = [];
    server.use(
      http.get(`${API}/api-throttle/`, ({ request }) => {
        asked.push(new URL(request.url).pathname);
        return HttpResponse.json([
          {
            your_request_limit: 15,
            limit_frequency_secs: 3600,
            current_use: 15,
            next_use_secs: 60,
            ident: 'x',
          },
        ]);
      }),
    );
    await expect(fetchDockingPage('live', 0, signal())).rejects.toBeInstanceOf(RateLimitedError);
    expect(await run(apiThrottleQuery('live'))).toEqual({
      your_request_limit: 15,
      limit_frequency_secs: 3600,
      current_use: 15,
      next_use_secs: 60,
    });
    expect(asked).toEqual(['/2.3.0/api-throttle/']);
  });

  it('wait 15 minutes after a 429 that says nothing of how long', async () => {
    server.use(http.get(`${API}/x/`, () => new HttpResponse('no', { status: 429 })));
    const before = Date.now();
    const error = (await fetchLL2Json(`${API}/x/`, { baseUrl: API }).catch(
      (e: unknown) => e,
    )) as RateLimitedError;
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(Math.round((error.availableAt - before) / 60_000)).toBe(15);
    expect(rateLimitedUntil(ORIGIN)).toBe(error.availableAt);
  });

  it('take the wait from Retry-After first', async () => {
    server.use(
      http.get(`${API}/x/`, () =>
        HttpResponse.json(
          { detail: 'Request was throttled. Expected available in 9999 seconds.' },
          { status: 429, headers: { 'Retry-After': '120' } },
        ),
      ),
    );
    const before = Date.now();
    const error = (await fetchLL2Json(`${API}/x/`, { baseUrl: API }).catch(
      (e: unknown) => e,
    )) as RateLimitedError;
    expect(Math.round((error.availableAt - before) / 1000)).toBe(120);
  });

  it('say a request that took too long timed out, and pass a cancellation on as it is', async () => {
    server.use(http.get(`${API}/slow/`, () => new Promise<Response>(() => undefined)));
    const error = await fetchLL2Json(`${API}/slow/`, { baseUrl: API, timeoutMs: 50 }).catch(
      (e: unknown) => e,
    );
    expect(error).toEqual(new NetworkError(true));
    expect((error as NetworkError).timedOut).toBe(true);
    const controller = new AbortController();
    const cancelled = fetchLL2Json(`${API}/slow/`, { baseUrl: API, signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('read an answer at background priority, once the page has done its own work', async () => {
    const held: { run: () => void; priority?: string }[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (task: () => void, options?: { priority?: string }) =>
        new Promise<void>((resolve) =>
          held.push({ run: () => resolve(task()), priority: options?.priority }),
        ),
    });
    try {
      server.use(http.get(`${API}/x/`, () => HttpResponse.json({ count: 3 })));
      let answer: unknown;
      const reading = fetchLL2Json(`${API}/x/`, { baseUrl: API }).then((json) => {
        answer = json;
      });
      await vi.waitFor(() => expect(held).toHaveLength(1));
      expect(held[0]!.priority).toBe('background');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(answer).toBeUndefined();
      held[0]!.run();
      await reading;
      expect(answer).toEqual({ count: 3 });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('read the throttle status as an object or a one-item list, and refuse anything else', async () => {
    const status = {
      your_request_limit: 15,
      limit_frequency_secs: 3600,
      current_use: 2,
      next_use_secs: -4,
    };
    server.use(http.get(`${API}/api-throttle/`, () => HttpResponse.json(status)));
    expect(await run(apiThrottleQuery('live'))).toEqual(status);
    server.use(http.get(`${API}/api-throttle/`, () => HttpResponse.json({ limit: 'x' })));
    await expect(run(apiThrottleQuery('live'))).rejects.toThrow('(not a throttle status)');
  });

  it('ask for one event by id in normal mode, and refuse what is not one', async () => {
    const asked: string[] = [];
    const event = devDockingPage().results[0]!;
    server.use(
      http.get(`${API}/docking_events/:id/`, ({ request, params }) => {
        asked.push(`${String(params.id)} ${new URL(request.url).searchParams.get('mode')}`);
        return HttpResponse.json(params.id === '622' ? event : { id: 'x' });
      }),
    );
    const found = await run<{ events: { id: number }[]; invalidCount: number }>(
      dockingEventDetailQuery('live', 622, true),
    );
    expect(found.events.map((e) => e.id)).toEqual([622]);
    expect(found.invalidCount).toBe(0);
    await expect(run(dockingEventDetailQuery('live', 5, true))).rejects.toThrow(
      '(not a docking event)',
    );
    expect(asked).toEqual(['622 normal', '5 normal']);
  });

  it('wait, asking nothing, until they are wanted', () => {
    expect(launchQuery('live', 'good id', false).queryFn).toBe(skipToken);
    expect(launchQuery('live', null, true).queryFn).toBe(skipToken);
    expect(dockingEventDetailQuery('live', 622, false).queryFn).toBe(skipToken);
    expect(dockingEventDetailQuery('live', null, true).queryFn).toBe(skipToken);
    expect(stationPortsQuery('live', null).queryFn).toBe(skipToken);
    expect(stationPortsQuery('live', 4).queryFn).not.toBe(skipToken);
    expect(apiThrottleQuery('sample').queryFn).toBe(skipToken);
    expect(apiThrottleQuery('live').queryFn).not.toBe(skipToken);
    expect(dockingHistoryQuery('sample', false).queryFn).toBe(skipToken);
    expect(dockingHistoryQuery('sample').queryFn).not.toBe(skipToken);
  });

  it('ask for a launch by its id, escaped, and refuse what is not one', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${API}/launches/:id/`, ({ request }) => {
        asked.push(new URL(request.url).pathname);
        return HttpResponse.json(
          request.url.includes('good')
            ? launchJson('good id', 'A launch', '2025-04-21T08:15:00Z')
            : { id: 1 },
        );
      }),
    );
    expect(await run<{ name: string }>(launchQuery('live', 'good id', true))).toMatchObject({
      id: 'good id',
      name: 'A launch',
    });
    await expect(run(launchQuery('live', 'bad/../id', true))).rejects.toThrow('(not a launch)');
    expect(asked).toEqual(['/2.3.0/launches/good%20id/', '/2.3.0/launches/bad%2F..%2Fid/']);
  });
});

describe('a request already sent', () => {
  // Each counts against LL2's 15 an hour once sent: stopping it when its view goes away (a drawer
  // closed, a station filter undone) would spend one more when the view comes back.
  it.each([
    [
      "a station's ports",
      () => stationPortsQuery('live', 4),
      `${API}/space_stations/:id/`,
      () => issStation(),
    ],
    [
      'an event',
      () => dockingEventDetailQuery('live', 622, true),
      `${API}/docking_events/:id/`,
      () => devDockingPage().results[0]!,
    ],
    [
      'a launch',
      () => launchQuery('live', 'good id', true),
      `${API}/launches/:id/`,
      () => launchJson('good id', 'A launch', '2025-04-21T08:15:00Z'),
    ],
  ])(
    'for %s is read to the end when its view goes away: shown again, it asks nothing',
    async (_, query, path, body) => {
      let asked = 0;
      let answer = () => {};
      const answered = new Promise<void>((resolve) => (answer = resolve));
      server.use(
        http.get(path, async () => {
          asked += 1;
          await answered;
          return HttpResponse.json(body());
        }),
      );
      const client = createQueryClient();
      // The three queries' types differ; what is asked of them here does not.
      const options = () => query() as unknown as ConstructorParameters<typeof QueryObserver>[1];
      const stopShowing = new QueryObserver(client, options()).subscribe(() => {});
      await vi.waitFor(() => expect(asked).toBe(1));
      stopShowing();
      answer();
      await vi.waitFor(() => expect(client.getQueryData(options().queryKey)).toBeDefined());

      const again = new QueryObserver(client, options());
      const stop = again.subscribe(() => {});
      expect(again.getCurrentResult().status).toBe('success');
      stop();
      expect(asked).toBe(1);
    },
  );
});

describe('the bundled sample', () => {
  it('is read as one page, as of when it was captured', async () => {
    server.use(http.get('*/sample/docking-events.json', () => HttpResponse.json(devDockingPage())));
    const page = await fetchDockingPage('sample', 0, signal());
    expect(page).toMatchObject({ offset: 0, count: 5, nextOffset: null, invalidCount: 0 });
    expect(new Date(page.fetchedAt).toISOString()).toBe('2026-04-05T04:17:00.000Z');
  });

  it('says so when it is missing', async () => {
    server.use(
      http.get('*/sample/docking-events.json', () => new HttpResponse(null, { status: 404 })),
    );
    await expect(fetchDockingPage('sample', 0, signal())).rejects.toThrow(
      '(the bundled sample is missing)',
    );
  });
});

describe('nextPageOffset at its edges', () => {
  const EVENTS = `${API}/docking_events/`;
  it('stops at the last page and at a link that does not move', () => {
    expect(nextPageOffset(`${EVENTS}?offset=554`, API, 500, 555)).toBe(554);
    expect(nextPageOffset(`${EVENTS}?offset=555`, API, 500, 555)).toBeNull();
    expect(nextPageOffset(`${EVENTS}?offset=500`, API, 500, 555)).toBeNull();
    expect(nextPageOffset(`${EVENTS}?offset=150.5`, API, 100, 555)).toBeNull();
    expect(nextPageOffset(`${EVENTS}?limit=100`, API, 0, 555)).toBeNull();
    expect(nextPageOffset('', API, 0, 555)).toBeNull();
  });
});
