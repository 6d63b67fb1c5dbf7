import { debounce, useQueryStates, type Options } from 'nuqs';
import { viewStateParsers } from '../domain/view-state';

/**
 * The address bar and the tab's title follow a deliberate change (a click, a choice) this long
 * after it, once the change is on screen: the input's frame is not spent on them.
 */
export const VIEW_WRITE_PAUSE_MS = 100;

/**
 * Changes made in a stream (typing, moving the instant) replace the URL's entry, and only once the
 * stream pauses this long: a word typed is one write, not one per keystroke.
 */
export const WHILE_TYPING = {
  history: 'replace',
  limitUrlUpdates: debounce(300),
} as const satisfies Options;

/**
 * The view, read from and written to the URL. Deliberate changes push a history entry so Back
 * undoes them; changes made while typing or zooming replace it (`WHILE_TYPING`).
 */
export function useViewState() {
  return useQueryStates(viewStateParsers, { history: 'push' });
}

export type SetViewState = ReturnType<typeof useViewState>[1];
