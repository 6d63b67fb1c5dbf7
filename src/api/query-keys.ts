import type { SourceId } from './sources';

/** Every query key of the dashboard, in one place: the queries, the cache and the tests use these. */
export const queryKeys = {
  dockingEvents: ['docking-events'] as const,
  history: (source: SourceId) => [...queryKeys.dockingEvents, 'history', source] as const,
  updates: (source: SourceId) => [...queryKeys.dockingEvents, 'updates', source] as const,
  dockingEvent: (source: SourceId, id: number | null) =>
    [...queryKeys.dockingEvents, 'detail', source, id] as const,
  launch: (source: SourceId, launchId: string | null) => ['launches', source, launchId] as const,
  stationPorts: (source: SourceId, stationId: number | null) =>
    ['space-stations', source, stationId, 'ports'] as const,
  apiThrottle: (source: SourceId) => ['api-throttle', source] as const,
  historyProgress: (source: SourceId) => ['history-progress', source] as const,
};

/** What the persisted cache keeps: the data that cost requests (not the throttle status). */
export const PERSISTED_KEY_ROOTS: ReadonlySet<string> = new Set([
  queryKeys.dockingEvents[0],
  queryKeys.launch('live', '')[0],
  queryKeys.stationPorts('live', 0)[0],
]);

/** Whether a query is a history (`queryKeys.history`): by far the largest data the cache keeps. */
export function isHistoryKey(queryKey: readonly unknown[]): boolean {
  const [root, kind] = queryKeys.history('live');
  return queryKey[0] === root && queryKey[1] === kind;
}
