import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paced } from '../../src/lib/paced';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Calls `pace` with 1, 2, 3… every 10 ms for `ms`, and says which values ran by then. */
function callEvery10Ms(ms: number) {
  const seen: number[] = [];
  const pace = paced((value: number) => seen.push(value), { firstWaitMs: 100, longestWaitMs: 400 });
  for (let value = 1; value <= ms / 10; value += 1) {
    pace.call(value);
    vi.advanceTimersByTime(10);
  }
  return { seen, pace };
}

describe('paced', () => {
  it('runs the first call at once, then the latest after waits of 100, 200, 400, 400 ms', () => {
    const { seen } = callEvery10Ms(1200);
    // Calls at 0, 10, 20 … ms; runs at 0, 100, 300, 700 and 1100 ms with the value called last.
    expect(seen).toEqual([1, 10, 30, 70, 110]);
  });

  it('drops a waiting call when cancelled', () => {
    const { seen, pace } = callEvery10Ms(50);
    pace.cancel();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1]);
  });

  it('runs a waiting call when flushed, and nothing after', () => {
    const { seen, pace } = callEvery10Ms(50);
    expect(seen).toEqual([1]);
    pace.flush();
    expect(seen).toEqual([1, 5]);
    pace.flush();
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([1, 5]);
  });
});
