import { z } from 'zod/mini';
import { InvalidResponseError } from './errors';
import { fetchLL2Json, ll2Url } from './ll2-client';
import {
  MAX_HISTORY_EVENTS,
  MAX_HISTORY_PAGES,
  historyPageParams,
  isOversizedHistory,
  nextPageOffset,
} from './paging';
import {
  parseDockingEvents,
  readPageEnvelope,
  spaceStationPortsSchema,
  type DockingEvent,
  type SpaceStationPorts,
} from './schemas';

/*
 * The build-time snapshot: the whole history and the stations' port lists, read once by
 * `npm run snapshot` and served with the app, so a new visitor sees the history before any request.
 */

const FORMAT = 'station-dockings-snapshot/1';

const snapshotFileSchema = z.object({
  format: z.literal(FORMAT),
  /** The API it was read from. */
  apiBaseUrl: z.string(),
  /** When the reading began: anything that changed after it may be missing. */
  fetchedAt: z.iso.datetime(),
  /** The API's count: every event, the ones left out as unreadable included. */
  count: z.number().check(z.int(), z.nonnegative(), z.maximum(MAX_HISTORY_EVENTS)),
  invalidCount: z.number().check(z.int(), z.nonnegative()),
  results: z.array(z.unknown()),
  stations: z.array(spaceStationPortsSchema),
});
export type SnapshotFile = z.infer<typeof snapshotFileSchema>;

export interface Snapshot {
  apiBaseUrl: string;
  fetchedAt: number;
  count: number;
  events: DockingEvent[];
  invalidCount: number;
  /** Of those, the ones this version could not read that have an id. */
  invalidIds: number[];
  stations: SpaceStationPorts[];
}

/** A snapshot as the app uses it, or null when the file is not a whole, readable snapshot. */
export function readSnapshot(json: unknown): Snapshot | null {
  const file = snapshotFileSchema.safeParse(json);
  if (!file.success) return null;
  const { results, count, invalidCount, fetchedAt, apiBaseUrl, stations } = file.data;
  if (results.length + invalidCount !== count) return null;
  const parsed = parseDockingEvents(results);
  return {
    apiBaseUrl,
    fetchedAt: Date.parse(fetchedAt),
    count,
    events: parsed.events,
    invalidCount: invalidCount + parsed.invalidCount,
    invalidIds: parsed.invalidIds,
    stations,
  };
}

/** Why no snapshot was written. */
export class SnapshotRefusedError extends Error {
  override name = 'SnapshotRefusedError';
}

export interface CollectOptions {
  /** API root without a trailing slash. */
  baseUrl: string;
  apiKey?: string;
  signal?: AbortSignal;
  /** Told after each request. */
  onRequest?: (url: string) => void;
  now?: () => number;
}

/** The station a docking happened at, as the timeline groups it. */
function stationIdOf(event: DockingEvent): number | null {
  return (event.docking_location.spacestation ?? event.space_station_target)?.id ?? null;
}

/**
 * Reads the whole history, page by page as the app does, then each station's port list. Throws
 * rather than return less than the whole: a count that changes while reading, a missing or
 * duplicated event, an answer that is not what was asked for, a 429 (a `RateLimitedError`).
 */
export async function collectSnapshot(options: CollectOptions): Promise<SnapshotFile> {
  const { baseUrl, apiKey, signal, onRequest, now = Date.now } = options;
  const get = async (path: string, params: Record<string, string | number>) => {
    const url = ll2Url(baseUrl, path, params);
    const json = await fetchLL2Json(url, { baseUrl, apiKey, signal });
    onRequest?.(url);
    return json;
  };

  const fetchedAt = new Date(now()).toISOString();
  const byId = new Map<number, DockingEvent>();
  let invalidCount = 0;
  let count: number | null = null;
  let offset: number | null = 0;
  for (let pages = 0; offset !== null; pages += 1) {
    if (pages === MAX_HISTORY_PAGES)
      throw new SnapshotRefusedError(`more than ${MAX_HISTORY_PAGES} pages`);
    const envelope = readPageEnvelope(await get('docking_events/', historyPageParams(offset)));
    if (isOversizedHistory(envelope.count))
      throw new SnapshotRefusedError(`a count of ${envelope.count} events is not believed`);
    if (count !== null && envelope.count !== count)
      throw new SnapshotRefusedError(
        `the history changed while it was read (${count}, then ${envelope.count} events)`,
      );
    count = envelope.count;
    const parsed = parseDockingEvents(envelope.results);
    for (const event of parsed.events) byId.set(event.id, event);
    invalidCount += parsed.invalidCount;
    offset = nextPageOffset(envelope.next, baseUrl, offset, envelope.count);
  }
  const read = byId.size + invalidCount;
  if (read !== count)
    throw new SnapshotRefusedError(`only ${read} of the ${count ?? 0} events could be read`);

  const stationIds = [...new Set([...byId.values()].map(stationIdOf))]
    .filter((id): id is number => id !== null)
    .sort((a, b) => a - b);
  const stations: SpaceStationPorts[] = [];
  for (const id of stationIds) {
    const parsed = spaceStationPortsSchema.safeParse(
      await get(`space_stations/${id}/`, { mode: 'detailed' }),
    );
    if (!parsed.success) throw new InvalidResponseError(`station ${id} is not a space station`);
    stations.push(parsed.data);
  }

  const results = [...byId.values()].sort(
    (a, b) => Date.parse(b.docking) - Date.parse(a.docking) || b.id - a.id,
  );
  return {
    format: FORMAT,
    apiBaseUrl: baseUrl,
    fetchedAt,
    count: read,
    invalidCount,
    results,
    stations,
  };
}
