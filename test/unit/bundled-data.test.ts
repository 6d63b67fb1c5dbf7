import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The bundled sample and the test fixtures must stay real LL2 output: byte for byte the recorded files.
const shared = (name: string) => readFileSync(resolve(process.cwd(), '../shared/ll2', name));
const local = (path: string) => readFileSync(resolve(process.cwd(), path));

describe('bundled LL2 data', () => {
  it('is the recorded docking-events page, unmodified', () => {
    const original = shared('docking_events.2.3.0.lldev.offset10.json');
    expect(local('public/sample/docking-events.json').equals(original)).toBe(true);
    expect(local('test/fixtures/docking_events.2.3.0.lldev.offset10.json').equals(original)).toBe(
      true,
    );
  });

  it('is the recorded ISS station response, unmodified', () => {
    const original = shared('space_stations.4.detailed.2.3.0.json');
    expect(local('public/sample/iss-station.json').equals(original)).toBe(true);
    expect(local('test/fixtures/space_stations.4.detailed.2.3.0.json').equals(original)).toBe(true);
  });
});
