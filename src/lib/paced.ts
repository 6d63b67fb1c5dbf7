/**
 * Calls `run` with the latest value, spacing the calls out: the first at once, each later one at
 * the end of a wait that starts at `firstWaitMs` and doubles after every call, up to `longestWaitMs`.
 * Values that come during a wait are dropped but the last. `flush` makes a waiting call now;
 * `cancel` drops it.
 */
export function paced<T>(
  run: (value: T) => void,
  { firstWaitMs, longestWaitMs }: { firstWaitMs: number; longestWaitMs: number },
) {
  let waiting: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let wait = firstWaitMs;
  const release = () => {
    timer = null;
    if (!waiting) return;
    const { value } = waiting;
    waiting = null;
    run(value);
    timer = setTimeout(release, wait);
    wait = Math.min(wait * 2, longestWaitMs);
  };
  return {
    call(value: T) {
      waiting = { value };
      if (timer === null) release();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = null;
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (waiting) release();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
