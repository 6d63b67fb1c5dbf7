/** Why a panel has no events to show: they are on their way, they could not be loaded, or there are none. */
export type NoEvents = 'waiting' | 'failed' | 'none';

/** What a panel says in their place. */
export const NO_EVENTS_TEXT: Record<NoEvents, string> = {
  waiting: 'Waiting for docking events…',
  failed: 'Nothing to show, as the docking events could not be loaded.',
  none: 'Nothing to show, as the data source has no docking events yet.',
};
