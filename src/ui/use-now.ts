import { useSyncExternalStore } from 'react';

interface Clock {
  subscribe: (listener: () => void) => () => void;
  read: () => number;
}

/** A clock that ticks every `intervalMs` while anything reads it. */
function createClock(intervalMs: number): Clock {
  let now = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      timer ??= setInterval(() => {
        now = Date.now();
        for (const notify of listeners) notify();
      }, intervalMs);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        clearInterval(timer);
        timer = undefined;
      };
    },
    read() {
      // A clock nobody was reading has not ticked: its first new reader gets the time of now.
      if (!timer && Date.now() - now >= intervalMs) now = Date.now();
      return now;
    },
  };
}

// One clock per interval, shared by every reader: a table's rows mount and unmount on each filter
// and sort, and a timer apiece made each of those inputs pay for clearing and setting them.
const clocks = new Map<number, Clock>();

/** The current time, re-read every `intervalMs`, for "3 min ago" style text. */
export function useNow(intervalMs: number): number {
  let clock = clocks.get(intervalMs);
  if (!clock) clocks.set(intervalMs, (clock = createClock(intervalMs)));
  return useSyncExternalStore(clock.subscribe, clock.read);
}
