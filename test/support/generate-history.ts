/*
 * Seeded, generated docking histories in LL2 2.3.0 `mode=normal` shape, for browser tests and the
 * bench: many stations and ports, open stays, overlaps, payload and station-module chasers,
 * dockings away from any station, long and non-ASCII names. Same seed, same events.
 */

export const LIVE_API = 'https://ll.thespacedevs.com/2.3.0';

type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

interface Agency {
  id: number;
  name: string;
  abbrev: string;
}
const AGENCIES: Record<string, Agency> = {
  spx: { id: 121, name: 'SpaceX', abbrev: 'SpX' },
  rfsa: { id: 63, name: 'Russian Federal Space Agency (ROSCOSMOS)', abbrev: 'RFSA' },
  ngss: { id: 257, name: 'Northrop Grumman Space Systems', abbrev: 'NGSS' },
  jaxa: { id: 37, name: 'Japan Aerospace Exploration Agency', abbrev: 'JAXA' },
  casc: { id: 88, name: 'China Aerospace Science and Technology Corporation', abbrev: 'CASC' },
  boeing: { id: 80, name: 'Boeing', abbrev: 'Boeing' },
  nasa: { id: 44, name: 'National Aeronautics and Space Administration', abbrev: 'NASA' },
};

interface Vehicle {
  id: number;
  name: string;
  prefix: string;
  agency: Agency;
  family: string;
  stayDays: [number, number];
}
const VEHICLES: Vehicle[] = [
  {
    id: 17,
    name: 'Crew Dragon 2',
    prefix: 'Crew Dragon C2',
    agency: AGENCIES.spx!,
    family: 'Dragon',
    stayDays: [120, 200],
  },
  {
    id: 7,
    name: 'Cargo Dragon 2',
    prefix: 'Cargo Dragon C1',
    agency: AGENCIES.spx!,
    family: 'Dragon',
    stayDays: [25, 40],
  },
  {
    id: 11,
    name: 'Soyuz MS',
    prefix: 'Soyuz MS-',
    agency: AGENCIES.rfsa!,
    family: 'Soyuz',
    stayDays: [170, 370],
  },
  {
    id: 12,
    name: 'Progress-MS',
    prefix: 'Progress MS-',
    agency: AGENCIES.rfsa!,
    family: 'Progress',
    stayDays: [150, 200],
  },
  {
    id: 9,
    name: 'Cygnus Enhanced',
    prefix: 'Cygnus NG-',
    agency: AGENCIES.ngss!,
    family: 'Cygnus',
    stayDays: [60, 180],
  },
  {
    id: 5,
    name: 'H-II Transfer Vehicle',
    prefix: 'HTV-',
    agency: AGENCIES.jaxa!,
    family: 'HTV',
    stayDays: [30, 45],
  },
  {
    id: 21,
    name: 'Shenzhou',
    prefix: 'Shenzhou ',
    agency: AGENCIES.casc!,
    family: 'Shenzhou',
    stayDays: [90, 190],
  },
  {
    id: 22,
    name: 'Tianzhou',
    prefix: 'Tianzhou ',
    agency: AGENCIES.casc!,
    family: 'Tianzhou',
    stayDays: [200, 330],
  },
  {
    id: 25,
    name: 'Starliner',
    prefix: 'Starliner Calypso ',
    agency: AGENCIES.boeing!,
    family: 'CST-100',
    stayDays: [8, 90],
  },
];

interface Station {
  id: number;
  name: string;
  ports: { id: number; name: string }[];
  vehicles: number[];
}
const STATIONS: Station[] = [
  {
    id: 4,
    name: 'International Space Station',
    ports: [
      { id: 2, name: 'Zvezda aft' },
      { id: 3, name: 'Poisk zenith' },
      { id: 1, name: 'Unity nadir' },
      { id: 19, name: 'Harmony forward' },
      { id: 21, name: 'Harmony nadir' },
      { id: 30, name: 'Harmony zenith' },
      { id: 40, name: 'Nauka nadir' },
      { id: 42, name: 'Prichal nadir' },
      { id: 13, name: 'Rassvet nadir' },
    ],
    vehicles: [17, 7, 11, 12, 9, 5, 25],
  },
  {
    id: 18,
    name: 'Tiangong space station',
    ports: [
      { id: 60, name: 'Tianhe forward' },
      { id: 61, name: 'Tianhe aft' },
      { id: 62, name: 'Tianhe radial' },
    ],
    vehicles: [21, 22],
  },
  {
    id: 2,
    name: 'Mir',
    ports: [
      { id: 70, name: 'Kvant-1 aft' },
      { id: 71, name: 'Mir forward' },
    ],
    vehicles: [11, 12],
  },
];

/** The real-looking stations, and for large histories more of them: about 50 ports in all. */
function stationsFor(count: number): Station[] {
  if (count <= 1000) return STATIONS;
  const extra = [5, 6, 7, 8].map((n) => ({
    id: 100 + n,
    name: `Generated station ${n}`,
    ports: Array.from({ length: 9 }, (_, index) => ({
      id: 1000 + n * 10 + index,
      name: `Module ${n}-${index + 1} ${index % 2 ? 'zenith' : 'nadir'}`,
    })),
    vehicles: [17, 7, 11, 12, 9, 21, 22],
  }));
  return [...STATIONS, ...extra];
}

/** A station, more likely the more ports it has. */
function pickWeighted(rng: Rng, stations: readonly Station[]): Station {
  const total = stations.reduce((sum, station) => sum + station.ports.length, 0);
  let roll = rng() * total;
  for (const station of stations) {
    roll -= station.ports.length;
    if (roll < 0) return station;
  }
  return stations[stations.length - 1] as Station;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
const isoDuration = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `P${Math.floor(s / 86400)}DT${Math.floor((s % 86400) / 3600)}H${Math.floor((s % 3600) / 60)}M${s % 60}S`;
};

function agencyJson(agency: Agency) {
  return {
    response_mode: 'list',
    id: agency.id,
    url: `${LIVE_API}/agencies/${agency.id}/`,
    name: agency.name,
    abbrev: agency.abbrev,
    type: { id: 1, name: 'Government' },
  };
}

function imageJson(id: number, withCredit: boolean) {
  return {
    id,
    name: `Image ${id}`,
    image_url: `https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/${id}.jpeg`,
    thumbnail_url: `https://thespacedevs-prod.nyc3.digitaloceanspaces.com/media/images/${id}_thumb.jpeg`,
    credit: withCredit ? 'NASA' : null,
    license: {
      id: 4,
      name: 'NASA Image and Media Guidelines',
      priority: 0,
      link: withCredit ? 'https://www.nasa.gov/' : null,
    },
    single_use: false,
    variants: [],
  };
}

function stationMini(station: { id: number; name: string }) {
  return {
    id: station.id,
    url: `${LIVE_API}/space_stations/${station.id}/`,
    name: station.name,
    image: null,
  };
}

function spacecraftFlight(id: number, name: string, vehicle: Vehicle, docked: number, rng: Rng) {
  const hasLaunch = rng() > 0.03;
  const hasLanding = rng() > 0.4;
  return {
    id: 10_000 + id,
    url: `${LIVE_API}/spacecraft_flights/${10_000 + id}/`,
    destination: 'ISS',
    mission_end: null,
    spacecraft: {
      response_mode: 'normal',
      id: 5_000 + id,
      url: `${LIVE_API}/spacecraft/${5_000 + id}/`,
      name,
      serial_number: rng() > 0.5 ? `SN-${id}` : null,
      is_placeholder: false,
      image: rng() > 0.2 ? imageJson(id, rng() > 0.3) : null,
      in_space: false,
      time_in_space: isoDuration(20 * DAY_MS + Math.floor(rng() * 200 * DAY_MS)),
      time_docked: isoDuration(10 * DAY_MS + Math.floor(rng() * 180 * DAY_MS) + 0.254188),
      flights_count: 1 + Math.floor(rng() * 5),
      mission_ends_count: 1,
      status: { id: 1, name: 'Active' },
      description: `${name}, a ${vehicle.name} of ${vehicle.agency.name}.`,
      spacecraft_config: {
        response_mode: 'normal',
        id: vehicle.id,
        url: `${LIVE_API}/spacecraft_configurations/${vehicle.id}/`,
        name: vehicle.name,
        type: { id: 2, name: 'Capsule' },
        agency: agencyJson(vehicle.agency),
        family: [{ response_mode: 'normal', id: vehicle.id, name: vehicle.family }],
        in_use: true,
        image: null,
      },
      fastest_turnaround: null,
    },
    launch: hasLaunch
      ? {
          id: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
          url: `${LIVE_API}/launches/00000000-0000-4000-8000-${String(id).padStart(12, '0')}/`,
          name: `Launcher | ${name}`,
        }
      : null,
    landing: hasLanding
      ? {
          id: 20_000 + id,
          url: `${LIVE_API}/landings/${20_000 + id}/`,
          attempt: true,
          success: rng() > 0.05,
          description: `${name} returned to Earth.`,
          downrange_distance: null,
          landing_location: {
            id: 18,
            name: 'Pacific Ocean',
            abbrev: 'PAC',
            latitude: null,
            longitude: null,
          },
          type: {
            id: 4,
            name: 'Parachute Landing',
            abbrev: 'PCL',
            description: 'Unpowered landing using parachute(s).',
          },
        }
      : null,
    duration: isoDuration(docked),
    turn_around_time: null,
  };
}

export interface GenerateOptions {
  seed: number;
  count: number;
  /** The moment the history is "fetched": the newest dockings fall just before it. */
  now?: number;
}

export type GeneratedEvent = Record<string, unknown> & {
  id: number;
  docking: string;
  departure: string | null;
};

/** `count` docking events, spread over the years before `now`, in LL2's `mode=normal` shape. */
export function generateDockingHistory({
  seed,
  count,
  now = Date.parse('2026-11-01T00:00:00Z'),
}: GenerateOptions): GeneratedEvent[] {
  const rng = seededRandom(seed);
  const stations = stationsFor(count);
  const portCount = stations.reduce((sum, station) => sum + station.ports.length, 0);
  // About half the ports busy at any time, as on real stations.
  const span = (Math.max(count, 50) * 20 * DAY_MS * 14) / portCount;
  const start = now - span;
  const events: GeneratedEvent[] = [];
  const names = new Map<string, number>();
  const portFreeAt = new Map<number, number>();

  for (let index = 0; index < count; index += 1) {
    const id = 1000 + index;
    // Evenly spread with jitter, oldest first, the newest close to `now`.
    const docked = Math.floor(start + ((index + rng() * 0.8) / count) * (span - 3 * DAY_MS));
    const kindRoll = rng();
    const picked = kindRoll < 0.04 ? null : pickWeighted(rng, stations);
    // Mostly a free port, at the picked station or another; now and then a busy one (a data error).
    const freePorts = (candidate: Station) =>
      candidate.ports.filter((p) => (portFreeAt.get(p.id) ?? -Infinity) <= docked);
    const deliberateOverlap = rng() < 0.01;
    const station =
      picked && !deliberateOverlap && freePorts(picked).length === 0
        ? (stations.find((candidate) => freePorts(candidate).length > 0) ?? picked)
        : picked;
    const vehicleId = station ? pick(rng, station.vehicles) : 17;
    const vehicle = VEHICLES.find((v) => v.id === vehicleId) as Vehicle;
    const serial = (names.get(vehicle.prefix) ?? 0) + 1;
    names.set(vehicle.prefix, serial);
    let name = `${vehicle.prefix}${serial}`;
    if (rng() < 0.05)
      name = `${name} (S.S. “Long-Named Spacecraft” — ${'Ω'.repeat(3)} Édition spéciale)`;

    const stay =
      (vehicle.stayDays[0] + rng() * (vehicle.stayDays[1] - vehicle.stayDays[0])) * DAY_MS;
    const departedAt = docked + stay;
    // Now and then a stay that never ends (a module, a forgotten departure): its port stays taken.
    const stillOpen = departedAt > now || rng() < 0.0005;
    const departure = stillOpen ? null : iso(departedAt);
    const free = station ? freePorts(station) : [];
    const port = station
      ? pick(rng, free.length > 0 && !deliberateOverlap ? free : station.ports)
      : { id: 900 + (index % 3), name: 'Docking adapter' };
    portFreeAt.set(
      port.id,
      stillOpen ? Infinity : Math.max(portFreeAt.get(port.id) ?? -Infinity, departedAt),
    );

    const chaserRoll = rng();
    const event: GeneratedEvent = {
      id,
      url: `${LIVE_API}/docking_events/${id}/`,
      docking: iso(docked),
      departure,
      docking_location: {
        id: port.id,
        name: port.name,
        spacestation: station ? stationMini(station) : null,
        spacecraft: null,
        payload: null,
      },
      space_station_target: station ? stationMini(station) : null,
      flight_vehicle_target: null,
      payload_flight_target: station
        ? null
        : {
            response_mode: 'list',
            id: 30_000 + id,
            url: `${LIVE_API}/payload_flights/${30_000 + id}/`,
            destination: 'Geostationary orbit',
            amount: 1,
            payload: {
              response_mode: 'list',
              id: 49_000 + (index % 3),
              name: `Intelsat ${901 + (index % 3)}`,
              type: null,
              manufacturer: null,
              operator: null,
              image: null,
            },
            launch: null,
            landing: null,
          },
      response_mode: 'normal',
      flight_vehicle_chaser: null,
      space_station_chaser: null,
      payload_flight_chaser: null,
    };
    if (station && chaserRoll < 0.02) {
      event.space_station_chaser = stationMini({ id: 300 + index, name: `Module ${index}` });
    } else if (station && chaserRoll < 0.05) {
      event.payload_flight_chaser = {
        response_mode: 'list',
        id: 30_000 + id,
        url: `${LIVE_API}/payload_flights/${30_000 + id}/`,
        destination: station.name,
        amount: 1,
        payload: {
          response_mode: 'list',
          id: 40_000 + id,
          name: `Payload ${index}`,
          type: { id: 1, name: 'Cargo' },
          manufacturer: agencyJson(AGENCIES.nasa!),
          operator: agencyJson(AGENCIES.nasa!),
          image: null,
        },
        launch: null,
        landing: null,
      };
    } else {
      event.flight_vehicle_chaser = spacecraftFlight(id, name, vehicle, stay, rng);
    }
    events.push(event);
  }
  return events;
}

export interface PageRequest {
  offset: number;
  limit: number;
  dockingGte: number | null;
}

export function readPageRequest(url: string | URL): PageRequest {
  const params = new URL(url).searchParams;
  const gte = params.get('docking__gte');
  return {
    offset: Number(params.get('offset') ?? 0),
    limit: Math.min(100, Number(params.get('limit') ?? 10)),
    dockingGte: gte ? Date.parse(gte) : null,
  };
}

/** One page of `/docking_events/` as LL2 answers it: newest docking first, absolute `next`. */
/**
 * The events newest first, each with its parsed time, sorted once per list: a stand-in for an
 * instant API must not sort 100,000 events for every page. A list is not re-dated in place once
 * served (tests change the API's data by serving a new list).
 */
const sortedLists = new WeakMap<
  readonly GeneratedEvent[],
  { event: GeneratedEvent; docked: number }[]
>();

function newestFirst(events: readonly GeneratedEvent[]) {
  let sorted = sortedLists.get(events);
  if (!sorted || sorted.length !== events.length) {
    sorted = events
      .map((event) => ({ event, docked: Date.parse(event.docking) }))
      .sort((a, b) => b.docked - a.docked || b.event.id - a.event.id);
    sortedLists.set(events, sorted);
  }
  return sorted;
}

export function dockingEventsPage(events: readonly GeneratedEvent[], url: string | URL) {
  const request = readPageRequest(url);
  const matching = newestFirst(events)
    .filter(({ docked }) => request.dockingGte === null || docked >= request.dockingGte)
    .map(({ event }) => event);
  const results = matching.slice(request.offset, request.offset + request.limit);
  const pageUrl = (offset: number) => {
    const next = new URL(url);
    next.searchParams.set('offset', String(offset));
    next.searchParams.set('limit', String(request.limit));
    return next.toString();
  };
  const nextOffset = request.offset + request.limit;
  return {
    count: matching.length,
    next: nextOffset < matching.length ? pageUrl(nextOffset) : null,
    previous: request.offset > 0 ? pageUrl(Math.max(0, request.offset - request.limit)) : null,
    results,
  };
}

/** `/space_stations/{id}/?mode=detailed` for a generated station (the parts the dashboard reads). */
export function generatedStation(id: number, count = 1000) {
  const station = stationsFor(count).find((candidate) => candidate.id === id);
  if (!station) return null;
  return {
    id: station.id,
    name: station.name,
    docking_location: station.ports.map((port) => ({ id: port.id, name: port.name })),
  };
}
