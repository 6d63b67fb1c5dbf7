import { afterEach, describe, expect, it, vi } from 'vitest';
import { eachWhenIdle, stepsWhenIdle } from '../../src/lib/idle';

/*
 * Work spread over the page's idle time: every item is taken, a slice lasts only while the browser
 * says the page stays idle, and stopping it leaves the rest untouched.
 */

/** A browser's idle callbacks, run by hand with a deadline that allows `allowed` items each time. */
function fakeIdle() {
  const waiting = new Map<number, IdleRequestCallback>();
  let lastHandle = 0;
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    lastHandle += 1;
    waiting.set(lastHandle, callback);
    return lastHandle;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
  return {
    /** Runs the idle callback waiting, with time for `allowed` items; false when none waits. */
    idle(allowed: number) {
      const [handle, callback] = [...waiting][0] ?? [];
      if (!callback) return false;
      waiting.delete(handle!);
      let left = allowed;
      callback({ didTimeout: false, timeRemaining: () => (left-- > 0 ? 5 : 0) });
      return true;
    },
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('eachWhenIdle', () => {
  it('takes every item, in slices as long as the page stays idle', () => {
    const browser = fakeIdle();
    const seen: number[] = [];
    eachWhenIdle([1, 2, 3, 4, 5, 6, 7], (item) => seen.push(item));
    expect(seen).toEqual([]);
    browser.idle(3);
    expect(seen).toEqual([1, 2, 3]);
    browser.idle(3);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    browser.idle(3);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(browser.idle(3)).toBe(false);
  });

  it('stops when asked, between slices', () => {
    const browser = fakeIdle();
    const seen: number[] = [];
    const stop = eachWhenIdle([1, 2, 3, 4, 5], (item) => seen.push(item));
    browser.idle(2);
    stop();
    expect(browser.idle(2)).toBe(false);
    expect(seen).toEqual([1, 2]);
  });

  it('without idle callbacks, works about 10 ms a task', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    let seen = 0;
    // Each item takes a millisecond: a task stops with under a millisecond of its 10 left.
    eachWhenIdle(Array.from({ length: 20 }), () => {
      seen += 1;
      now += 1;
    });
    vi.advanceTimersToNextTimer();
    expect(seen).toBe(9);
    vi.advanceTimersToNextTimer();
    expect(seen).toBe(18);
    vi.advanceTimersToNextTimer();
    expect(seen).toBe(20);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('stepsWhenIdle', () => {
  it('runs work made of steps to its end while idle, and stops when asked', () => {
    const browser = fakeIdle();
    const done: string[] = [];
    function* work() {
      for (const step of ['a', 'b', 'c', 'd', 'e']) {
        done.push(step);
        yield;
      }
    }
    stepsWhenIdle(work());
    browser.idle(2);
    expect(done).toEqual(['a', 'b']);
    browser.idle(10);
    expect(done).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(browser.idle(10)).toBe(false);

    done.length = 0;
    const stop = stepsWhenIdle(work());
    browser.idle(3);
    stop();
    expect(browser.idle(3)).toBe(false);
    expect(done).toEqual(['a', 'b', 'c']);
  });
});
