/** Typed failures of an LL2 request, so the page can say exactly what went wrong. */
export class RateLimitedError extends Error {
  readonly kind = 'rate-limited';
  constructor(readonly availableAt: number) {
    super('Rate limited by Launch Library 2');
  }
}

export class HttpStatusError extends Error {
  readonly kind = 'http-status';
  constructor(
    readonly status: number,
    /** A key was sent: LL2 answers 401 or 403 to a key it does not know. */
    readonly withKey = false,
  ) {
    super(`Launch Library 2 answered with HTTP ${status}`);
  }

  /** LL2 refused the key that was sent (and not, say, a missing page). */
  get keyRejected(): boolean {
    return this.withKey && (this.status === 401 || this.status === 403);
  }
}

export class NetworkError extends Error {
  readonly kind = 'network';
  constructor(readonly timedOut: boolean) {
    super(
      timedOut
        ? 'Launch Library 2 did not answer in time'
        : 'Launch Library 2 could not be reached',
    );
  }
}

export class InvalidResponseError extends Error {
  readonly kind = 'invalid-response';
  constructor(detail: string) {
    super(`Launch Library 2 sent a response that could not be read (${detail})`);
  }
}

export type LL2Error = RateLimitedError | HttpStatusError | NetworkError | InvalidResponseError;

export function isLL2Error(error: unknown): error is LL2Error {
  return (
    error instanceof RateLimitedError ||
    error instanceof HttpStatusError ||
    error instanceof NetworkError ||
    error instanceof InvalidResponseError
  );
}

/** Retries only what a retry can fix: never a rate limit or a bad response. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof NetworkError) return failureCount < 1;
  if (error instanceof HttpStatusError) return error.status >= 500 && failureCount < 2;
  return false;
}
