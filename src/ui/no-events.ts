/** Why a panel has no events to show: they are on their way, they could not be loaded, or there are none. */
export type NoEvents = 'waiting' | 'failed' | 'none';

/** What a panel says in their place. */
export const NO_EVENTS_TEXT: Record<NoEvents, string> = {
  waiting: 'Waiting for docking events…',
  failed: 'Nothing to show, as the docking events could not be loaded.',
  none: 'Nothing to show, as the data source has no docking events yet.',
};

interface LoadingState {
  /** The last request's failure, if it failed. */
  error: Error | null;
  /** The first page is being asked for. */
  firstPage: boolean;
  /** Events loaded, shown or not yet. */
  loaded: number;
  /** Nothing asked for yet (no data source answered). */
  idle: boolean;
}

/**
 * Why there are no events to show, for every panel alike. Events loaded that the views have not
 * caught up with yet, and a first page asked for (again, after a failure), are on their way.
 */
export function whyNoEvents({ error, firstPage, loaded, idle }: LoadingState): NoEvents {
  if (error !== null && !firstPage && loaded === 0) return 'failed';
  return firstPage || loaded > 0 || idle ? 'waiting' : 'none';
}
