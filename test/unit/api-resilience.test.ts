// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  HttpStatusError,
  InvalidResponseError,
  NetworkError,
  RateLimitedError,
  shouldRetry,
} from '../../src/api/errors';
import { checkApiKey, getSettings, resetSettingsCache, saveSettings } from '../../src/api/settings';
import { createQueryClient } from '../../src/api/query-client';

describe('which failures are retried', () => {
  it('retries an unreachable or timed-out API once', () => {
    expect(shouldRetry(0, new NetworkError(false))).toBe(true);
    expect(shouldRetry(0, new NetworkError(true))).toBe(true);
    expect(shouldRetry(1, new NetworkError(false))).toBe(false);
  });

  it('retries a server error twice', () => {
    for (const status of [500, 502, 503]) {
      expect(shouldRetry(0, new HttpStatusError(status))).toBe(true);
      expect(shouldRetry(1, new HttpStatusError(status))).toBe(true);
      expect(shouldRetry(2, new HttpStatusError(status))).toBe(false);
    }
  });

  it('never retries what a retry cannot fix: a rejected key, a missing page, a limit, a bad answer', () => {
    for (const status of [400, 401, 403, 404, 499]) {
      expect(shouldRetry(0, new HttpStatusError(status))).toBe(false);
    }
    expect(shouldRetry(0, new RateLimitedError(Date.now() + 1000))).toBe(false);
    expect(shouldRetry(0, new InvalidResponseError('not JSON'))).toBe(false);
    expect(shouldRetry(0, new Error('anything else'))).toBe(false);
  });
});

describe('the query client the app runs with', () => {
  const defaults = createQueryClient().getDefaultOptions().queries!;

  it('retries by the rule above, waiting 1 s, 2 s, 4 s, then at most 8 s', () => {
    expect(defaults.retry).toBe(shouldRetry);
    const delay = defaults.retryDelay as (attempt: number) => number;
    expect([0, 1, 2, 3, 4, 10].map((attempt) => delay(attempt))).toEqual([
      1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it('keeps data a week and never refetches on focus or reconnect (each request counts)', () => {
    expect(defaults.gcTime).toBe(7 * 24 * 60 * 60 * 1000);
    expect(defaults.refetchOnWindowFocus).toBe(false);
    expect(defaults.refetchOnReconnect).toBe(false);
  });
});

describe('the API key', () => {
  it('is kept as typed when every character can be sent', () => {
    expect(checkApiKey('0123456789abcdef0123456789abcdef01234567')).toEqual({
      ok: true,
      key: '0123456789abcdef0123456789abcdef01234567',
      removed: 0,
    });
    expect(checkApiKey('')).toEqual({ ok: true, key: '', removed: 0 });
  });

  it('loses white space at its ends without a word', () => {
    expect(checkApiKey('  abc123\n')).toEqual({ ok: true, key: 'abc123', removed: 0 });
  });

  it('loses invisible characters inside it, counted so the person can be told', () => {
    expect(checkApiKey('abc\u200B123')).toEqual({ ok: true, key: 'abc123', removed: 1 });
    expect(checkApiKey('\uFEFFab\u200Dc 1\u00AD23')).toEqual({
      ok: true,
      key: 'abc123',
      removed: 3,
    });
  });

  it('is refused with a message naming a character a header cannot carry', () => {
    expect(checkApiKey('clé-123')).toEqual({
      ok: false,
      message: 'An API key holds only letters, digits and ASCII punctuation; “é” cannot be sent.',
    });
    expect(checkApiKey('key😀')).toMatchObject({ ok: false });
  });

  it('is saved and read back only in a form that can be sent', () => {
    saveSettings({ source: 'live', apiKey: ' abc\u200B123 ' });
    expect(getSettings().apiKey).toBe('abc123');
    localStorage.setItem(
      'station-dockings:settings',
      JSON.stringify({ source: 'dev', apiKey: 'clé' }),
    );
    resetSettingsCache();
    expect(getSettings()).toEqual({ source: 'dev', apiKey: '' });
  });
});
