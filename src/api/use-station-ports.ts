import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { stationPortsQuery } from './station-queries';
import type { SourceId } from './sources';
import type { StationPorts } from '../domain/timeline';

/** With exactly one station chosen, all its ports (the empty ones too); otherwise null. */
export function useStationPorts(source: SourceId, station: readonly number[]): StationPorts | null {
  const stationId = station.length === 1 ? (station[0] ?? null) : null;
  const ports = useQuery(stationPortsQuery(source, stationId));
  return useMemo<StationPorts | null>(
    () =>
      stationId !== null && ports.data && ports.data.id === stationId
        ? {
            station: { id: ports.data.id, name: ports.data.name },
            ports: ports.data.docking_location,
          }
        : null,
    [stationId, ports.data],
  );
}
