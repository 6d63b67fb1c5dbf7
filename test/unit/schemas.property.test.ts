import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockingEvents } from '../../src/api/schemas';
import { normalizeDockingEvent } from '../../src/api/normalize';
import { devDockingPage } from '../support/fixtures';
import { generateDockingHistory } from '../support/generate-history';
import { arbitraryFromOpenApi, type OpenApiDocument } from '../support/openapi-arbitrary';

// A property's time is its number of runs; three time zones share two cores in CI, where the
// default five seconds proved too short for 500 generated events.
const PROPERTY_TIMEOUT_MS = 60_000;

/*
 * Schema drift and real nulls, over generated variants of the real events: fields LL2 has been seen
 * to leave null or out, fields it may add, and odd strings. Reading must never throw; every valid
 * event is kept; every event is either kept or counted.
 */

type Json = Record<string, unknown>;
const realEvents = devDockingPage().results as Json[];

/** Generated events of the kinds the real page lacks: payload and station-module chasers, payload targets. */
const otherKinds = generateDockingHistory({ seed: 3, count: 400 }).filter(
  (event) =>
    event.payload_flight_chaser || event.space_station_chaser || event.payload_flight_target,
) as Json[];
const baseEvents = [...realEvents, ...otherKinds];

/** Paths that real data leaves null (or out) while the event stays valid. */
const NULLABLE_PATHS = [
  ['departure'],
  ['docking_location', 'spacestation'],
  ['docking_location', 'spacecraft'],
  ['docking_location', 'payload'],
  ['space_station_target'],
  ['flight_vehicle_target'],
  ['payload_flight_target'],
  ['flight_vehicle_chaser', 'launch'],
  ['flight_vehicle_chaser', 'landing'],
  ['flight_vehicle_chaser', 'mission_end'],
  ['flight_vehicle_chaser', 'destination'],
  ['flight_vehicle_chaser', 'spacecraft', 'image'],
  ['flight_vehicle_chaser', 'spacecraft', 'serial_number'],
  ['flight_vehicle_chaser', 'spacecraft', 'status'],
  ['flight_vehicle_chaser', 'spacecraft', 'description'],
  ['flight_vehicle_chaser', 'spacecraft', 'time_in_space'],
  ['flight_vehicle_chaser', 'spacecraft', 'time_docked'],
  ['flight_vehicle_chaser', 'spacecraft', 'flights_count'],
  ['flight_vehicle_chaser', 'spacecraft', 'in_space'],
  ['flight_vehicle_chaser', 'spacecraft', 'fastest_turnaround'],
  ['flight_vehicle_chaser', 'spacecraft', 'spacecraft_config'],
  ['flight_vehicle_chaser', 'spacecraft', 'spacecraft_config', 'agency'],
  ['flight_vehicle_chaser', 'spacecraft', 'spacecraft_config', 'family'],
  ['flight_vehicle_chaser', 'spacecraft', 'spacecraft_config', 'type'],
  ['flight_vehicle_chaser', 'spacecraft', 'image', 'credit'],
  ['flight_vehicle_chaser', 'spacecraft', 'image', 'license'],
  ['flight_vehicle_chaser', 'landing', 'type'],
  ['flight_vehicle_chaser', 'landing', 'landing_location'],
  ['flight_vehicle_chaser', 'landing', 'success'],
  ['payload_flight_chaser', 'launch'],
  ['payload_flight_chaser', 'landing'],
  ['payload_flight_chaser', 'payload', 'operator'],
  ['payload_flight_chaser', 'payload', 'manufacturer'],
  ['payload_flight_chaser', 'payload', 'type'],
  ['payload_flight_chaser', 'payload', 'image'],
  ['space_station_chaser', 'image'],
  ['payload_flight_target', 'payload', 'operator'],
] as const;

/** Free-text fields, where any string must be taken as data. */
const TEXT_PATHS = [
  ['docking_location', 'name'],
  ['flight_vehicle_chaser', 'spacecraft', 'name'],
  ['flight_vehicle_chaser', 'spacecraft', 'description'],
  ['flight_vehicle_chaser', 'launch', 'name'],
  ['flight_vehicle_chaser', 'landing', 'description'],
] as const;

function parentOf(target: Json, path: readonly string[]): Json | null {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    if (!node || typeof node !== 'object') return null;
    node = (node as Json)[key];
  }
  return node && typeof node === 'object' ? (node as Json) : null;
}

const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('null' as const),
    path: fc.constantFrom(...NULLABLE_PATHS),
    remove: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('text' as const),
    path: fc.constantFrom(...TEXT_PATHS),
    value: fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }),
  }),
  fc.record({
    kind: fc.constant('extra' as const),
    key: fc.string({ minLength: 1, maxLength: 12 }).filter((key) => key !== '__proto__'),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function applyMutations(event: Json, mutations: Mutation[]) {
  const copy = structuredClone(event);
  for (const change of mutations) {
    if (change.kind === 'extra') {
      if (!(change.key in copy)) copy[change.key] = change.value;
      continue;
    }
    const parent = parentOf(copy, change.path);
    const key = change.path[change.path.length - 1]!;
    if (!parent) continue;
    if (change.kind === 'null') {
      if (change.remove) delete parent[key];
      else parent[key] = null;
    } else if (typeof parent[key] === 'string') {
      parent[key] = change.value;
    }
  }
  return copy;
}

const variant = fc
  .tuple(fc.constantFrom(...baseEvents), fc.array(mutation, { maxLength: 12 }))
  .map(([event, mutations]) => applyMutations(event, mutations));

describe(
  'reading events, over generated variants of the real ones',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    it('starts from every chaser and target kind', () => {
      const has = (field: string) => baseEvents.some((event) => event[field]);
      for (const field of [
        'flight_vehicle_chaser',
        'payload_flight_chaser',
        'space_station_chaser',
        'space_station_target',
        'payload_flight_target',
      ]) {
        expect(has(field), field).toBe(true);
      }
    });

    it('keeps every event whose nullable fields are null or missing, extra fields added, odd text', () => {
      fc.assert(
        fc.property(fc.array(variant, { minLength: 1, maxLength: 8 }), (events) => {
          const { events: kept, invalidCount } = parseDockingEvents(events);
          expect(invalidCount).toBe(0);
          expect(kept).toHaveLength(events.length);
          for (const event of kept) {
            const docking = normalizeDockingEvent(event, Date.parse('2026-04-05T04:17:00Z'));
            expect(Number.isFinite(docking.docked)).toBe(true);
            expect(Number.isFinite(docking.durationMs)).toBe(true);
            expect(typeof docking.chaser.name).toBe('string');
            expect(typeof docking.target.name).toBe('string');
          }
        }),
        { numRuns: 1000 },
      );
    });

    it('never throws on anything, and keeps or counts every item', () => {
      const item = fc.oneof(
        variant,
        fc.jsonValue({ maxDepth: 3 }),
        variant.map((event) => ({ ...event, id: 'not a number' })),
        variant.map((event) => ({ ...event, docking: 'yesterday' })),
        variant.map((event) => ({
          ...event,
          flight_vehicle_chaser: null,
          payload_flight_chaser: null,
          space_station_chaser: null,
        })),
      );
      fc.assert(
        fc.property(fc.array(item, { maxLength: 10 }), (items) => {
          const { events, invalidCount } = parseDockingEvents(items);
          expect(events.length + invalidCount).toBe(items.length);
          for (const event of events) {
            const docking = normalizeDockingEvent(event, Date.parse('2026-04-05T04:17:00Z'));
            expect(docking.id).toBe(event.id);
            expect(Number.isFinite(docking.docked)).toBe(true);
          }
        }),
        { numRuns: 1000 },
      );
    });
  },
);

describe(
  'reading events generated from the official LL2 2.3.0 schema',
  { timeout: PROPERTY_TIMEOUT_MS },
  () => {
    const schema = JSON.parse(
      readFileSync(resolve(process.cwd(), 'test/fixtures/openapi.2.3.0.json'), 'utf8'),
    ) as OpenApiDocument;
    const fromSchema = arbitraryFromOpenApi(
      schema,
      'DockingEventEndpointNormal',
    ) as fc.Arbitrary<Json>;
    const CHASERS = ['flight_vehicle_chaser', 'space_station_chaser', 'payload_flight_chaser'];
    const TARGETS = ['flight_vehicle_target', 'space_station_target', 'payload_flight_target'];

    /** As real data has it: exactly one chaser and one target, whatever the schema says. */
    const realShaped = fc
      .tuple(fromSchema, fc.constantFrom(...CHASERS), fc.constantFrom(...TARGETS))
      .filter(([event, chaser]) => event[chaser] !== null && event[chaser] !== undefined)
      .map(([event, chaser, target]) => {
        for (const field of [...CHASERS, ...TARGETS]) {
          if (field !== chaser && field !== target) event[field] = null;
        }
        return event;
      });

    it('keeps every schema-valid event with one chaser and one target, and normalizes it', () => {
      fc.assert(
        fc.property(realShaped, (event) => {
          const { events, invalidCount } = parseDockingEvents([event]);
          expect(invalidCount).toBe(0);
          const docking = normalizeDockingEvent(events[0]!, Date.now());
          expect(docking.id).toBe(event.id);
          expect(Number.isFinite(docking.docked)).toBe(true);
        }),
        { numRuns: 500 },
      );
    });
  },
);
