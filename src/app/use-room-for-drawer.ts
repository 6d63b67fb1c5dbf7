import { useEffect, useState } from 'react';

/**
 * Whether the page makes room for the open drawer (on a wide screen it sits beside the page).
 * The room is made a frame after the drawer opens: the drawer is drawn over the page first, and
 * the page is laid out again narrower after, which with thousands of events takes longer than the
 * drawer itself. A drawer open from the start (a link to an event) has its room from the start,
 * so the page does not move as it loads. Closing gives the room back at once.
 */
export function useRoomForDrawer(open: boolean): boolean {
  const [room, setRoom] = useState(open);
  useEffect(() => {
    if (!open) return;
    const frame = requestAnimationFrame(() => setRoom(true));
    return () => {
      cancelAnimationFrame(frame);
      setRoom(false);
    };
  }, [open]);
  return open && room;
}
