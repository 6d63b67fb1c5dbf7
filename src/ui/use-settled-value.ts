import { startTransition, useEffect, useState } from 'react';

/** How long the statistics panels wait for a gesture or typing to pause. */
export const SETTLE_MS = 200;

/**
 * `value`, once it has stayed the same for `delayMs`: work that follows it waits out a gesture.
 * The catching up is a transition, rendered in slices that give way to the next input: at
 * 100,000 events a panel's catching up is a render of 100 ms or more.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setSettled(value)), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
