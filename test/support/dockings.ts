import { normalizeDockingEvent } from '../../src/api/normalize';
import { mergeDockings, type Docking } from '../../src/domain/docking';
import type { DockingEvent } from '../../src/api/schemas';

/** Read API events as the app does: each batch normalized as of when it was fetched, then merged. */
export function buildDockings(
  batches: readonly { events: readonly DockingEvent[]; fetchedAt: number }[],
): Docking[] {
  return mergeDockings(
    batches.map((batch) =>
      batch.events.map((event) => normalizeDockingEvent(event, batch.fetchedAt)),
    ),
  );
}
