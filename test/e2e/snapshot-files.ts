import type { BrowserContext, Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { StandIn } from '../support/ll2-stand-in';

/** A build's snapshot as `npm run snapshot` writes it: its files' contents by name. */
export type SnapshotFiles = Map<string, string>;

/**
 * `npm run snapshot` run as a deploy runs it, against `standIn` (an LL2 on this machine), which it
 * then closes: the files it wrote.
 */
export async function makeSnapshot(standIn: StandIn): Promise<SnapshotFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'snapshot-'));
  try {
    // Asynchronous: the stand-in answers from this process.
    await promisify(execFile)(process.execPath, ['scripts/snapshot.mjs'], {
      env: { ...process.env, LL2_BASE_URL: standIn.baseUrl, SNAPSHOT_DIR: dir },
    });
    const names = await readdir(dir);
    return new Map(
      await Promise.all(
        names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')] as const),
      ),
    );
  } finally {
    await standIn.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Serves a snapshot's files from the app's host (the snapshot's own file as `body`, when given);
 * any other file there is a 404. Returns how often the snapshot's own file has been asked for.
 */
export async function serveSnapshot(
  target: Page | BrowserContext,
  files: SnapshotFiles,
  body = files.get('docking-events.json'),
) {
  let asked = 0;
  await target.route('**/snapshot/*.json', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop()!;
    if (name === 'docking-events.json') asked += 1;
    const file = name === 'docking-events.json' ? body : files.get(name);
    return file === undefined
      ? route.fulfill({ status: 404 })
      : route.fulfill({ body: file, contentType: 'application/json' });
  });
  return () => asked;
}
