import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The bundled sample and the test fixtures must stay real LL2 output: byte for byte the recorded files,
// whose checksums test/fixtures/README.md lists with where each came from.
const read = (path: string) => readFileSync(resolve(process.cwd(), path));
const sha256 = (path: string) => createHash('sha256').update(read(path)).digest('hex');

describe('bundled LL2 data', () => {
  it('is the recorded docking-events page, unmodified', () => {
    const fixture = 'test/fixtures/docking_events.2.3.0.lldev.offset10.json';
    expect(sha256(fixture)).toBe(
      '2032fe1248c7d0db58c2aa8b736357b2391d4668a696adcda8ced4f8020c67f7',
    );
    expect(read('public/sample/docking-events.json').equals(read(fixture))).toBe(true);
  });

  it('is the recorded ISS station response, unmodified', () => {
    const fixture = 'test/fixtures/space_stations.4.detailed.2.3.0.json';
    expect(sha256(fixture)).toBe(
      'c8a3d620776e04af14e92540cffdd859718b22959cef9a9c1668ac340f41ff7c',
    );
    expect(read('public/sample/iss-station.json').equals(read(fixture))).toBe(true);
  });

  it('tests against the official OpenAPI schema, unmodified', () => {
    expect(sha256('test/fixtures/openapi.2.3.0.json')).toBe(
      'fa9113773c3f12ded9fdd71fb7d7600030135b93bc99321e47e75355611e63fb',
    );
  });
});
