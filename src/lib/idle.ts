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

/** Resolves once the page is idle, or after `timeoutMs` (`whenIdle`). */
export function idle(timeoutMs?: number): Promise<void> {
  return new Promise((resolve) => whenIdle(() => resolve(), timeoutMs));
}

/** How long a slice lasts where the browser has no idle callback to say how long the page is idle. */
const SLICE_WITHOUT_IDLE_MS = 10;

/**
 * The milliseconds left of an idle slice begun now: of the idle period the browser gave, or of
 * `SLICE_WITHOUT_IDLE_MS` where it gives none.
 */
export function sliceTimeLeft(deadline?: IdleDeadline): () => number {
  if (deadline) return () => deadline.timeRemaining();
  const end = performance.now() + SLICE_WITHOUT_IDLE_MS;
  return () => end - performance.now();
}

/**
 * Runs `work` a step at a time (each `next()` a step), in slices while the page is idle, each as
 * long as the browser says it will stay idle, so that no slice holds up input. Returns a function
 * that stops it.
 */
export function stepsWhenIdle(work: Iterator<unknown>): () => void {
  let cancel = () => {};
  const slice = (deadline?: IdleDeadline) => {
    const timeLeft = sliceTimeLeft(deadline);
    while (timeLeft() > 1) if (work.next().done) return;
    cancel = whenIdle(slice);
  };
  cancel = whenIdle(slice);
  return () => cancel();
}

/** Calls `each` for every item, in slices while the page is idle (`stepsWhenIdle`). */
export function eachWhenIdle<T>(items: readonly T[], each: (item: T) => void): () => void {
  return stepsWhenIdle(
    (function* () {
      for (const item of items) yield each(item);
    })(),
  );
}
