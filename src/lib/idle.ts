/**
 * Runs `task` once the page is idle (`requestIdleCallback`, with the idle period's deadline), but
 * within `timeoutMs` when given; where the browser has no idle callback, in a task of its own,
 * without a deadline. Returns a function that cancels it.
 */
export function whenIdle(task: (deadline?: IdleDeadline) => void, timeoutMs?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(
      task,
      timeoutMs === undefined ? undefined : { timeout: timeoutMs },
    );
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
    if (next < items.length) cancel = whenIdle(slice);
  };
  if (items.length > 0) cancel = whenIdle(slice);
  return () => cancel();
}
