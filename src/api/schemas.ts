import { z } from 'zod/mini';
import { InvalidResponseError } from './errors';
import { PAGE_SIZE } from './paging';

/*
 * Runtime schemas for the LL2 2.3.0 responses the dashboard reads, written from the official
 * OpenAPI schema but tolerant of what real data does: anything beyond an id and a name may be
 * null or missing. Unknown fields are stripped.
 */

const text = z.nullish(z.string());
const count = z.nullish(z.number());

const isoDateTime = z
  .string()
  .check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'not a date-time'));

const license = z.object({ name: text, link: text });

export const imageSchema = z.object({
  name: text,
  image_url: text,
  thumbnail_url: text,
  credit: text,
  license: z.nullish(license),
});

export const agencySchema = z.object({
  id: z.number(),
  name: z.string(),
  abbrev: text,
});

const spacecraftConfigSchema = z.object({
  id: z.number(),
  name: z.string(),
  type: z.nullish(z.object({ name: text })),
  agency: z.nullish(agencySchema),
  family: z.nullish(z.array(z.object({ name: text }))),
  image: z.nullish(imageSchema),
});

const spacecraftSchema = z.object({
  id: z.number(),
  name: z.string(),
  serial_number: text,
  image: z.nullish(imageSchema),
  in_space: z.nullish(z.boolean()),
  time_in_space: text,
  time_docked: text,
  flights_count: count,
  status: z.nullish(z.object({ name: text })),
  description: text,
  spacecraft_config: z.nullish(spacecraftConfigSchema),
  fastest_turnaround: text,
});

const launchMiniSchema = z.object({ id: z.string(), name: text });

const landingSchema = z.object({
  id: z.number(),
  attempt: z.nullish(z.boolean()),
  success: z.nullish(z.boolean()),
  description: text,
  type: z.nullish(z.object({ name: text, abbrev: text, description: text })),
  landing_location: z.nullish(
    z.object({
      name: text,
      abbrev: text,
      description: text,
      latitude: z.nullish(z.union([z.number(), z.string()])),
      longitude: z.nullish(z.union([z.number(), z.string()])),
    }),
  ),
});

const spacecraftFlightSchema = z.object({
  id: z.number(),
  destination: text,
  mission_end: text,
  spacecraft: spacecraftSchema,
  launch: z.nullish(launchMiniSchema),
  landing: z.nullish(landingSchema),
});

// The official schema does not require a payload's name (PayloadMini): it may be missing.
const payloadSchema = z.object({
  id: z.number(),
  name: text,
  type: z.nullish(z.object({ name: text })),
  manufacturer: z.nullish(agencySchema),
  operator: z.nullish(agencySchema),
  image: z.nullish(imageSchema),
  description: text,
});

const payloadFlightSchema = z.object({
  id: z.number(),
  destination: text,
  payload: payloadSchema,
  launch: z.nullish(launchMiniSchema),
  landing: z.nullish(landingSchema),
});

const spaceStationMiniSchema = z.object({
  id: z.number(),
  name: z.string(),
  image: z.nullish(imageSchema),
});

const dockingLocationSchema = z.object({
  id: z.number(),
  name: z.string(),
  spacestation: z.nullish(spaceStationMiniSchema),
  spacecraft: z.nullish(spacecraftConfigSchema),
  payload: z.nullish(payloadSchema),
});

export const dockingEventSchema = z
  .object({
    id: z.number().check(z.int()),
    docking: isoDateTime,
    departure: z.nullish(isoDateTime),
    docking_location: dockingLocationSchema,
    flight_vehicle_chaser: z.nullish(spacecraftFlightSchema),
    space_station_chaser: z.nullish(spaceStationMiniSchema),
    payload_flight_chaser: z.nullish(payloadFlightSchema),
    flight_vehicle_target: z.nullish(spacecraftFlightSchema),
    space_station_target: z.nullish(spaceStationMiniSchema),
    payload_flight_target: z.nullish(payloadFlightSchema),
  })
  .check(
    z.refine(
      (event) =>
        Boolean(
          event.flight_vehicle_chaser || event.space_station_chaser || event.payload_flight_chaser,
        ),
      'an event needs a chaser',
    ),
  );

export type DockingEvent = z.infer<typeof dockingEventSchema>;
export type SpacecraftFlight = z.infer<typeof spacecraftFlightSchema>;
export type PayloadFlight = z.infer<typeof payloadFlightSchema>;
export type SpaceStationMini = z.infer<typeof spaceStationMiniSchema>;
export type Landing = z.infer<typeof landingSchema>;
export type Image = z.infer<typeof imageSchema>;
export type Payload = z.infer<typeof payloadSchema>;

/** The paging envelope; results are checked one by one so one bad event spoils nothing else. */
export const pageEnvelopeSchema = z.object({
  count: z.number().check(z.int(), z.nonnegative()),
  next: z.nullish(z.string()),
  previous: z.nullish(z.string()),
  results: z.array(z.unknown()),
});

/** The paging envelope of a page of docking events, refused when it is not one or is too long. */
export function readPageEnvelope(json: unknown) {
  const envelope = pageEnvelopeSchema.safeParse(json);
  if (!envelope.success) throw new InvalidResponseError('not a page of docking events');
  if (envelope.data.results.length > PAGE_SIZE)
    throw new InvalidResponseError(`a page of more than the ${PAGE_SIZE} events asked for`);
  return envelope.data;
}

export const spaceStationPortsSchema = z.object({
  id: z.number(),
  name: z.string(),
  docking_location: z.array(z.object({ id: z.number(), name: z.string() })),
});
export type SpaceStationPorts = z.infer<typeof spaceStationPortsSchema>;

export const apiThrottleSchema = z.object({
  your_request_limit: z.number(),
  limit_frequency_secs: z.number(),
  current_use: z.number(),
  next_use_secs: z.number(),
});
export type ApiThrottle = z.infer<typeof apiThrottleSchema>;

export interface ParsedResults {
  events: DockingEvent[];
  invalidCount: number;
  /** The ids of the unreadable events that have one, so that one read twice is counted once. */
  invalidIds: number[];
}

/** An unreadable event's id, where it has a usable one. */
function idOf(item: unknown): number | null {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : null;
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
}

export function parseDockingEvents(results: readonly unknown[]): ParsedResults {
  const events: DockingEvent[] = [];
  const invalidIds: number[] = [];
  let invalidCount = 0;
  for (const item of results) {
    const parsed = dockingEventSchema.safeParse(item);
    if (parsed.success) {
      events.push(parsed.data);
      continue;
    }
    invalidCount += 1;
    const id = idOf(item);
    if (id !== null) invalidIds.push(id);
  }
  return { events, invalidCount, invalidIds };
}

/** The parts of a launch (`/launches/{id}/`) the drawer shows. */
export const launchSchema = z.object({
  id: z.string(),
  name: z.string(),
  net: text,
  status: z.nullish(z.object({ name: text, abbrev: text, description: text })),
  launch_service_provider: z.nullish(z.object({ name: text, abbrev: text })),
  rocket: z.nullish(
    z.object({
      configuration: z.nullish(z.object({ name: text, full_name: text, variant: text })),
    }),
  ),
  pad: z.nullish(
    z.object({
      name: text,
      location: z.nullish(z.object({ name: text })),
    }),
  ),
  mission: z.nullish(
    z.object({
      name: text,
      type: text,
      description: text,
      orbit: z.nullish(z.object({ name: text })),
    }),
  ),
});
export type Launch = z.infer<typeof launchSchema>;
