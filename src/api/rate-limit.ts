/*
 * Remembers, per API origin and across reloads, until when LL2 told us to wait, so that a
 * throttled dashboard sends nothing more before then.
 */
const keyFor = (origin: string) => `station-dockings:rate-limited-until:${origin}`;

export function rateLimitedUntil(origin: string, now = Date.now()): number | null {
  try {
    const until = Number(localStorage.getItem(keyFor(origin)));
    return Number.isFinite(until) && until > now ? until : null;
  } catch {
    return null;
  }
}

export function recordRateLimit(origin: string, until: number): void {
  try {
    localStorage.setItem(keyFor(origin), String(until));
  } catch {
    // Without storage the wait is still honoured by the error the caller receives.
  }
}

/** Seconds to wait, from `Retry-After` (seconds or an HTTP date) or DRF's "Expected available in N seconds." */
export function retryAfterSeconds(
  retryAfter: string | null,
  detail: unknown,
  now = Date.now(),
): number | null {
  // Either a number of seconds or an HTTP date (which ends in GMT); Date.parse alone reads "-5" as a year.
  const value = retryAfter?.trim() ?? '';
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value));
  if (value.endsWith('GMT')) {
    const date = Date.parse(value);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000));
  }
  if (typeof detail === 'string') {
    const match = /available in (\d+(?:\.\d+)?) seconds?/i.exec(detail);
    if (match?.[1]) return Math.ceil(Number(match[1]));
  }
  return null;
}
