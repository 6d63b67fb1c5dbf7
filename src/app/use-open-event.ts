import { useCallback, useState } from 'react';
import type { Docking } from '../domain/docking';
import { eventIdOf } from '../domain/view-state';
import type { SetViewState } from '../ui/use-view-state';

/** Focuses an element as soon as it is on the page (the table may still be catching up). */
function focusWhenShown(selector: string, framesLeft = 60) {
  requestAnimationFrame(() => {
    const element = document.querySelector<HTMLElement>(selector);
    if (element) element.focus();
    else if (framesLeft > 0) focusWhenShown(selector, framesLeft - 1);
  });
}

type Opener = 'row' | 'bar' | 'now';

/**
 * What opened the event `id`, to focus again. A timeline stay may have been stepped to in the
 * drawer where another stay's mark covers it: its own button goes with the drawer, the mark stays.
 */
const openerSelector = (from: Opener, id: number) =>
  from === 'bar' ? `[data-bar-id="${id}"], [data-covers~="${id}"]` : `[data-${from}-id="${id}"]`;

/**
 * The open event (the URL's `event`): opening it from a table row, a timeline bar or a docked-at
 * chip, stepping to another, and closing it with focus back on what opened it.
 */
export function useOpenEvent(event: string | null, setView: SetViewState) {
  const [openedFrom, setOpenedFrom] = useState<Opener>('row');
  const open = useCallback(
    (id: number, from: Opener) => {
      setOpenedFrom(from);
      void setView({ event: String(id) });
    },
    [setView],
  );
  const openId = eventIdOf(event);
  return {
    openId,
    /** Opened from the timeline: it brings each stay the drawer steps to into view. */
    openedFromTimeline: openId !== null && openedFrom === 'bar',
    // Stable, so the timeline's thousands of bars are not redrawn when only the table changes.
    openFromBar: useCallback((id: number) => open(id, 'bar'), [open]),
    openFromRow: useCallback((id: number) => open(id, 'row'), [open]),
    openFromChip: useCallback((id: number) => open(id, 'now'), [open]),
    step: useCallback(
      (docking: Docking) => void setView({ event: String(docking.id) }, { history: 'replace' }),
      [setView],
    ),
    close: useCallback(() => {
      void setView({ event: null });
      if (openId === null) return;
      focusWhenShown(openerSelector(openedFrom, openId));
    }, [setView, openId, openedFrom]),
  };
}
