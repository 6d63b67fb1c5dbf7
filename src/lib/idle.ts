/**
 * Runs `task` once the page is idle (`requestIdleCallback`), but within `timeoutMs`; where the
 * browser has no idle callback, in a task of its own. Returns a function that cancels it.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}

/** How many items a slice takes where the browser has no idle callback. */
const SLICE_WITHOUT_IDLE = 500;

/**
 * Calls `each` for every item, in slices run while the page is idle (each as long as the browser
 * says it will stay idle), so that no slice holds up input. Returns a function that stops it.
 */
export function eachWhenIdle<T>(items: readonly T[], each: (item: T) => void): () => void {
  let next = 0;
  let cancel = () => {};
  const slice = (deadline?: IdleDeadline) => {
    const end = deadline ? items.length : Math.min(items.length, next + SLICE_WITHOUT_IDLE);
    while (next < end && (!deadline || deadline.timeRemaining() > 1)) each(items[next++]!);
    if (next < items.length) schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(slice);
      cancel = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(slice, 0);
      cancel = () => clearTimeout(handle);
    }
  };
  if (items.length > 0) schedule();
  return () => cancel();
}
