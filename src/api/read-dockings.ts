import type { DockingPage } from './docking-events-queries';
import { normalizeDockingEvent } from './normalize';
import { parseDockingEvents, readPageEnvelope, type DockingEvent } from './schemas';
import { readSnapshot, type Snapshot } from './snapshot';

/*
 * What turns LL2's answers into dockings: the schemas (with zod), normalizing and the snapshot's
 * format. The first view does without it (it shows what was saved, or a placeholder), so it is a
 * module of its own, asked for with the first request and read when the answer arrives.
 */

export { readPageEnvelope, readSnapshot };

const normalized = (events: readonly DockingEvent[], fetchedAt: number) =>
  events.map((event) => normalizeDockingEvent(event, fetchedAt));

/** The dockings of a page's results, as of `fetchedAt`, and how many could not be read. */
export function readDockings(results: unknown[], fetchedAt: number) {
  const { events, invalidCount, invalidIds } = parseDockingEvents(results);
  return { events: normalized(events, fetchedAt), invalidCount, invalidIds };
}

export function snapshotPage(snapshot: Snapshot): DockingPage {
  return {
    offset: 0,
    count: snapshot.count,
    nextOffset: null,
    events: normalized(snapshot.events, snapshot.fetchedAt),
    invalidCount: snapshot.invalidCount,
    invalidIds: snapshot.invalidIds,
    fetchedAt: snapshot.fetchedAt,
    fromSnapshot: true,
  };
}
