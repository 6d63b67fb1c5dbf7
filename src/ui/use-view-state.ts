import { useQueryStates } from 'nuqs';
import { viewStateParsers } from '../domain/view-state';

/**
 * The address bar and the tab's title follow the view once its input pauses this long, so that an
 * input's frame is not spent on them and a burst of clicks or keystrokes writes the URL once.
 */
export const VIEW_WRITE_PAUSE_MS = 250;

/**
 * The view, read from and written to the URL. Deliberate changes push a history entry so Back
 * undoes them; callers pass `{ history: 'replace' }` for changes made while typing or zooming.
 */
export function useViewState() {
  return useQueryStates(viewStateParsers, { history: 'push' });
}

export type SetViewState = ReturnType<typeof useViewState>[1];
