import type { DockingPage } from './docking-events-queries';
import { normalizeDockingEvent } from './normalize';
import {
  parseDockingEvents,
  readPageEnvelope,
  type DockingEvent,
  type SpaceStationPorts,
} from './schemas';
import { PAGE_SIZE } from './paging';
import { readSnapshot, readSnapshotPart, type Snapshot, type SnapshotPart } from './snapshot';

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

/** A snapshot's events, as pages of the history from `offset` on (its place in the snapshot). */
function snapshotPages(
  snapshot: Pick<Snapshot, 'count' | 'fetchedAt'>,
  offset: number,
  { events, invalidCount, invalidIds }: Pick<Snapshot, 'events' | 'invalidCount' | 'invalidIds'>,
): DockingPage[] {
  const dockings = normalized(events, snapshot.fetchedAt);
  const pages: DockingPage[] = [];
  // Pages of the API's size, at least one: the saved history is written a page at a time.
  for (let start = 0; start === 0 || start < dockings.length; start += PAGE_SIZE) {
    pages.push({
      offset: offset + start,
      count: snapshot.count,
      nextOffset: null,
      events: dockings.slice(start, start + PAGE_SIZE),
      // The unreadable ones are told once, with the first page.
      invalidCount: start === 0 ? invalidCount : 0,
      invalidIds: start === 0 ? invalidIds : [],
      fetchedAt: snapshot.fetchedAt,
      fromSnapshot: true,
    });
  }
  return pages;
}

/** A build's snapshot: the pages of its own file, the stations' ports, and the parts to read. */
export interface SnapshotHistory {
  pages: DockingPage[];
  stations: readonly SpaceStationPorts[];
  parts: readonly SnapshotPart[];
  count: number;
  fetchedAt: number;
}

/** The snapshot file read into the history, or null when it is not a whole, readable snapshot. */
export function readSnapshotHistory(json: unknown): SnapshotHistory | null {
  const snapshot = readSnapshot(json);
  if (!snapshot) return null;
  const { count, fetchedAt, stations, parts } = snapshot;
  return { pages: snapshotPages(snapshot, 0, snapshot), stations, parts, count, fetchedAt };
}

/** The pages of one of the snapshot's parts, or null when the file is not that part. */
export function readSnapshotPartPages(
  json: unknown,
  snapshot: SnapshotHistory,
  part: SnapshotPart,
): DockingPage[] | null {
  const parsed = readSnapshotPart(json, snapshot, part);
  return parsed && snapshotPages(snapshot, part.offset, parsed);
}
