import { backgroundTurn } from '../lib/background';
import { HttpStatusError, InvalidResponseError, NetworkError, RateLimitedError } from './errors';
import { rateLimitedUntil, recordRateLimit, retryAfterSeconds } from './rate-limit';

export const REQUEST_TIMEOUT_MS = 20_000;
/**
 * The largest response body read. A page of 100 events in LL2's normal mode is about 1.3 MB and a
 * launch in full about 0.1 MB: a body ten times the larger is not one the dashboard asked for.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** When LL2 throttles without saying for how long, wait this long (its window is an hour). */
const DEFAULT_RATE_LIMIT_WAIT_S = 15 * 60;

export interface LL2RequestOptions {
  /** The configured API root; the key is only ever sent to its origin. */
  baseUrl: string;
  apiKey?: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** `/api-throttle/` does not count against the limit, so it may be asked while throttled. */
  ignoreRateLimit?: boolean;
}

export function ll2Url(
  baseUrl: string,
  path: string,
  params: Record<string, string | number> = {},
) {
  const url = new URL(`${baseUrl}/${path.replace(/^\/+/, '')}`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
  url.searchParams.set('format', 'json');
  return url.toString();
}

export async function fetchLL2Json(url: string, options: LL2RequestOptions): Promise<unknown> {
  const apiOrigin = new URL(options.baseUrl).origin;
  const target = new URL(url);
  const blockedUntil = rateLimitedUntil(apiOrigin);
  if (blockedUntil && !options.ignoreRateLimit) throw new RateLimitedError(blockedUntil);

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.apiKey && target.origin === apiOrigin)
    headers.Authorization = `Token ${options.apiKey}`;

  const timeout = AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

  let response: Response;
  try {
    response = await fetch(target, {
      headers,
      signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new NetworkError(timeout.aborted);
  }

  if (response.status === 429) {
    const body: unknown = await response.json().catch(() => null);
    const detail = body && typeof body === 'object' ? (body as { detail?: unknown }).detail : null;
    const seconds =
      retryAfterSeconds(response.headers.get('Retry-After'), detail) ?? DEFAULT_RATE_LIMIT_WAIT_S;
    const until = Date.now() + seconds * 1000;
    recordRateLimit(apiOrigin, until);
    throw new RateLimitedError(until);
  }
  if (!response.ok) throw new HttpStatusError(response.status, 'Authorization' in headers);

  let body: Uint8Array;
  try {
    body = await readLimitedBody(response, MAX_BODY_BYTES);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (error instanceof InvalidResponseError) throw error;
    throw new NetworkError(timeout.aborted);
  }
  // Reading an answer (a page of 100 is 1.3 MB of JSON, then its schema) waits for the views being
  // rendered: while a history poured in, its first rows showed 800 ms after its first page.
  await backgroundTurn(options.signal);
  try {
    return JSON.parse(new TextDecoder().decode(body)) as unknown;
  } catch {
    throw new InvalidResponseError('not JSON');
  }
}

/**
 * The body, refused (and the download cancelled) as soon as it passes `maxBytes`. Read chunk by
 * chunk rather than through a counting stream: at 100 pages of 1.3 MB, that stream's own work was
 * about a tenth of the history's load.
 */
async function readLimitedBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new InvalidResponseError(`larger than ${maxBytes / 1024 / 1024} MB`);
  if (Number(response.headers.get('Content-Length')) > maxBytes) {
    response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    received += chunk.value.byteLength;
    if (received > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const body = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
