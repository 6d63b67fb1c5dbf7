import { z } from 'zod/mini';
import { InvalidResponseError } from './errors';
import { fetchLL2Json, ll2Url } from './ll2-client';
import {
  MAX_HISTORY_EVENTS,
  MAX_HISTORY_PAGES,
  PAGE_SIZE,
  SNAPSHOT_PATH,
  historyPageParams,
  isOversizedHistory,
  nextPageOffset,
} from './paging';
import {
  parseDockingEvents,
  readPageEnvelope,
  spaceStationPortsSchema,
  type DockingEvent,
  type ParsedResults,
  type SpaceStationPorts,
} from './schemas';

/*
 * The build-time snapshot: the whole history and the stations' port lists, read once by
 * `npm run snapshot` and served with the app, so a new visitor sees the history before any request.
 * A long history is split: the snapshot's file holds the newest page of events (the first rows a
 * visit shows) and names the files that hold the rest, in parts, each parsed and read in a task of
 * its own, so the first rows do not wait for the whole history's bytes.
 */

/** Format 1 was one file of every event: read as a snapshot with no parts. */
const FORMAT_1 = 'station-dockings-snapshot/1';
const FORMAT = 'station-dockings-snapshot/2';
const PART_FORMAT = 'station-dockings-snapshot-part/2';

/**
 * The longest history kept in one file (LL2 had 555 docking events in 2025). Split, the whole
 * history shows about 0.5 s later (the first rows render before the parts are asked for), and at
 * this size one file is read in about 0.1 s.
 */
const SNAPSHOT_ONE_FILE_MAX = 1000;
/** Of a longer history, the events in the snapshot's own file: as many as the API's first page. */
const SNAPSHOT_HEAD_SIZE = PAGE_SIZE;
/** The events in each part file after it. */
const SNAPSHOT_PART_SIZE = 500;

const eventCount = z.number().check(z.int(), z.nonnegative());

/** A part's file name, beside the snapshot's own: no path, so a snapshot names only its own files. */
const partRefSchema = z.object({
  path: z.string().check(z.regex(/^[\w-]+(\.[\w-]+)*\.json$/)),
  events: eventCount,
});
type SnapshotPartRef = z.infer<typeof partRefSchema>;

/** A part of a snapshot: its file, how many events it holds, and where they start among all. */
export interface SnapshotPart extends SnapshotPartRef {
  offset: number;
}

const snapshotFileSchema = z.object({
  format: z.union([z.literal(FORMAT), z.literal(FORMAT_1)]),
  /** The API it was read from. */
  apiBaseUrl: z.string(),
  /** When the reading began: anything that changed after it may be missing. */
  fetchedAt: z.iso.datetime(),
  /** The API's count: every event, the ones left out as unreadable included. */
  count: eventCount.check(z.maximum(MAX_HISTORY_EVENTS)),
  invalidCount: eventCount,
  /** The newest events (format 1: every event). */
  results: z.array(z.unknown()),
  /** The files of the other events, newest first, and how many each holds. */
  parts: z.optional(z.array(partRefSchema)),
  stations: z.array(spaceStationPortsSchema),
});
export type SnapshotFile = z.infer<typeof snapshotFileSchema>;

const snapshotPartSchema = z.object({
  format: z.literal(PART_FORMAT),
  /** The `fetchedAt` of the snapshot it is part of. */
  fetchedAt: z.iso.datetime(),
  results: z.array(z.unknown()),
});
type SnapshotPartFile = z.infer<typeof snapshotPartSchema>;

export interface Snapshot {
  apiBaseUrl: string;
  fetchedAt: number;
  count: number;
  /** The events of the snapshot's own file. */
  events: DockingEvent[];
  invalidCount: number;
  /** Of those, the ones this version could not read that have an id. */
  invalidIds: number[];
  stations: SpaceStationPorts[];
  /** The files that hold the other events, newest first. */
  parts: SnapshotPart[];
}

/** A snapshot as the app uses it, or null when the file is not a whole, readable snapshot. */
export function readSnapshot(json: unknown): Snapshot | null {
  const file = snapshotFileSchema.safeParse(json);
  if (!file.success) return null;
  const { results, count, invalidCount, fetchedAt, apiBaseUrl, stations, parts = [] } = file.data;
  let offset = results.length;
  const placed = parts.map((part) => {
    offset += part.events;
    return { ...part, offset: offset - part.events };
  });
  if (offset + invalidCount !== count) return null;
  const parsed = parseDockingEvents(results);
  return {
    apiBaseUrl,
    fetchedAt: Date.parse(fetchedAt),
    count,
    events: parsed.events,
    invalidCount: invalidCount + parsed.invalidCount,
    invalidIds: parsed.invalidIds,
    stations,
    parts: placed,
  };
}

/**
 * The events of one of a snapshot's parts, or null when the file is not that part: another
 * snapshot's (a deploy replaced the files while they were read), or not all the events named.
 */
export function readSnapshotPart(
  json: unknown,
  snapshot: Pick<Snapshot, 'fetchedAt'>,
  part: SnapshotPart,
): ParsedResults | null {
  const file = snapshotPartSchema.safeParse(json);
  if (!file.success) return null;
  const { fetchedAt, results } = file.data;
  if (Date.parse(fetchedAt) !== snapshot.fetchedAt || results.length !== part.events) return null;
  return parseDockingEvents(results);
}

/** The files `npm run snapshot` writes: the snapshot's own, and its parts by file name. */
export interface SnapshotFiles {
  snapshot: SnapshotFile;
  parts: { path: string; file: SnapshotPartFile }[];
}

const SNAPSHOT_FILE = SNAPSHOT_PATH.split('/').pop()!;

/** The name of a snapshot's part `index` (from 1): `docking-events.1.json` and on. */
function snapshotPartPath(index: number): string {
  return SNAPSHOT_FILE.replace(/\.json$/, `.${index}.json`);
}

/** Whether `name` is the name of a snapshot's part, this snapshot's or another's. */
export function isSnapshotPartPath(name: string): boolean {
  const match = /^(.+)\.\d+\.json$/.exec(name);
  return match !== null && `${match[1]}.json` === SNAPSHOT_FILE;
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
export async function collectSnapshot(options: CollectOptions): Promise<SnapshotFiles> {
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
  const head = results.length > SNAPSHOT_ONE_FILE_MAX ? SNAPSHOT_HEAD_SIZE : results.length;
  const parts: SnapshotFiles['parts'] = [];
  for (let start = head; start < results.length; start += SNAPSHOT_PART_SIZE) {
    parts.push({
      path: snapshotPartPath(parts.length + 1),
      file: {
        format: PART_FORMAT,
        fetchedAt,
        results: results.slice(start, start + SNAPSHOT_PART_SIZE),
      },
    });
  }
  return {
    snapshot: {
      format: FORMAT,
      apiBaseUrl: baseUrl,
      fetchedAt,
      count: read,
      invalidCount,
      results: results.slice(0, head),
      parts: parts.map(({ path, file }) => ({ path, events: file.results.length })),
      stations,
    },
    parts,
  };
}
