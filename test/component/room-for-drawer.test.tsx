import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomForDrawer } from '../../src/app/use-room-for-drawer';

describe('the room the page makes for the drawer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is made a frame after the drawer opens, and given back as it closes', () => {
    const { result, rerender } = renderHook(({ open }) => useRoomForDrawer(open), {
      initialProps: { open: false },
    });
    expect(result.current).toBe(false);

    rerender({ open: true });
    // The drawer's first frame is drawn over the page, which is laid out again after.
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toBe(true);

    // Stepping to another event keeps it.
    rerender({ open: true });
    expect(result.current).toBe(true);

    rerender({ open: false });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toBe(false);

    // Opened again: again a frame later, not at once from the last time.
    rerender({ open: true });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toBe(true);
  });

  it('is there from the start for a drawer open from the start (a link to an event)', () => {
    const { result, rerender } = renderHook(({ open }) => useRoomForDrawer(open), {
      initialProps: { open: true },
    });
    expect(result.current).toBe(true);
    rerender({ open: false });
    expect(result.current).toBe(false);
    rerender({ open: true });
    expect(result.current).toBe(false);
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toBe(true);
  });

  it('is not made for a drawer closed before its frame', () => {
    const { result, rerender } = renderHook(({ open }) => useRoomForDrawer(open), {
      initialProps: { open: false },
    });
    rerender({ open: true });
    rerender({ open: false });
    act(() => vi.advanceTimersToNextFrame());
    expect(result.current).toBe(false);
    rerender({ open: true });
    expect(result.current).toBe(false);
  });
});
