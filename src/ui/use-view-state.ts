import { useQueryStates } from 'nuqs';
import { viewStateParsers } from '../domain/view-state';

/**
 * The view, read from and written to the URL. Deliberate changes push a history entry so Back
 * undoes them; callers pass `{ history: 'replace' }` for changes made while typing or zooming.
 */
export function useViewState() {
  return useQueryStates(viewStateParsers, { history: 'push' });
}

export type SetViewState = ReturnType<typeof useViewState>[1];
