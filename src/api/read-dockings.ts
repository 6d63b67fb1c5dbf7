import type { DockingPage } from './docking-events-queries';
import { normalizeDockingEvent } from './normalize';
import {
  parseDockingEvents,
  readPageEnvelope,
  type DockingEvent,
  type SpaceStationPorts,
} from './schemas';
import { readSnapshot, type Snapshot } from './snapshot';

/*
 * What turns LL2's answers into dockings: the schemas (with zod), normalizing and the snapshot's
 * format. The first view does without it (it shows what was saved, or a placeholder), so it is a
 * module of its own, asked for with the first request and read when the answer arrives.
 */

export { readPageEnvelope };

const normalized = (events: readonly DockingEvent[], fetchedAt: number) =>
  events.map((event) => normalizeDockingEvent(event, fetchedAt));

/** The dockings of a page's results, as of `fetchedAt`, and how many could not be read. */
export function readDockings(results: unknown[], fetchedAt: number) {
  const { events, invalidCount, invalidIds } = parseDockingEvents(results);
  return { events: normalized(events, fetchedAt), invalidCount, invalidIds };
}

function snapshotPage(snapshot: Snapshot): DockingPage {
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

/** A build's snapshot: the whole history as one page, and the stations' ports. */
export interface SnapshotHistory {
  page: DockingPage;
  stations: readonly SpaceStationPorts[];
}

/** The snapshot file read into the history, or null when it is not a whole, readable snapshot. */
export function readSnapshotHistory(json: unknown): SnapshotHistory | null {
  const snapshot = readSnapshot(json);
  return snapshot && { page: snapshotPage(snapshot), stations: snapshot.stations };
}
