/*
 * `npm run snapshot`: reads the whole docking history and the stations' port lists from LL2 and
 * writes them, with the time of reading, to public/snapshot/ for the next build to serve: the
 * snapshot's own file and the part files it names (`src/api/snapshot.ts`).
 * LL2_API_KEY (optional) is sent as the key; LL2_BASE_URL (default: the live API) says where to
 * read; SNAPSHOT_DIR where to write. Nothing is written unless the whole history was read.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { RateLimitedError, isLL2Error } from '../src/api/errors';
import { SNAPSHOT_PATH } from '../src/api/paging';
import { SnapshotRefusedError, collectSnapshot, isSnapshotPartPath } from '../src/api/snapshot';

const LIVE_API = 'https://ll.thespacedevs.com/2.3.0';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const baseUrl = (env.LL2_BASE_URL || LIVE_API).replace(/\/+$/, '');
  const target = join(env.SNAPSHOT_DIR || 'public/snapshot', SNAPSHOT_PATH.split('/').pop()!);
  let requests = 0;
  try {
    const { snapshot, parts } = await collectSnapshot({
      baseUrl,
      apiKey: env.LL2_API_KEY || undefined,
      onRequest: () => (requests += 1),
    });
    const dir = dirname(target);
    await mkdir(dir, { recursive: true });
    // Each written beside, then renamed: a reader never sees half a file. The parts go first, so
    // the snapshot that names them is whole as soon as it is there; a reader that meets a part of
    // the snapshot before (another time of reading) passes the snapshot over.
    let bytes = 0;
    const write = async (path: string, content: unknown) => {
      const text = JSON.stringify(content);
      bytes += text.length;
      await writeFile(`${path}.partial`, text);
      await rename(`${path}.partial`, path);
    };
    for (const part of parts) await write(join(dir, part.path), part.file);
    await write(target, snapshot);
    // The parts of an earlier, longer history that no snapshot names now.
    const named = new Set(parts.map((part) => part.path));
    for (const name of await readdir(dir))
      if (isSnapshotPartPath(name) && !named.has(name)) await rm(join(dir, name));
    const partsNamed = parts.length
      ? ` and the ${parts.length} part file${parts.length === 1 ? '' : 's'} it names`
      : '';
    console.log(
      `Wrote ${target}${partsNamed}: ${snapshot.count} events ` +
        `(${snapshot.invalidCount} unreadable, left out) and the ports of ` +
        `${snapshot.stations.length} stations, as of ${snapshot.fetchedAt}, ` +
        `${(bytes / 1024).toFixed(0)} KB, in ${requests} requests to ${baseUrl}.`,
    );
    return 0;
  } catch (error) {
    console.error(`No snapshot written: ${describe(error)}`);
    return 1;
  }
}

function describe(error: unknown): string {
  if (error instanceof RateLimitedError) {
    const minutes = Math.ceil((error.availableAt - Date.now()) / 60_000);
    return `Launch Library 2 is rate limiting these requests (HTTP 429); it takes the next in ${minutes} min. Set LL2_API_KEY for a higher limit.`;
  }
  if (error instanceof SnapshotRefusedError) return `${error.message}.`;
  if (isLL2Error(error)) return `${error.message}.`;
  return error instanceof Error ? error.message : String(error);
}
