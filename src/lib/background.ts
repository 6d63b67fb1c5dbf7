/**
 * Resolves in a task of background priority where the browser schedules by priority
 * (`scheduler.postTask`), so what the caller does next waits for the page's own work: rendering,
 * input, paint. Elsewhere it resolves at once. Rejects when `signal` aborts first.
 */
export function backgroundTurn(signal?: AbortSignal): Promise<void> {
  if (typeof scheduler === 'undefined' || typeof scheduler.postTask !== 'function')
    return Promise.resolve();
  return scheduler.postTask(() => undefined, { priority: 'background', signal });
}
