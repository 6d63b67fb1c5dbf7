// @vitest-environment jsdom
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { fetchDockingPage } from '../../src/api/docking-events-queries';
import { nextPageOffset } from '../../src/api/paging';
import {
  HttpStatusError,
  InvalidResponseError,
  NetworkError,
  RateLimitedError,
} from '../../src/api/errors';
import { fetchLL2Json } from '../../src/api/ll2-client';
import { retryAfterSeconds } from '../../src/api/rate-limit';
import { saveSettings } from '../../src/api/settings';
import { devDockingPage } from '../support/fixtures';
import { server } from '../support/msw-server';

const API = 'https://ll.thespacedevs.com/2.3.0';
const EVENTS = `${API}/docking_events/`;
const signal = new AbortController().signal;

describe('fetchDockingPage', () => {
  it('asks for JSON, newest first, 100 at a time, and reads the page', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(EVENTS, ({ request }) => {
        seen.push(new URL(request.url));
        return HttpResponse.json({
          ...devDockingPage(),
          count: 555,
          next: `${EVENTS}?limit=100&offset=100`,
        });
      }),
    );
    const page = await fetchDockingPage('live', 0, signal);
    expect(Object.fromEntries(seen[0]!.searchParams)).toEqual({
      format: 'json',
      ordering: '-docking',
      limit: '100',
      offset: '0',
    });
    expect(page.events).toHaveLength(5);
    expect(page).toMatchObject({ count: 555, nextOffset: 100, invalidCount: 0 });
  });

  it('sends the key as a header to the API origin only, never in the URL', async () => {
    saveSettings({ source: 'live', apiKey: 'secret-key' });
    const seen: Request[] = [];
    server.use(
      http.get(EVENTS, ({ request }) => {
        seen.push(request);
        return HttpResponse.json(devDockingPage());
      }),
      http.get('https://elsewhere.example/', ({ request }) => {
        seen.push(request);
        return HttpResponse.json({});
      }),
    );
    await fetchDockingPage('live', 0, signal);
    await fetchLL2Json('https://elsewhere.example/', { baseUrl: API, apiKey: 'secret-key' });
    expect(seen[0]!.headers.get('Authorization')).toBe('Token secret-key');
    expect(seen[0]!.url).not.toContain('secret-key');
    expect(seen[1]!.headers.get('Authorization')).toBeNull();
  });

  it('counts events it cannot read', async () => {
    const page = devDockingPage();
    page.results.push({ id: 'broken' }, { ...page.results[0], docking: 'not a date' });
    server.use(http.get(EVENTS, () => HttpResponse.json(page)));
    const result = await fetchDockingPage('live', 0, signal);
    expect(result.events).toHaveLength(5);
    expect(result.invalidCount).toBe(2);
  });
});

describe('fetchLL2Json errors', () => {
  it('turns a 429 into the wait, and sends nothing more until then', async () => {
    let requests = 0;
    server.use(
      http.get(EVENTS, () => {
        requests += 1;
        return HttpResponse.json(
          { detail: 'Request was throttled. Expected available in 2460 seconds.' },
          { status: 429 },
        );
      }),
    );
    const before = Date.now();
    const error = await fetchLL2Json(EVENTS, { baseUrl: API }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    const wait = ((error as RateLimitedError).availableAt - before) / 1000;
    expect(wait).toBeGreaterThanOrEqual(2459);
    expect(wait).toBeLessThan(2470);
    await expect(fetchLL2Json(EVENTS, { baseUrl: API })).rejects.toBeInstanceOf(RateLimitedError);
    expect(requests).toBe(1);
  });

  it('reads HTTP errors, non-JSON answers and unreachable hosts', async () => {
    server.use(http.get(`${API}/a/`, () => new HttpResponse('oops', { status: 503 })));
    server.use(http.get(`${API}/b/`, () => HttpResponse.html('<html>browsable API</html>')));
    server.use(http.get(`${API}/c/`, () => HttpResponse.error()));
    await expect(fetchLL2Json(`${API}/a/`, { baseUrl: API })).rejects.toBeInstanceOf(
      HttpStatusError,
    );
    await expect(fetchLL2Json(`${API}/b/`, { baseUrl: API })).rejects.toBeInstanceOf(
      InvalidResponseError,
    );
    await expect(fetchLL2Json(`${API}/c/`, { baseUrl: API })).rejects.toBeInstanceOf(NetworkError);
  });
});

describe('retryAfterSeconds', () => {
  it('reads Retry-After seconds, an HTTP date, or the DRF detail text', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds('120', null, now)).toBe(120);
    expect(retryAfterSeconds('Thu, 01 Jan 2026 00:10:00 GMT', null, now)).toBe(600);
    expect(
      retryAfterSeconds(null, 'Request was throttled. Expected available in 41 seconds.', now),
    ).toBe(41);
    expect(retryAfterSeconds(null, 'Request was throttled.', now)).toBeNull();
  });
});

describe('nextPageOffset', () => {
  it('follows next only forward, on the same origin, within count', () => {
    expect(nextPageOffset(`${EVENTS}?offset=100&limit=100`, API, 0, 555)).toBe(100);
    expect(nextPageOffset(null, API, 0, 555)).toBeNull();
    expect(
      nextPageOffset('https://evil.example/2.3.0/docking_events/?offset=100', API, 0, 555),
    ).toBeNull();
    expect(nextPageOffset(`${EVENTS}?offset=0&limit=100`, API, 0, 555)).toBeNull();
    expect(nextPageOffset(`${EVENTS}?offset=600&limit=100`, API, 500, 555)).toBeNull();
    expect(nextPageOffset('not a url', API, 0, 555)).toBeNull();
  });
});
