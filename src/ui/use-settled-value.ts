import { useEffect, useState } from 'react';

/** How long the statistics panels wait for a gesture or typing to pause. */
export const SETTLE_MS = 200;

/** `value`, once it has stayed the same for `delayMs`: work that follows it waits out a gesture. */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
