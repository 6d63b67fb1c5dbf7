import { useSyncExternalStore } from 'react';

interface Clock {
  now: number;
  readonly listeners: Set<() => void>;
  timer?: ReturnType<typeof setInterval>;
}

// One timer per interval, shared by every reader: a table's rows mount and unmount on each filter
// and sort, and a timer apiece made each of those inputs pay for clearing and setting them.
const clocks = new Map<number, Clock>();

function clockOf(intervalMs: number): Clock {
  let clock = clocks.get(intervalMs);
  if (!clock) {
    clock = { now: Date.now(), listeners: new Set() };
    clocks.set(intervalMs, clock);
  }
  return clock;
}

function subscribeTo(intervalMs: number, listener: () => void): () => void {
  const clock = clockOf(intervalMs);
  clock.listeners.add(listener);
  clock.timer ??= setInterval(() => {
    clock.now = Date.now();
    for (const notify of clock.listeners) notify();
  }, intervalMs);
  return () => {
    clock.listeners.delete(listener);
    if (clock.listeners.size === 0) {
      clearInterval(clock.timer);
      clock.timer = undefined;
    }
  };
}

function readNow(intervalMs: number): number {
  const clock = clockOf(intervalMs);
  // A clock nobody was reading has not ticked: its first new reader gets the time of now.
  if (!clock.timer && Date.now() - clock.now >= intervalMs) clock.now = Date.now();
  return clock.now;
}

const subscribers = new Map<number, (listener: () => void) => () => void>();

/** The current time, re-read every `intervalMs`, for "3 min ago" style text. */
export function useNow(intervalMs: number): number {
  let subscribe = subscribers.get(intervalMs);
  if (!subscribe) {
    subscribe = (listener) => subscribeTo(intervalMs, listener);
    subscribers.set(intervalMs, subscribe);
  }
  return useSyncExternalStore(subscribe, () => readNow(intervalMs));
}
