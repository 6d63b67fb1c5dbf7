/*
 * A stand-in for Launch Library 2 on this machine's loopback address, for what runs outside a
 * browser (the snapshot script): it answers `/docking_events/` from generated events, 100 a page,
 * and `/space_stations/{id}/` with the generated station's ports. Never the network.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dockingEventsPage, generatedStation, type GeneratedEvent } from './generate-history';

export interface StandIn {
  /** The API root to give a client, e.g. http://127.0.0.1:PORT/2.3.0 */
  baseUrl: string;
  /** Every request's path and query, in order. */
  requests: string[];
  events: GeneratedEvent[];
  /** Answer a request differently: return true when it was answered. */
  override: ((url: URL, response: ServerResponse) => boolean) | null;
  close: () => Promise<void>;
}

/** `port` 0 takes any free one. Pages may be read by a page of another origin (CORS allows any). */
export async function startLL2StandIn(events: GeneratedEvent[], port = 0): Promise<StandIn> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', standIn.baseUrl);
    standIn.requests.push(`${url.pathname}${url.search}`);
    if (standIn.override?.(url, response)) return;
    const station = /\/space_stations\/(\d+)\/$/.exec(url.pathname);
    const body = url.pathname.endsWith('/docking_events/')
      ? dockingEventsPage(standIn.events, url)
      : station
        ? generatedStation(Number(station[1]), standIn.events.length)
        : null;
    response.writeHead(body ? 200 : 404, {
      'Content-Type': 'application/json',
      'Access-Control-Allow-Origin': '*',
    });
    response.end(JSON.stringify(body ?? { detail: 'Not found.' }));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: listening } = server.address() as AddressInfo;
  const standIn: StandIn = {
    baseUrl: `http://127.0.0.1:${listening}/2.3.0`,
    requests: [],
    events,
    override: null,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return standIn;
}
