/** Part of the app's own code, asked for after the first view, that could not be loaded. */
export class CodeLoadError extends Error {
  override name = 'CodeLoadError';
  constructor() {
    super('Its code could not be loaded.');
  }
}

/**
 * `load()` (an `import()`), with its failure told as a `CodeLoadError`. Chromium keeps a module's
 * failure until the page is reloaded: asked again, it fails at once without a request, so a retry
 * cannot help and a reload is what to offer.
 */
export function loadCode<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(() => {
    throw new CodeLoadError();
  });
}

/** The way on after a failure: Retry, or Reload where it was the app's own code that failed. */
export function retryOrReload(error: unknown, retry: () => void) {
  return error instanceof CodeLoadError
    ? { label: 'Reload', onClick: () => window.location.reload() }
    : { label: 'Retry', onClick: retry };
}
