import { throttle, useQueryStates } from 'nuqs';
import { useCallback, useEffect, useRef } from 'react';
import { viewStateParsers, type ViewState } from '../domain/view-state';

/**
 * The address bar and the tab's title follow a deliberate change (a click, a choice) this long
 * after it, once the change is on screen: the input's frame is not spent on them.
 */
export const VIEW_WRITE_PAUSE_MS = 100;

export interface ViewWriteOptions {
  /** `push` (the default): Back undoes the change. `replace`: it joins the current entry. */
  history?: 'push' | 'replace';
  /** How long changes must pause before the URL is written. */
  pauseMs?: number;
}

/**
 * Changes made in a stream (typing, moving the instant) replace the URL's entry, and only once the
 * stream pauses this long: a word typed is one write, not one per keystroke.
 */
export const WHILE_TYPING = {
  history: 'replace',
  pauseMs: 300,
} as const satisfies ViewWriteOptions;

// nuqs holds changes made with an endless throttle in its queue and writes none of them; the next
// change with a finite throttle writes the whole queue at once, as `push` if any change was.
const HOLD = { limitUrlUpdates: throttle(Infinity) } as const;
const WRITE = { limitUrlUpdates: throttle(50) } as const;

/** The parameters a change sets; null removes one from the URL. */
export type ViewChange = Partial<{ [K in keyof ViewState]: ViewState[K] | null }>;

/**
 * The view, read from and written to the URL. A change shows at once; the URL follows when changes
 * pause, in one write however many parameters changed, so one click is one step of Back. (Each
 * parameter on a timer of its own, a busy page could write `from` and `to` as two steps.)
 */
export function useViewState() {
  const [view, setNow] = useQueryStates(viewStateParsers, { history: 'push', ...HOLD });
  const waiting = useRef<{ timer?: ReturnType<typeof setTimeout>; change: ViewChange }>({
    change: {},
  });

  // Back or Forward shows another entry: the changes waiting to be written are dropped with it
  // (nuqs empties its queue too).
  useEffect(() => {
    const drop = () => {
      clearTimeout(waiting.current.timer);
      waiting.current = { change: {} };
    };
    window.addEventListener('popstate', drop);
    return () => {
      window.removeEventListener('popstate', drop);
      drop();
    };
  }, []);

  const setView = useCallback(
    (change: ViewChange, options: ViewWriteOptions = {}) => {
      const { history = 'push', pauseMs = VIEW_WRITE_PAUSE_MS } = options;
      void setNow(change, { history, ...HOLD });
      const pending = waiting.current;
      clearTimeout(pending.timer);
      pending.change = { ...pending.change, ...change };
      pending.timer = setTimeout(() => {
        const { change: all } = waiting.current;
        waiting.current = { change: {} };
        // The same values again: nothing changes on screen; the queue is written.
        void setNow(all, { history: 'replace', ...WRITE });
      }, pauseMs);
    },
    [setNow],
  );
  return [view, setView] as const;
}

export type SetViewState = ReturnType<typeof useViewState>[1];
