import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshot, readSnapshotPart } from '../../src/api/snapshot';
import { generateDockingHistory } from '../support/generate-history';
import { startLL2StandIn, type StandIn } from '../support/ll2-stand-in';

/** Runs `npm run snapshot`'s script against the stand-in, as a scheduled job would. */
function runSnapshot(env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['scripts/snapshot.mjs'],
      { env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let standIn: StandIn;
let dir: string;
const snapshotFile = () => join(dir, 'docking-events.json');
const readJson = async (name: string): Promise<unknown> =>
  JSON.parse(await readFile(join(dir, name), 'utf8'));

beforeEach(async () => {
  standIn = await startLL2StandIn(generateDockingHistory({ seed: 555, count: 555 }));
  dir = await mkdtemp(join(tmpdir(), 'snapshot-'));
});
afterEach(async () => {
  await standIn.close();
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({ LL2_BASE_URL: standIn.baseUrl, SNAPSHOT_DIR: dir, LL2_API_KEY: '' });

describe('npm run snapshot', () => {
  it('reads 555 events in 6 pages and the ports of their 3 stations, and writes them with the time of reading', async () => {
    const started = Date.now();
    const run = await runSnapshot(env());

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(standIn.requests.map((request) => request.replace(/\?.*/, ''))).toEqual([
      ...Array(6).fill('/2.3.0/docking_events/'),
      '/2.3.0/space_stations/2/',
      '/2.3.0/space_stations/4/',
      '/2.3.0/space_stations/18/',
    ]);
    expect(standIn.requests[5]).toContain('offset=500');
    expect(run.stdout).toContain('docking-events.json: 555 events');
    expect(run.stdout).toContain('in 9 requests');

    // A history this short is one file.
    expect(await readdir(dir)).toEqual(['docking-events.json']);
    const snapshot = readSnapshot(await readJson('docking-events.json'));
    expect(snapshot).not.toBeNull();
    expect(snapshot!.count).toBe(555);
    expect(snapshot!.events).toHaveLength(555);
    expect(snapshot!.parts).toEqual([]);
    expect(new Set(snapshot!.events.map((event) => event.id)).size).toBe(555);
    expect(snapshot!.invalidCount).toBe(0);
    expect(snapshot!.apiBaseUrl).toBe(standIn.baseUrl);
    expect(snapshot!.fetchedAt).toBeGreaterThanOrEqual(started);
    expect(snapshot!.fetchedAt).toBeLessThanOrEqual(Date.now());
    expect(
      snapshot!.stations.map((station) => [station.id, station.docking_location.length]),
    ).toEqual([
      [2, 2],
      [4, 9],
      [18, 3],
    ]);
    // Newest first, as the API orders it.
    const dockings = snapshot!.events.map((event) => Date.parse(event.docking));
    expect(dockings).toEqual([...dockings].sort((a, b) => b - a));
  });

  it('splits a history of more than 1,000 events: the newest 100 in its own file, the rest in parts of 500 it names', async () => {
    standIn.events = generateDockingHistory({ seed: 1234, count: 1234 });
    const run = await runSnapshot(env());

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('and the 3 part files it names: 1234 events');
    expect(await readdir(dir)).toEqual([
      'docking-events.1.json',
      'docking-events.2.json',
      'docking-events.3.json',
      'docking-events.json',
    ]);
    const snapshot = readSnapshot(await readJson('docking-events.json'))!;
    expect(snapshot.count).toBe(1234);
    expect(snapshot.events).toHaveLength(100);
    expect(snapshot.parts).toEqual([
      { path: 'docking-events.1.json', events: 500, offset: 100 },
      { path: 'docking-events.2.json', events: 500, offset: 600 },
      { path: 'docking-events.3.json', events: 134, offset: 1100 },
    ]);
    const events = [...snapshot.events];
    for (const part of snapshot.parts) {
      const read = readSnapshotPart(await readJson(part.path), snapshot, part);
      expect(read?.invalidCount).toBe(0);
      events.push(...read!.events);
    }
    expect(new Set(events.map((event) => event.id)).size).toBe(1234);
    // Newest first across the files.
    const dockings = events.map((event) => Date.parse(event.docking));
    expect(dockings).toEqual([...dockings].sort((a, b) => b - a));
  });

  it('removes the parts of an earlier snapshot that the new one does not name, and nothing else', async () => {
    await writeFile(join(dir, 'docking-events.1.json'), 'an earlier part');
    await writeFile(join(dir, 'docking-events.7.json'), 'an earlier part');
    await writeFile(join(dir, 'notes.json'), 'not a part');

    const run = await runSnapshot(env());

    expect(run.code).toBe(0);
    expect(await readdir(dir)).toEqual(['docking-events.json', 'notes.json']);
  });

  it('a 429 mid-way writes nothing, keeps the last snapshot and says when LL2 takes the next request', async () => {
    await writeFile(snapshotFile(), 'the previous snapshot');
    standIn.override = (url, response) => {
      if (url.searchParams.get('offset') !== '300') return false;
      response.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': '1800' });
      response.end(JSON.stringify({ detail: 'Request was throttled.' }));
      return true;
    };

    const run = await runSnapshot(env());

    expect(run.code).toBe(1);
    expect(run.stderr).toContain('No snapshot written: Launch Library 2 is rate limiting');
    expect(run.stderr).toContain('next in 30 min');
    // It stopped at the 429: nothing more was asked.
    expect(standIn.requests).toHaveLength(4);
    expect(await readFile(snapshotFile(), 'utf8')).toBe('the previous snapshot');
    expect(await readdir(dir)).toEqual(['docking-events.json']);
  });

  it('a history that changes while it is read is refused', async () => {
    standIn.override = (url) => {
      // One docking arrives while page 3 is read.
      if (url.searchParams.get('offset') === '200' && standIn.events.length === 555)
        standIn.events = [...standIn.events, { ...standIn.events[0]!, id: 999_999 }];
      return false;
    };

    const run = await runSnapshot(env());

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'No snapshot written: the history changed while it was read (555, then 556 events).',
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it('an answer that is not a page of events is refused', async () => {
    standIn.override = (url, response) => {
      if (url.searchParams.get('offset') !== '100') return false;
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end('<html>maintenance</html>');
      return true;
    };

    const run = await runSnapshot(env());

    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'No snapshot written: Launch Library 2 sent a response that could not be read (not JSON).',
    );
    expect(await readdir(dir)).toEqual([]);
  });
});
